import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Block } from '../api/types.ts';
import { newBlockId, withUniqueIds } from './block-ids.ts';
import { parseInline, serializeInline } from './inline-html.ts';

/*
 * The body travels as the API's Block[] and is edited as a Tiptap document. Every top-level
 * node carries its block's `id` (and `sourceBlockId`, a translation's link to its source), so
 * the ids survive any number of round trips. The document never holds anything a block cannot.
 */

/** Node names of the body's schema (see body-schema.ts). */
export const NODE = {
  paragraph: 'paragraph',
  heading: 'heading',
  quote: 'quote',
  pullquote: 'pullquote',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  image: 'image',
  video: 'video',
  divider: 'horizontalRule',
} as const;

function identity(block: Block): { id: string | null; sourceBlockId: string | null } {
  return { id: block.id || null, sourceBlockId: block.sourceBlockId ?? null };
}

function inline(html: string | undefined): JSONContent[] | undefined {
  const content = parseInline(html ?? '');
  return content.length ? content : undefined;
}

function withContent(node: JSONContent, content: JSONContent[] | undefined): JSONContent {
  return content ? { ...node, content } : node;
}

/** One block as a top-level node of the document. */
export function blockToNode(block: Block): JSONContent | null {
  const ids = identity(block);
  switch (block.type) {
    case 'paragraph':
      return withContent({ type: NODE.paragraph, attrs: ids }, inline(block.html));
    case 'heading':
      return withContent(
        { type: NODE.heading, attrs: { ...ids, level: block.level === 3 ? 3 : 2 } },
        inline(block.html),
      );
    case 'quote':
      return withContent(
        { type: NODE.quote, attrs: { ...ids, cite: block.cite ?? '' } },
        inline(block.html),
      );
    case 'pullquote':
      return withContent(
        { type: NODE.pullquote, attrs: { ...ids, attribution: block.attribution ?? '' } },
        inline(block.html),
      );
    case 'list': {
      const items = (block.items ?? []).map((item) => ({
        type: NODE.listItem,
        content: [withContent({ type: NODE.paragraph }, inline(item))],
      }));
      if (!items.length) return null;
      return {
        type: block.style === 'ordered' ? NODE.orderedList : NODE.bulletList,
        attrs: ids,
        content: items,
      };
    }
    case 'image':
      return {
        type: NODE.image,
        attrs: {
          ...ids,
          mediaId: block.mediaId ?? '',
          caption: block.caption ?? null,
          credit: block.credit ?? null,
          alt: block.alt ?? null,
        },
      };
    case 'video':
      return {
        type: NODE.video,
        attrs: {
          ...ids,
          url: block.url ?? '',
          title: block.title ?? '',
          caption: block.caption ?? '',
        },
      };
    case 'divider':
      return { type: NODE.divider, attrs: ids };
    default:
      return null;
  }
}

/**
 * The body as a Tiptap document; an empty body is one empty paragraph to write in. Blocks
 * without an id (or repeating one) get a fresh id here, so the editor starts with unique ids.
 */
export function blocksToDoc(blocks: Block[]): JSONContent {
  const content = withUniqueIds(blocks)
    .map(blockToNode)
    .filter((node): node is JSONContent => node !== null);
  return {
    type: 'doc',
    content: content.length
      ? content
      : [{ type: NODE.paragraph, attrs: { id: null, sourceBlockId: null } }],
  };
}

function attr(node: JSONContent, name: string): unknown {
  return node.attrs?.[name];
}

function text(node: JSONContent): string {
  // The server trims block text; doing the same here keeps "saved" and "typed" comparable.
  return serializeInline(node.content).trim();
}

