import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../database.ts';

/**
 * The search index: one row per published article with the texts that are searched and shown,
 * plus the backend's own full-text structure — an FTS5 table on SQLite (rowid = doc_id), a
 * weighted tsvector with a GIN index on PostgreSQL.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  let table = db.schema.createTable('search_documents').ifNotExists();
  table =
    dialect === 'sqlite'
      ? table
          .addColumn('doc_id', 'integer', (c) => c.primaryKey().autoIncrement())
          .addColumn('article_id', 'text', (c) => c.notNull().unique())
      : table.addColumn('article_id', 'text', (c) => c.primaryKey());
  table = table
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('section_id', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('dek', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('contributors_text', 'text', (c) => c.notNull())
    .addColumn('contributor_ids', 'text', (c) => c.notNull());
  if (dialect === 'postgres') {
    table = table
      .addColumn('config', 'text', (c) => c.notNull())
      .addColumn('tsv', sql`tsvector`, (c) => c.notNull());
  }
  await table.execute();
  for (const [name, columns] of [
    ['search_documents_site_idx', ['site_id', 'published_at']],
    ['search_documents_language_idx', ['language']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .ifNotExists()
      .on('search_documents')
      .columns([...columns])
      .execute();
  }
  if (dialect === 'sqlite') {
    await sql`create virtual table if not exists search_fts using fts5(title, dek, body, contributors, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    );
  } else {
    await sql`create index if not exists search_documents_tsv_idx on search_documents using gin (tsv)`.execute(
      db,
    );
  }
}
