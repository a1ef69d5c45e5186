import { createHash } from 'node:crypto';
import { inlineToText } from '../../core/html.ts';

/*
 * How segments are compared. Two texts are the same segment when they have the same words in
 * the same order, whatever their case, spacing, punctuation and quotation marks: «Basta ya» and
 * "basta ya." are one segment. Accents are kept — "el" and "él" are different words — but a
 * difference only in accents costs little in the fuzzy score (similarity.ts).
 */

/** The plain text of a segment as the editor holds it (inline HTML or plain), spaces collapsed. */
export function segmentPlainText(text: string): string {
  return inlineToText(text).replace(/\s+/g, ' ').trim();
}

// A number with its decimal or grouping parts and a percent sign right after it, or a word
// with inner apostrophes (l'État, don't).
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*%?|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of a segment for matching: lowercase, apostrophes made one kind, punctuation and
 * quotes gone, "15 %" written as "15%" (French sets a space before the sign, English none).
 */
export function matchTokens(text: string): string[] {
  const prepared = segmentPlainText(text)
    // Entities plain text decoding leaves are typographic (&laquo; &hellip;): punctuation.
    .replace(/&[a-z]+;/gi, ' ')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/(\p{N})[\s\u00a0\u202f]*%/gu, '$1%');
  return prepared.match(TOKEN) ?? [];
}

/** The text two segments share exactly when they are the same segment. */
export function exactKey(text: string): string {
  return matchTokens(text).join(' ');
}

/** A short fixed-length stand-in for the exact key, to index (a long paragraph would not fit). */
export function exactHash(text: string): string {
  return createHash('sha256').update(exactKey(text)).digest('hex');
}

/** A word without its accents: 'perú' → 'peru'. */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}
