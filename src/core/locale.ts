/** Interface languages Tribune ships messages for; anything else falls back to English. */
export const UI_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The canonical form of a BCP 47 language tag ('es-ar' → 'es-AR'), or null if it is not one. */
export function canonicalLanguageTag(tag: string): string | null {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** The language subtag of a BCP 47 tag: 'pt-BR' → 'pt'. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

/** The interface language to use for content in `tag`. */
export function uiLanguageFor(tag: string): UiLanguage {
  const base = baseLanguage(tag);
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** Intl.DisplayNames is costly to build: one per language and type, reused. */
function names(inLanguage: string, type: 'language' | 'region'): Intl.DisplayNames | null {
  const key = `${inLanguage}|${type}`;
  if (!displayNames.has(key)) {
    try {
      displayNames.set(key, new Intl.DisplayNames([inLanguage], { type }));
    } catch {
      displayNames.set(key, null);
    }
  }
  return displayNames.get(key) ?? null;
}

const languageNames = new Map<string, string>();

/** The name of language `tag` written in language `inLanguage`, e.g. ('es', 'en') → 'Spanish'. */
export function languageName(tag: string, inLanguage: string): string {
  // Asking Intl costs microseconds and reader pages name languages in lists: keep the answers
  // (a few hundred at most, languages by languages).
  const key = `${tag}|${inLanguage}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = names(inLanguage, 'language')?.of(baseLanguage(tag)) ?? tag;
    } catch {
      name = tag;
    }
    if (languageNames.size < 10_000) languageNames.set(key, name);
  }
  return name;
}

/** The name of a country in `inLanguage`, e.g. ('PE', 'es') → 'Perú'; null when unknown. */
export function regionName(country: string, inLanguage: string): string | null {
  try {
    return names(inLanguage, 'region')?.of(country) ?? null;
  } catch {
    return null;
  }
}

/** True when `zone` is an IANA time zone the runtime knows, e.g. 'America/Lima'. */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Codes ISO 3166-1 leaves to private use or reserves for unions and organisations. */
const NOT_COUNTRIES = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

/** True for an ISO 3166-1 alpha-2 country code the runtime can name, e.g. 'PE'. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.test(code)) return false;
  const name = regionName(code, 'en');
  return name !== null && name !== code;
}
