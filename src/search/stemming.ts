import snowball from 'snowball-stemmers';

/** Snowball algorithms by language subtag; other languages are matched by exact words. */
const ALGORITHMS: Record<string, string> = {
  en: 'english',
  es: 'spanish',
  pt: 'portuguese',
  fr: 'french',
  de: 'german',
  it: 'italian',
  ca: 'catalan',
  tr: 'turkish',
};

const stemmers = new Map<string, { stem(word: string): string }>();

function stemmerFor(language: string) {
  const algorithm = ALGORITHMS[language.split('-')[0]?.toLowerCase() ?? ''];
  if (!algorithm) return null;
  const known = stemmers.get(algorithm);
  if (known) return known;
  const stemmer = snowball.newStemmer(algorithm);
  stemmers.set(algorithm, stemmer);
  return stemmer;
}

/** Lowercase and without accents: 'Canción' → 'cancion'. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/** The words of a text, as they appear. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The search key of a word in a language: its Snowball stem, folded (trabajadores → trabaj).
 * The same key on both sides of the search makes "trabajadores" find "trabajador".
 */
export function stem(word: string, language: string): string {
  const key = `${language}\u0000${word}`;
  const known = stems.get(key);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const stemmer = stemmerFor(language);
  const result = fold(stemmer ? stemmer.stem(lower) : lower);
  // Texts repeat their words: remembering recent stems makes indexing several times faster.
  if (stems.size >= MAX_REMEMBERED) stems.clear();
  stems.set(key, result);
  return result;
}

const MAX_REMEMBERED = 100_000;
const stems = new Map<string, string>();

/** Every word of a text turned into its key, separated by spaces: what the index stores. */
export function stemText(text: string, language: string): string {
  return words(text)
    .map((word) => stem(word, language))
    .join(' ');
}

/** The Snowball-based text search configuration of PostgreSQL for a language, or 'simple'. */
export function postgresConfig(language: string): string {
  const algorithm = ALGORITHMS[language.split('-')[0]?.toLowerCase() ?? ''];
  return algorithm && algorithm !== 'catalan' ? algorithm : 'simple';
}
