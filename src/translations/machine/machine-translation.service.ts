import type { Article } from '../../articles/article.ts';
import { type Block, newBlockId } from '../../articles/blocks.ts';
import type { Clock } from '../../core/clock.ts';
import { escapeHtml, inlineToText, sanitizeInline } from '../../core/html.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type {
  MachineLanguage,
  MachineTranslationFailure,
  MachineTranslator,
} from './machine-translator.ts';

/** The most characters one request may send to the service, so one click cannot cost a month. */
export const MACHINE_TRANSLATION_MAX_CHARS = 200_000;

/** How long the service's list of languages is kept before it is asked again. */
const LANGUAGES_TTL_MS = 60 * 60 * 1000;

export type MachineTranslationProblem =
  | MachineTranslationFailure
  /** No service is configured: machine translation is off. */
  | { type: 'off' }
  | { type: 'too-large'; chars: number; max: number };

export type MachineTranslationStatus =
  | { enabled: false }
  | {
      enabled: true;
      provider: string;
      /** Null when the service could not say (see languagesError). */
      languages: MachineLanguage[] | null;
      languagesError?: string;
    };

/** A translation draft of a whole article, made by a machine: never saved by itself. */
export interface MachineDraft {
  machine: true;
  provider: string;
  sourceArticleId: string;
  sourceRevision: number;
  language: string;
  kicker: string;
  headline: string;
  dek: string;
  /** The source's blocks, translated, each with a new id and `sourceBlockId` set. */
  body: Block[];
}

/** A text to translate and what to do with its translation. */
interface Part {
  html: string;
  apply(translated: string): void;
}

/**
 * Machine translation, off unless the operator configures a service. It translates segments
 * for the editor, or a whole article into a draft the translation desk may use; it never
 * writes an article, and everything it returns is marked as machine-made.
 */
export class MachineTranslationService {
  private cachedLanguages: { at: number; languages: MachineLanguage[] } | null = null;

  constructor(
    readonly translator: MachineTranslator | null,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.translator !== null;
  }

  /** Whether machine translation is on, with which service, into which languages. */
  async status(): Promise<MachineTranslationStatus> {
    if (!this.translator) return { enabled: false };
    const now = this.clock.now().getTime();
    if (this.cachedLanguages && now - this.cachedLanguages.at < LANGUAGES_TTL_MS) {
      return {
        enabled: true,
        provider: this.translator.name,
        languages: this.cachedLanguages.languages,
      };
    }
    const found = await this.translator.languages();
    if (!found.ok) {
      return {
        enabled: true,
        provider: this.translator.name,
        languages: null,
        languagesError: found.error.message,
      };
    }
    this.cachedLanguages = { at: now, languages: found.value };
    return { enabled: true, provider: this.translator.name, languages: found.value };
  }

  /** Machine translations of segments (inline HTML), sanitised like any block text. */
  async translateSegments(
    from: string,
    to: string,
    segments: { id: string; text: string }[],
  ): Promise<
    Result<
      { provider: string; segments: { id: string; text: string }[] },
      MachineTranslationProblem
    >
  > {
    const translated = await this.run(
      from,
      to,
      segments.map((segment) => ({ html: sanitizeInline(segment.text), apply: () => {} })),
    );
    if (!translated.ok) return translated;
    return ok({
      provider: translated.value.provider,
      segments: segments.map((segment, index) => ({
        id: segment.id,
        text: translated.value.texts[index] ?? '',
      })),
    });
  }

  /** A machine draft of `source` (as it is at `revision`, default now) in language `to`. */
  async translateDraft(
    source: Pick<Article, 'id' | 'language' | 'revision' | 'kicker' | 'headline' | 'dek' | 'body'>,
    to: string,
  ): Promise<Result<MachineDraft, MachineTranslationProblem>> {
    const draft: MachineDraft = {
      machine: true,
      provider: this.translator?.name ?? '',
      sourceArticleId: source.id,
      sourceRevision: source.revision,
      language: to,
      kicker: source.kicker,
      headline: source.headline,
      dek: source.dek,
      body: [],
    };
    const parts: Part[] = [];
    const plain = (text: string, apply: (translated: string) => void) => {
      if (text.trim())
        parts.push({ html: escapeHtml(text), apply: (t) => apply(inlineToText(t).trim()) });
    };
    const html = (text: string, apply: (translated: string) => void) => {
      if (text.trim()) parts.push({ html: text, apply });
    };
    plain(source.kicker, (t) => {
      draft.kicker = t;
    });
    plain(source.headline, (t) => {
      draft.headline = t;
    });
    plain(source.dek, (t) => {
      draft.dek = t;
    });
    for (const original of source.body) {
      const block = { ...structuredClone(original), id: newBlockId(), sourceBlockId: original.id };
      draft.body.push(block);
      collectParts(block, html, plain);
    }
    const translated = await this.run(source.language, to, parts);
    if (!translated.ok) return translated;
    draft.provider = translated.value.provider;
    return ok(draft);
  }

  /** Sends the parts in one go (the adapter batches), then hands each its translation. */
  private async run(
    from: string,
    to: string,
    parts: Part[],
  ): Promise<Result<{ provider: string; texts: string[] }, MachineTranslationProblem>> {
    if (!this.translator) return err({ type: 'off' });
    const chars = parts.reduce((sum, part) => sum + part.html.length, 0);
    if (chars > MACHINE_TRANSLATION_MAX_CHARS) {
      return err({ type: 'too-large', chars, max: MACHINE_TRANSLATION_MAX_CHARS });
    }
    const answer = await this.translator.translate(
      parts.map((part) => part.html),
      from,
      to,
    );
    if (!answer.ok) return answer;
    // What a service returns is foreign HTML: it goes through the same sanitiser as typed text.
    const texts = answer.value.map((text) => sanitizeInline(text));
    for (const [index, part] of parts.entries()) part.apply(texts[index] ?? '');
    return ok({ provider: this.translator.name, texts });
  }
}

/** Registers the texts of a block to translate, writing each translation back into it. */
function collectParts(
  block: Block,
  html: (text: string, apply: (translated: string) => void) => void,
  plain: (text: string, apply: (translated: string) => void) => void,
): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'pullquote':
      // Who is quoted is a name: it stays as it is.
      html(block.html, (t) => {
        block.html = t;
      });
      return;
    case 'list':
      block.items.forEach((item, index) => {
        html(item, (t) => {
          block.items[index] = t;
        });
      });
      return;
    case 'image':
      if (block.caption) {
        html(block.caption, (t) => {
          block.caption = t;
        });
      }
      if (block.alt) {
        plain(block.alt, (t) => {
          block.alt = t;
        });
      }
      return;
    case 'video':
      plain(block.title, (t) => {
        block.title = t;
      });
      html(block.caption, (t) => {
        block.caption = t;
      });
      return;
    case 'divider':
      return;
  }
}
