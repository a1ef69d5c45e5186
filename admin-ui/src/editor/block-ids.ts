import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';

/*
 * Every top-level node of the body is a block with a stable id: translations align their blocks
 * with the source's by id, and drift detection compares blocks by id. This plugin keeps the ids
 * unique and present whatever the edit: a new block gets a fresh id; a pasted copy of a block
 * that is still in the document gets a fresh id while the original keeps its own; a block cut
 * and pasted elsewhere (moved) keeps its id; splitting a block leaves the id with its text.
 */

/** What the server accepts as a block id. */
export const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh block id: 10 random lowercase letters and digits, like the server's. */
export function newBlockId(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** Blocks whose ids are missing or repeated get fresh ones; the first of each id keeps it. */
export function withUniqueIds<T extends { id: string }>(blocks: T[]): T[] {
  const seen = new Set<string>();
  return blocks.map((block) => {
    let id = block.id;
    while (!BLOCK_ID.test(id) || seen.has(id)) id = newBlockId();
    seen.add(id);
    return id === block.id ? block : { ...block, id };
  });
}

/** The id and source-block attributes, on every node type that can be a top-level block. */
export const BLOCK_NODE_TYPES = [
  'paragraph',
  'heading',
  'quote',
  'pullquote',
  'bulletList',
  'orderedList',
  'image',
  'video',
  'horizontalRule',
];

interface TopNode {
  node: ProseMirrorNode;
  pos: number;
  index: number;
}

function topNodes(doc: ProseMirrorNode): TopNode[] {
  const nodes: TopNode[] = [];
  doc.forEach((node, pos, index) => {
    nodes.push({ node, pos, index });
  });
  return nodes;
}

function isEmptyText(node: ProseMirrorNode): boolean {
  return node.isTextblock && node.content.size === 0;
}

/**
 * Which of several top-level nodes sharing an id keeps it: the one the old block moved to
 * (`mappedPos`), unless that is the empty half of a split next to the half with the text.
 */
function keeperOf(group: TopNode[], mappedPos: number | undefined): TopNode {
  const mapped = group.find((candidate) => candidate.pos === mappedPos);
  const keeper = mapped ?? (group[0] as TopNode);
  if (isEmptyText(keeper.node)) {
    const neighbour = group.find(
      (other) => Math.abs(other.index - keeper.index) === 1 && !isEmptyText(other.node),
    );
    if (neighbour) return neighbour;
  }
  return keeper;
}

/**
 * The transaction that gives missing, malformed and repeated ids fresh values, or null when
 * every top-level node already has its own. `oldDoc` and `mapping` (from it to `state.doc`)
 * tell an original block from its copy; without them the first occurrence keeps the id.
 */
export function fixBlockIds(
  state: EditorState,
  oldDoc?: ProseMirrorNode,
  mapping?: Mapping,
): Transaction | null {
  const nodes = topNodes(state.doc);
  const byId = new Map<string, TopNode[]>();
  for (const entry of nodes) {
    const id = entry.node.attrs.id;
    if (typeof id !== 'string' || !BLOCK_ID.test(id)) continue;
    byId.set(id, [...(byId.get(id) ?? []), entry]);
  }
  // Where each block of the old document went.
  const movedTo = new Map<string, number>();
  if (oldDoc && mapping) {
    oldDoc.forEach((node, pos) => {
      const id = node.attrs.id;
      if (typeof id !== 'string') return;
      const result = mapping.mapResult(pos, 1);
      if (!result.deleted) movedTo.set(id, result.pos);
    });
  }
  const keepers = new Set<TopNode>();
  for (const [id, group] of byId) {
    keepers.add(group.length === 1 ? (group[0] as TopNode) : keeperOf(group, movedTo.get(id)));
  }
  const used = new Set(byId.keys());
  let tr: Transaction | null = null;
  for (const entry of nodes) {
    if (!('id' in entry.node.attrs) || keepers.has(entry)) continue;
    let id = newBlockId();
    while (used.has(id)) id = newBlockId();
    used.add(id);
    tr ??= state.tr;
    // A copy is a new block: it is not the translation of anything yet.
    tr.setNodeMarkup(entry.pos, undefined, { ...entry.node.attrs, id, sourceBlockId: null });
  }
  return tr;
}

const key = new PluginKey('tribune-block-ids');

/** The ProseMirror plugin: fixes ids after every change of the document. */
export function blockIdsPlugin(): Plugin {
  return new Plugin({
    key,
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      const mapping = new Mapping();
      for (const tr of transactions) mapping.appendMapping(tr.mapping);
      return fixBlockIds(newState, oldState.doc, mapping);
    },
  });
}

/** Block ids as a Tiptap extension: the attributes on every block type, and the plugin. */
export const BlockIds = Extension.create({
  name: 'blockIds',

  addGlobalAttributes() {
    return [
      {
        types: BLOCK_NODE_TYPES,
        attributes: {
          id: {
            default: null,
            // A split's second half is a new block; the plugin gives it its own id.
            keepOnSplit: false,
            // Written into copied HTML so that a cut and pasted block keeps its id.
            parseHTML: (element) => element.getAttribute('data-block-id'),
            renderHTML: (attributes) =>
              attributes.id ? { 'data-block-id': String(attributes.id) } : {},
          },
          sourceBlockId: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute('data-source-block-id'),
            renderHTML: (attributes) =>
              attributes.sourceBlockId
                ? { 'data-source-block-id': String(attributes.sourceBlockId) }
                : {},
          },
        },
      },
    ];
  },

  addProseMirrorPlugins() {
    return [blockIdsPlugin()];
  },
});
