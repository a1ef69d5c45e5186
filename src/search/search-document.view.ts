import type { Block } from '../articles/blocks.ts';
import { blockText } from '../articles/blocks.ts';
import type { Executor } from '../db/database.ts';
import type { SearchDocument } from './search-index.ts';

/** Builds the search documents of articles: only published, untrashed ones have one. */
export class SearchDocumentView {
  constructor(private readonly db: Executor) {}

  async document(articleId: string): Promise<SearchDocument | null> {
    return (await this.documents([articleId]))[0] ?? null;
  }

  /** The published articles' ids, in pages, for a full reindex. */
  async publishedIds(after: string | null, limit: number): Promise<string[]> {
    let query = this.db
      .selectFrom('articles')
      .select('id')
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(limit);
    if (after) query = query.where('id', '>', after);
    return (await query.execute()).map((row) => row.id);
  }

  async documents(ids: string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('articles')
      .select([
        'id',
        'site_id',
        'language',
        'section_id',
        'published_at',
        'headline',
        'kicker',
        'dek',
        'body',
      ])
      .where('id', 'in', ids)
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .execute();
    const credits = await this.db
      .selectFrom('article_credits')
      .innerJoin('contributors', 'contributors.id', 'article_credits.contributor_id')
      .select(['article_credits.article_id', 'contributors.id', 'contributors.name'])
      .where('article_credits.article_id', 'in', ids)
      .orderBy('article_credits.position')
      .execute();
    return rows.map((row) => {
      let body: Block[] = [];
      try {
        body = JSON.parse(row.body) as Block[];
      } catch {
        body = [];
      }
      const mine = credits.filter((credit) => credit.article_id === row.id);
      return {
        articleId: row.id,
        siteId: row.site_id,
        language: row.language,
        sectionId: row.section_id,
        publishedAt: row.published_at ?? '',
        headline: row.headline,
        dek: [row.kicker, row.dek].filter(Boolean).join(' — '),
        bodyText: body.map(blockText).filter(Boolean).join('\n'),
        contributorsText: mine.map((credit) => credit.name).join(', '),
        contributorIds: [...new Set(mine.map((credit) => credit.id))],
      };
    });
  }
}
