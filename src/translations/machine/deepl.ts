import { baseLanguage, canonicalLanguageTag } from '../../core/locale.ts';
import { ok, type Result } from '../../core/result.ts';
import {
  type MachineLanguage,
  type MachineTranslationFailure,
  type MachineTranslator,
  translateInBatches,
} from './machine-translator.ts';
import { DEFAULT_TIMEOUT_MS, requestJson, unexpectedShape } from './provider-http.ts';

export interface DeepLOptions {
  apiKey: string;
  /** Null: the free or the pro API, as the key says (deeplBaseUrl). */
  url: string | null;
  timeoutMs?: number;
}

const PROVIDER = { name: 'deepl', label: 'DeepL' };

/** DeepL's address for a key: keys of the free plan end in ':fx' and only work on its host. */
export function deeplBaseUrl(apiKey: string, url: string | null = null): string {
  if (url) return url.replace(/\/+$/, '');
  return apiKey.trim().endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

/** The source language as DeepL names it: the primary subtag, upper case ('es-AR' → 'ES'). */
export function deeplSourceLanguage(tag: string): string {
  return baseLanguage(tag).toUpperCase();
}

/**
 * The target language as DeepL names it. English and Portuguese must name a variant: en-US
 * and English without a region → EN-US, any other English region → EN-GB; pt-BR → PT-BR, any
 * other Portuguese → PT-PT. Other languages by primary subtag ('es-AR' → 'ES').
 */
export function deeplTargetLanguage(tag: string): string {
  const base = baseLanguage(tag);
  const region = /^[a-z]{2,3}-(?:[a-z]{4}-)?([a-z]{2}|\d{3})(?:-|$)/i.exec(tag)?.[1]?.toUpperCase();
  if (base === 'en') return !region || region === 'US' ? 'EN-US' : 'EN-GB';
  if (base === 'pt') return region === 'BR' ? 'PT-BR' : 'PT-PT';
  return base.toUpperCase();
}

/**
 * DeepL's API v2: POST /v2/translate with `Authorization: DeepL-Auth-Key …` and a JSON body
 * {text: [texts], source_lang, target_lang, tag_handling: 'html'} answers
 * {translations: [{detected_source_language, text}]}; GET /v2/languages?type=target answers
 * [{language, name, supports_formality}]. Errors are statuses (403 key, 429 too many requests,
 * 456 quota) with {message: "…"}. At most 50 texts and 128 KiB per request.
 */
export class DeepLTranslator implements MachineTranslator {
  readonly name = PROVIDER.name;
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: DeepLOptions) {
    this.base = deeplBaseUrl(options.apiKey, options.url);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private headers(): Record<string, string> {
    return {
      Authorization: `DeepL-Auth-Key ${this.options.apiKey}`,
      Accept: 'application/json',
    };
  }

  translate(
    texts: string[],
    from: string,
    to: string,
  ): Promise<Result<string[], MachineTranslationFailure>> {
    return translateInBatches(PROVIDER.name, texts, { maxTexts: 50, maxChars: 30_000 }, (batch) =>
      this.send(batch, from, to),
    );
  }

  private async send(
    batch: string[],
    from: string,
    to: string,
  ): Promise<Result<string[], MachineTranslationFailure>> {
    const answer = await requestJson(
      PROVIDER,
      `${this.base}/v2/translate`,
      {
        method: 'POST',
        headers: { ...this.headers(), 'Content-Type': 'application/json' },
        body: JSON.stringify({
          text: batch,
          source_lang: deeplSourceLanguage(from),
          target_lang: deeplTargetLanguage(to),
          // Inline markup (links, emphasis) stays in place around the translated words.
          tag_handling: 'html',
        }),
      },
      this.timeoutMs,
    );
    if (!answer.ok) return answer;
    const translations = (answer.value as { translations?: unknown } | null)?.translations;
    if (
      !Array.isArray(translations) ||
      !translations.every((entry) => typeof (entry as { text?: unknown })?.text === 'string')
    ) {
      return unexpectedShape(PROVIDER, 'translations');
    }
    return ok(translations.map((entry) => (entry as { text: string }).text));
  }

  async languages(): Promise<Result<MachineLanguage[], MachineTranslationFailure>> {
    const answer = await requestJson(
      PROVIDER,
      `${this.base}/v2/languages?type=target`,
      { method: 'GET', headers: this.headers() },
      this.timeoutMs,
    );
    if (!answer.ok) return answer;
    if (!Array.isArray(answer.value)) return unexpectedShape(PROVIDER, 'a list of languages');
    const languages: MachineLanguage[] = [];
    for (const entry of answer.value as { language?: unknown; name?: unknown }[]) {
      if (typeof entry?.language !== 'string') continue;
      const code = canonicalLanguageTag(entry.language) ?? entry.language.toLowerCase();
      languages.push({ code, name: typeof entry.name === 'string' ? entry.name : code });
    }
    return ok(languages);
  }
}
