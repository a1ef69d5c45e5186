import { type Clock, toTimestamp } from '../../core/clock.ts';
import { baseLanguage } from '../../core/locale.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { type FieldIssue, issue } from '../../core/validation.ts';
import type { Db } from '../../db/database.ts';
import type { SiteService } from '../../sites/site.service.ts';
import type { Actor, ArticleProblem, ArticleService } from '../article.service.ts';
import type { Article } from '../article.ts';
import { type ChangeKind, strongestChange } from '../change-kind.ts';
import { copiedTextOf, copyBlocks } from './copy-text.ts';
import {
  type SourceUpdate,
  type SourceUpdateDetail,
  SourceUpdateView,
} from './source-update.view.ts';

export type RepublicationProblem =
  | ArticleProblem
  /** The edition already has an article of this story (a copy made before, or the source). */
  | { type: 'duplicate'; existing: Article };

export interface RepublishInput {
  /** The edition the copy is for; it must write in the source's language. */
  siteId: string;
  /** Publish at once; otherwise the copy waits as a draft. */
  publish?: boolean;
  /** The copy's place on its edition; the source's section and tags are its own edition's. */
  sectionId?: string | null;
  tagIds?: string[];
}

const invalid = (issues: FieldIssue[]) => err({ type: 'invalid' as const, issues });

/**
 * Republication of sister articles in the same language: copies made in one step, and later
 * changes of the source offered to the copies, to apply or dismiss. Translations (another
 * language) are the translation desk's.
 */
export class RepublicationService {
  readonly view: SourceUpdateView;

  constructor(
    private readonly db: Db,
    private readonly articles: ArticleService,
    private readonly sites: SiteService,
    private readonly clock: Clock,
  ) {
    this.view = new SourceUpdateView(db);
  }

  /**
   * Copies a published article to a sister edition in its language: same story, the text with
   * new block ids (each naming its source block), the credits and lead image, pinned to the
   * source's current revision. One copy per edition.
   */
  async republish(
    sourceId: string,
    input: RepublishInput,
    actor: Actor,
  ): Promise<Result<Article, RepublicationProblem>> {
    const source = await this.articles.repository.findById(sourceId);
    if (!source || source.deletedAt) return err({ type: 'not-found', what: 'article' });
    if (source.status !== 'published') return invalid([issue('source', 'issue.notPublished')]);
    const site = await this.sites.findById(input.siteId);
    if (!site) return invalid([issue('siteId', 'issue.unknownEdition')]);
    if (site.id === source.siteId) return invalid([issue('siteId', 'issue.sameEdition')]);
    if (baseLanguage(site.language) !== baseLanguage(source.language)) {
      return invalid([issue('siteId', 'issue.otherLanguage', { language: site.language })]);
    }
    const existing = await this.storyOn(source.storyId, site.id);
    if (existing) return err({ type: 'duplicate', existing });

    const slugFree = !(await this.articles.repository.slugTaken(site.id, source.slug));
    const fields = {
      siteId: site.id,
      kicker: source.kicker,
      ...copiedTextOf(source),
      body: copyBlocks(source.body),
      sectionId: input.sectionId ?? null,
      tagIds: input.tagIds ?? [],
      socialTitle: source.socialTitle,
      socialDescription: source.socialDescription,
      origin: {
        type: 'republication' as const,
        source: { kind: 'article' as const, articleId: source.id, sourceRevision: source.revision },
      },
    };
    // The source's slug when the edition has it free: the copy is found at the same address.
    let created = await this.articles.createArticle(
      slugFree ? { ...fields, slug: source.slug } : fields,
      actor,
    );
    if (!created.ok && created.error.type === 'slug-taken') {
      // Someone took the slug meanwhile: perhaps a second click made the copy already.
      const raced = await this.storyOn(source.storyId, site.id);
      if (raced) return err({ type: 'duplicate', existing: raced });
      created = await this.articles.createArticle(fields, actor);
    }
    if (!created.ok || !input.publish) return created;
    return this.articles.publishArticle(created.value.id, actor);
  }

