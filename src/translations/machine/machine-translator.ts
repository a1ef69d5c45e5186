import { err, ok, type Result } from '../../core/result.ts';

/** A language a machine translation service translates into, as a BCP 47 tag. */
export interface MachineLanguage {
  /** 'es', 'en-GB', 'pt-BR' */
  code: string;
  /** Its name as the service gives it (usually in English). */
  name: string;
}

/**
 * Why a machine translation did not come back, said so the newsroom can act on it:
 * the key (unauthorized), the plan (quota), the service (unavailable, timeout, malformed),
 * or what was asked (rejected: e.g. a language pair the service does not translate).
 */
export interface MachineTranslationFailure {
  type: 'unauthorized' | 'quota' | 'unavailable' | 'timeout' | 'malformed' | 'rejected';
  provider: string;
  /** The service's HTTP status, or null when there was no answer. */
  status: number | null;
  /** One sentence for people, in English, with the service's own words when it gave some. */
  message: string;
}

/**
 * The machine translation port. Each adapter speaks one service's HTTP API (libretranslate.ts,
 * deepl.ts) and passes the same conformance suite. Texts are inline HTML (links, emphasis):
 * the markup comes back in place. Failures are values, never exceptions.
 */
export interface MachineTranslator {
  /** 'libretranslate' or 'deepl' */
  readonly name: string;
  /** The translations of `texts` from `from` into `to` (BCP 47), in the same order. */
  translate(
    texts: string[],
    from: string,
    to: string,
  ): Promise<Result<string[], MachineTranslationFailure>>;
  /** The languages the service translates into. */
  languages(): Promise<Result<MachineLanguage[], MachineTranslationFailure>>;
}

/**
 * Splits texts into requests a service accepts: at most `maxTexts` texts and about `maxChars`
 * characters each (a single longer text goes alone; the service may still refuse it).
 */
export function inBatches(
  texts: readonly string[],
  maxTexts: number,
  maxChars: number,
): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (current.length > 0 && (current.length >= maxTexts || size + text.length > maxChars)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Translates in batches with `send` (one request per batch), in order. Blank texts are not
 * sent: they come back blank. A batch answered with the wrong number of texts is malformed.
 */
export async function translateInBatches(
  provider: string,
  texts: readonly string[],
  limits: { maxTexts: number; maxChars: number },
  send: (batch: string[]) => Promise<Result<string[], MachineTranslationFailure>>,
): Promise<Result<string[], MachineTranslationFailure>> {
  const wanted = texts.flatMap((text, index) => (text.trim() ? [index] : []));
  const translated: string[] = texts.map(() => '');
  let done = 0;
  for (const batch of inBatches(
    wanted.map((index) => texts[index] as string),
    limits.maxTexts,
    limits.maxChars,
  )) {
    const answer = await send(batch);
    if (!answer.ok) return answer;
    if (answer.value.length !== batch.length) {
      return err({
        type: 'malformed',
        provider,
        status: 200,
        message: `${provider} answered ${answer.value.length} translations for ${batch.length} texts.`,
      });
    }
    for (const text of answer.value) translated[wanted[done++] as number] = text;
  }
  return ok(translated);
}
