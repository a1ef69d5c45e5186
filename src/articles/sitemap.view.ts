import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

export interface SitemapArticle {
  id: string;
  slug: string;
  storyId: string;
  language: string;
  headline: string;
  publishedAt: string;
  updatedAt: string;
  /** Other published, non-republished versions of the story: for hreflang. */
  versions: { siteId: string; slug: string; language: string }[];
}

/** What the sitemaps list: an edition's published articles by month, the latest for Google News. */
export class SitemapView {
  constructor(private readonly db: Executor) {}

  /** The months (YYYY-MM) with published articles, newest first, with their latest change. */
  async months(siteId: string): Promise<{ month: string; lastmod: string }[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select([
        sql<string>`substr(published_at, 1, 7)`.as('month'),
        (eb) => eb.fn.max('updated_at').as('lastmod'),
      ])
      .where('site_id', '=', siteId)
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .groupBy(sql`substr(published_at, 1, 7)`)
      .orderBy('month', 'desc')
      .execute();
    return rows.map((row) => ({ month: row.month, lastmod: String(row.lastmod) }));
  }

  /** Published articles of a month (YYYY-MM), or published since `since` (ISO), newest first. */
  async articles(
    siteId: string,
    range: { month: string } | { since: string; limit: number },
  ): Promise<SitemapArticle[]> {
    let query = this.db
      .selectFrom('articles')
      .select(['id', 'slug', 'story_id', 'language', 'headline', 'published_at', 'updated_at'])
      .where('site_id', '=', siteId)
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .orderBy('published_at', 'desc');
    if ('month' in range) {
      query = query.where(sql`substr(published_at, 1, 7)`, '=', range.month);
    } else {
      query = query.where('published_at', '>=', range.since).limit(range.limit);
    }
    const rows = await query.execute();
    if (rows.length === 0) return [];
    const stories = [...new Set(rows.map((row) => row.story_id))];
    const versions = await this.db
      .selectFrom('articles')
      .select(['id', 'story_id', 'site_id', 'slug', 'language'])
      .where('story_id', 'in', stories)
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      // A same-language republication points its canonical at the original: no alternate.
      .where((eb) =>
        eb.or([eb('origin_type', '!=', 'republication'), eb('source_article_id', 'is', null)]),
      )
      .execute();
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      storyId: row.story_id,
      language: row.language,
      headline: row.headline,
      publishedAt: row.published_at ?? row.updated_at,
      updatedAt: row.updated_at,
      versions: versions
        .filter((version) => version.story_id === row.story_id && version.id !== row.id)
        .map((version) => ({
          siteId: version.site_id,
          slug: version.slug,
          language: version.language,
        })),
    }));
  }

  /** The edition's listing pages: sections, tags, series, contributors credited here, static pages. */
  async listings(siteId: string) {
    const [sections, tags, series, contributors, pages] = await Promise.all([
      this.db
        .selectFrom('sections')
        .select(['slug', 'updated_at'])
        .where('site_id', '=', siteId)
        .execute(),
      this.db
        .selectFrom('tags')
        .select(['slug', 'updated_at'])
        .where('site_id', '=', siteId)
        .execute(),
      this.db
        .selectFrom('series')
        .select(['slug', 'updated_at'])
        .where('site_id', '=', siteId)
        .execute(),
      this.db
        .selectFrom('contributors')
        .select(['contributors.slug', 'contributors.updated_at'])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('article_credits')
              .innerJoin('articles', 'articles.id', 'article_credits.article_id')
              .select('article_credits.article_id')
              .whereRef('article_credits.contributor_id', '=', 'contributors.id')
              .where('articles.site_id', '=', siteId)
              .where('articles.status', '=', 'published'),
          ),
        )
        .execute(),
      this.db
        .selectFrom('pages')
        .select(['slug', 'updated_at'])
        .where('site_id', '=', siteId)
        .where('published', '=', 1)
        .execute(),
    ]);
    return { sections, tags, series, contributors, pages };
  }
}
