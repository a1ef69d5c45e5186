import type { Selectable } from 'kysely';
import type { Executor } from '../db/database.ts';
import { isEditionSlugTaken } from '../sites/edition-slugs.ts';
import type { ArticlesTable } from './article.table.ts';
import type { Article, ArticleOrigin, ArticleStatus, Credit, Revision } from './article.ts';
import type { Block } from './blocks.ts';
import { changeKindOf } from './change-kind.ts';

type ArticleRow = Selectable<ArticlesTable>;

function parseBody(text: string): Block[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as Block[]) : [];
  } catch {
    return [];
  }
}

/** Reads the origin from its columns. */
export function originOf(row: ArticleRow): ArticleOrigin {
  if (row.origin_type === 'translation' && row.source_article_id) {
    return {
      type: 'translation',
      sourceArticleId: row.source_article_id,
      sourceRevision: row.source_revision ?? 1,
    };
  }
  if (row.origin_type === 'republication') {
    if (row.source_article_id) {
      return {
        type: 'republication',
        source: {
          kind: 'article',
          articleId: row.source_article_id,
          sourceRevision: row.source_revision ?? 1,
        },
      };
    }
    return {
      type: 'republication',
      source: {
        kind: 'outside',
        publication: row.source_publication ?? '',
        url: row.source_url ?? '',
        language: row.source_language ?? '',
        publishedOn: row.source_published_at ?? '',
        permission: row.source_permission ?? '',
      },
    };
  }
  return { type: 'original' };
}

/** Writes the origin into its columns. */
function originColumns(origin: ArticleOrigin) {
  const empty = {
    origin_type: origin.type,
    source_article_id: null as string | null,
    source_revision: null as number | null,
    source_publication: null as string | null,
    source_url: null as string | null,
    source_language: null as string | null,
    source_published_at: null as string | null,
    source_permission: null as string | null,
  };
  if (origin.type === 'translation') {
    return {
      ...empty,
      source_article_id: origin.sourceArticleId,
      source_revision: origin.sourceRevision,
    };
  }
  if (origin.type === 'republication') {
    if (origin.source.kind === 'article') {
      return {
        ...empty,
        source_article_id: origin.source.articleId,
        source_revision: origin.source.sourceRevision,
      };
    }
    return {
      ...empty,
      source_publication: origin.source.publication,
      source_url: origin.source.url,
      source_language: origin.source.language,
      source_published_at: origin.source.publishedOn,
      source_permission: origin.source.permission,
    };
  }
  return empty;
}

function toRow(article: Article): ArticleRow {
  return {
    id: article.id,
    story_id: article.storyId,
    site_id: article.siteId,
    language: article.language,
    status: article.status,
    slug: article.slug,
    kicker: article.kicker,
    headline: article.headline,
    dek: article.dek,
    body: JSON.stringify(article.body),
    lead_media_id: article.leadMediaId,
    section_id: article.sectionId,
    series_id: article.seriesId,
    series_position: article.seriesPosition,
    ...originColumns(article.origin),
    social_title: article.socialTitle,
    social_description: article.socialDescription,
    network_wide: article.networkWide ? 1 : 0,
    published_at: article.publishedAt,
    scheduled_at: article.scheduledAt,
    revision: article.revision,
    created_by: article.createdBy,
    created_at: article.createdAt,
    updated_at: article.updatedAt,
    deleted_at: article.deletedAt,
  };
}

