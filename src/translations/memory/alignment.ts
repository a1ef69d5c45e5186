import type { Article } from '../../articles/article.ts';
import type { Block } from '../../articles/blocks.ts';
import { segmentPlainText } from './segment-text.ts';

/** The texts of an article that segments are taken from. */
export type ArticleTexts = Pick<Article, 'kicker' | 'headline' | 'dek' | 'body'>;

/** One source segment and its translation, as inline HTML, with where each one lives. */
export interface AlignedPair {
  /** A block id; `<block id>:<n>` for the n-th list item; `:headline`, `:dek`, `:kicker`. */
  sourceKey: string;
  targetKey: string;
  sourceHtml: string;
  targetHtml: string;
}

/** Keys of the fields outside the body: a colon never appears in a block id. */
export const FIELD_KEYS = { kicker: ':kicker', headline: ':headline', dek: ':dek' } as const;

/** The translatable text parts of a block, keyed; other blocks and empty texts give nothing. */
export function blockSegments(block: Block): { key: string; html: string }[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'pullquote':
      // Who is quoted (cite, attribution) is a name, not a sentence to translate.
      return [{ key: block.id, html: block.html }];
    case 'list':
      return block.items.map((html, index) => ({ key: `${block.id}:${index}`, html }));
    case 'image':
      return block.caption ? [{ key: block.id, html: block.caption }] : [];
    default:
      return [];
  }
}

/** Blocks whose texts can pair: a paragraph may become a heading, never an image caption. */
function segmentKind(block: Block): string {
  return block.type === 'list' || block.type === 'image' ? block.type : 'text';
}

/** Plain-text fields become inline HTML, like block text, so every pair is stored alike. */
function fieldHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Pairs a translation's segments with its source's: kicker, headline and dek with their
 * namesakes; each body block with the source block its `sourceBlockId` names; list items by
 * position when both lists have as many; image captions when both have one. A source block
 * that two translated blocks claim (a paragraph split in two) is left out: neither half is
 * the translation of the whole. So are pairs with an empty side.
 */
export function alignSegments(source: ArticleTexts, target: ArticleTexts): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  const add = (sourceKey: string, targetKey: string, sourceHtml: string, targetHtml: string) => {
    if (segmentPlainText(sourceHtml) && segmentPlainText(targetHtml)) {
      pairs.push({ sourceKey, targetKey, sourceHtml, targetHtml });
    }
  };
  for (const field of ['kicker', 'headline', 'dek'] as const) {
    add(FIELD_KEYS[field], FIELD_KEYS[field], fieldHtml(source[field]), fieldHtml(target[field]));
  }

  const sourceBlocks = new Map(source.body.map((block) => [block.id, block]));
  const claims = new Map<string, number>();
  for (const block of target.body) {
    if (block.sourceBlockId)
      claims.set(block.sourceBlockId, (claims.get(block.sourceBlockId) ?? 0) + 1);
  }
  for (const block of target.body) {
    const original = block.sourceBlockId ? sourceBlocks.get(block.sourceBlockId) : undefined;
    if (!original || claims.get(original.id) !== 1) continue;
    if (segmentKind(original) !== segmentKind(block)) continue;
    const from = blockSegments(original);
    const to = blockSegments(block);
    // List items pair by position only when nothing was added or dropped.
    if (from.length !== to.length) continue;
    for (const [index, segment] of to.entries()) {
      const counterpart = from[index];
      if (counterpart) add(counterpart.key, segment.key, counterpart.html, segment.html);
    }
  }
  return pairs;
}
