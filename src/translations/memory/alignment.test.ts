import { describe, expect, it } from 'vitest';
import type { Block } from '../../articles/blocks.ts';
import { languagePairKey, regionalFit } from '../language-pair.ts';
import { alignSegments } from './alignment.ts';

const source = {
  kicker: 'Perú',
  headline: 'Los portuarios votan la huelga',
  dek: 'La asamblea decidió parar el Callao.',
  body: [
    { id: 'p1', type: 'paragraph', html: 'La asamblea votó <strong>por mayoría</strong>.' },
    { id: 'h1', type: 'heading', level: 2, html: 'Qué piden' },
    { id: 'l1', type: 'list', style: 'bullet', items: ['Salario', 'Jornada de ocho horas'] },
    {
      id: 'i1',
      type: 'image',
      mediaId: 'm1',
      caption: 'La asamblea en el muelle',
      credit: null,
      alt: null,
    },
    { id: 'q1', type: 'quote', html: 'No vamos a retroceder', cite: 'Rosa Quispe' },
    { id: 'p2', type: 'paragraph', html: 'Un párrafo largo que el traductor dividió en dos.' },
    { id: 'd1', type: 'divider' },
    { id: 'p3', type: 'paragraph', html: 'Un párrafo que la traducción no tiene.' },
  ] satisfies Block[],
};

const translation = {
  kicker: 'Peru',
  headline: 'Dockworkers vote to strike',
  dek: '',
  body: [
    {
      id: 't1',
      sourceBlockId: 'p1',
      type: 'paragraph',
      html: 'The assembly voted <strong>by a majority</strong>.',
    },
    { id: 't2', sourceBlockId: 'h1', type: 'heading', level: 3, html: 'What they demand' },
    {
      id: 't3',
      sourceBlockId: 'l1',
      type: 'list',
      style: 'bullet',
      items: ['Wages', 'An eight-hour day'],
    },
    {
      id: 't4',
      sourceBlockId: 'i1',
      type: 'image',
      mediaId: 'm1',
      caption: 'The assembly on the pier',
      credit: null,
      alt: null,
    },
    { id: 't5', sourceBlockId: 'q1', type: 'paragraph', html: 'We will not back down' },
    { id: 't6', sourceBlockId: 'p2', type: 'paragraph', html: 'A long paragraph' },
    { id: 't7', sourceBlockId: 'p2', type: 'paragraph', html: 'that the translator split in two.' },
    { id: 't8', sourceBlockId: 'd1', type: 'divider' },
    { id: 't9', type: 'paragraph', html: 'A paragraph the translator added.' },
    {
      id: 't10',
      sourceBlockId: 'gone',
      type: 'paragraph',
      html: 'From a block the source dropped.',
    },
  ] satisfies Block[],
};

describe('aligning a translation with its source', () => {
  const pairs = alignSegments(source, translation);
  const byTarget = new Map(pairs.map((pair) => [pair.targetKey, pair]));

  it('pairs blocks by sourceBlockId, keeping their inline HTML', () => {
    expect(byTarget.get('t1')).toEqual({
      sourceKey: 'p1',
      targetKey: 't1',
      sourceHtml: 'La asamblea votó <strong>por mayoría</strong>.',
      targetHtml: 'The assembly voted <strong>by a majority</strong>.',
    });
    expect(byTarget.get('t2')?.sourceHtml).toBe('Qué piden');
    // A quote rendered as a paragraph is still the same text; who is quoted is not a segment.
    expect(byTarget.get('t5')?.sourceHtml).toBe('No vamos a retroceder');
  });

  it('pairs list items by position and image captions', () => {
    expect(byTarget.get('t3:0')).toMatchObject({ sourceKey: 'l1:0', targetHtml: 'Wages' });
    expect(byTarget.get('t3:1')).toMatchObject({
      sourceKey: 'l1:1',
      targetHtml: 'An eight-hour day',
    });
    expect(byTarget.get('t4')).toMatchObject({
      sourceKey: 'i1',
      targetHtml: 'The assembly on the pier',
    });
  });

  it('pairs the kicker and headline, and leaves out a field that one side lacks', () => {
    expect(byTarget.get(':headline')).toMatchObject({
      sourceHtml: 'Los portuarios votan la huelga',
      targetHtml: 'Dockworkers vote to strike',
    });
    expect(byTarget.get(':kicker')?.targetHtml).toBe('Peru');
    expect(byTarget.has(':dek')).toBe(false);
  });

  it('leaves out a split block, blocks without a source, dividers and dropped sources', () => {
    expect(byTarget.has('t6')).toBe(false);
    expect(byTarget.has('t7')).toBe(false);
    expect(byTarget.has('t8')).toBe(false);
    expect(byTarget.has('t9')).toBe(false);
    expect(byTarget.has('t10')).toBe(false);
    expect(pairs).toHaveLength(8);
  });

  it('does not pair list items when the translation added or dropped one', () => {
    const shorter = alignSegments(source, {
      ...translation,
      body: [{ id: 't3', sourceBlockId: 'l1', type: 'list', style: 'bullet', items: ['Wages'] }],
    });
    expect(shorter.filter((pair) => pair.targetKey.startsWith('t3'))).toEqual([]);
  });

  it('writes plain fields as inline HTML, like block text', () => {
    const [headline] = alignSegments(
      { ...source, kicker: '', headline: 'Salarios & <precios>', dek: '', body: [] },
      { ...translation, kicker: '', headline: 'Wages & prices', dek: '', body: [] },
    );
    expect(headline?.sourceHtml).toBe('Salarios &amp; &lt;precios&gt;');
  });
});

describe('language pairs', () => {
  it('are kept by primary subtag', () => {
    expect(languagePairKey('es-AR', 'en-US')).toBe('es>en');
    expect(languagePairKey('pt', 'fr-FR')).toBe('pt>fr');
  });

  it('prefer the same regional variants, then a bare language, then another region', () => {
    const asked = { source: 'es-AR', target: 'en-US' };
    expect(regionalFit(asked, { source: 'es-AR', target: 'en-US' })).toBe(4);
    expect(regionalFit(asked, { source: 'es', target: 'en-US' })).toBe(3);
    expect(regionalFit(asked, { source: 'es-PE', target: 'en-US' })).toBe(2);
    expect(regionalFit(asked, { source: 'es-PE', target: 'en-GB' })).toBe(0);
  });
});
