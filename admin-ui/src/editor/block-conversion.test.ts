import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { Block } from '../api/types.ts';
import { blocksById, blocksToDoc, docToBlocks, editorDocToBlocks } from './block-conversion.ts';
import { bodySchemaExtensions } from './body-schema.ts';

const schema = getSchema(bodySchemaExtensions());

/** A body with every block type of the reader site, as the server stores it. */
const BODY: Block[] = [
  { id: 'd15c0dc15620', type: 'paragraph', html: 'The <strong>cranes</strong> are still.' },
  { id: 'd2bb3718378a', type: 'heading', level: 2, html: 'Twelve hours for the same pay' },
  { id: 'h3aaaaaaaaaa', type: 'heading', level: 3, html: 'A smaller heading' },
  {
    id: 'd3ab4d2b2511',
    sourceBlockId: 'd05de63b82bf',
    type: 'quote',
    html: 'The eight-hour day is not a gift.',
    cite: 'Elena Chumpitaz',
  },
  { id: 'q2aaaaaaaaaa', type: 'quote', html: 'Nobody said this.', cite: '' },
  {
    id: 'd1fc682297ae',
    type: 'pullquote',
    html: 'You see <em>shadows</em>.',
    attribution: 'Wilmer Palacios',
  },
  {
    id: 'd1d8ec488dbb',
    type: 'list',
    style: 'bullet',
    items: ['Three shifts.', 'Reinstate the <a href="https://x.example/">casual workers</a>.'],
  },
  { id: 'ol1aaaaaaaaa', type: 'list', style: 'ordered', items: ['First', 'Second<br />line'] },
  {
    id: 'img1aaaaaaaa',
    type: 'image',
    mediaId: '01a2196d-65c8-7cb8-b0db-20b4715e0cf4',
    caption: null,
    credit: null,
    alt: null,
  },
  {
    id: 'img2aaaaaaaa',
    type: 'image',
    mediaId: '01a2196d-65c8-7cb8-b0db-20b4715e0cf5',
    caption: 'The quay <em>at dawn</em>',
    credit: 'Ana Ríos',
    alt: '',
  },
  {
    id: 'vid1aaaaaaaa',
    type: 'video',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    title: 'The strike, day one',
    caption: 'Filmed on <em>Monday</em>',
  },
  { id: 'div1aaaaaaaa', type: 'divider' },
  { id: 'last_para-1', type: 'paragraph', html: 'Tom &amp; Jerry<br />on two lines' },
];

describe('the body between the API and the editor', () => {
  it('keeps every block, every id and every field through a round trip', () => {
    expect(docToBlocks(blocksToDoc(BODY))).toEqual(BODY);
  });

  it('makes documents the body schema accepts', () => {
    const doc = schema.nodeFromJSON(blocksToDoc(BODY));
    doc.check();
    expect(doc.childCount).toBe(BODY.length);
    expect(doc.child(3).attrs).toMatchObject({
      id: 'd3ab4d2b2511',
      sourceBlockId: 'd05de63b82bf',
      cite: 'Elena Chumpitaz',
    });
  });

  it('survives the editor: JSON through ProseMirror and back is the same body', () => {
    const json = schema.nodeFromJSON(blocksToDoc(BODY)).toJSON();
    expect(docToBlocks(json)).toEqual(BODY);
  });

  it('gives back the stored block itself when it did not change', () => {
    const stored: Block = {
      id: 'vid2aaaaaaaa',
      type: 'video',
      url: 'https://vimeo.com/76979871',
      title: 'Dock',
      caption: '',
      // Fields the server adds, which the editor does not edit.
      ...({ provider: 'vimeo', videoId: '76979871' } as object),
    };
    const nested: Block = {
      id: 'p9aaaaaaaaaa',
      type: 'paragraph',
      html: '<em><strong>either nesting</strong></em>',
    };
    const blocks = docToBlocks(blocksToDoc([stored, nested]), blocksById([stored, nested]));
    expect(blocks[0]).toBe(stored);
    expect(blocks[1]).toBe(nested);
  });

  it('writes a changed block afresh, keeping its id and source', () => {
    const doc = blocksToDoc(BODY);
    const quote = doc.content?.[3];
    if (quote?.content?.[0]) quote.content[0].text = 'The eight-hour day stays.';
    const blocks = docToBlocks(doc, blocksById(BODY));
    expect(blocks[3]).toEqual({ ...BODY[3], html: 'The eight-hour day stays.' });
    expect(blocks[3]).not.toBe(BODY[3]);
  });

  it('leaves out what a reader would not see, as the server does', () => {
    const blocks = docToBlocks({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { id: 'empty1aaaaa' } },
        {
          type: 'paragraph',
          attrs: { id: 'spaces1aaaa' },
          content: [{ type: 'text', text: '  ' }],
        },
        {
          type: 'bulletList',
          attrs: { id: 'list1aaaaaa' },
          content: [
            { type: 'listItem', content: [{ type: 'paragraph' }] },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }],
            },
          ],
        },
        {
          type: 'heading',
          attrs: { id: 'head1aaaaaa', level: 2 },
          content: [{ type: 'text', text: ' Title ' }],
        },
      ],
    });
    expect(blocks).toEqual([
      { id: 'list1aaaaaa', type: 'list', style: 'bullet', items: ['kept'] },
      { id: 'head1aaaaaa', type: 'heading', level: 2, html: 'Title' },
    ]);
  });

  it('starts an empty body with one paragraph to write in', () => {
    expect(blocksToDoc([])).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', attrs: { id: null, sourceBlockId: null } }],
    });
  });

  it('gives blocks without an id, or with a repeated one, a fresh id and keeps the first', () => {
    const doc = blocksToDoc([
      { id: '', type: 'paragraph', html: 'new' },
      { id: 'same1aaaaaa', type: 'paragraph', html: 'first' },
      { id: 'same1aaaaaa', type: 'paragraph', html: 'copy' },
    ]);
    const ids = (doc.content ?? []).map((node) => node.attrs?.id);
    expect(ids[1]).toBe('same1aaaaaa');
    expect(ids[0]).toMatch(/^[a-z0-9]{10}$/);
    expect(ids[2]).toMatch(/^[a-z0-9]{10}$/);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('the live document', () => {
  it('converts only what changed, and gives the same blocks as a full conversion', () => {
    const cache = new WeakMap();
    const doc = schema.nodeFromJSON(blocksToDoc(BODY));
    const first = editorDocToBlocks(doc, blocksById(BODY), cache);
    expect(first).toEqual(BODY);
    const again = editorDocToBlocks(doc, blocksById(BODY), cache);
    for (const [index, block] of again.entries()) expect(block).toBe(first[index]);
  });
});
