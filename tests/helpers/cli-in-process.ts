import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { withContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import type { AppContext } from '../../src/context.ts';
import type { SqlDialect } from '../../src/db/database.ts';
import { createEmptyPostgresDatabase, dropPostgresDatabase } from './db.ts';

/** What a `tribune …` run printed and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * A fresh data folder (and, for PostgreSQL, a fresh database) for each test, and `tribune …`
 * run in this process against it — faster than a child process for commands that only talk
 * to the database. Call inside a describe block.
 */
export function cliWorkspace(dialect: SqlDialect) {
  let dir = '';
  let env: Record<string, string> = {};
  let database: { name: string; url: string } | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tribune-cli-'));
    env = { TRIBUNE_DATA_DIR: join(dir, 'data'), TRIBUNE_LOG_LEVEL: 'silent' };
    if (dialect === 'postgres') {
      database = await createEmptyPostgresDatabase();
      env.TRIBUNE_DATABASE_URL = database.url;
    }
  });
  afterEach(async () => {
    if (database) await dropPostgresDatabase(database.name);
    database = null;
    await rm(dir, { recursive: true, force: true });
  });

  const io = (out: string[], err: string[]): CliIo => ({
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env,
    cwd: dir,
    stopSignal: new Promise(() => {}),
  });

  return {
    /** Runs `tribune …argv`. */
    async tribune(...argv: string[]): Promise<CliRun> {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(argv, io(out, err));
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
    /** Works with the same installation the commands use, as the server would see it. */
    withContext<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
      return withContext(io([], []), work);
    },
  };
}
