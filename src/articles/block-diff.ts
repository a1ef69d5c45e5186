import { type DiffPart, diffWords } from '../core/word-diff.ts';
import { type Block, blockText } from './blocks.ts';

/** How one block differs between two versions of a body, matched by block id. */
export type BlockChange =
  | { kind: 'same'; id: string; block: Block }
  | { kind: 'changed'; id: string; before: Block; after: Block; words: DiffPart[] }
  | { kind: 'added'; id: string; block: Block }
  | { kind: 'removed'; id: string; block: Block };

/**
 * The blocks of two bodies side by side, by id: what stayed, changed (with the words that
 * changed), was added or removed. The order is the new body's, with removed blocks where they
 * were. Used for revision diffs and for a translation's drift from its source.
 */
export function diffBlocks(before: Block[], after: Block[]): BlockChange[] {
  const old = new Map(before.map((block) => [block.id, block]));
  const current = new Set(after.map((block) => block.id));
  const changes: BlockChange[] = [];
  const removedAt = (index: number) => {
    // Removed blocks that stood before the next surviving block of the old body.
    const out: BlockChange[] = [];
    for (let k = index; k < before.length; k++) {
      const block = before[k] as Block;
      if (current.has(block.id)) break;
      out.push({ kind: 'removed', id: block.id, block });
    }
    return out;
  };
  changes.push(...removedAt(0));
  for (const block of after) {
    const previous = old.get(block.id);
    if (!previous) {
      changes.push({ kind: 'added', id: block.id, block });
      continue;
    }
    if (sameContent(previous, block)) changes.push({ kind: 'same', id: block.id, block });
    else {
      changes.push({
        kind: 'changed',
        id: block.id,
        before: previous,
        after: block,
        words: diffWords(blockText(previous), blockText(block)),
      });
    }
    changes.push(...removedAt(before.indexOf(previous) + 1));
  }
  return changes;
}

/** Equal apart from where it came from (sourceBlockId is bookkeeping, not content). */
function sameContent(a: Block, b: Block): boolean {
  const { sourceBlockId: _a, ...restA } = a;
  const { sourceBlockId: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}
