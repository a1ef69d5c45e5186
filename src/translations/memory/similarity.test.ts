import { describe, expect, it } from 'vitest';
import { lookupTerms, segmentTerms, termsToCount } from './memory-terms.ts';
import { exactHash, exactKey, matchTokens } from './segment-text.ts';
import { compareMatches, similarity, wordRangeFor } from './similarity.ts';

const score = (a: string, b: string) => similarity(matchTokens(a), matchTokens(b));

describe('segment normalisation', () => {
  it('treats case, spacing, punctuation and every kind of quotation mark as the same segment', () => {
    const key = exactKey('Los portuarios dijeron: «basta ya».');
    expect(exactKey('los   portuarios dijeron "Basta ya"')).toBe(key);
    expect(exactKey('Los portuarios dijeron “basta ya”…')).toBe(key);
    expect(exactKey('Los <strong>portuarios</strong> dijeron: &laquo;basta ya&raquo;.')).toBe(key);
    expect(exactHash('Los portuarios dijeron “basta ya”')).toBe(
      exactHash('los portuarios dijeron «basta ya»'),
    );
  });

  it('keeps accents, so "el" and "él" stay different words', () => {
    expect(exactKey('Él lo dijo')).not.toBe(exactKey('El lo dijo'));
    expect(matchTokens('Perú')).toEqual(['perú']);
  });

  it('writes "15 %" and "15%" alike, keeps decimals whole and apostrophes in one kind', () => {
    expect(matchTokens('Subió un 15 % en marzo')).toEqual(['subió', 'un', '15%', 'en', 'marzo']);
    expect(exactKey('Subió un 15% en marzo')).toBe(exactKey('Subió un 15\u00a0% en marzo'));
    expect(exactKey('Subió un 15\u202f% en marzo')).toBe(exactKey('subió un 15% en marzo'));
    expect(matchTokens('una inflación del 3,5% anual')).toContain('3,5%');
    expect(exactKey("l’État et l'école")).toBe("l'état et l'école");
  });

  it('has no words in a segment of punctuation and markup only', () => {
    expect(matchTokens('<em>—</em> « » …')).toEqual([]);
  });
});

describe('similarity', () => {
  it('is 100 for the same segment, and never 100 for another', () => {
    expect(score('La huelga sigue.', '«La huelga sigue»')).toBe(100);
    expect(score('La huelga sigue hoy', 'La huelga sigue')).toBeLessThan(100);
  });

  it('costs little for a difference in accents only', () => {
    const accents = score(
      'El gobierno de Peru anuncio nuevas medidas contra los trabajadores',
      'El gobierno de Perú anunció nuevas medidas contra los trabajadores',
    );
    expect(accents).toBeGreaterThanOrEqual(95);
    expect(accents).toBeLessThan(100);
  });

  it('lowers the score with each changed word', () => {
    const source = 'Los trabajadores del puerto votaron la huelga por tiempo indeterminado';
    const oneWord = score(
      source,
      'Los trabajadores del puerto votaron la huelga por tiempo limitado',
    );
    const twoWords = score(
      source,
      'Los trabajadores del metro votaron la huelga por tiempo limitado',
    );
    expect(oneWord).toBe(90);
    expect(twoWords).toBe(80);
  });

  it('counts words in another order as changes, but stays a fuzzy match', () => {
    const swapped = score(
      'La asamblea votó la huelga general en el puerto del Callao',
      'La asamblea votó en el puerto del Callao la huelga general',
    );
    expect(swapped).toBeGreaterThan(40);
    expect(swapped).toBeLessThan(90);
    // Two neighbours swapped are two changes out of ten words.
    expect(
      score(
        'uno dos tres cuatro cinco seis siete ocho nueve diez',
        'uno dos cuatro tres cinco seis siete ocho nueve diez',
      ),
    ).toBe(80);
  });

  it('tells numbers apart: a changed figure is a changed word', () => {
    expect(score('El salario subió un 15 % en marzo', 'El salario subió un 15% en marzo')).toBe(
      100,
    );
    expect(score('El salario subió un 15 % en marzo', 'El salario subió un 12 % en marzo')).toBe(
      86,
    );
  });

  it('scores a short segment low against a long one that contains it', () => {
    const short = 'La huelga sigue';
    const long =
      'La huelga sigue en el puerto mientras el gobierno se niega a negociar con los sindicatos';
    expect(score(short, long)).toBeLessThan(30);
    expect(score(long, short)).toBe(score(short, long));
  });

  it('is 0 when either side has no words', () => {
    expect(similarity([], ['a'])).toBe(0);
    expect(similarity([], [])).toBe(0);
  });
});

describe('candidate pre-filter', () => {
  it('only looks at lengths that can reach the threshold', () => {
    expect(wordRangeFor(10, 70)).toEqual({ min: 7, max: 14 });
    expect(wordRangeFor(1, 70)).toEqual({ min: 1, max: 1 });
    // A longer or shorter segment outside the range scores below the threshold.
    const ten = 'a b c d e f g h i j'.split(' ');
    expect(similarity(ten, [...ten, 'k', 'l', 'm', 'n', 'o'])).toBeLessThan(70);
    expect(similarity(ten, [...ten, 'k', 'l', 'm', 'n'])).toBeGreaterThanOrEqual(70);
  });

  it('indexes a segment by the stems of its longer words and its numbers', () => {
    const terms = segmentTerms('Los trabajadores portuarios votaron el 15 % de aumento', 'es');
    expect(terms).toEqual(expect.arrayContaining(['trabaj', 'portuari', '15%']));
    expect(terms).not.toContain('el');
    // Another form of the same word is the same term.
    expect(segmentTerms('el trabajador', 'es')).toContain('trabaj');
  });

  it('counts the longest terms, and looks up the rarest that occur, leaving out common ones', () => {
    expect(termsToCount(['de', 'huelga', 'callao', 'sindicatos'])[0]).toBe('sindicatos');
    const frequencies = new Map([
      ['gobiern', 5000],
      ['callao', 3],
      ['huelg', 40],
      ['inexistent', 0],
    ]);
    expect(lookupTerms(frequencies)).toEqual(['callao', 'huelg']);
    // A segment of only common words still looks up its least common ones.
    expect(
      lookupTerms(
        new Map([
          ['gobiern', 5000],
          ['dij', 2000],
          ['ministr', 1500],
        ]),
      ),
    ).toEqual(['ministr', 'dij']);
  });
});

describe('ranking', () => {
  it('puts the higher score first, then the closer regional variant, then the newer', () => {
    const ranked = [
      { id: 'old-exact', score: 100, fit: 2, updatedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'fuzzy', score: 90, fit: 4, updatedAt: '2026-03-01T00:00:00.000Z' },
      { id: 'regional-exact', score: 100, fit: 4, updatedAt: '2025-01-01T00:00:00.000Z' },
      { id: 'new-exact', score: 100, fit: 2, updatedAt: '2026-02-01T00:00:00.000Z' },
    ].sort(compareMatches);
    expect(ranked.map((match) => match.id)).toEqual([
      'regional-exact',
      'new-exact',
      'old-exact',
      'fuzzy',
    ]);
  });
});
