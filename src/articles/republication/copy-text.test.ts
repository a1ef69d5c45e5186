import { describe, expect, it } from 'vitest';
import type { Block } from '../blocks.ts';
import { strongestChange } from '../change-kind.ts';
import { changesAnything, copyBlocks, diffCopiedText, inSourceIds } from './copy-text.ts';

const source: Block[] = [
  { id: 'src-1', type: 'paragraph', html: 'Desde el lunes, las grúas están quietas.' },
  { id: 'src-2', type: 'quote', html: 'No la vamos a devolver.', cite: 'Elena' },
];
const text = (body: Block[]) => ({
  headline: 'Paro',
  dek: '',
  body,
  leadMediaId: null,
  credits: [],
});

describe('copying a sister article’s text', () => {
  it('gives every block a new id that names its source block', () => {
    const copy = copyBlocks(source);
    expect(copy.map((block) => block.sourceBlockId)).toEqual(['src-1', 'src-2']);
    expect(new Set(copy.map((block) => block.id)).size).toBe(2);
    expect(copy.some((block) => block.id.startsWith('src-'))).toBe(false);
    expect(copy[1]).toMatchObject({
      type: 'quote',
      html: 'No la vamos a devolver.',
      cite: 'Elena',
    });
  });

  it('keeps the copy’s ids for the source blocks it has, and gives new ones to new blocks', () => {
    const copy = copyBlocks(source);
    const changed: Block[] = [
      { id: 'src-3', type: 'heading', level: 2, html: 'Qué piden' },
      { ...(source[0] as Block), html: 'Desde el lunes 3, las grúas están quietas.' } as Block,
    ];
    const again = copyBlocks(changed, copy);
    expect(again[1]?.id).toBe(copy[0]?.id);
    expect(again[0]?.id).not.toBe(copy[1]?.id);
    expect(again.map((block) => block.sourceBlockId)).toEqual(['src-3', 'src-1']);
  });

  it('compares a copy with its source block by block, under the source’s ids', () => {
    const copy = copyBlocks(source);
    expect(inSourceIds(copy)).toEqual(source);
    expect(changesAnything(diffCopiedText(text(source), text(inSourceIds(copy))))).toBe(false);
    const diff = diffCopiedText(text(inSourceIds(copy)), text([source[0] as Block]));
    expect(diff.blocks.map((change) => [change.kind, change.id])).toEqual([
      ['same', 'src-1'],
      ['removed', 'src-2'],
    ]);
    expect(diffCopiedText(text(source), { ...text(source), dek: 'Nuevo' }).fields).toEqual([
      expect.objectContaining({ field: 'dek', before: '', after: 'Nuevo' }),
    ]);
  });

  it('sums up several saves by their strongest kind', () => {
    expect(strongestChange(['typo', 'typo'])).toBe('typo');
    expect(strongestChange(['typo', 'edit'])).toBe('edit');
    expect(strongestChange(['correction', 'typo', 'edit'])).toBe('correction');
    expect(strongestChange([])).toBe('edit');
  });
});
