import { describe, expect, it } from 'vitest';
import { excerpt, highlight, queryKeys } from './highlight.ts';
import { isEmptyQuery, parseQuery } from './query-parser.ts';
import { fold, postgresConfig, stem, stemText } from './stemming.ts';

describe('parseQuery', () => {
  it('keeps words and quoted phrases, lowercased and without repeats', () => {
    expect(parseQuery('Huelga "paro general" huelga puerto')).toEqual({
      terms: ['huelga', 'puerto'],
      phrases: [['paro', 'general']],
    });
  });

  it('turns operators, unbalanced quotes and SQL into plain words', () => {
    expect(parseQuery('"huelga AND (puerto OR NOT x*')).toEqual({
      terms: ['huelga', 'and', 'puerto', 'or', 'not', 'x'],
      phrases: [],
    });
    expect(parseQuery("'; drop table articles; --")).toEqual({
      terms: ['drop', 'table', 'articles'],
      phrases: [],
    });
    expect(parseQuery('title:huelga^2 -x').terms).toEqual(['title', 'huelga', '2', 'x']);
  });

  it('bounds what it keeps: 500 characters, 20 words', () => {
    const long = parseQuery(`${'palabra '.repeat(5000)}`);
    expect(long.terms).toEqual(['palabra']);
    const many = parseQuery(Array.from({ length: 40 }, (_, n) => `w${n}`).join(' '));
    expect(many.terms).toHaveLength(20);
  });

  it('finds nothing to search in symbols, emoji and control characters', () => {
    for (const text of ['', '"""', '(((', '🧨💥', '\u0000\u0001', '*^:-+']) {
      expect(isEmptyQuery(parseQuery(text)), JSON.stringify(text)).toBe(true);
    }
  });
});

describe('stemming', () => {
  it('reduces the forms of a word to one key per language', () => {
    expect(stem('trabajadores', 'es-AR')).toBe(stem('trabajador', 'es'));
    expect(stem('trabalhadores', 'pt-BR')).toBe(stem('trabalhador', 'pt'));
    expect(stem('travailleurs', 'fr')).toBe(stem('travailleur', 'fr'));
    expect(stem('Gewerkschaften', 'de')).toBe(stem('Gewerkschaft', 'de'));
    expect(stem('lavoratori', 'it')).toBe(stem('lavoratore', 'it'));
    expect(stem('workers', 'en')).toBe(stem('worker', 'en'));
  });

  it('folds case and accents so a missing accent still finds the word', () => {
    expect(fold('Canción ÑANDÚ')).toBe('cancion nandu');
    expect(stem('canción', 'es')).toBe(stem('cancion', 'es'));
  });

  it('keeps words of languages it has no stemmer for as they are, folded', () => {
    expect(stemText('Dziękuję Bardzo', 'pl')).toBe('dziekuje bardzo');
  });

  it('names PostgreSQL’s text-search configuration of each language', () => {
    expect(['es-PE', 'pt', 'fr', 'de', 'it', 'en', 'tr', 'ca', 'pl'].map(postgresConfig)).toEqual([
      'spanish',
      'portuguese',
      'french',
      'german',
      'italian',
      'english',
      'turkish',
      'simple',
      'simple',
    ]);
  });
});

describe('highlighting', () => {
  const keys = queryKeys(['trabajadores'], [], 'es');

  it('marks every form of the searched words', () => {
    expect(highlight('El trabajador y las trabajadoras.', keys, 'es')).toEqual([
      { text: 'El ', match: false },
      { text: 'trabajador', match: true },
      { text: ' y las ', match: false },
      { text: 'trabajadoras', match: true },
      { text: '.', match: false },
    ]);
  });

  it('cuts an excerpt around the first match, at word boundaries, with ellipses', () => {
    const text = `${'Palabra de relleno. '.repeat(30)}Los trabajadores votaron. ${'Más texto al final. '.repeat(30)}`;
    const parts = excerpt(text, keys, 'es', 120);
    const whole = parts.map((part) => part.text).join('');
    expect(whole.startsWith('… ')).toBe(true);
    expect(whole.endsWith(' …')).toBe(true);
    expect(whole.length).toBeLessThan(130);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['trabajadores']);
  });

  it('starts at the beginning when nothing matches', () => {
    const parts = excerpt('Nada que ver aquí.', keys, 'es');
    expect(parts).toEqual([{ text: 'Nada que ver aquí.', match: false }]);
  });
});
