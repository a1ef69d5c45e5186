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
import { stem, stemText } from './stemming.ts';

/** Column weights for bm25: headline, dek, body, contributors. */
const WEIGHTS = [10, 4, 1, 6] as const;

/** An FTS5 string literal: a term in double quotes, with its own double quotes doubled. */
function quoted(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * The MATCH expression of a query: every term must match, in any of the languages searched
 * (a term stands for the union of its stems in those languages); phrases match in order.
 */
export function matchExpression(query: ParsedQuery, languages: string[]): string {
  const variants = (word: string) =>
    [...new Set(languages.map((language) => stem(word, language)))].filter(Boolean);
  const parts = query.terms.map((term) => `(${variants(term).map(quoted).join(' OR ')})`);
  for (const phrase of query.phrases) {
    const options = languages.map((language) =>
      quoted(phrase.map((word) => stem(word, language)).join(' ')),
    );
    parts.push(`(${[...new Set(options)].join(' OR ')})`);
  }
  return parts.join(' AND ');
}

/** SQLite's full-text search: FTS5 over stemmed text, rows tied to search_documents by doc_id. */
export class SqliteFts5Index implements SearchIndex {
  readonly name = 'sqlite-fts5';

  constructor(private readonly db: Db) {}

  async upsert(document: SearchDocument): Promise<void> {
    const language = document.language;
    await this.db.transaction().execute(async (trx) => {
      const existing = await sql<{
        doc_id: number;
      }>`select doc_id from search_documents where article_id = ${document.articleId}`.execute(trx);
      const previous = existing.rows[0]?.doc_id;
      if (previous !== undefined) {
        await sql`delete from search_fts where rowid = ${previous}`.execute(trx);
        await trx
          .deleteFrom('search_documents')
          .where('article_id', '=', document.articleId)
          .execute();
      }
      await trx.insertInto('search_documents').values(documentRow(document)).execute();
      const inserted = await sql<{
        doc_id: number;
      }>`select doc_id from search_documents where article_id = ${document.articleId}`.execute(trx);
      await sql`insert into search_fts (rowid, title, dek, body, contributors) values (${inserted.rows[0]?.doc_id}, ${stemText(document.headline, language)}, ${stemText(document.dek, language)}, ${stemText(document.bodyText, language)}, ${stemText(document.contributorsText, language)})`.execute(
        trx,
      );
    });
  }

  async remove(articleId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const existing = await sql<{
        doc_id: number;
      }>`select doc_id from search_documents where article_id = ${articleId}`.execute(trx);
      const previous = existing.rows[0]?.doc_id;
      if (previous === undefined) return;
      await sql`delete from search_fts where rowid = ${previous}`.execute(trx);
      await trx.deleteFrom('search_documents').where('article_id', '=', articleId).execute();
    });
  }

  async clear(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await sql`delete from search_fts`.execute(trx);
      await trx.deleteFrom('search_documents').execute();
    });
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    if (request.query.terms.length === 0 && request.query.phrases.length === 0)
      return { total: 0, hits: [] };
    // Each language is matched with its own stems against its own documents (as PostgreSQL
    // does with its configurations), so 'salarios' never matches English 'salaries'.
    const groups = request.language
      ? [{ language: request.language, own: languageCondition(request.language) }]
      : [
          ...SEARCH_LANGUAGES.map((language) => ({ language, own: languageCondition(language) })),
          { language: 'other', own: otherLanguages() },
        ];
    // The filters sit inside each group, so only the documents they keep are ranked.
    const group = ({ language, own }: (typeof groups)[number]) =>
      this.db
        .selectFrom('search_documents')
        .innerJoin(sql<{ rowid: number }>`search_fts`.as('search_fts'), (join) =>
          join.on(sql<boolean>`search_fts.rowid = search_documents.doc_id`),
        )
        .selectAll('search_documents')
        .select(
          sql<number>`bm25(search_fts, ${sql.join(WEIGHTS.map((w) => sql.lit(w)))})`.as('score'),
        )
        .where(sql<boolean>`search_fts match ${matchExpression(request.query, [language])}`)
        .where(own)
        .where((eb) => eb.and(filterConditions(eb, request)));
    const [first, ...rest] = groups.map(group);
    if (!first) return { total: 0, hits: [] };
    const matches = rest.reduce((union, next) => union.unionAll(next), first);
    // One pass gives the page and how many there are in all (count over the whole result).
    const rows = await this.db
      .selectFrom(matches.as('m'))
      .selectAll()
      .select(sql<number>`count(*) over ()`.as('total_count'))
      .orderBy('score')
      .orderBy('published_at', 'desc')
      .limit(request.limit)
      .offset(request.offset)
      .execute();
    const total =
      rows[0]?.total_count ??
      (request.offset > 0
        ? (
            await this.db
              .selectFrom(matches.as('m'))
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n
        : 0);
    return {
      total: Number(total),
      hits: rows.map((row) => ({ document: documentOf(row), score: -Number(row.score) })),
    };
  }
}

/** Documents in a language: its subtag alone or with a region ('es', 'es-PE'). */
function languageCondition(language: string) {
  const base = language.split('-')[0] ?? language;
  return sql<boolean>`(search_documents.language = ${base} or search_documents.language like ${`${base}-%`})`;
}

/** Documents in a language the index does not stem. */
function otherLanguages() {
  return sql<boolean>`not (${sql.join(SEARCH_LANGUAGES.map(languageCondition), sql` or `)})`;
}
