import type { Executor } from '../db/database.ts';

/** Which published articles the Content API lists; every filter given must hold. */
export interface PublishedArticleFilters {
  siteIds?: string[];
  /** A canonical language subtag ('es': es-AR, es-PE…) or whole tag ('es-PE'). */
  language?: string;
  /** Any of these sections (a slug names one section per edition). */
  sectionIds?: string[];
  /** Any of these tags. */
  tagIds?: string[];
  contributorId?: string;
  storyId?: string;
  /** Changed at or after this ISO timestamp. */
  updatedSince?: string;
}

/** Where an article stands in "newest first" order: the key a page continues after. */
export interface ArticleKey {
  publishedAt: string;
  id: string;
}

/** The Content API's article index: published, untrashed articles across every edition. */
export class ContentApiView {
  constructor(private readonly db: Executor) {}

  /** The id of an edition's article at `slug`, whatever its status (callers check it). */
  async idBySlug(siteId: string, slug: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .select('id')
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row?.id;
  }

  /**
   * The ids of one page of matching articles, newest first (ties by id), starting after
   * `after`; `next` is the key to continue from, null on the last page.
   */
  async page(
    filters: PublishedArticleFilters,
    after: ArticleKey | null,
    limit: number,
  ): Promise<{ ids: string[]; next: ArticleKey | null }> {
    // An empty list of editions, sections or tags matches nothing (and SQL has no `in ()`).
    if ([filters.siteIds, filters.sectionIds, filters.tagIds].some((ids) => ids?.length === 0)) {
      return { ids: [], next: null };
    }
    const rows = await this.db
      .selectFrom('articles')
      .select(['articles.id', 'articles.published_at'])
      .where('articles.status', '=', 'published')
      .where('articles.deleted_at', 'is', null)
      .where('articles.published_at', 'is not', null)
      .$if(!!filters.siteIds, (q) => q.where('articles.site_id', 'in', filters.siteIds ?? []))
      .$if(!!filters.language, (q) =>
        q.where((eb) =>
          eb.or([
            eb('articles.language', '=', filters.language ?? ''),
            // The tag is validated (letters, digits, hyphens): no LIKE wildcard can slip in.
            eb('articles.language', 'like', `${filters.language}-%`),
          ]),
        ),
      )
      .$if(!!filters.sectionIds, (q) =>
        q.where('articles.section_id', 'in', filters.sectionIds ?? []),
      )
      .$if(!!filters.tagIds, (q) =>
        q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('article_tags')
              .select('article_tags.article_id')
              .whereRef('article_tags.article_id', '=', 'articles.id')
              .where('article_tags.tag_id', 'in', filters.tagIds ?? []),
          ),
        ),
      )
      .$if(!!filters.contributorId, (q) =>
        q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('article_credits')
              .select('article_credits.article_id')
              .whereRef('article_credits.article_id', '=', 'articles.id')
              .where('article_credits.contributor_id', '=', filters.contributorId ?? ''),
          ),
        ),
      )
      .$if(!!filters.storyId, (q) => q.where('articles.story_id', '=', filters.storyId ?? ''))
      .$if(!!filters.updatedSince, (q) =>
        q.where('articles.updated_at', '>=', filters.updatedSince ?? ''),
      )
      .$if(after !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb('articles.published_at', '<', after?.publishedAt ?? ''),
            eb.and([
              eb('articles.published_at', '=', after?.publishedAt ?? ''),
              eb('articles.id', '<', after?.id ?? ''),
            ]),
          ]),
        ),
      )
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      ids: page.map((row) => row.id),
      next:
        rows.length > limit && last ? { publishedAt: last.published_at ?? '', id: last.id } : null,
    };
  }
}
