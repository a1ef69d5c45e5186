import type { Kysely } from 'kysely';
import type { SqlDialect } from '../database.ts';

/** Tables of the translation memory, the glossary and machine-translation drafts. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  // One source/translation pair of segments, taken from a published translation.
  await db.schema
    .createTable('translation_memory')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('language_pair', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('source_html', 'text', (c) => c.notNull())
    .addColumn('target_text', 'text', (c) => c.notNull())
    .addColumn('target_html', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('source_words', 'integer', (c) => c.notNull())
    .addColumn('source_article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('source_block_id', 'text', (c) => c.notNull())
    .addColumn('target_article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('target_block_id', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('translation_memory_target_key', ['target_article_id', 'target_block_id'])
    .execute();
  await db.schema
    .createIndex('translation_memory_exact_idx')
    .ifNotExists()
    .on('translation_memory')
    .columns(['language_pair', 'source_hash'])
    .execute();
  await db.schema
    .createIndex('translation_memory_source_idx')
    .ifNotExists()
    .on('translation_memory')
    .column('source_article_id')
    .execute();

  // The words (as stems) of each memory segment's source, to find fuzzy candidates by the
  // rare words they share instead of scoring every segment of a language pair.
  await db.schema
    .createTable('translation_memory_terms')
    .ifNotExists()
    .addColumn('language_pair', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('segment_id', 'text', (c) =>
      c.notNull().references('translation_memory.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('translation_memory_terms_pkey', [
      'language_pair',
      'term',
      'segment_id',
    ])
    .execute();
  await db.schema
    .createIndex('translation_memory_terms_segment_idx')
    .ifNotExists()
    .on('translation_memory_terms')
    .column('segment_id')
    .execute();

  // The network's agreed translations of terms, per language pair.
  await db.schema
    .createTable('glossary_terms')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('language_pair', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('source_term', 'text', (c) => c.notNull())
    .addColumn('target_term', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('term_key', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('case_sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('do_not_translate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('glossary_terms_term_key', [
      'source_language',
      'target_language',
      'term_key',
    ])
    .execute();
  await db.schema
    .createIndex('glossary_terms_pair_idx')
    .ifNotExists()
    .on('glossary_terms')
    .column('language_pair')
    .execute();
}
