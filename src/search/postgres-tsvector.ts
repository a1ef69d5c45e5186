import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ParsedQuery } from './query-parser.ts';
import { filterConditions } from './search-filters.ts';
import {
  documentOf,
  documentRow,
  SEARCH_LANGUAGES,
  type SearchDocument,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from './search-index.ts';
import { postgresConfig } from './stemming.ts';

/** Weights of ts_rank_cd for the tsvector's labels D, C, B, A (body, –, dek and bylines, headline). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

/** The tsquery of a parsed query in one text-search configuration: all terms, then each phrase. */
function tsquery(config: string, query: ParsedQuery) {
  const parts = [];
  if (query.terms.length)
    parts.push(sql`plainto_tsquery(${sql.lit(config)}::regconfig, ${query.terms.join(' ')})`);
  for (const phrase of query.phrases) {
    parts.push(sql`phraseto_tsquery(${sql.lit(config)}::regconfig, ${phrase.join(' ')})`);
  }
  return sql.join(parts, sql` && `);
}

/**
 * PostgreSQL's full-text search: a weighted tsvector per article, built with its language's
 * text-search configuration (spanish, portuguese, french…), and a GIN index. A query is run in
 * each configuration searched, each against the documents of that configuration.
 */
export class PostgresTsvectorIndex implements SearchIndex {
  readonly name = 'postgres-tsvector';

  constructor(private readonly db: Db) {}

  async upsert(document: SearchDocument): Promise<void> {
    const config = postgresConfig(document.language);
    const row = documentRow(document);
    const vector = sql`setweight(to_tsvector(${sql.lit(config)}::regconfig, ${document.headline}), 'A')
      || setweight(to_tsvector(${sql.lit(config)}::regconfig, ${document.contributorsText}), 'B')
      || setweight(to_tsvector(${sql.lit(config)}::regconfig, ${document.dek}), 'B')
      || setweight(to_tsvector(${sql.lit(config)}::regconfig, ${document.bodyText}), 'D')`;
    await sql`insert into search_documents (article_id, site_id, language, section_id, published_at, headline, dek, body_text, contributors_text, contributor_ids, config, tsv)
      values (${row.article_id}, ${row.site_id}, ${row.language}, ${row.section_id}, ${row.published_at}, ${row.headline}, ${row.dek}, ${row.body_text}, ${row.contributors_text}, ${row.contributor_ids}, ${config}, ${vector})
      on conflict (article_id) do update set site_id = excluded.site_id, language = excluded.language,
        section_id = excluded.section_id, published_at = excluded.published_at, headline = excluded.headline,
        dek = excluded.dek, body_text = excluded.body_text, contributors_text = excluded.contributors_text,
        contributor_ids = excluded.contributor_ids, config = excluded.config, tsv = excluded.tsv`.execute(
      this.db,
    );
  }

  async remove(articleId: string): Promise<void> {
    await this.db.deleteFrom('search_documents').where('article_id', '=', articleId).execute();
  }

  async clear(): Promise<void> {
    await this.db.deleteFrom('search_documents').execute();
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    if (request.query.terms.length === 0 && request.query.phrases.length === 0)
      return { total: 0, hits: [] };
    const languages = request.language ? [request.language] : [...SEARCH_LANGUAGES, 'xx'];
    const configs = [...new Set(languages.map(postgresConfig))];
    // One condition per configuration, so the GIN index serves each (a BitmapOr).
    const matches = sql.join(
      configs.map(
        (config) =>
          sql`(search_documents.config = ${config} and search_documents.tsv @@ (${tsquery(config, request.query)}))`,
      ),
      sql` or `,
    );
    const rank = sql.join(
      configs.map(
        (config) =>
          sql`when ${config} then ts_rank_cd(${sql.lit(RANK_WEIGHTS)}::float4[], search_documents.tsv, ${tsquery(config, request.query)})`,
      ),
      sql` `,
    );
    const base = this.db
      .selectFrom('search_documents')
      .where(sql<boolean>`(${matches})`)
      .where((eb) => eb.and(filterConditions(eb, request)));
    // One pass gives the page and how many there are in all (count over the whole result).
    const rows = await base
      .select([
        'article_id',
        'site_id',
        'language',
        'section_id',
        'published_at',
        'headline',
        'dek',
        'body_text',
        'contributors_text',
        'contributor_ids',
        sql<number>`case search_documents.config ${rank} else 0 end`.as('score'),
        sql<string>`count(*) over ()`.as('total_count'),
      ])
      .orderBy('score', 'desc')
      .orderBy('published_at', 'desc')
      .limit(request.limit)
      .offset(request.offset)
      .execute();
    const total =
      rows[0]?.total_count ??
      (request.offset > 0
        ? (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
        : 0);
    return {
      total: Number(total),
      hits: rows.map((row) => ({ document: documentOf(row), score: Number(row.score) })),
    };
  }
}
