import { words } from './stemming.ts';

/** What someone typed into a search box, reduced to what can be searched safely. */
export interface ParsedQuery {
  /** Words that must all appear. */
  terms: string[];
  /** Quoted runs of words that must appear together. */
  phrases: string[][];
}

const MAX_LENGTH = 500;
const MAX_TERMS = 20;

/**
 * Parses a search box's text. Anything goes in — unbalanced quotes, operators, SQL, ten
 * thousand characters — and only words come out: letters and digits, at most twenty, never
 * syntax for the backend to interpret.
 */
export function parseQuery(input: string): ParsedQuery {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
  const text = cutAtWord(input).replace(/[\u0000-\u001f\u007f]/g, ' ');
  const phrases: string[][] = [];
  const outside = text.replace(/"([^"]*)"/g, (_whole, inner: string) => {
    const phrase = words(inner);
    if (phrase.length > 1) phrases.push(phrase);
    else if (phrase.length === 1) return ` ${phrase[0]} `;
    return ' ';
  });
  const terms = words(outside.replace(/"/g, ' '));
  const unique = [...new Set(terms.map((term) => term.toLowerCase()))];
  return {
    terms: unique.slice(0, MAX_TERMS),
    phrases: phrases.slice(0, 5).map((p) => p.slice(0, 10)),
  };
}

/** True when there is nothing to search for. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0;
}

/** Keeps at most MAX_LENGTH characters without cutting a word in half (a half word would search for something else). */
function cutAtWord(input: string): string {
  if (input.length <= MAX_LENGTH) return input;
  const head = input.slice(0, MAX_LENGTH + 1);
  const lastSpace = head.search(/\s\S*$/);
  return lastSpace > 0 ? head.slice(0, lastSpace) : head.slice(0, MAX_LENGTH);
}
