import { describe, expect, it } from 'vitest';
import type { Block, ImageBlock } from '../../articles/blocks.ts';
import { draftBody, realignBody } from './alignment.ts';

const p = (id: string, html: string, sourceBlockId?: string): Block => ({
  id,
  type: 'paragraph',
  html,
  ...(sourceBlockId ? { sourceBlockId } : {}),
});
const ids = () => {
  let n = 0;
  return () => `new${++n}`;
};
const keepTexts = () => ({ caption: null, alt: null });

describe('a new translation’s body', () => {
  it('copies every source block with a fresh id that points back at its source block', () => {
    const source = [p('s1', 'Primero'), p('s2', 'Segundo')];
    expect(draftBody(source, ids(), keepTexts)).toEqual([
      { id: 'new1', type: 'paragraph', html: 'Primero', sourceBlockId: 's1' },
      { id: 'new2', type: 'paragraph', html: 'Segundo', sourceBlockId: 's2' },
    ]);
  });

  it('points at the source block itself, not at where a source translation came from', () => {
    const body = draftBody([p('s1', 'Uno', 'original-1')], ids(), keepTexts);
    expect(body[0]?.sourceBlockId).toBe('s1');
  });

  it('lets the caller decide an image’s caption and alt text for the target language', () => {
    const image: ImageBlock = {
      id: 'img',
      type: 'image',
      mediaId: 'm1',
      caption: 'Marcha en Lima',
      credit: 'Ana',
      alt: 'Gente',
    };
    const [copy] = draftBody([image], ids(), (block) => ({
      caption: block.mediaId === 'm1' ? null : block.caption,
      alt: null,
    }));
    expect(copy).toEqual({ ...image, id: 'new1', sourceBlockId: 'img', caption: null, alt: null });
  });
});

describe('re-aligning a translation with a newer source', () => {
  const before = [p('s1', 'Uno'), p('s2', 'Dos'), p('s3', 'Tres')];
  const target = [
    p('t1', 'One', 's1'),
    p('note', 'Translator’s note'),
    p('t2', 'Two', 's2'),
    p('t3', 'Three', 's3'),
  ];

  it('keeps translated blocks, copies in new ones where they stand, drops what the source lost', () => {
    const after = [p('s1', 'Uno'), p('s4', 'Cuatro'), p('s2', 'Dos cambiado')];
    const result = realignBody(target, before, after, ids(), keepTexts);
    expect(result.body.map((block) => block.id)).toEqual(['t1', 'note', 'new1', 't2']);
    expect(result.body[2]).toEqual({
      id: 'new1',
      type: 'paragraph',
      html: 'Cuatro',
      sourceBlockId: 's4',
    });
    expect(result.changed).toEqual(['t2']);
    expect(result.added).toEqual(['new1']);
    expect(result.removed).toEqual(['s3']);
  });

  it('keeps the translator’s own blocks after the block they followed, even when it is removed', () => {
    const after = [p('s2', 'Dos'), p('s3', 'Tres')];
    const result = realignBody(target, before, after, ids(), keepTexts);
    expect(result.body.map((block) => block.id)).toEqual(['note', 't2', 't3']);
    expect(result.removed).toEqual(['s1']);
  });

  it('changes nothing when the source did not change', () => {
    const result = realignBody(target, before, before, ids(), keepTexts);
    expect(result.body).toEqual(target);
    expect([...result.changed, ...result.added, ...result.removed]).toEqual([]);
  });

  it('respects a source block the translator chose to leave out', () => {
    const partial = [p('t1', 'One', 's1'), p('t3', 'Three', 's3')];
    const result = realignBody(partial, before, before, ids(), keepTexts);
    expect(result.body.map((block) => block.id)).toEqual(['t1', 't3']);
  });
});
