import type { Block } from '../api/types.ts';
import { newBlockId } from '../editor/block-ids.ts';

/*
 * The side-by-side view's rows. Each block of the source (at the revision the translation
 * follows) is a row, with the translation's blocks that render it (`sourceBlockId` names it):
 * usually one, two after a paragraph was split, none when the translator dropped it. Blocks the
 * translator added (no source block) are rows of their own, after the row of the block they
 * follow, as the server's alignment keeps them (src/translations/desk/alignment.ts).
 *
 * The translation's body is always the rows flattened, so an edit of one row never touches
 * another row's blocks, ids or `sourceBlockId`s.
 */

export interface Row {
  /** Stable while the row exists: `src:<source block id>`, or `own:<block id>`. */
  key: string;
  /** The source block, or null for a block the translator added. */
  source: Block | null;
  /** The translation's blocks in this row (empty: dropped by the translator). */
  blocks: Block[];
}

/** The rows of a translation's body against its source's blocks. */
export function alignRows(source: Block[], body: Block[]): Row[] {
  const known = new Set(source.map((block) => block.id));
  const rendering = new Map<string, Block[]>();
  const following = new Map<string, Block[]>();
  let anchor = '';
  for (const block of body) {
    const sourceId = block.sourceBlockId;
    if (sourceId && known.has(sourceId)) {
      anchor = sourceId;
      rendering.set(sourceId, [...(rendering.get(sourceId) ?? []), block]);
    } else {
      following.set(anchor, [...(following.get(anchor) ?? []), block]);
    }
  }
  const own = (anchorId: string): Row[] =>
    (following.get(anchorId) ?? []).map((block) => ({
      key: `own:${block.id}`,
      source: null,
      blocks: [block],
    }));
  const rows = own('');
  for (const block of source) {
    rows.push({ key: `src:${block.id}`, source: block, blocks: rendering.get(block.id) ?? [] });
    rows.push(...own(block.id));
  }
  return rows;
}

/** The body the rows hold, in row order. */
export function flattenRows(rows: Row[]): Block[] {
  return rows.flatMap((row) => row.blocks);
}

/** The body with one row's blocks replaced. */
export function replaceRow(rows: Row[], key: string, blocks: Block[]): Block[] {
  return flattenRows(rows.map((row) => (row.key === key ? { ...row, blocks } : row)));
}

/** The body with a block of the translator's own inserted right after a row. */
export function addAfterRow(rows: Row[], key: string, block: Block): Block[] {
  const at = rows.findIndex((row) => row.key === key);
  const added: Row = { key: `own:${block.id}`, source: null, blocks: [block] };
  const next = [...rows];
  next.splice(at < 0 ? rows.length : at + 1, 0, added);
  return flattenRows(next);
}

/** The body without a row's blocks: a source row stays (to restore), an own row goes. */
export function dropRow(rows: Row[], key: string): Block[] {
  return flattenRows(rows.map((row) => (row.key === key ? { ...row, blocks: [] } : row)));
}

/** A copy of a source block for the translation: a fresh id (or `id`), naming its source. */
export function copyOfSource(source: Block, id: string = newBlockId()): Block {
  const { sourceBlockId: _ignored, ...content } = source;
  return { ...structuredClone(content), id, sourceBlockId: source.id };
}

/** A new, empty paragraph of the translator's own. */
export function ownParagraph(): Block {
  return { id: newBlockId(), type: 'paragraph', html: '' };
}

const TEXT_TYPES = new Set(['paragraph', 'heading', 'quote', 'pullquote']);

/** A block a reader would not see (an emptied paragraph): the server does not keep it. */
export function isEmptyBlock(block: Block): boolean {
  if (TEXT_TYPES.has(block.type)) return !(block.html ?? '').trim();
  if (block.type === 'list') return !(block.items ?? []).some((item) => item.trim());
  if (block.type === 'image') return !block.mediaId;
  return false;
}

/** The body as it is saved: without the empty blocks the editor keeps while one types. */
export function savedBody(body: Block[]): Block[] {
  return body.filter((block) => !isEmptyBlock(block));
}

/** How many of the translation's blocks are marked done, of how many. */
export function progressOf(body: Block[], doneBlocks: string[]): { done: number; total: number } {
  const done = new Set(doneBlocks);
  const blocks = savedBody(body);
  return { done: blocks.filter((block) => done.has(block.id)).length, total: blocks.length };
}

/** Whether every block of a row is marked done (a dropped row never is). */
export function rowDone(row: Row, doneBlocks: string[]): boolean {
  const blocks = savedBody(row.blocks);
  return blocks.length > 0 && blocks.every((block) => doneBlocks.includes(block.id));
}

/** The ids of a row's blocks that are saved (those the desk can mark). */
export function markableIds(row: Row): string[] {
  return savedBody(row.blocks).map((block) => block.id);
}

/**
 * The texts of a block that the translation memory pairs, keyed as the memory keys them
 * (src/translations/memory/alignment.ts): the block's id, or `<id>:<n>` for a list's items.
 */
export function blockSegments(block: Block): { key: string; html: string }[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'pullquote':
      return block.html?.trim() ? [{ key: block.id, html: block.html }] : [];
    case 'list':
      return (block.items ?? []).map((html, index) => ({ key: `${block.id}:${index}`, html }));
    case 'image':
      return block.caption?.trim() ? [{ key: block.id, html: block.caption }] : [];
    default:
      return [];
  }
}

/** All the text of blocks as one piece of inline HTML (for the glossary check). */
export function blocksText(blocks: Block[]): string {
  return blocks
    .flatMap((block) => {
      if (block.type === 'image') return [block.caption ?? '', block.alt ?? ''];
      if (block.type === 'video') return [block.title ?? '', block.caption ?? ''];
      if (block.type === 'list') return block.items ?? [];
      return [block.html ?? ''];
    })
    .filter((text) => text.trim())
    .join(' ');
}

/**
 * A row's blocks with a memory match used for one of its source segments: a text block's
 * text, a list item, or an image caption. The row keeps its first block's id; a split row
 * becomes one block again, since the match translates the whole source block.
 */
export function withMatch(row: Row, segmentKey: string, html: string): Block[] {
  const source = row.source;
  if (!source) return row.blocks;
  const first = row.blocks[0] ?? copyOfSource(source);
  const itemIndex = segmentKey.includes(':') ? Number(segmentKey.split(':')[1]) : -1;
  if (source.type === 'list' && itemIndex >= 0) {
    const base = first.type === 'list' ? first : copyOfSource(source, first.id);
    const items = [...(base.items ?? [])];
    items[itemIndex] = html;
    return [{ ...base, items }, ...row.blocks.slice(1)];
  }
  if (source.type === 'image') {
    return [
      { ...(first.type === 'image' ? first : copyOfSource(source, first.id)), caption: html },
    ];
  }
  const kept = TEXT_TYPES.has(first.type) ? first : copyOfSource(source, first.id);
  return [{ ...kept, html }];
}
