import type { Article, RevisionSnapshot } from '../article.ts';
import { type Block, newBlockId } from '../blocks.ts';
import { diffRevisions, type RevisionDiff } from '../revision-diff.ts';

/*
 * What a copy of a sister article takes from its source: the text and what goes with it. The
 * rest (slug, kicker, section, tags, series, social texts) belongs to the copy's edition and
 * stays as the copy's editors set it when a later change of the source is applied.
 */

/** The fields a copy takes from its source, at republication and when an update is applied. */
export type CopiedText = Pick<
  RevisionSnapshot,
  'headline' | 'dek' | 'body' | 'leadMediaId' | 'credits'
>;

export function copiedTextOf(article: CopiedText): CopiedText {
  return {
    headline: article.headline,
    dek: article.dek,
    body: article.body,
    leadMediaId: article.leadMediaId,
    // Grouped by role as the database returns them, so the same credits compare equal.
    credits: [...article.credits].sort((a, b) => a.role.localeCompare(b.role)),
  };
}

/**
 * The source's blocks as the copy's: each keeps the id the copy already gave that source block
 * (so the copy's own translations stay aligned), or gets a new one; `sourceBlockId` names the
 * source block it renders.
 */
export function copyBlocks(sourceBody: Block[], copyBody: Block[] = []): Block[] {
  const ownIdOf = new Map(
    copyBody.flatMap((block) => (block.sourceBlockId ? [[block.sourceBlockId, block.id]] : [])),
  );
  return sourceBody.map((block) => ({
    ...block,
    id: ownIdOf.get(block.id) ?? newBlockId(),
    sourceBlockId: block.id,
  }));
}

/** A copy's body with each block under its source block's id, to compare it with the source. */
export function inSourceIds(copyBody: Block[]): Block[] {
  return copyBody.map((block) => {
    const { sourceBlockId, ...rest } = block;
    return { ...rest, id: sourceBlockId ?? block.id } as Block;
  });
}

/** What differs between two states of copied text, field by field and block by block. */
export function diffCopiedText(before: CopiedText, after: CopiedText): RevisionDiff {
  return diffRevisions(asSnapshot(before), asSnapshot(after));
}

/** True when a diff changes anything a reader sees. */
export function changesAnything(diff: RevisionDiff): boolean {
  return diff.fields.length > 0 || diff.blocks.some((change) => change.kind !== 'same');
}

/** The copy's text with its blocks under the source's ids: what the source's text is compared to. */
export function copyTextInSourceIds(copy: Article): CopiedText {
  return { ...copiedTextOf(copy), body: inSourceIds(copy.body) };
}

// Fields a copy does not take compare equal, so a diff names only the copied ones.
function asSnapshot(text: CopiedText): RevisionSnapshot {
  return {
    slug: '',
    kicker: '',
    socialTitle: '',
    socialDescription: '',
    sectionId: null,
    seriesId: null,
    seriesPosition: null,
    tagIds: [],
    origin: { type: 'original' },
    ...copiedTextOf(text),
  };
}
