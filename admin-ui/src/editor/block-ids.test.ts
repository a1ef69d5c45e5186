import { getSchema } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { blocksToDoc } from './block-conversion.ts';
import { blockIdsPlugin } from './block-ids.ts';
import { bodySchemaExtensions } from './body-schema.ts';

const schema = getSchema(bodySchemaExtensions());

function stateOf(texts: [id: string, text: string][]): EditorState {
  const doc = schema.nodeFromJSON(
    blocksToDoc(texts.map(([id, html]) => ({ id, type: 'paragraph' as const, html }))),
  );
  return EditorState.create({ doc, plugins: [blockIdsPlugin()] });
}

function ids(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.forEach((node) => {
    out.push(String(node.attrs.id));
  });
  return out;
}

function texts(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.forEach((node) => {
    out.push(node.textContent);
  });
  return out;
}

/** Position just inside the start of the index-th top-level block. */
function startOf(state: EditorState, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return pos + 1;
}

describe('block ids while editing', () => {
  it('gives a pasted copy of a block a fresh id and leaves the original its own', () => {
    let state = stateOf([
      ['aaaaaaaaaa', 'one'],
      ['bbbbbbbbbb', 'two'],
    ]);
    const copy = new Slice(state.doc.content.cut(0, state.doc.child(0).nodeSize), 0, 0);
    // Paste the copy of the first block before it: the original moves down, keeping its id.
    state = state.apply(state.tr.replace(0, 0, copy));
    const after = ids(state);
    expect(texts(state)).toEqual(['one', 'one', 'two']);
    expect(after[1]).toBe('aaaaaaaaaa');
    expect(after[0]).not.toBe('aaaaaaaaaa');
    expect(after[2]).toBe('bbbbbbbbbb');
  });

  it('gives a copy pasted after the original a fresh id too', () => {
    let state = stateOf([
      ['aaaaaaaaaa', 'one'],
      ['bbbbbbbbbb', 'two'],
    ]);
    const copy = new Slice(state.doc.content.cut(0, state.doc.child(0).nodeSize), 0, 0);
    state = state.apply(state.tr.replace(state.doc.content.size, state.doc.content.size, copy));
    expect(ids(state).slice(0, 2)).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb']);
    expect(ids(state)[2]).not.toBe('aaaaaaaaaa');
  });

  it('lets a block cut and pasted elsewhere keep its id', () => {
    let state = stateOf([
      ['aaaaaaaaaa', 'one'],
      ['bbbbbbbbbb', 'two'],
      ['cccccccccc', 'three'],
    ]);
    const first = state.doc.child(0);
    const cut = new Slice(state.doc.content.cut(0, first.nodeSize), 0, 0);
    state = state.apply(state.tr.delete(0, first.nodeSize));
    state = state.apply(state.tr.replace(state.doc.content.size, state.doc.content.size, cut));
    expect(texts(state)).toEqual(['two', 'three', 'one']);
    expect(ids(state)).toEqual(['bbbbbbbbbb', 'cccccccccc', 'aaaaaaaaaa']);
  });

  it('gives the new half of a split paragraph a fresh id', () => {
    let state = stateOf([['aaaaaaaaaa', 'left right']]);
    state = state.apply(state.tr.split(startOf(state, 0) + 4));
    expect(texts(state)).toEqual(['left', ' right']);
    expect(ids(state)[0]).toBe('aaaaaaaaaa');
    expect(ids(state)[1]).toMatch(/^[a-z0-9]{10}$/);
  });

  it('leaves the id with the text when Enter opens an empty line before it', () => {
    let state = stateOf([['aaaaaaaaaa', 'text']]);
    state = state.apply(state.tr.split(startOf(state, 0)));
    expect(texts(state)).toEqual(['', 'text']);
    expect(ids(state)[1]).toBe('aaaaaaaaaa');
    expect(ids(state)[0]).not.toBe('aaaaaaaaaa');
  });

  it('gives a new block typed at the end an id of its own', () => {
    let state = stateOf([['aaaaaaaaaa', 'one']]);
    const end = state.doc.content.size;
    state = state.apply(
      state.tr.insert(end, schema.nodes.paragraph?.create(null, schema.text('two')) ?? []),
    );
    const [first, second] = ids(state);
    expect(first).toBe('aaaaaaaaaa');
    expect(second).toMatch(/^[a-z0-9]{10}$/);
  });

  it('keeps ids as they are while typing inside a block', () => {
    let state = stateOf([
      ['aaaaaaaaaa', 'one'],
      ['bbbbbbbbbb', 'two'],
    ]);
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, startOf(state, 1))).insertText('and '),
    );
    expect(ids(state)).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb']);
    expect(texts(state)).toEqual(['one', 'and two']);
  });

  it('drops the source link of a copy: a copy is not yet the translation of anything', () => {
    const doc = schema.nodeFromJSON(
      blocksToDoc([
        { id: 'aaaaaaaaaa', sourceBlockId: 'srcsrcsrc1', type: 'paragraph', html: 'x' },
      ]),
    );
    let state = EditorState.create({ doc, plugins: [blockIdsPlugin()] });
    const copy = new Slice(state.doc.content, 0, 0);
    state = state.apply(state.tr.replace(state.doc.content.size, state.doc.content.size, copy));
    expect(state.doc.child(0).attrs).toMatchObject({
      id: 'aaaaaaaaaa',
      sourceBlockId: 'srcsrcsrc1',
    });
    expect(state.doc.child(1).attrs.sourceBlockId).toBeNull();
  });
});
