import { type DiffPart, diffWords } from '../core/word-diff.ts';
import type { RevisionSnapshot } from './article.ts';
import { type BlockChange, diffBlocks } from './block-diff.ts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** For text fields: the words that changed. */
  words?: DiffPart[];
}

export interface RevisionDiff {
  fields: FieldChange[];
  blocks: BlockChange[];
}

const TEXT_FIELDS = [
  'headline',
  'kicker',
  'dek',
  'slug',
  'socialTitle',
  'socialDescription',
] as const;
const OTHER_FIELDS = [
  'leadMediaId',
  'sectionId',
  'seriesId',
  'seriesPosition',
  'tagIds',
  'credits',
  'origin',
] as const;

/** What changed between two revisions of an article, field by field and block by block. */
export function diffRevisions(before: RevisionSnapshot, after: RevisionSnapshot): RevisionDiff {
  const fields: FieldChange[] = [];
  for (const field of TEXT_FIELDS) {
    if (before[field] !== after[field]) {
      fields.push({
        field,
        before: before[field],
        after: after[field],
        words: diffWords(before[field], after[field]),
      });
    }
  }
  for (const field of OTHER_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      fields.push({ field, before: before[field], after: after[field] });
    }
  }
  return { fields, blocks: diffBlocks(before.body, after.body) };
}