function plain(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function nullablePlain(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() : null;
}

/** One top-level node as a block, or null for what a reader would not see (an empty paragraph). */
export function nodeToBlock(node: JSONContent): Block | null {
  const id =
    typeof attr(node, 'id') === 'string' && attr(node, 'id')
      ? String(attr(node, 'id'))
      : newBlockId();
  const source = attr(node, 'sourceBlockId');
  const base = typeof source === 'string' && source ? { id, sourceBlockId: source } : { id };
  switch (node.type) {
    case NODE.paragraph: {
      const html = text(node);
      return html ? { ...base, type: 'paragraph', html } : null;
    }
    case NODE.heading: {
      const html = text(node);
      const level = attr(node, 'level') === 3 ? 3 : 2;
      return html ? { ...base, type: 'heading', level, html } : null;
    }
    case NODE.quote: {
      const html = text(node);
      return html ? { ...base, type: 'quote', html, cite: plain(attr(node, 'cite')) } : null;
    }
    case NODE.pullquote: {
      const html = text(node);
      return html
        ? { ...base, type: 'pullquote', html, attribution: plain(attr(node, 'attribution')) }
        : null;
    }
    case NODE.bulletList:
    case NODE.orderedList: {
      const items = (node.content ?? [])
        .map((item) => (item.content ?? []).map(text).filter(Boolean).join('<br />'))
        .filter(Boolean);
      if (!items.length) return null;
      const style = node.type === NODE.orderedList ? 'ordered' : 'bullet';
      return { ...base, type: 'list', style, items };
    }
    case NODE.image: {
      const mediaId = attr(node, 'mediaId');
      if (typeof mediaId !== 'string' || !mediaId) return null;
      const caption = attr(node, 'caption');
      return {
        ...base,
        type: 'image',
        mediaId,
        caption: typeof caption === 'string' ? caption.trim() : null,
        credit: nullablePlain(attr(node, 'credit')),
        alt: nullablePlain(attr(node, 'alt')),
      };
    }
    case NODE.video:
      return {
        ...base,
        type: 'video',
        url: plain(attr(node, 'url')),
        title: plain(attr(node, 'title')),
        caption: plain(attr(node, 'caption')),
      };
    case NODE.divider:
      return { ...base, type: 'divider' };
    default:
      return null;
  }
}

/** Blocks are never changed in place, so what each one holds is worked out once. */
const contents = new WeakMap<Block, string>();

function contentKey(normal: Block): string {
  const { id: _id, ...rest } = normal;
  return JSON.stringify(rest);
}

/** The fields that make a block what it is: two blocks with the same are the same block. */
export function blockContent(block: Block): string {
  let key = contents.get(block);
  if (key === undefined) {
    const node = blockToNode(block);
    const normal = node ? nodeToBlock(node) : null;
    key = normal ? contentKey(normal) : '';
    contents.set(block, key);
  }
  return key;
}

/**
 * The document as blocks. `originals` (by id) are the blocks as last loaded: a block that did
 * not change comes back as that very object, with its HTML exactly as stored and any field the
 * editor does not know (a video's provider), so an untouched body is an unchanged body.
 */
export function docToBlocks(doc: JSONContent, originals?: ReadonlyMap<string, Block>): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.content ?? []) {
    const block = topNodeToBlock(node, originals);
    if (block) blocks.push(block);
  }
  return blocks;
}

function topNodeToBlock(node: JSONContent, originals?: ReadonlyMap<string, Block>): Block | null {
  const block = nodeToBlock(node);
  if (!block) return null;
  // What nodeToBlock makes is already in normal form.
  contents.set(block, contentKey(block));
  const original = originals?.get(block.id);
  return original && blockContent(original) === blockContent(block) ? original : block;
}

/**
 * docToBlocks for the editor's live document, converting only the top-level nodes that changed
 * since the last call: ProseMirror keeps unchanged nodes as the same objects, so `cache` (one
 * per editor) remembers their blocks. Typing in a long article stays quick.
 */
export function editorDocToBlocks(
  doc: ProseMirrorNode,
  originals: ReadonlyMap<string, Block>,
  cache: WeakMap<ProseMirrorNode, Block | null>,
): Block[] {
  const blocks: Block[] = [];
  doc.forEach((node) => {
    let block = cache.get(node);
    if (block === undefined) {
      block = topNodeToBlock(node.toJSON() as JSONContent, originals);
      cache.set(node, block);
    }
    if (block) blocks.push(block);
  });
  return blocks;
}

/** Blocks by id, for docToBlocks. */
export function blocksById(blocks: Block[]): Map<string, Block> {
  return new Map(blocks.map((block) => [block.id, block]));
}