/** Maps a row (without tags and credits, which live in their own tables) to an article. */
export function toArticle(row: ArticleRow, tagIds: string[] = [], credits: Credit[] = []): Article {
  return {
    id: row.id,
    storyId: row.story_id,
    siteId: row.site_id,
    language: row.language,
    status: row.status as ArticleStatus,
    slug: row.slug,
    kicker: row.kicker,
    headline: row.headline,
    dek: row.dek,
    body: parseBody(row.body),
    leadMediaId: row.lead_media_id,
    sectionId: row.section_id,
    seriesId: row.series_id,
    seriesPosition: row.series_position,
    tagIds,
    credits,
    origin: originOf(row),
    socialTitle: row.social_title,
    socialDescription: row.social_description,
    networkWide: row.network_wide === 1,
    publishedAt: row.published_at,
    scheduledAt: row.scheduled_at,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Reads and writes articles with their tags, credits and revisions. */
export class ArticleRepository {
  constructor(private readonly db: Executor) {}

  with(db: Executor): ArticleRepository {
    return new ArticleRepository(db);
  }

  async insertStory(id: string, now: string): Promise<void> {
    await this.db.insertInto('stories').values({ id, created_at: now }).execute();
  }

  async insert(article: Article): Promise<void> {
    await this.db.insertInto('articles').values(toRow(article)).execute();
    await this.replaceTags(article.id, article.tagIds);
    await this.replaceCredits(article.id, article.credits);
  }

  /**
   * Writes an article if its stored revision is still `expectedRevision`; false when someone
   * saved in between (the caller reports a conflict).
   */
  async update(article: Article, expectedRevision: number): Promise<boolean> {
    const { id, created_at: _c, created_by: _b, story_id: _s, ...row } = toRow(article);
    const result = await this.db
      .updateTable('articles')
      .set(row)
      .where('id', '=', id)
      .where('revision', '=', expectedRevision)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await this.replaceTags(article.id, article.tagIds);
    await this.replaceCredits(article.id, article.credits);
    return true;
  }

  private async replaceTags(articleId: string, tagIds: string[]): Promise<void> {
    await this.db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
    if (tagIds.length) {
      await this.db
        .insertInto('article_tags')
        .values(
          tagIds.map((tagId, position) => ({ article_id: articleId, tag_id: tagId, position })),
        )
        .execute();
    }
  }

  private async replaceCredits(articleId: string, credits: Credit[]): Promise<void> {
    await this.db.deleteFrom('article_credits').where('article_id', '=', articleId).execute();
    if (credits.length) {
      await this.db
        .insertInto('article_credits')
        .values(
          credits.map((credit, position) => ({
            article_id: articleId,
            contributor_id: credit.contributorId,
            role: credit.role,
            position,
          })),
        )
        .execute();
    }
  }

  async findById(id: string): Promise<Article | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && this.complete(row);
  }

  async findBySlug(siteId: string, slug: string): Promise<Article | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && this.complete(row);
  }

  /** True when an article or a static page of the edition uses the slug. */
  slugTaken(siteId: string, slug: string, exceptId?: string): Promise<boolean> {
    return isEditionSlugTaken(this.db, siteId, slug, exceptId ? { articleId: exceptId } : {});
  }

  /** Articles of a story, every edition. */
  async inStory(storyId: string): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('story_id', '=', storyId)
      .orderBy('created_at')
      .execute();
    return Promise.all(rows.map((row) => this.complete(row)));
  }

  private async complete(row: ArticleRow): Promise<Article> {
    const [tags, credits] = await Promise.all([
      this.db
        .selectFrom('article_tags')
        .select('tag_id')
        .where('article_id', '=', row.id)
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('article_credits')
        .select(['contributor_id', 'role'])
        .where('article_id', '=', row.id)
        .orderBy('role')
        .orderBy('position')
        .execute(),
    ]);
    return toArticle(
      row,
      tags.map((tag) => tag.tag_id),
      credits.map((credit) => ({
        contributorId: credit.contributor_id,
        role: credit.role as Credit['role'],
      })),
    );
  }

  async insertRevision(revision: Revision): Promise<void> {
    await this.db
      .insertInto('article_revisions')
      .values({
        id: revision.id,
        article_id: revision.articleId,
        number: revision.number,
        snapshot: JSON.stringify(revision.snapshot),
        change_kind: revision.changeKind,
        created_by: revision.createdBy,
        created_at: revision.createdAt,
      })
      .execute();
  }

  async revisions(articleId: string): Promise<Revision[]> {
    const rows = await this.db
      .selectFrom('article_revisions')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('number')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      articleId: row.article_id,
      number: row.number,
      snapshot: JSON.parse(row.snapshot) as Revision['snapshot'],
      changeKind: changeKindOf(row.change_kind),
      createdBy: row.created_by,
      createdAt: row.created_at,
    }));
  }

  /** Scheduled articles whose time has come. */
  async dueScheduled(now: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select('id')
      .where('status', '=', 'scheduled')
      .where('scheduled_at', '<=', now)
      .where('deleted_at', 'is', null)
      .execute();
    return rows.map((row) => row.id);
  }
}
