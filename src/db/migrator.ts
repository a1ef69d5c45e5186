import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database, SqlDialect } from './database.ts';
import * as initial from './migrations/0001-initial.ts';
import * as pagesAndFrontPage from './migrations/0002-pages-and-front-page.ts';
import * as accounts from './migrations/0003-accounts.ts';
import * as search from './migrations/0004-search.ts';
import * as jobsAndWebhooks from './migrations/0005-jobs-and-webhooks.ts';
import * as translationDesk from './migrations/0006-translation-desk.ts';
import * as translationMemory from './migrations/0007-translation-memory.ts';
import * as republication from './migrations/0008-republication-and-corrections.ts';

type DialectMigration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations see the database untyped.
  up(db: Kysely<any>, dialect: SqlDialect): Promise<void>;
};

/** Every migration, in order. Names sort in the order they run. */
const MIGRATIONS: Record<string, DialectMigration> = {
  '0001-initial': initial,
  '0002-pages-and-front-page': pagesAndFrontPage,
  '0003-accounts': accounts,
  '0004-search': search,
  '0005-jobs-and-webhooks': jobsAndWebhooks,
  '0006-translation-desk': translationDesk,
  '0007-translation-memory': translationMemory,
  '0008-republication-and-corrections': republication,
};

function migrator(db: Kysely<Database>, dialect: SqlDialect): Migrator {
  const migrations: Record<string, Migration> = {};
  for (const [name, migration] of Object.entries(MIGRATIONS)) {
    migrations[name] = { up: (database) => migration.up(database, dialect) };
  }
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'tribune_migrations',
    migrationLockTableName: 'tribune_migrations_lock',
  });
}

/**
 * Brings the schema to the latest migration. Safe to run again and from several processes at
 * once: applied migrations are recorded, and a lock lets one process run them.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: SqlDialect,
): Promise<{ applied: string[] }> {
  const { error, results } = await migrator(db, dialect).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed ?? '(setup)'} failed: ${reason}`, { cause: error });
  }
  return { applied: (results ?? []).map((result) => result.migrationName) };
}

/** The migrations not yet applied to this database. */
export async function pendingMigrations(
  db: Kysely<Database>,
  dialect: SqlDialect,
): Promise<string[]> {
  const all = await migrator(db, dialect).getMigrations();
  return all.filter((migration) => !migration.executedAt).map((migration) => migration.name);
}
