import { stem, words } from './stemming.ts';

/** Text to show, and which parts of it matched the search. */
export type Highlighted = { text: string; match: boolean }[];

/** Marks the words of `text` whose search key is one of `keys`. */
export function highlight(text: string, keys: Set<string>, language: string): Highlighted {
  const parts: Highlighted = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    const index = found.index ?? 0;
    if (!keys.has(stem(found[0], language))) continue;
    if (index > last) parts.push({ text: text.slice(last, index), match: false });
    parts.push({ text: found[0], match: true });
    last = index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * An excerpt of about `length` characters around the first place where the search matched
 * (or the beginning), cut at word boundaries, with the matching words marked.
 */
export function excerpt(
  text: string,
  keys: Set<string>,
  language: string,
  length = 240,
): Highlighted {
  const clean = text.replace(/\s+/g, ' ').trim();
  let first = -1;
  for (const found of clean.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (keys.has(stem(found[0], language))) {
      first = found.index ?? 0;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space < 0 || space > first ? start : space + 1;
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const parts = highlight(clean.slice(start, end), keys, language);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < clean.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** The search keys of a parsed query's words, in a language. */
export function queryKeys(terms: string[], phrases: string[][], language: string): Set<string> {
  return new Set(
    [...terms, ...phrases.flat()]
      .flatMap((term) => words(term))
      .map((word) => stem(word, language)),
  );
}
