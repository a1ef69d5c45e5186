import { describe, expect, it } from 'vitest';
import { isSlug, MAX_SLUG_LENGTH, slugify } from './slug.ts';

describe('slugify', () => {
  it('lowercases a headline and joins its words with single hyphens', () => {
    expect(slugify('Dock Workers Strike in Callao')).toBe('dock-workers-strike-in-callao');
    expect(slugify('  Too   many    spaces  ')).toBe('too-many-spaces');
  });

  it('strips accents from Spanish, Portuguese and French headlines', () => {
    expect(slugify('Huelga en el puerto: ¿qué pasó?', 'es')).toBe('huelga-en-el-puerto-que-paso');
    expect(slugify('Ação e reação no São Francisco', 'pt-BR')).toBe(
      'acao-e-reacao-no-sao-francisco',
    );
    expect(slugify('Élection à Besançon', 'fr')).toBe('election-a-besancon');
  });

  it('writes German umlauts as ae, oe and ue for German content', () => {
    expect(slugify('Über die Brücke nach Köln', 'de')).toBe('ueber-die-bruecke-nach-koeln');
    expect(slugify('ÄRGER IN ÖSTERREICH', 'de-AT')).toBe('aerger-in-oesterreich');
  });

  it('drops the umlaut dots instead for content in other languages', () => {
    expect(slugify('Über die Brücke nach Köln', 'en')).toBe('uber-die-brucke-nach-koln');
    expect(slugify('Müller', 'es')).toBe('muller');
  });

  it('transliterates German umlauts typed as a letter plus combining diaeresis (NFD)', () => {
    // macOS and some editors hand over decomposed text: "u" followed by U+0308.
    expect(slugify('Müller'.normalize('NFD'), 'de')).toBe('mueller');
  });

  it('writes ß as ss in every language', () => {
    expect(slugify('Straße', 'de')).toBe('strasse');
    expect(slugify('Straße', 'en')).toBe('strasse');
  });

  it('transliterates letters that Unicode does not decompose', () => {
    expect(slugify('Ærø')).toBe('aero');
    expect(slugify('œuvre')).toBe('oeuvre');
    expect(slugify('Søren Kierkegaard')).toBe('soren-kierkegaard');
    expect(slugify('Łódź')).toBe('lodz');
    expect(slugify('Þór')).toBe('thor');
  });

  it('removes apostrophes without splitting the word', () => {
    expect(slugify("L'Équipe d'été", 'fr')).toBe('lequipe-dete');
    expect(slugify('Rosa’s column')).toBe('rosas-column');
  });

  it('turns symbols and punctuation into a single hyphen and trims hyphens at the ends', () => {
    expect(slugify('Q&A: 100% real?!')).toBe('q-a-100-real');
    expect(slugify('--- hello --- world ---')).toBe('hello-world');
    expect(slugify('a/b\\c.d_e')).toBe('a-b-c-d-e');
  });

  it('drops emoji', () => {
    expect(slugify('🎉 Party time 🎉')).toBe('party-time');
    expect(slugify('👍🏽')).toBe('');
  });

  it('returns an empty slug for a title in a non-Latin script or made of symbols only', () => {
    expect(slugify('Привет, мир', 'ru')).toBe('');
    expect(slugify('東京の天気', 'ja')).toBe('');
    expect(slugify('مرحبا', 'ar')).toBe('');
    expect(slugify('!!! ??? ***')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('keeps the Latin part of a mixed-script title', () => {
    expect(slugify('COVID-19 в Москве', 'ru')).toBe('covid-19');
  });

  it('leaves a slug of exactly the maximum length untouched', () => {
    const exact = 'a'.repeat(MAX_SLUG_LENGTH);
    expect(slugify(exact)).toBe(exact);
  });

  it('cuts a long headline at the last hyphen within the limit, never mid-word', () => {
    const headline = `${'a'.repeat(90)} ${'b'.repeat(20)}`;
    expect(slugify(headline)).toBe('a'.repeat(90));
  });

  it('keeps the word that ends exactly at the limit', () => {
    const headline = `${'a'.repeat(MAX_SLUG_LENGTH)} tail`;
    expect(slugify(headline)).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('cuts hard at the limit when the only hyphen is in the first half', () => {
    const headline = `short ${'x'.repeat(200)}`;
    const slug = slugify(headline);
    expect(slug).toHaveLength(MAX_SLUG_LENGTH);
    expect(slug.startsWith('short-xxx')).toBe(true);
  });

  it('produces a valid slug from a long headline of many words', () => {
    const headline = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word0-word1-word2')).toBe(true);
    expect(isSlug(slug)).toBe(true);
  });
});

describe('isSlug', () => {
  it('accepts lowercase letters and digits joined by single hyphens', () => {
    expect(isSlug('callao')).toBe(true);
    expect(isSlug('dock-workers-2024')).toBe(true);
    expect(isSlug('a'.repeat(MAX_SLUG_LENGTH))).toBe(true);
  });

  it('rejects empty, uppercase, accented, spaced and underscored values', () => {
    expect(isSlug('')).toBe(false);
    expect(isSlug('Callao')).toBe(false);
    expect(isSlug('qué')).toBe(false);
    expect(isSlug('two words')).toBe(false);
    expect(isSlug('snake_case')).toBe(false);
  });

  it('rejects leading, trailing and doubled hyphens', () => {
    expect(isSlug('-lead')).toBe(false);
    expect(isSlug('trail-')).toBe(false);
    expect(isSlug('double--hyphen')).toBe(false);
  });

  it('rejects a slug longer than the maximum', () => {
    expect(isSlug('a'.repeat(MAX_SLUG_LENGTH + 1))).toBe(false);
  });
});
