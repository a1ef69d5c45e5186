import { baseLanguage, canonicalLanguageTag } from '../../core/locale.ts';
import { ok, type Result } from '../../core/result.ts';
import {
  type MachineLanguage,
  type MachineTranslationFailure,
  type MachineTranslator,
  translateInBatches,
} from './machine-translator.ts';
import { DEFAULT_TIMEOUT_MS, requestJson, unexpectedShape } from './provider-http.ts';

export interface LibreTranslateOptions {
  /** The server's address, e.g. http://localhost:5000 (a path prefix is kept). */
  url: string;
  /** Servers that require keys take one in the body; self-hosted ones often need none. */
  apiKey: string | null;
  timeoutMs?: number;
}

const PROVIDER = { name: 'libretranslate', label: 'LibreTranslate' };

/**
 * LibreTranslate's HTTP API: POST /translate with a JSON body {q: [texts], source, target,
 * format: 'html', api_key} answers {translatedText: [texts]}; GET /languages answers
 * [{code, name, targets}]. Languages are sent by primary subtag ('pt-BR' → 'pt'): regional
 * variants are the server's business. Errors answer {error: "…"}.
 */
export class LibreTranslateTranslator implements MachineTranslator {
  readonly name = PROVIDER.name;
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: LibreTranslateOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  translate(
    texts: string[],
    from: string,
    to: string,
  ): Promise<Result<string[], MachineTranslationFailure>> {
    return translateInBatches(PROVIDER.name, texts, { maxTexts: 50, maxChars: 20_000 }, (batch) =>
      this.send(batch, from, to),
    );
  }

  private async send(
    batch: string[],
    from: string,
    to: string,
  ): Promise<Result<string[], MachineTranslationFailure>> {
    const body: Record<string, unknown> = {
      q: batch,
      source: baseLanguage(from),
      target: baseLanguage(to),
      // Inline markup (links, emphasis) is kept in place rather than translated as text.
      format: 'html',
    };
    if (this.options.apiKey) body.api_key = this.options.apiKey;
    const answer = await requestJson(
      PROVIDER,
      `${this.base}/translate`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      },
      this.timeoutMs,
    );
    if (!answer.ok) return answer;
    const translated = (answer.value as { translatedText?: unknown } | null)?.translatedText;
    // A single text may come back as a string rather than a list of one.
    const list = typeof translated === 'string' ? [translated] : translated;
    if (!Array.isArray(list) || !list.every((text) => typeof text === 'string')) {
      return unexpectedShape(PROVIDER, 'translatedText');
    }
    return ok(list as string[]);
  }

  async languages(): Promise<Result<MachineLanguage[], MachineTranslationFailure>> {
    const answer = await requestJson(
      PROVIDER,
      `${this.base}/languages`,
      { method: 'GET', headers: { Accept: 'application/json' } },
      this.timeoutMs,
    );
    if (!answer.ok) return answer;
    if (!Array.isArray(answer.value)) return unexpectedShape(PROVIDER, 'a list of languages');
    const languages: MachineLanguage[] = [];
    for (const entry of answer.value as { code?: unknown; name?: unknown }[]) {
      if (typeof entry?.code !== 'string') continue;
      const code = canonicalLanguageTag(entry.code) ?? entry.code;
      languages.push({ code, name: typeof entry.name === 'string' ? entry.name : code });
    }
    return ok(languages);
  }
}
