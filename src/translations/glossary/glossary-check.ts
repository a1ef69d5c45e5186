import { inlineToText } from '../../core/html.ts';
import { stem, words } from '../../search/stemming.ts';
import { regionalFit } from '../language-pair.ts';
import { type GlossaryTerm, termKey } from './glossary.ts';

/*
 * Which glossary terms a text uses, and whether a translation kept to them. Terms are found
 * by their words' stems in the text's language (search/stemming.ts), so "huelga general" is
 * found in "las huelgas generales" and "general strike" in "general strikes"; a case-sensitive
 * term must appear exactly as written.
 */

export type GlossaryEntry = Pick<
  GlossaryTerm,
  | 'id'
  | 'sourceLanguage'
  | 'targetLanguage'
  | 'sourceTerm'
  | 'targetTerm'
  | 'note'
  | 'caseSensitive'
  | 'doNotTranslate'
  | 'updatedAt'
>;

/** A glossary term a text uses, and how often. */
export interface TermHit {
  termId: string;
  sourceTerm: string;
  targetTerm: string;
  note: string;
  caseSensitive: boolean;
  doNotTranslate: boolean;
  occurrences: number;
}

/**
 * A term of the source the translation does not render as agreed: 'translated-differently'
 * (the agreed translation is missing), or 'not-kept' (a name or slogan to keep as it is).
 */
export interface TermWarning extends TermHit {
  problem: 'translated-differently' | 'not-kept';
}

/**
 * One entry per term for a request: where both 'es → en' and 'es-AR → en-US' define a term, a
 * request from es-AR into en-US takes the regional one; equal fits take the newest.
 */
export function preferredEntries<T extends GlossaryEntry>(
  entries: readonly T[],
  requested: { source: string; target: string },
): T[] {
  const best = new Map<string, { entry: T; fit: number }>();
  for (const entry of entries) {
    const fit = regionalFit(requested, {
      source: entry.sourceLanguage,
      target: entry.targetLanguage,
    });
    const key = termKey(entry.sourceTerm);
    const current = best.get(key);
    if (
      !current ||
      fit > current.fit ||
      (fit === current.fit && entry.updatedAt > current.entry.updatedAt)
    ) {
      best.set(key, { entry, fit });
    }
  }
  return [...best.values()].map(({ entry }) => entry);
}

/** The comparable units of a text: its words as written, or their stems. */
function units(text: string, language: string, exact: boolean): string[] {
  const found = words(inlineToText(text));
  return exact ? found : found.map((word) => stem(word, language));
}

/** How many times `needle` occurs as a run of consecutive units in `haystack`. */
function occurrences(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > haystack.length) return 0;
  let count = 0;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    let same = true;
    for (let offset = 0; offset < needle.length && same; offset++) {
      same = haystack[start + offset] === needle[offset];
    }
    if (same) {
      count++;
      start += needle.length - 1;
    }
  }
  return count;
}

/** Counts a term in a text, stemming both in `language` unless the term is case-sensitive. */
function countTerm(text: string, term: string, language: string, caseSensitive: boolean): number {
  return occurrences(units(text, language, caseSensitive), units(term, language, caseSensitive));
}

function hitOf(entry: GlossaryEntry, count: number): TermHit {
  return {
    termId: entry.id,
    sourceTerm: entry.sourceTerm,
    targetTerm: entry.doNotTranslate ? entry.sourceTerm : entry.targetTerm,
    note: entry.note,
    caseSensitive: entry.caseSensitive,
    doNotTranslate: entry.doNotTranslate,
    occurrences: count,
  };
}

/** The glossary terms a source text (inline HTML or plain) uses, in glossary order. */
export function termsIn(
  text: string,
  language: string,
  entries: readonly GlossaryEntry[],
): TermHit[] {
  const hits: TermHit[] = [];
  for (const entry of entries) {
    const count = countTerm(text, entry.sourceTerm, language, entry.caseSensitive);
    if (count > 0) hits.push(hitOf(entry, count));
  }
  return hits;
}

/**
 * The terms a source uses whose agreed translation its translation lacks. Loose on purpose:
 * a term counts as kept when its agreed translation appears at least once, in any inflection.
 */
export function checkTranslation(
  pair: { source: string; target: string },
  languages: { source: string; target: string },
  entries: readonly GlossaryEntry[],
): TermWarning[] {
  const warnings: TermWarning[] = [];
  for (const hit of termsIn(pair.source, languages.source, entries)) {
    if (countTerm(pair.target, hit.targetTerm, languages.target, hit.caseSensitive) > 0) continue;
    warnings.push({
      ...hit,
      problem: hit.doNotTranslate ? 'not-kept' : 'translated-differently',
    });
  }
  return warnings;
}
