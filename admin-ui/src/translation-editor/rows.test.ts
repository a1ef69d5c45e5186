import { describe, expect, it } from 'vitest';
import type { Block } from '../api/types.ts';
import {
  addAfterRow,
  alignRows,
  blockSegments,
  copyOfSource,
  dropRow,
  progressOf,
  replaceRow,
  rowDone,
  savedBody,
  withMatch,
} from './rows.ts';

const source: Block[] = [
  { id: 's1', type: 'heading', level: 2, html: 'La huelga' },
  { id: 's2', type: 'paragraph', html: 'Los estibadores votaron.' },
  { id: 's3', type: 'list', style: 'bullet', items: ['Uno', 'Dos'] },
  { id: 's4', type: 'image', mediaId: 'm1', caption: 'El puerto', alt: 'Grúas' },
];

const body: Block[] = [
  { id: 't1', sourceBlockId: 's1', type: 'heading', level: 2, html: 'The strike' },
  { id: 'n1', type: 'paragraph', html: 'Translator’s note.' },
  { id: 't2a', sourceBlockId: 's2', type: 'paragraph', html: 'The dockworkers' },
  { id: 't2b', sourceBlockId: 's2', type: 'paragraph', html: 'voted.' },
  { id: 't4', sourceBlockId: 's4', type: 'image', mediaId: 'm1', caption: null, alt: null },
];

const ids = (blocks: Block[]) => blocks.map((block) => block.id);

describe('the rows of the side-by-side view', () => {
  it('puts each source block with its translation blocks, and the translator’s own after theirs', () => {
    const rows = alignRows(source, body);
    expect(rows.map((row) => row.key)).toEqual(['src:s1', 'own:n1', 'src:s2', 'src:s3', 'src:s4']);
    expect(ids(rows[2]?.blocks ?? [])).toEqual(['t2a', 't2b']);
    // The list was dropped: its row stays, empty, to be restored.
    expect(rows[3]?.blocks).toEqual([]);
    expect(rows[1]?.source).toBeNull();
  });

  it('puts blocks of the translator’s own before any source block first', () => {
    const rows = alignRows(source, [{ id: 'x', type: 'paragraph', html: 'Intro.' }, ...body]);
    expect(rows[0]?.key).toBe('own:x');
  });

  it('treats a block naming a source block the source does not have as the translator’s own', () => {
    const rows = alignRows(source, [
      { id: 'old', sourceBlockId: 'gone', type: 'paragraph', html: 'Old.' },
    ]);
    expect(rows[0]).toMatchObject({ key: 'own:old', source: null });
  });

  it('edits, adds and drops one row without touching any other block', () => {
    const rows = alignRows(source, body);
    const split = replaceRow(rows, 'src:s1', [
      { id: 't1', sourceBlockId: 's1', type: 'heading', level: 2, html: 'The' },
      { id: 't1b', sourceBlockId: 's1', type: 'heading', level: 2, html: 'strike' },
    ]);
    expect(ids(split)).toEqual(['t1', 't1b', 'n1', 't2a', 't2b', 't4']);
    expect(split.slice(2)).toEqual(body.slice(1));

    const added = addAfterRow(rows, 'src:s2', { id: 'n2', type: 'paragraph', html: '' });
    expect(ids(added)).toEqual(['t1', 'n1', 't2a', 't2b', 'n2', 't4']);
    expect(alignRows(source, added).map((row) => row.key)).toContain('own:n2');

    const dropped = dropRow(rows, 'src:s2');
    expect(ids(dropped)).toEqual(['t1', 'n1', 't4']);
    expect(dropped.map((block) => block.sourceBlockId)).toEqual(['s1', undefined, 's4']);
  });

  it('restores a dropped block from the source with a new id that names its source block', () => {
    const copy = copyOfSource(source[2] as Block);
    expect(copy).toMatchObject({ sourceBlockId: 's3', type: 'list', items: ['Uno', 'Dos'] });
    expect(copy.id).not.toBe('s3');
    const rows = alignRows(source, body);
    expect(ids(replaceRow(rows, 'src:s3', [copy]))).toEqual([
      't1',
      'n1',
      't2a',
      't2b',
      copy.id,
      't4',
    ]);
  });

  it('leaves empty blocks out of what is saved and of the progress', () => {
    const withEmpty: Block[] = [...body, { id: 'e', type: 'paragraph', html: ' ' }];
    expect(ids(savedBody(withEmpty))).toEqual(ids(body));
    expect(progressOf(withEmpty, ['t1', 'e', 'gone'])).toEqual({ done: 1, total: 5 });
    const rows = alignRows(source, body);
    expect(rowDone(rows[2] as never, ['t2a'])).toBe(false);
    expect(rowDone(rows[2] as never, ['t2a', 't2b'])).toBe(true);
    expect(rowDone(rows[3] as never, [])).toBe(false);
  });

  it('keys segments as the memory does, and uses a match in the right place', () => {
    expect(blockSegments(source[2] as Block).map((segment) => segment.key)).toEqual([
      's3:0',
      's3:1',
    ]);
    const rows = alignRows(source, [
      ...body,
      { id: 't3', sourceBlockId: 's3', type: 'list', style: 'bullet', items: ['Uno', 'Dos'] },
    ]);
    const list = rows.find((row) => row.key === 'src:s3');
    expect(withMatch(list as never, 's3:1', 'Two')[0]).toMatchObject({
      id: 't3',
      items: ['Uno', 'Two'],
    });
    const split = rows.find((row) => row.key === 'src:s2');
    expect(withMatch(split as never, 's2', 'The dockworkers voted.')).toEqual([
      { id: 't2a', sourceBlockId: 's2', type: 'paragraph', html: 'The dockworkers voted.' },
    ]);
    const image = rows.find((row) => row.key === 'src:s4');
    expect(withMatch(image as never, 's4', 'The port')[0]).toMatchObject({
      id: 't4',
      caption: 'The port',
    });
  });
});
