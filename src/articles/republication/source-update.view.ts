import type { Executor } from '../../db/database.ts';
import { ArticleRepository } from '../article.repository.ts';
import type { Article, RevisionSnapshot } from '../article.ts';
import { type ChangeKind, changeKindOf, strongestChange } from '../change-kind.ts';
import type { RevisionDiff } from '../revision-diff.ts';
import {
  type CopiedText,
  changesAnything,
  copiedTextOf,
  copyTextInSourceIds,
  diffCopiedText,
} from './copy-text.ts';

/**
 * Where a copy of a sister article stands against its source: 'up-to-date' (the source's text
 * has not changed since the copy was made or last updated), 'available' (it has) or
 * 'dismissed' (it has, and the copy's editors said not now; a later change offers it again).
 */
export type SourceUpdateState = 'up-to-date' | 'available' | 'dismissed';

export interface SourceUpdate {
  /** The copy. */
  articleId: string;
  siteId: string;
  headline: string;
  source: { id: string; siteId: string; slug: string; headline: string; status: string };
  state: SourceUpdateState;
  /** The source's revision the copy's text was taken from, and its current one. */
  pinnedRevision: number;
  currentRevision: number;
  dismissedRevision: number | null;
  /** The strongest kind among the source's saves since the pin. */
  changeKind: ChangeKind;
  /** Only typo fixes since the pin: worth applying, not worth an alert. */
  minor: boolean;
  /** The source's saves since the pin, oldest first. */
  revisions: { number: number; changeKind: ChangeKind; createdAt: string }[];
  /** Correction notes written on the source since the pin (they show on the copy already). */
  corrections: { note: string; language: string; createdAt: string }[];
}

/** A copy's update with what applying it would change in the copy. */
export interface SourceUpdateDetail extends SourceUpdate {
  /** The copy's text → the source's current text, blocks matched by `sourceBlockId`. */
  diff: RevisionDiff;
  /** The copy's editors changed its text since it was taken: applying undoes their changes. */
  overwritesLocalEdits: boolean;
}

/** Reads how copies of sister articles stand against the changes of their sources. */
export class SourceUpdateView {
  constructor(private readonly db: Executor) {}

  /** A copy's standing with the diff of applying; null if the article is not a copy. */
  async forCopy(copy: Article): Promise<SourceUpdateDetail | null> {
    const found = await this.standing(copy);
    if (!found) return null;
    const { update, pinned, current } = found;
    const copyText = copyTextInSourceIds(copy);
    return {
      ...update,
      diff: diffCopiedText(copyText, current),
      overwritesLocalEdits: pinned ? changesAnything(diffCopiedText(pinned, copyText)) : false,
    };
  }

  /** The copies on an edition whose source's text changed and is not dismissed. */
  async availableOn(siteId: string): Promise<SourceUpdate[]> {
    const articles = new ArticleRepository(this.db);
    const rows = await this.db
      .selectFrom('articles as copy')
      .innerJoin('articles as source', 'source.id', 'copy.source_article_id')
      .select('copy.id')
      .where('copy.site_id', '=', siteId)
      .where('copy.origin_type', '=', 'republication')
      .where('copy.deleted_at', 'is', null)
      .whereRef('source.revision', '>', 'copy.source_revision')
      .orderBy('copy.updated_at', 'desc')
      .execute();
    const updates: SourceUpdate[] = [];
    for (const row of rows) {
      const copy = await articles.findById(row.id);
      const found = copy && (await this.standing(copy));
      if (found?.update.state === 'available') updates.push(found.update);
    }
    return updates;
  }

  /** The copy's update and the source's text at the pin and now. */
  private async standing(
    copy: Article,
  ): Promise<{ update: SourceUpdate; pinned: CopiedText | null; current: CopiedText } | null> {
    const origin = copy.origin;
    if (origin.type !== 'republication' || origin.source.kind !== 'article') return null;
    const pin = origin.source.sourceRevision;
    const source = await this.db
      .selectFrom('articles')
      .select(['id', 'site_id', 'slug', 'headline', 'status', 'revision'])
      .where('id', '=', origin.source.articleId)
      .executeTakeFirst();
    if (!source) return null;
    const [since, snapshots, corrections, dismissal] = await Promise.all([
      this.db
        .selectFrom('article_revisions')
        .select(['number', 'change_kind', 'created_at'])
        .where('article_id', '=', source.id)
        .where('number', '>', pin)
        .orderBy('number')
        .execute(),
      this.db
        .selectFrom('article_revisions')
        .select(['number', 'snapshot'])
        .where('article_id', '=', source.id)
        .where('number', 'in', [pin, source.revision])
        .execute(),
      this.db
        .selectFrom('article_corrections')
        .select(['note', 'language', 'created_at'])
        .where('article_id', '=', source.id)
        .where('revision', '>', pin)
        .orderBy('created_at')
        .execute(),
      this.db
        .selectFrom('source_update_dismissals')
        .select('source_revision')
        .where('article_id', '=', copy.id)
        .executeTakeFirst(),
    ]);
    const snapshotAt = (number: number): CopiedText | null => {
      const row = snapshots.find((revision) => revision.number === number);
      return row ? copiedTextOf(JSON.parse(row.snapshot) as RevisionSnapshot) : null;
    };
    const pinned = snapshotAt(pin);
    const current = snapshotAt(source.revision);
    if (!current) return null;
    const kinds = since.map((revision) => changeKindOf(revision.change_kind));
    const changed = pinned ? changesAnything(diffCopiedText(pinned, current)) : since.length > 0;
    const dismissedRevision = dismissal?.source_revision ?? null;
    const state: SourceUpdateState = !changed
      ? 'up-to-date'
      : dismissedRevision !== null && dismissedRevision >= source.revision
        ? 'dismissed'
        : 'available';
    return {
      pinned,
      current,
      update: {
        articleId: copy.id,
        siteId: copy.siteId,
        headline: copy.headline,
        source: {
          id: source.id,
          siteId: source.site_id,
          slug: source.slug,
          headline: source.headline,
          status: source.status,
        },
        state,
        pinnedRevision: pin,
        currentRevision: source.revision,
        dismissedRevision,
        changeKind: strongestChange(kinds),
        minor: kinds.length > 0 && kinds.every((kind) => kind === 'typo'),
        revisions: since.map((revision) => ({
          number: revision.number,
          changeKind: changeKindOf(revision.change_kind),
          createdAt: revision.created_at,
        })),
        corrections: corrections.map((correction) => ({
          note: correction.note,
          language: correction.language,
          createdAt: correction.created_at,
        })),
      },
    };
  }
}
