import { stem } from '../../search/stemming.ts';
import { matchTokens } from './segment-text.ts';

/*
 * Finding fuzzy candidates without scoring the whole memory: every stored segment is indexed
 * by the stems of its words; a lookup counts how common each of its own stems is (counting
 * stops at COMMON_TERM), then fetches the segments that share the rarest ones. A segment that
 * is 70% the same shares most of its words, so it shares some of the rare ones too.
 */

/** A term found in at least this many segments is too common to look candidates up by. */
export const COMMON_TERM = 1000;
/** How many of a segment's rarest terms a lookup uses. */
export const LOOKUP_TERMS = 8;
/** How many of a segment's terms are counted at most (its longest words: usually the rarest). */
export const COUNTED_TERMS = 24;

/** The terms a segment is indexed by: the distinct stems of its words of 3+ letters, and numbers. */
export function segmentTerms(text: string, language: string): string[] {
  const terms = new Set<string>();
  for (const token of matchTokens(text)) {
    if (/\p{N}/u.test(token)) terms.add(token.slice(0, 64));
    else if (token.length >= 3) terms.add(stem(token, language).slice(0, 64));
  }
  return [...terms];
}

/** The terms of a segment worth counting: the longest first, at most COUNTED_TERMS. */
export function termsToCount(terms: readonly string[]): string[] {
  return [...terms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, COUNTED_TERMS);
}

/**
 * The terms to fetch candidates by, from how many segments hold each: the rarest that occur
 * at all, leaving out the common ones — unless every term is common, then the least common
 * few, so a segment of only everyday words still finds its twin.
 */
export function lookupTerms(frequencies: ReadonlyMap<string, number>): string[] {
  const present = [...frequencies].filter(([, count]) => count > 0);
  present.sort((a, b) => a[1] - b[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const rare = present.filter(([, count]) => count < COMMON_TERM);
  const chosen = rare.length > 0 ? rare : present.slice(0, 2);
  return chosen.slice(0, LOOKUP_TERMS).map(([term]) => term);
}
