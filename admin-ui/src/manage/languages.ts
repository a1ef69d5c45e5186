/** The canonical form of a BCP 47 tag ('es-pe' → 'es-PE'), or null when it is not one. */
export function canonicalTag(tag: string): string | null {
  const trimmed = tag.trim();
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(trimmed)) return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}

const names = new Map<string, Intl.DisplayNames | null>();

function displayNames(inLanguage: string, type: 'language' | 'region'): Intl.DisplayNames | null {
  const key = `${inLanguage}|${type}`;
  if (!names.has(key)) {
    try {
      names.set(key, new Intl.DisplayNames([inLanguage], { type }));
    } catch {
      names.set(key, null);
    }
  }
  return names.get(key) ?? null;
}

/** A language tag's name in the interface language: ('es-PE', 'en') → 'Spanish (Peru)'. */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return displayNames(inLanguage, 'language')?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A country's name in the interface language ('PE', 'es' → 'Perú'); null when unknown. */
export function countryName(code: string, inLanguage: string): string | null {
  if (!/^[A-Za-z]{2}$/.test(code)) return null;
  try {
    const name = displayNames(inLanguage, 'region')?.of(code.toUpperCase());
    // DisplayNames echoes codes it does not know; ZZ is "Unknown Region".
    return name && name !== code.toUpperCase() && code.toUpperCase() !== 'ZZ' ? name : null;
  } catch {
    return null;
  }
}

/**
 * Which key of a per-language record stands for `language`: the exact tag when the record has
 * it, else its base language ('es' for 'es-PE'). A row still to be written goes under the base
 * language too: the archive and the roster are shared, and every edition in that language reads
 * it (es-AR and es-PE both find 'es'; neither would find the other's 'es-AR').
 */
export function keyFor(record: Record<string, unknown>, language: string): string {
  if (language in record) return language;
  return language.split('-')[0] || language;
}

/** The time zones this browser knows, for a list to choose from. */
export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
