import { withoutAccents } from './segment-text.ts';

/** Fuzzy matches below this score are not offered, unless a request asks for another. */
export const DEFAULT_THRESHOLD = 70;

/** What changing one word into another costs when they differ only in accents (else 1). */
const ACCENT_COST = 0.2;

/**
 * How alike two segments are, 0–100, from their match tokens (segment-text.ts): one minus the
 * word-level edit distance (insert, delete, replace a word; an accent-only change costs 0.2)
 * over the longer segment's length. 100 means the same words in the same order; anything else
 * is at most 99, so a score of 100 is always an exact match.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0 || a.length === 0 || b.length === 0) return 0;
  // Words without accents, computed once per word rather than once per comparison.
  const plainA = a.map(withoutAccents);
  const plainB = b.map(withoutAccents);
  // Two rows of the edit-distance table are enough.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const word = a[i - 1];
    const plainWord = plainA[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const cost = word === b[j - 1] ? 0 : plainWord === plainB[j - 1] ? ACCENT_COST : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length] as number;
  if (distance === 0) return 100;
  return Math.max(0, Math.min(99, Math.round(100 * (1 - distance / longer))));
}

/**
 * The word counts a stored segment may have and still reach `threshold` against a segment of
 * `words` words: each missing word costs 1, so lengths far apart cannot score high.
 */
export function wordRangeFor(words: number, threshold: number): { min: number; max: number } {
  const share = Math.max(threshold, 1) / 100;
  return { min: Math.max(1, Math.ceil(words * share)), max: Math.floor(words / share) };
}

/** What ranking needs of a match. */
export interface Rankable {
  score: number;
  /** How well the languages fit the request's regional variants (language-pair.ts). */
  fit: number;
  updatedAt: string;
}

/** Best first: higher score, then the closer regional variant, then the more recent. */
export function compareMatches(a: Rankable, b: Rankable): number {
  return (
    b.score - a.score ||
    b.fit - a.fit ||
    (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)
  );
}
