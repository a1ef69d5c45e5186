import { describe, expect, it } from 'vitest';
import {
  baseLanguage,
  canonicalLanguageTag,
  isCountryCode,
  isTimeZone,
  languageName,
  uiLanguageFor,
} from './locale.ts';

describe('canonicalLanguageTag', () => {
  it('writes the region of a tag in uppercase and the language in lowercase', () => {
    expect(canonicalLanguageTag('es-ar')).toBe('es-AR');
    expect(canonicalLanguageTag('PT-br')).toBe('pt-BR');
    expect(canonicalLanguageTag('EN')).toBe('en');
  });

  it('writes a script subtag in title case', () => {
    expect(canonicalLanguageTag('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguageTag('sr-latn-rs')).toBe('sr-Latn-RS');
  });

  it('keeps a tag that is already canonical', () => {
    expect(canonicalLanguageTag('es-PE')).toBe('es-PE');
    expect(canonicalLanguageTag('de-1996')).toBe('de-1996');
  });

  it('rejects a single letter, an underscore and markup', () => {
    expect(canonicalLanguageTag('x')).toBeNull();
    expect(canonicalLanguageTag('es_AR')).toBeNull();
    expect(canonicalLanguageTag('<script>')).toBeNull();
  });

  it('rejects empty, dangling and structurally invalid tags', () => {
    expect(canonicalLanguageTag('')).toBeNull();
    expect(canonicalLanguageTag('en-')).toBeNull();
    expect(canonicalLanguageTag('es AR')).toBeNull();
    expect(canonicalLanguageTag('english')).toBeNull();
    expect(canonicalLanguageTag('en-US-US')).toBeNull();
  });
});

describe('baseLanguage', () => {
  it('returns the lowercase language subtag', () => {
    expect(baseLanguage('pt-BR')).toBe('pt');
    expect(baseLanguage('DE')).toBe('de');
  });
});

describe('uiLanguageFor', () => {
  it('uses the interface language of a regional variant', () => {
    expect(uiLanguageFor('es-PE')).toBe('es');
    expect(uiLanguageFor('es-AR')).toBe('es');
    expect(uiLanguageFor('pt-BR')).toBe('pt');
    expect(uiLanguageFor('de-AT')).toBe('de');
  });

  it('uses a supported language as it is, whatever its case', () => {
    expect(uiLanguageFor('fr')).toBe('fr');
    expect(uiLanguageFor('IT')).toBe('it');
  });

  it('falls back to English for a language Tribune has no messages for', () => {
    expect(uiLanguageFor('tr')).toBe('en');
    expect(uiLanguageFor('qu-PE')).toBe('en');
    expect(uiLanguageFor('')).toBe('en');
  });
});

describe('languageName', () => {
  it('names a language in English', () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('de', 'en')).toBe('German');
  });

  it('names a language in the reader’s language', () => {
    expect(languageName('de', 'es')).toBe('alemán');
    expect(languageName('en', 'fr')).toBe('anglais');
  });

  it('names the base language of a regional tag', () => {
    expect(languageName('pt-BR', 'en')).toBe('Portuguese');
  });

  it('returns the tag itself when it or the display language is not valid', () => {
    expect(languageName('x', 'en')).toBe('x');
    expect(languageName('es', '<bad>')).toBe('es');
  });
});

describe('isTimeZone', () => {
  it('accepts IANA time zones', () => {
    expect(isTimeZone('America/Lima')).toBe(true);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
  });

  it('rejects unknown zones and the empty string', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Lima')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('isCountryCode', () => {
  it('accepts two-letter ISO 3166 country codes', () => {
    expect(isCountryCode('PE')).toBe(true);
    expect(isCountryCode('AR')).toBe(true);
    expect(isCountryCode('DE')).toBe(true);
  });

  it('rejects lowercase, three-letter and numeric codes', () => {
    expect(isCountryCode('pe')).toBe(false);
    expect(isCountryCode('PER')).toBe(false);
    expect(isCountryCode('604')).toBe(false);
    expect(isCountryCode('')).toBe(false);
  });

  it('rejects a well-formed code that names no region', () => {
    expect(isCountryCode('AA')).toBe(false);
  });

  it('rejects the codes CLDR uses for unknown and pseudo regions', () => {
    // 'ZZ' is "Unknown Region", 'QO' "Outlying Oceania", 'XA' a pseudo-locale: not countries.
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('QO')).toBe(false);
    expect(isCountryCode('XA')).toBe(false);
  });
});
