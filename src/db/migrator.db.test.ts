import { afterEach, expect, it } from 'vitest';
import { createTestDb, describeEachDialect, type TestDb } from '../../tests/helpers/db.ts';
import { connectDatabase } from './connect.ts';
import { migrateToLatest, pendingMigrations } from './migrator.ts';

const TABLES = [
  'account_tokens',
  'api_tokens',
  'article_corrections',
  'article_credits',
  'article_revisions',
  'article_tags',
  'articles',
  'contributor_profiles',
  'contributors',
  'front_page_slots',
  'glossary_terms',
  'jobs',
  'joint_statements',
  'media',
  'media_texts',
  'memberships',
  'network_settings',
  'notification_preferences',
  'notifications',
  'pages',
  'rate_limits',
  'search_documents',
  'sections',
  'series',
  'sessions',
  'sites',
  'source_update_dismissals',
  'stories',
  'tags',
  'translation_comments',
  'translation_memory',
  'translation_memory_terms',
  'translation_subscriptions',
  'translation_task_history',
  'translation_tasks',
  'users',
  'webhook_attempts',
  'webhook_deliveries',
  'webhook_endpoints',
];

describeEachDialect('migrations', (dialect) => {
  let database: TestDb | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('run forward on an empty database and create every table of the model', async () => {
    database = await createTestDb(dialect, { migrate: false });
    expect(await pendingMigrations(database.db, dialect)).toEqual([
      '0001-initial',
      '0002-pages-and-front-page',
      '0003-accounts',
      '0004-search',
      '0005-jobs-and-webhooks',
      '0006-translation-desk',
      '0007-translation-memory',
      '0008-republication-and-corrections',
    ]);

    const { applied } = await migrateToLatest(database.db, dialect);

    expect(applied).toContain('0001-initial');
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    // search_fts* are SQLite's full-text index and its shadow tables, not part of the model.
    const modelTables = tables.filter(
      (name) => !name.startsWith('tribune_migrations') && !name.startsWith('search_fts'),
    );
    expect(modelTables.sort()).toEqual(TABLES);
    expect(await pendingMigrations(database.db, dialect)).toEqual([]);
  });

  it('are harmless when run again', async () => {
    database = await createTestDb(dialect);
    const before = await database.db.introspection.getTables();

    const { applied } = await migrateToLatest(database.db, dialect);

    expect(applied).toEqual([]);
    const after = await database.db.introspection.getTables();
    expect(after.map((t) => [t.name, t.columns.length])).toEqual(
      before.map((t) => [t.name, t.columns.length]),
    );
  });

  it('let only one of two processes apply them when both start at once', async () => {
    database = await createTestDb(dialect, { migrate: false });
    if (dialect === 'sqlite') {
      // An in-memory SQLite has one connection; two processes share a file instead, which the
      // file-based test of the CLI covers. Here: the second run simply finds nothing to do.
      const first = await migrateToLatest(database.db, dialect);
      const second = await migrateToLatest(database.db, dialect);
      expect(first.applied.length + second.applied.length).toBe(first.applied.length);
      return;
    }
    const other = await connectDatabase({ dialect: 'postgres', url: database.url ?? '' });
    try {
      const [a, b] = await Promise.all([
        migrateToLatest(database.db, dialect),
        migrateToLatest(other.db, dialect),
      ]);
      expect([...a.applied, ...b.applied].filter((n) => n === '0001-initial')).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
