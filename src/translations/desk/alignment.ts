import { diffBlocks } from '../../articles/block-diff.ts';
import type { Block, ImageBlock } from '../../articles/blocks.ts';

/*
 * How a translation's blocks line up with its source's. Every block of a translation that
 * renders a source block carries that block's id as `sourceBlockId`; blocks the translator adds
 * (a translator's note) carry none and travel with the block before them.
 *
 * A new translation starts as a copy of the source, block by block (the block model drops
 * empty text blocks, so "empty blocks to fill" cannot be stored; a copy also keeps links,
 * emphasis and list structure for the translator to keep). The newsroom's "copy the source"
 * per block restores a block's source text from the pinned revision.
 */

/** The captions and alt texts an image block of the translation starts with. */
export type ImageTexts = (block: ImageBlock) => { caption: string | null; alt: string | null };

/**
 * The body of a new translation: each source block copied with a fresh id and `sourceBlockId`.
 * `imageTexts` decides an image's caption and alt: null where the media already has a text in
 * the target language (the page uses it), else the source's text for the translator to
 * translate.
 */
export function draftBody(source: Block[], newId: () => string, imageTexts: ImageTexts): Block[] {
  return source.map((block) => copyOf(block, newId, imageTexts));
}

function copyOf(block: Block, newId: () => string, imageTexts: ImageTexts): Block {
  const { sourceBlockId: _ignored, ...content } = block;
  const copy = { ...content, id: newId(), sourceBlockId: block.id } as Block;
  return copy.type === 'image' ? { ...copy, ...imageTexts(copy) } : copy;
}

/** A translation re-aligned with a newer source, and which of its blocks need work. */
export interface Realigned {
  body: Block[];
  /** Target block ids whose source block changed (kept as translated; to be revised). */
  changed: string[];
  /** Target block ids copied from blocks the source gained (to be translated). */
  added: string[];
  /** Source block ids the source lost; their translations were dropped. */
  removed: string[];
}

/**
 * Brings a translation's body in line with a newer revision of its source: blocks whose source
 * stayed keep their translation, blocks whose source changed keep it too (to be revised),
 * blocks the source gained are copied in at their place, blocks the source lost go. The
 * translator's own blocks stay after the block they followed.
 */
export function realignBody(
  target: Block[],
  sourceBefore: Block[],
  sourceAfter: Block[],
  newId: () => string,
  imageTexts: ImageTexts,
): Realigned {
  const known = new Set([
    ...sourceBefore.map((block) => block.id),
    ...sourceAfter.map((block) => block.id),
  ]);
  // The translation's blocks grouped by the source block they render; the translator's own
  // blocks are kept with the source block before them ('' : before any).
  const rendering = new Map<string, Block[]>();
  const following = new Map<string, Block[]>();
  let anchor = '';
  for (const block of target) {
    const sourceId = block.sourceBlockId;
    if (sourceId && known.has(sourceId)) {
      anchor = sourceId;
      rendering.set(sourceId, [...(rendering.get(sourceId) ?? []), block]);
    } else {
      following.set(anchor, [...(following.get(anchor) ?? []), block]);
    }
  }

  const result: Realigned = {
    body: [...(following.get('') ?? [])],
    changed: [],
    added: [],
    removed: [],
  };
  for (const change of diffBlocks(sourceBefore, sourceAfter)) {
    const translated = rendering.get(change.id) ?? [];
    if (change.kind === 'removed') {
      result.removed.push(change.id);
    } else if (change.kind === 'added') {
      const copy = copyOf(change.block, newId, imageTexts);
      result.body.push(copy);
      result.added.push(copy.id);
    } else {
      result.body.push(...translated);
      if (change.kind === 'changed') result.changed.push(...translated.map((block) => block.id));
    }
    result.body.push(...(following.get(change.id) ?? []));
  }
  return result;
}
