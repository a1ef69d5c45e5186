import { baseLanguage, canonicalLanguageTag } from '../core/locale.ts';

/*
 * Translation memory and glossary entries are kept per language pair by primary subtag: what
 * was translated from es-AR into en-US serves a translation from es-PE into en-GB. When two
 * entries are otherwise equal, the one whose regional variants match the request comes first.
 */

/** The key of a language pair by primary subtags: ('es-AR', 'en-US') → 'es>en'. */
export function languagePairKey(source: string, target: string): string {
  return `${baseLanguage(source)}>${baseLanguage(target)}`;
}

/**
 * How closely an entry's languages fit the requested ones, 0–4: an exact tag counts 2 (es-AR
 * for es-AR), a bare subtag on either side 1 (es for es-AR, or es-AR for es), another region 0.
 * Entries are assumed to be of the same pair already.
 */
export function regionalFit(
  requested: { source: string; target: string },
  entry: { source: string; target: string },
): number {
  return tagFit(requested.source, entry.source) + tagFit(requested.target, entry.target);
}

function tagFit(requested: string, entry: string): number {
  const a = requested.toLowerCase();
  const b = entry.toLowerCase();
  if (a === b) return 2;
  return a.includes('-') && b.includes('-') ? 0 : 1;
}

/**
 * A BCP 47 tag the runtime knows a name for, in canonical form ('es-ar' → 'es-AR'), or null:
 * 'xx' or 'klingon' are refused, so a typo does not become an empty language pair.
 */
export function knownLanguageTag(tag: string): string | null {
  const canonical = canonicalLanguageTag(tag.trim());
  if (!canonical) return null;
  try {
    return languageNames.of(baseLanguage(canonical)) ? canonical : null;
  } catch {
    return null;
  }
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