  /** The copies of an article on other editions, whatever their status. */
  async copiesOf(sourceId: string): Promise<Article[]> {
    const source = await this.articles.repository.findById(sourceId);
    if (!source) return [];
    return (await this.articles.repository.inStory(source.storyId)).filter(
      (article) =>
        article.origin.type === 'republication' &&
        article.origin.source.kind === 'article' &&
        article.origin.source.articleId === sourceId,
    );
  }

  /** Where a copy stands against its source, with what applying would change; null if no copy. */
  async sourceUpdate(copyId: string): Promise<SourceUpdateDetail | null> {
    const copy = await this.articles.repository.findById(copyId);
    return copy ? this.view.forCopy(copy) : null;
  }

  /** The copies on an edition with an update of their source waiting. */
  availableUpdates(siteId: string): Promise<SourceUpdate[]> {
    return this.view.availableOn(siteId);
  }

  /**
   * Brings the copy's text up to its source's current one, as a new revision of the copy pinned
   * to the source's current revision. The copy's edition-specific fields stay as they are. A
   * published copy's save has the strongest kind among the source's saves, so the copy's own
   * translations are alerted to a correction and not to a typo.
   */
  async applySourceUpdate(
    copyId: string,
    expectedRevision: number,
    actor: Actor,
  ): Promise<Result<Article, ArticleProblem>> {
    const copy = await this.articles.repository.findById(copyId);
    const update = copy && (await this.view.forCopy(copy));
    if (!copy || !update) return err({ type: 'not-found', what: 'article' });
    const source = await this.articles.repository.findById(update.source.id);
    if (!source) return err({ type: 'not-found', what: 'article' });
    // Nothing to bring over (applying would only undo the copy's own edits).
    if (update.state === 'up-to-date') {
      return invalid([issue('sourceRevision', 'issue.upToDate')]);
    }
    const changeKind: ChangeKind =
      copy.status === 'published'
        ? strongestChange(update.revisions.map((r) => r.changeKind))
        : 'edit';
    return this.articles.updateArticle(
      copy.id,
      {
        ...copiedTextOf(source),
        body: copyBlocks(source.body, copy.body),
        origin: {
          type: 'republication',
          source: { kind: 'article', articleId: source.id, sourceRevision: source.revision },
        },
      },
      expectedRevision,
      actor,
      { changeKind },
    );
  }

  /**
   * Keeps the copy as it is: the source's changes up to `sourceRevision` (the one the editor
   * saw) are no longer offered; a later save of the source is.
   */
  async dismissSourceUpdate(
    copyId: string,
    sourceRevision: number,
    actor: Actor,
  ): Promise<Result<SourceUpdateDetail, ArticleProblem>> {
    const copy = await this.articles.repository.findById(copyId);
    const update = copy && (await this.view.forCopy(copy));
    if (!copy || !update) return err({ type: 'not-found', what: 'article' });
    if (sourceRevision <= update.pinnedRevision || sourceRevision > update.currentRevision) {
      return invalid([issue('sourceRevision', 'issue.notRevision')]);
    }
    const row = {
      source_revision: sourceRevision,
      dismissed_by: actor.userId,
      dismissed_at: toTimestamp(this.clock.now()),
    };
    await this.db
      .insertInto('source_update_dismissals')
      .values({ article_id: copy.id, ...row })
      .onConflict((conflict) => conflict.column('article_id').doUpdateSet(row))
      .execute();
    return ok((await this.view.forCopy(copy)) ?? update);
  }

  /** The edition's article of a story, if it has one (in the trash too). */
  private async storyOn(storyId: string, siteId: string): Promise<Article | undefined> {
    return (await this.articles.repository.inStory(storyId)).find(
      (article) => article.siteId === siteId,
    );
  }
}
