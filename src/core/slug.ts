/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ß: 'ss',
};

/** German writes umlauts as a following "e" when they cannot be written. */
const GERMAN_UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

export const MAX_SLUG_LENGTH = 96;

/**
 * Turns a headline or name into a URL slug: lowercase ASCII letters, digits and single
 * hyphens. `language` (BCP 47) picks language-specific transliteration, e.g. German umlauts.
 * Returns '' when nothing usable is left (a title in a non-Latin script, only symbols).
 */
export function slugify(text: string, language = 'en'): string {
  // Composed form first, so an umlaut typed as "u" + combining diaeresis is still an umlaut.
  let value = text.normalize('NFC').toLowerCase();
  if (language.toLowerCase().startsWith('de')) {
    value = value.replace(/[äöü]/g, (letter) => GERMAN_UMLAUTS[letter] ?? letter);
  }
  value = value
    .replace(/[æœøłđðþıß]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (value.length <= MAX_SLUG_LENGTH) return value;
  const cut = value.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (
    lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)
  ).replace(/-+$/, '');
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a slug in the form `slugify` produces. */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}
