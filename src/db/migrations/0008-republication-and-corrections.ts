import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../database.ts';

/** Tables of republication bookkeeping and corrections: change kinds of revisions, correction notes, offers of corrections to copies. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  // What kind of change each save was; every earlier save was an ordinary edit.
  await db.schema
    .alterTable('article_revisions')
    .addColumn('change_kind', 'text', (c) => c.notNull().defaultTo('edit'))
    .execute();

  await db.schema
    .createTable('article_corrections')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('article_corrections_article_idx')
    .ifNotExists()
    .on('article_corrections')
    .columns(['article_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('source_update_dismissals')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) =>
      c.primaryKey().references('articles.id').onDelete('cascade'),
    )
    .addColumn('source_revision', 'integer', (c) => c.notNull())
    .addColumn('dismissed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('dismissed_at', 'text', (c) => c.notNull())
    .execute();

  // Copies made before copies were pinned: take them as made from their source's current text.
  await sql`
    update articles set source_revision = (
      select source.revision from articles as source where source.id = articles.source_article_id
    )
    where origin_type = 'republication'
      and source_article_id is not null
      and source_revision is null
  `.execute(db);
}
