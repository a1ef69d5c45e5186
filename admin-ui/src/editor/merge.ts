import type { Block } from '../api/types.ts';
import { type ArticleFields, FIELD_NAMES, type FieldName, sameField } from './article-fields.ts';
import { blockContent } from './block-conversion.ts';

/*
 * Two people saved the same article: "mine" is what this browser has, "theirs" what the other
 * person saved, "base" the version both started from (when known). The merge lists what differs,
 * field by field and block by block (blocks matched by id), and suggests a side for each: their
 * change where I left something as it was, mine everywhere else. The user has the last word.
 */

export type Side = 'mine' | 'theirs';

/** One block of the merge: as I have it, as they have it (null: not there). */
export interface BlockChoice {
  id: string;
  mine: Block | null;
  theirs: Block | null;
  /** Both have it, identically: nothing to choose. */
  same: boolean;
  suggested: Side;
}

export interface MergePlan {
  /** The fields (other than the body) that differ. */
  fields: { name: Exclude<FieldName, 'body'>; suggested: Side }[];
  /** Every block of either version, in the order the merged body will have. */
  blocks: BlockChoice[];
}

export interface MergeChoices {
  fields: Partial<Record<FieldName, Side>>;
  blocks: Record<string, Side>;
}

function sameBlock(a: Block | null | undefined, b: Block | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return blockContent(a) === blockContent(b);
}

/**
 * The blocks of both versions, aligned by id: my order, with blocks only they have placed
 * after the block that precedes them in their version.
 */
function alignBlocks(
  mine: Block[],
  theirs: Block[],
): { id: string; mine: Block | null; theirs: Block | null }[] {
  const theirsById = new Map(theirs.map((block) => [block.id, block]));
  const rows: { id: string; mine: Block | null; theirs: Block | null }[] = mine.map((block) => ({
    id: block.id,
    mine: block,
    theirs: theirsById.get(block.id) ?? null,
  }));
  const placed = new Set(rows.map((row) => row.id));
  theirs.forEach((block, index) => {
    if (placed.has(block.id)) return;
    let at = 0;
    for (let k = index - 1; k >= 0; k--) {
      const previous = theirs[k] as Block;
      const found = rows.findIndex((row) => row.id === previous.id);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    rows.splice(at, 0, { id: block.id, mine: null, theirs: block });
    placed.add(block.id);
  });
  return rows;
}

/** What differs between my version and theirs, with a suggested side for each difference. */
export function planMerge(
  mine: ArticleFields,
  theirs: ArticleFields,
  base: ArticleFields | null,
): MergePlan {
  const fields: MergePlan['fields'] = [];
  for (const name of FIELD_NAMES) {
    if (name === 'body' || sameField(name, mine, theirs)) continue;
    const untouchedByMe = base !== null && sameField(name, mine, base);
    fields.push({ name, suggested: untouchedByMe ? 'theirs' : 'mine' });
  }
  const baseById = new Map((base?.body ?? []).map((block) => [block.id, block]));
  const blocks = alignBlocks(mine.body, theirs.body).map((row) => {
    const same = sameBlock(row.mine, row.theirs);
    const untouchedByMe = base !== null && sameBlock(row.mine, baseById.get(row.id));
    return { ...row, same, suggested: (untouchedByMe ? 'theirs' : 'mine') as Side };
  });
  return { fields, blocks };
}

/** The suggested choices of a plan. */
export function suggestedChoices(plan: MergePlan): MergeChoices {
  return {
    fields: Object.fromEntries(plan.fields.map((field) => [field.name, field.suggested])),
    blocks: Object.fromEntries(
      plan.blocks.filter((block) => !block.same).map((block) => [block.id, block.suggested]),
    ),
  };
}

/** One side for everything. */
export function allOf(plan: MergePlan, side: Side): MergeChoices {
  return {
    fields: Object.fromEntries(plan.fields.map((field) => [field.name, side])),
    blocks: Object.fromEntries(
      plan.blocks.filter((block) => !block.same).map((block) => [block.id, side]),
    ),
  };
}

/** The merged fields: each difference from the chosen side, everything else as both have it. */
export function applyMerge(
  plan: MergePlan,
  mine: ArticleFields,
  theirs: ArticleFields,
  choices: MergeChoices,
): ArticleFields {
  const merged: ArticleFields = { ...mine };
  for (const field of plan.fields) {
    const side = choices.fields[field.name] ?? field.suggested;
    if (side === 'theirs') Object.assign(merged, { [field.name]: theirs[field.name] });
  }
  merged.body = plan.blocks.flatMap((block) => {
    const side = block.same ? 'mine' : (choices.blocks[block.id] ?? block.suggested);
    const chosen = side === 'mine' ? block.mine : block.theirs;
    return chosen ? [chosen] : [];
  });
  return merged;
}
