import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.ts';
import { AppContext } from '../../src/context.ts';
import { FixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { SqlDialect } from '../../src/db/database.ts';
import { LocalDiskStorage } from '../../src/storage/local-disk.ts';
import { createTestDb, type TestDb } from './db.ts';

export interface TestContext {
  ctx: AppContext;
  clock: FixedClock;
  database: TestDb;
  dataDir: string;
  destroy(): Promise<void>;
}

/** The moment tests start at, unless they move the clock. */
export const TEST_NOW = new Date('2026-03-10T12:00:00.000Z');

/**
 * A full app context on a fresh migrated database of `dialect`, with media in a temporary
 * folder, a fixed clock and a silent logger; `overrides` change the configuration.
 */
export async function createTestContext(
  dialect: SqlDialect,
  /** Settings to change, e.g. a machine translation service on a local server. */
  overrides: Partial<Config> = {},
): Promise<TestContext> {
  const database = await createTestDb(dialect);
  const dataDir = await mkdtemp(join(tmpdir(), 'tribune-test-'));
  const clock = new FixedClock(TEST_NOW);
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database:
      dialect === 'sqlite'
        ? { dialect: 'sqlite', file: ':memory:' }
        : { dialect: 'postgres', url: database.url ?? '' },
    sharedHost: null,
    smtpUrl: null,
    mailFrom: 'Tribune <newsroom@tribune.test>',
    publicUrl: 'http://tribune.test',
    logLevel: 'silent',
    pageCacheSeconds: 0,
    ...overrides,
  };
  const ctx = await AppContext.fromConfig(config, {
    database,
    storage: new LocalDiskStorage(join(dataDir, 'media')),
    logger: silentLogger,
    clock,
  });
  await ctx.siteDirectory.reload();
  return {
    ctx,
    clock,
    database,
    dataDir,
    destroy: async () => {
      await database.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
