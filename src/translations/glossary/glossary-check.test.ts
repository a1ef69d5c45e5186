import { describe, expect, it } from 'vitest';
import { glossaryInputSchema, termKey } from './glossary.ts';
import {
  checkTranslation,
  type GlossaryEntry,
  preferredEntries,
  termsIn,
} from './glossary-check.ts';

let n = 0;
function entry(fields: Partial<GlossaryEntry>): GlossaryEntry {
  n++;
  return {
    id: `term-${n}`,
    sourceLanguage: 'es',
    targetLanguage: 'en',
    sourceTerm: '',
    targetTerm: '',
    note: '',
    caseSensitive: false,
    doNotTranslate: false,
    updatedAt: `2026-01-${String(n).padStart(2, '0')}T00:00:00.000Z`,
    ...fields,
  };
}

const strike = entry({ sourceTerm: 'huelga general', targetTerm: 'general strike' });
const party = entry({
  sourceTerm: 'Podemos',
  targetTerm: 'Podemos',
  caseSensitive: true,
  doNotTranslate: true,
});
const slogan = entry({
  sourceTerm: 'Ni una menos',
  targetTerm: 'Ni una menos',
  doNotTranslate: true,
});
const union = entry({ sourceTerm: 'sindicato', targetTerm: 'union', note: 'Not “syndicate”.' });
const glossary = [strike, party, slogan, union];
const languages = { source: 'es-AR', target: 'en-US' };

describe('finding glossary terms in a source text', () => {
  it('finds terms in other inflections, case and accents aside', () => {
    const hits = termsIn('Las <em>huelgas generales</em> y los sindicatos.', 'es', glossary);
    expect(hits.map((hit) => [hit.sourceTerm, hit.targetTerm, hit.occurrences])).toEqual([
      ['huelga general', 'general strike', 1],
      ['sindicato', 'union', 1],
    ]);
    expect(hits[1]?.note).toBe('Not “syndicate”.');
  });

  it('finds a case-sensitive term only as written', () => {
    expect(termsIn('Podemos presentó su lista.', 'es', glossary).map((hit) => hit.termId)).toEqual([
      party.id,
    ]);
    expect(termsIn('Nosotros podemos ganar.', 'es', glossary)).toEqual([]);
  });

  it('needs the words of a term next to each other, and counts each occurrence', () => {
    expect(termsIn('La huelga fue general.', 'es', glossary)).toEqual([]);
    expect(
      termsIn('Huelga general hoy, huelga general mañana.', 'es', glossary)[0]?.occurrences,
    ).toBe(2);
  });
});

describe('checking a translation against the glossary', () => {
  it('warns about a term whose agreed translation is missing', () => {
    const warnings = checkTranslation(
      { source: 'Convocan a una huelga general.', target: 'They call a general walkout.' },
      languages,
      glossary,
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        termId: strike.id,
        sourceTerm: 'huelga general',
        targetTerm: 'general strike',
        problem: 'translated-differently',
      }),
    ]);
  });

  it('accepts the agreed translation in another inflection', () => {
    expect(
      checkTranslation(
        {
          source: 'Las huelgas generales y los sindicatos',
          target: 'The general strikes and the unions',
        },
        languages,
        glossary,
      ),
    ).toEqual([]);
  });

  it('warns when a name or slogan to keep was translated', () => {
    const warnings = checkTranslation(
      {
        source: 'Marcharon bajo la consigna Ni una menos.',
        target: 'They marched under the slogan Not one less.',
      },
      languages,
      glossary,
    );
    expect(warnings.map((warning) => [warning.sourceTerm, warning.problem])).toEqual([
      ['Ni una menos', 'not-kept'],
    ]);
    expect(
      checkTranslation(
        { source: 'Podemos se presenta.', target: 'Podemos is standing.' },
        languages,
        glossary,
      ),
    ).toEqual([]);
  });

  it('says nothing about terms the source does not use', () => {
    expect(
      checkTranslation({ source: 'Llueve.', target: 'It rains.' }, languages, glossary),
    ).toEqual([]);
  });
});

describe('choosing among entries for the same term', () => {
  it('takes the regional variant that fits the request, else the newest', () => {
    const general = entry({ sourceTerm: 'Colectivo', targetTerm: 'bus' });
    const argentine = entry({
      sourceLanguage: 'es-AR',
      sourceTerm: 'colectivo',
      targetTerm: 'city bus',
    });
    const newer = entry({ sourceTerm: 'colectivo ', targetTerm: 'collective' });
    expect(preferredEntries([general, argentine, newer], languages)).toEqual([argentine]);
    expect(
      preferredEntries([general, argentine, newer], { source: 'es-PE', target: 'en' }),
    ).toEqual([newer]);
  });
});

describe('glossary entries as the newsroom enters them', () => {
  it('make language tags canonical and refuse unknown ones', () => {
    const parsed = glossaryInputSchema.safeParse({
      sourceLanguage: 'es-ar',
      targetLanguage: 'EN',
      sourceTerm: ' huelga ',
      targetTerm: 'strike',
    });
    expect(parsed.success && parsed.data).toMatchObject({
      sourceLanguage: 'es-AR',
      targetLanguage: 'en',
      sourceTerm: 'huelga',
      caseSensitive: false,
      doNotTranslate: false,
    });
    expect(
      glossaryInputSchema.safeParse({ sourceLanguage: 'xx', targetLanguage: 'en', sourceTerm: 'a' })
        .success,
    ).toBe(false);
  });

  it('are the same term whatever their case, accents and spacing', () => {
    expect(termKey('  Huelga   General ')).toBe(termKey('huelga general'));
    expect(termKey('Perú')).toBe('peru');
  });
});
