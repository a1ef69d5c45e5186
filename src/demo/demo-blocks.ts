import { createHash } from 'node:crypto';
import type { BlockInput } from '../articles/blocks.ts';
import type { DemoBlock } from './content/types.ts';

/** A block id derived from the article and position, so reloading the demo gives the same ids. */
export function demoBlockId(articleKey: string, index: number): string {
  return `d${createHash('sha1').update(`${articleKey}#${index}`).digest('hex').slice(0, 11)}`;
}

/**
 * Turns the compact authoring form into block input. `mediaIdOf` maps demo image keys to media
 * ids; `sourceIds`, for a translation, gives the source block id at each position.
 */
export function toBlockInputs(
  articleKey: string,
  blocks: DemoBlock[],
  mediaIdOf: (imageKey: string) => string,
  sourceIds: (string | undefined)[] = [],
): BlockInput[] {
  return blocks.map((block, index) => {
    const id = demoBlockId(articleKey, index);
    const sourceBlockId = sourceIds[index];
    const common = sourceBlockId ? { id, sourceBlockId } : { id };
    if (typeof block === 'string') return { ...common, type: 'paragraph', html: block };
    if ('h' in block) return { ...common, type: 'heading', level: block.level ?? 2, html: block.h };
    if ('quote' in block)
      return { ...common, type: 'quote', html: block.quote, cite: block.cite ?? '' };
    if ('pullquote' in block) {
      return {
        ...common,
        type: 'pullquote',
        html: block.pullquote,
        attribution: block.attribution ?? '',
      };
    }
    if ('list' in block) {
      return {
        ...common,
        type: 'list',
        style: block.ordered ? 'ordered' : 'bullet',
        items: block.list,
      };
    }
    if ('image' in block) {
      return {
        ...common,
        type: 'image',
        mediaId: mediaIdOf(block.image),
        caption: block.caption ?? null,
        credit: block.credit ?? null,
        alt: null,
      };
    }
    if ('video' in block) {
      return {
        ...common,
        type: 'video',
        url: block.video,
        title: block.title,
        caption: block.caption ?? '',
      };
    }
    return { ...common, type: 'divider' };
  });
}

/** The kind of each block, to check that a translation follows its source. */
export function demoBlockKind(block: DemoBlock): string {
  if (typeof block === 'string') return 'paragraph';
  return (
    Object.keys(block).find(
      (key) =>
        !['level', 'cite', 'attribution', 'ordered', 'caption', 'credit', 'title'].includes(key),
    ) ?? 'unknown'
  );
}
