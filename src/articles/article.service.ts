import type { Transaction } from 'kysely';
import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import { baseLanguage } from '../core/locale.ts';
import { err, ok, type Result } from '../core/result.ts';
import { slugify } from '../core/slug.ts';
import type { FieldIssue, InvalidInput } from '../core/validation.ts';
import { fieldIssues, issue } from '../core/validation.ts';
import type { Database, Db, Executor } from '../db/database.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import type { SiteService } from '../sites/site.service.ts';
import {
  type Article,
  type ArticleFieldsInput,
  type ArticleOrigin,
  articleFieldsSchema,
  type CreateArticleInput,
  createArticleSchema,
  RESERVED_ARTICLE_SLUGS,
  snapshotOf,
} from './article.ts';
import './article.events.ts';
import { ArticleRepository } from './article.repository.ts';
import { checkArticleReferences } from './article-references.ts';
import { type Block, mediaIdsOf, parseBlocks } from './blocks.ts';
import { changeKindIssues, type SaveOptions, saveOptionsSchema } from './change-kind.ts';
import { type Correction, CorrectionRepository } from './correction.repository.ts';

export type ArticleProblem =
  | InvalidInput
  | { type: 'not-found'; what: 'article' | 'site' }
  | { type: 'slug-taken'; slug: string }
  /** Someone saved since the revision this change started from. */
  | { type: 'conflict'; currentRevision: number; updatedAt: string }
  | { type: 'invalid-state'; status: Article['status'] }
  | { type: 'not-in-future'; at: string };

/** Who does something, for revisions and permission checks upstream. */
export interface Actor {
  userId: string | null;
}

const invalid = (issues: FieldIssue[]): InvalidInput => ({ type: 'invalid', issues });

/** Writing, publishing and scheduling articles. Every write is one transaction. */
export class ArticleService {
  readonly repository: ArticleRepository;
  readonly corrections: CorrectionRepository;

  constructor(
    private readonly db: Db,
    private readonly sites: SiteService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.repository = new ArticleRepository(db);
    this.corrections = new CorrectionRepository(db);
  }

