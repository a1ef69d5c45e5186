import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { describe } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import type { SqlDialect } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';

/** The PostgreSQL server for tests, or undefined: then PostgreSQL runs are skipped. */
export const postgresServerUrl = process.env.TRIBUNE_TEST_DATABASE_URL || undefined;

/** The dialects every database test runs on here. */
export const testDialects: SqlDialect[] = postgresServerUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb extends DatabaseHandle {
  /** How another connection reaches the same database (PostgreSQL only). */
  url: string | null;
  destroy(): Promise<void>;
}

/** A URL for database `name` on the test server. */
export function postgresUrlFor(name: string): string {
  const url = new URL(postgresServerUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(run: (admin: Kysely<unknown>) => Promise<T>): Promise<T> {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: postgresServerUrl, max: 1 }),
    }),
  });
  try {
    return await run(admin);
  } finally {
    await admin.destroy();
  }
}

/** Creates an empty PostgreSQL database on the test server; returns its name and URL. */
export async function createEmptyPostgresDatabase(): Promise<{ name: string; url: string }> {
  const name = `tribune_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => sql.raw(`create database ${name}`).execute(admin));
  return { name, url: postgresUrlFor(name) };
}

/** Drops a test database, even if a stray connection is still open. */
export async function dropPostgresDatabase(name: string): Promise<void> {
  await withAdmin((admin) =>
    sql.raw(`drop database if exists ${name} with (force)`).execute(admin),
  );
}

/**
 * A fresh, migrated database of the given dialect: an in-memory SQLite, or a new PostgreSQL
 * database on the test server that `destroy()` drops.
 */
export async function createTestDb(
  dialect: SqlDialect,
  options: { migrate?: boolean } = {},
): Promise<TestDb> {
  const migrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const handle = await connectDatabase({ dialect: 'sqlite', file: ':memory:' });
    if (migrate) await migrateToLatest(handle.db, 'sqlite');
    return { ...handle, url: null, destroy: () => handle.close() };
  }
  const { name, url } = await createEmptyPostgresDatabase();
  const handle = await connectDatabase({ dialect: 'postgres', url });
  if (migrate) await migrateToLatest(handle.db, 'postgres');
  return {
    ...handle,
    url,
    destroy: async () => {
      await handle.close();
      await dropPostgresDatabase(name);
    },
  };
}

/** Runs a suite once per dialect, named after it: `describe('sqlite: …')`, `describe('postgres: …')`. */
export function describeEachDialect(name: string, suite: (dialect: SqlDialect) => void): void {
  for (const dialect of testDialects) describe(`${dialect}: ${name}`, () => suite(dialect));
}
