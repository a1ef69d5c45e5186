import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { ArticleStatus } from './article.ts';
import { type CreditName, loadCredits } from './teaser.view.ts';

/** An article as the newsroom's list shows it. */
export interface ArticleListItem {
  id: string;
  slug: string;
  headline: string;
  language: string;
  status: ArticleStatus;
  originType: string;
  section: { id: string; name: string } | null;
  authors: CreditName[];
  createdBy: string | null;
  revision: number;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  deletedAt: string | null;
}

export interface ArticleListQuery {
  siteId: string;
  /** A status, or 'trash' for trashed articles; omitted: everything not in the trash. */
  status?: ArticleStatus | 'trash';
  sectionId?: string;
  /** A contributor credited as author. */
  authorId?: string;
  language?: string;
  /** Words of the headline, dek or slug. */
  text?: string;
  sort?: 'updated' | 'published' | 'headline';
  direction?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** LIKE wildcards in a search text are searched for, not used. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The newsroom's article list: filtered, sorted, paged, with a total. */
export class ArticleListView {
  constructor(private readonly db: Executor) {}

  async list(query: ArticleListQuery): Promise<{ items: ArticleListItem[]; total: number }> {
    let select = this.db.selectFrom('articles').where('articles.site_id', '=', query.siteId);
    if (query.status === 'trash') select = select.where('articles.deleted_at', 'is not', null);
    else {
      select = select.where('articles.deleted_at', 'is', null);
      if (query.status) select = select.where('articles.status', '=', query.status);
    }
    if (query.sectionId) select = select.where('articles.section_id', '=', query.sectionId);
    if (query.language) select = select.where('articles.language', '=', query.language);
    if (query.authorId) {
      const authorId = query.authorId;
      select = select.where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_credits')
            .select('article_credits.article_id')
            .whereRef('article_credits.article_id', '=', 'articles.id')
            .where('article_credits.contributor_id', '=', authorId)
            .where('article_credits.role', '=', 'author'),
        ),
      );
    }
    if (query.text?.trim()) {
      const pattern = likePattern(query.text.trim());
      select = select.where((eb) =>
        eb.or([
          eb(sql`lower(articles.headline)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(articles.dek)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(articles.slug)`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    const total = await select
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const direction = query.direction ?? (query.sort === 'headline' ? 'asc' : 'desc');
    const order =
      query.sort === 'headline'
        ? 'articles.headline'
        : query.sort === 'published'
          ? 'articles.published_at'
          : 'articles.updated_at';
    const rows = await select
      .leftJoin('sections', 'sections.id', 'articles.section_id')
      .select([
        'articles.id',
        'articles.slug',
        'articles.headline',
        'articles.language',
        'articles.status',
        'articles.origin_type',
        'articles.section_id',
        'sections.name as section_name',
        'articles.created_by',
        'articles.revision',
        'articles.updated_at',
        'articles.published_at',
        'articles.scheduled_at',
        'articles.deleted_at',
      ])
      .orderBy(order, direction)
      .orderBy('articles.id', direction)
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    const credits = await loadCredits(
      this.db,
      rows.map((row) => ({ id: row.id, language: row.language })),
    );
    return {
      total: Number(total.n),
      items: rows.map((row) => ({
        id: row.id,
        slug: row.slug,
        headline: row.headline,
        language: row.language,
        status: row.status as ArticleStatus,
        originType: row.origin_type,
        section: row.section_id ? { id: row.section_id, name: row.section_name ?? '' } : null,
        authors: credits.get(row.id) ?? [],
        createdBy: row.created_by,
        revision: row.revision,
        updatedAt: row.updated_at,
        publishedAt: row.published_at,
        scheduledAt: row.scheduled_at,
        deletedAt: row.deleted_at,
      })),
    };
  }
}