  /**
   * Runs `work` in a new transaction, or in the caller's when this service was built on one
   * (the translation desk writes a task and its article together; see adr/0014).
   */
  private transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.isTransaction
      ? work(this.db as Transaction<Database>)
      : this.db.transaction().execute(work);
  }

  /** Creates a draft (revision 1) from the fields an editor wrote. */
  async createArticle(
    input: CreateArticleInput,
    actor: Actor,
  ): Promise<Result<Article, ArticleProblem>> {
    const parsed = createArticleSchema.safeParse(input);
    if (!parsed.success) return err(invalid(fieldIssues(parsed.error)));
    const data = parsed.data;
    const body = parseBlocks(data.body);
    if (!body.ok) return err(invalid(body.error));
    const site = await this.sites.findById(data.siteId);
    if (!site) return err({ type: 'not-found', what: 'site' });

    const origin = await this.resolveOrigin(data.origin, null);
    if (!origin.ok) return origin;
    const issues = await this.referenceIssues(this.db, data.siteId, { ...data, body: body.value });
    if (data.storyId && origin.value.storyId && data.storyId !== origin.value.storyId) {
      issues.push(issue('storyId', 'issue.otherStory'));
    }
    const language = data.language ?? site.language;
    issues.push(...copyLanguageIssues(origin.value.sourceLanguage, language));
    issues.push(...outsideDateIssues(origin.value.origin, this.clock.now()));
    if (issues.length) return err(invalid(issues));

    const slug = await this.chooseSlug(data.siteId, data.slug, data.headline, language);
    if (!slug.ok) return slug;
    const now = toTimestamp(this.clock.now());
    const storyId = origin.value.storyId ?? data.storyId ?? newId();
    const article: Article = {
      id: newId(),
      storyId,
      siteId: data.siteId,
      language,
      status: 'draft',
      slug: slug.value,
      kicker: data.kicker,
      headline: data.headline,
      dek: data.dek,
      body: body.value,
      leadMediaId: data.leadMediaId,
      sectionId: data.sectionId,
      seriesId: data.seriesId,
      seriesPosition: data.seriesPosition,
      tagIds: [...new Set(data.tagIds)],
      credits: dedupeCredits(data.credits),
      origin: origin.value.origin,
      socialTitle: data.socialTitle,
      socialDescription: data.socialDescription,
      networkWide: data.networkWide,
      publishedAt: null,
      scheduledAt: null,
      revision: 1,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    try {
      await this.transaction(async (trx) => {
        const articles = this.repository.with(trx);
        const storyExists = await trx
          .selectFrom('stories')
          .select('id')
          .where('id', '=', storyId)
          .executeTakeFirst();
        if (!storyExists) await articles.insertStory(storyId, now);
        await articles.insert(article);
        await articles.insertRevision({
          id: newId(),
          articleId: article.id,
          number: 1,
          snapshot: snapshotOf(article),
          changeKind: 'edit',
          createdBy: actor.userId,
          createdAt: now,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug: article.slug });
      throw error;
    }
    await this.events.emit('article.created', { article });
    return ok(article);
  }

  /**
   * Saves a change as a new revision. `expectedRevision` is the revision the editor started
   * from: if someone saved since, nothing is written and the conflict is reported. A save of
   * a published article may say it is a typo fix or a correction (with a note for readers).
   */
  async updateArticle(
    id: string,
    changes: Partial<ArticleFieldsInput>,
    expectedRevision: number,
    actor: Actor,
    options: SaveOptions = {},
  ): Promise<Result<Article, ArticleProblem>> {
    const save = saveOptionsSchema.safeParse(options);
    if (!save.success) return err(invalid(fieldIssues(save.error)));
    const { changeKind, correctionNote } = save.data;
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found', what: 'article' });
    if (current.revision !== expectedRevision) {
      return err({
        type: 'conflict',
        currentRevision: current.revision,
        updatedAt: current.updatedAt,
      });
    }
    const merged = articleFieldsSchema.safeParse({ ...fieldsOf(current), ...changes });
    if (!merged.success) return err(invalid(fieldIssues(merged.error)));
    const data = merged.data;
    const body = parseBlocks(data.body);
    if (!body.ok) return err(invalid(body.error));
    const origin = await this.resolveOrigin(data.origin, current);
    if (!origin.ok) return origin;
    const issues = await this.referenceIssues(this.db, current.siteId, {
      ...data,
      body: body.value,
    });
    if (origin.value.storyId && origin.value.storyId !== current.storyId) {
      issues.push(issue('origin', 'issue.otherStory'));
    }
    issues.push(...copyLanguageIssues(origin.value.sourceLanguage, current.language));
    issues.push(...outsideDateIssues(origin.value.origin, this.clock.now()));
    issues.push(...changeKindIssues(save.data, current.status));
    if (issues.length) return err(invalid(issues));
    const slug = data.slug ?? current.slug;
    if (slug !== current.slug && (await this.repository.slugTaken(current.siteId, slug, id))) {
      return err({ type: 'slug-taken', slug });
    }
    const now = toTimestamp(this.clock.now());
    const article: Article = {
      ...current,
      slug,
      kicker: data.kicker,
      headline: data.headline,
      dek: data.dek,
      body: body.value,
      leadMediaId: data.leadMediaId,
      sectionId: data.sectionId,
      seriesId: data.seriesId,
      seriesPosition: data.seriesPosition,
      tagIds: [...new Set(data.tagIds)],
      credits: dedupeCredits(data.credits),
      origin: origin.value.origin,
      socialTitle: data.socialTitle,
      socialDescription: data.socialDescription,
      networkWide: data.networkWide,
      revision: current.revision + 1,
      updatedAt: now,
    };
    const correction: Correction | null =
      changeKind === 'correction' && correctionNote
        ? {
            id: newId(),
            articleId: id,
            revision: article.revision,
            language: current.language,
            note: correctionNote,
            createdBy: actor.userId,
            createdAt: now,
          }
        : null;
    let saved = false;
    try {
      saved = await this.transaction(async (trx) => {
        const articles = this.repository.with(trx);
        if (!(await articles.update(article, expectedRevision))) return false;
        await articles.insertRevision({
          id: newId(),
          articleId: id,
          number: article.revision,
          snapshot: snapshotOf(article),
          changeKind,
          createdBy: actor.userId,
          createdAt: now,
        });
        if (correction) await this.corrections.with(trx).insert(correction);
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug });
      throw error;
    }
    if (!saved) {
      const latest = await this.repository.findById(id);
      return err({
        type: 'conflict',
        currentRevision: latest?.revision ?? current.revision,
        updatedAt: latest?.updatedAt ?? current.updatedAt,
      });
    }
    await this.events.emit('article.updated', {
      article,
      previousRevision: expectedRevision,
      changeKind,
    });
    if (changeKind === 'correction') {
      await this.events.emit('article.corrected', { article, correction });
    }
    return ok(article);
  }

  /** Publishes now. An article published before keeps its first publication time. */
  async publishArticle(id: string, _actor: Actor): Promise<Result<Article, ArticleProblem>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found', what: 'article' });
    if (current.deletedAt) return err({ type: 'invalid-state', status: current.status });
    if (current.status === 'published') return ok(current);
    const now = toTimestamp(this.clock.now());
    const changed = await this.setStatus(current, {
      status: 'published',
      publishedAt: current.publishedAt ?? now,
      scheduledAt: null,
      updatedAt: now,
    });
    if (!changed) return this.publishArticle(id, _actor);
    await this.events.emit('article.published', { article: changed });
    return ok(changed);
  }

  /** Sets an article to publish itself at `at`, which must be in the future. */
  async scheduleArticle(
    id: string,
    at: Date,
    _actor: Actor,
  ): Promise<Result<Article, ArticleProblem>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found', what: 'article' });
    if (current.deletedAt || current.status === 'published') {
      return err({ type: 'invalid-state', status: current.status });
    }
    const now = this.clock.now();
    if (at.getTime() <= now.getTime()) return err({ type: 'not-in-future', at: toTimestamp(at) });
    const changed = await this.setStatus(current, {
      status: 'scheduled',
      publishedAt: current.publishedAt,
      scheduledAt: toTimestamp(at),
      updatedAt: toTimestamp(now),
    });
    if (!changed) return err({ type: 'invalid-state', status: current.status });
    await this.events.emit('article.scheduled', { article: changed });
    return ok(changed);
  }

  /** Takes a published or scheduled article off the reader site. */
  async unpublishArticle(id: string, _actor: Actor): Promise<Result<Article, ArticleProblem>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found', what: 'article' });
    if (current.status !== 'published' && current.status !== 'scheduled') {
      return err({ type: 'invalid-state', status: current.status });
    }
    const changed = await this.setStatus(current, {
      status: 'unpublished',
      publishedAt: current.publishedAt,
      scheduledAt: null,
      updatedAt: toTimestamp(this.clock.now()),
    });
    if (!changed) return err({ type: 'invalid-state', status: current.status });
    if (current.status === 'published') {
      await this.events.emit('article.unpublished', { article: changed });
    }
    return ok(changed);
  }

  /** A contributor hands a draft to the editors. */
  async submitArticle(id: string, _actor: Actor): Promise<Result<Article, ArticleProblem>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found', what: 'article' });
    if (current.deletedAt || current.status !== 'draft')
      return err({ type: 'invalid-state', status: current.status });
    const changed = await this.setStatus(current, {
      status: 'pending',
      publishedAt: current.publishedAt,
      scheduledAt: null,
      updatedAt: toTimestamp(this.clock.now()),
    });
    if (!changed) return err({ type: 'invalid-state', status: current.status });
    await this.events.emit('article.submitted', { article: changed });
    return ok(changed);
  }

  /** Moves an article to the trash: off the reader site (410 if it was published), restorable. */
  async trashArticle(id: string, _actor: Actor): Promise<Result<Article, ArticleProblem>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found', what: 'article' });
    if (current.deletedAt) return ok(current);
    const now = toTimestamp(this.clock.now());
    // A scheduled article in the trash must not publish itself.
    const status = current.status === 'scheduled' ? 'draft' : current.status;
    await this.db
      .updateTable('articles')
      .set({ deleted_at: now, updated_at: now, status, scheduled_at: null })
      .where('id', '=', id)
      .execute();
    const trashed: Article = {
      ...current,
      status,
      scheduledAt: null,
      deletedAt: now,
      updatedAt: now,
    };
    await this.events.emit('article.trashed', { article: trashed });
    if (current.status === 'published')
      await this.events.emit('article.unpublished', { article: trashed });
    return ok(trashed);
  }

  /** Takes an article out of the trash, as it was. */
  async restoreArticle(id: string, _actor: Actor): Promise<Result<Article, ArticleProblem>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found', what: 'article' });
    if (!current.deletedAt) return ok(current);
    const now = toTimestamp(this.clock.now());
    await this.db
      .updateTable('articles')
      .set({ deleted_at: null, updated_at: now })
      .where('id', '=', id)
      .execute();
    const restored: Article = { ...current, deletedAt: null, updatedAt: now };
    await this.events.emit('article.restored', { article: restored });
    if (current.status === 'published')
      await this.events.emit('article.published', { article: restored });
    return ok(restored);
  }

  /**
   * Brings back the content of an earlier revision as a new revision: history only grows, so
   * what was there before the restore stays one click away.
   */
  async restoreRevision(
    id: string,
    number: number,
    expectedRevision: number,
    actor: Actor,
  ): Promise<Result<Article, ArticleProblem>> {
    const revision = (await this.repository.revisions(id)).find(
      (candidate) => candidate.number === number,
    );
    if (!revision) return err({ type: 'not-found', what: 'article' });
    const { slug, origin, ...fields } = revision.snapshot;
    return this.updateArticle(id, { ...fields, slug, origin }, expectedRevision, actor);
  }

  /**
   * Publishes every scheduled article whose time has come. Each flips from 'scheduled' once,
   * guarded by its status, so two processes running this at once publish it once.
   */
  async publishDueArticles(): Promise<Article[]> {
    const now = toTimestamp(this.clock.now());
    const published: Article[] = [];
    for (const id of await this.repository.dueScheduled(now)) {
      const current = await this.repository.findById(id);
      if (current?.status !== 'scheduled') continue;
      const changed = await this.setStatus(current, {
        status: 'published',
        publishedAt: current.scheduledAt ?? now,
        scheduledAt: null,
        updatedAt: now,
      });
      if (!changed) continue;
      published.push(changed);
      await this.events.emit('article.published', { article: changed });
    }
    return published;
  }

  /** Changes the status if it is still what we read; null if someone changed it first. */
  private async setStatus(
    current: Article,
    next: Pick<Article, 'status' | 'publishedAt' | 'scheduledAt' | 'updatedAt'>,
  ): Promise<Article | null> {
    const result = await this.db
      .updateTable('articles')
      .set({
        status: next.status,
        published_at: next.publishedAt,
        scheduled_at: next.scheduledAt,
        updated_at: next.updatedAt,
      })
      .where('id', '=', current.id)
      .where('status', '=', current.status)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? { ...current, ...next } : null;
  }

  /** Resolves the origin's source: the pinned revision and the story it belongs to. */
  private async resolveOrigin(
    origin: ReturnType<typeof createArticleSchema.parse>['origin'],
    self: Article | null,
  ): Promise<Result<ResolvedOrigin, ArticleProblem>> {
    if (origin.type === 'original') return ok({ origin, storyId: null, sourceLanguage: null });
    if (origin.type === 'republication' && origin.source.kind === 'outside') {
      return ok({
        origin: { type: 'republication', source: origin.source },
        storyId: null,
        sourceLanguage: null,
      });
    }
    const sourceId =
      origin.type === 'translation'
        ? origin.sourceArticleId
        : origin.source.kind === 'article'
          ? origin.source.articleId
          : '';
    const source = await this.repository.findById(sourceId);
    const path =
      origin.type === 'translation' ? 'origin.sourceArticleId' : 'origin.source.articleId';
    if (!source || source.id === self?.id) {
      return err(invalid([issue(path, 'issue.notArticle')]));
    }
    if (origin.type === 'translation') {
      const sourceRevision = origin.sourceRevision ?? source.revision;
      if (sourceRevision > source.revision) {
        return err(invalid([issue('origin.sourceRevision', 'issue.notRevision')]));
      }
      return ok({
        origin: { type: 'translation', sourceArticleId: source.id, sourceRevision },
        storyId: source.storyId,
        sourceLanguage: null,
      });
    }
    // A copy keeps the revision it was pinned to until its text is brought up to date.
    const pinned =
      self?.origin.type === 'republication' &&
      self.origin.source.kind === 'article' &&
      self.origin.source.articleId === source.id
        ? self.origin.source.sourceRevision
        : undefined;
    const requested = origin.source.kind === 'article' ? origin.source.sourceRevision : undefined;
    const sourceRevision = requested ?? pinned ?? source.revision;
    if (sourceRevision > source.revision) {
      return err(invalid([issue('origin.source.sourceRevision', 'issue.notRevision')]));
    }
    return ok({
      origin: {
        type: 'republication',
        source: { kind: 'article', articleId: source.id, sourceRevision },
      },
      storyId: source.storyId,
      sourceLanguage: source.language,
    });
  }

  private referenceIssues(
    db: Executor,
    siteId: string,
    data: {
      sectionId: string | null;
      seriesId: string | null;
      tagIds: string[];
      leadMediaId: string | null;
      body: Block[];
      credits: { contributorId: string }[];
    },
  ): Promise<FieldIssue[]> {
    return checkArticleReferences(db, {
      siteId,
      sectionId: data.sectionId,
      seriesId: data.seriesId,
      tagIds: data.tagIds,
      leadMediaId: data.leadMediaId,
      mediaIds: mediaIdsOf(data.body),
      contributorIds: data.credits.map((credit) => credit.contributorId),
    });
  }

  /** The given slug if free; else one made from the headline, numbered until it is free. */
  private async chooseSlug(
    siteId: string,
    requested: string | undefined,
    headline: string,
    language: string,
  ): Promise<Result<string, ArticleProblem>> {
    if (requested) {
      if (await this.repository.slugTaken(siteId, requested)) {
        return err({ type: 'slug-taken', slug: requested });
      }
      return ok(requested);
    }
    let base = slugify(headline, language) || 'article';
    if (RESERVED_ARTICLE_SLUGS.has(base)) base = `${base}-article`;
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await this.repository.slugTaken(siteId, candidate))) return ok(candidate);
    }
  }
}

/** An origin with its source resolved; `sourceLanguage` is a copied sister article's. */
interface ResolvedOrigin {
  origin: ArticleOrigin;
  storyId: string | null;
  sourceLanguage: string | null;
}

/**
 * A copy of a sister article is in its language ('es-AR' and 'es-PE' share their articles
 * without translating); a text in another language is a translation.
 */
function copyLanguageIssues(sourceLanguage: string | null, language: string): FieldIssue[] {
  if (!sourceLanguage || baseLanguage(sourceLanguage) === baseLanguage(language)) return [];
  return [issue('origin.source.articleId', 'issue.otherLanguage', { language: sourceLanguage })];
}

/** An outside text cannot have been published after today (a day's grace for time zones). */
function outsideDateIssues(origin: ArticleOrigin, now: Date): FieldIssue[] {
  if (origin.type !== 'republication' || origin.source.kind !== 'outside') return [];
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  return origin.source.publishedOn > tomorrow
    ? [issue('origin.source.publishedOn', 'issue.inFuture')]
    : [];
}

function fieldsOf(article: Article): ArticleFieldsInput {
  const origin: ArticleFieldsInput['origin'] = article.origin;
  return { ...snapshotOf(article), origin, networkWide: article.networkWide };
}

function dedupeCredits<T extends { contributorId: string; role: string }>(credits: T[]): T[] {
  const seen = new Set<string>();
  return credits.filter((credit) => {
    const key = `${credit.role}:${credit.contributorId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
