import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../core/errors.ts';
import type { DatabaseHandle } from './connect.ts';

/**
 * Writes a consistent copy of the database into `targetDir`, while the server keeps running.
 * SQLite: `VACUUM INTO` copies one read snapshot (WAL lets writers go on meanwhile).
 * PostgreSQL: `pg_dump`, which also reads one snapshot. Returns the file written.
 */
export async function backupDatabase(
  handle: DatabaseHandle,
  databaseUrl: string | null,
  targetDir: string,
): Promise<string> {
  if (handle.sqlite) {
    const file = join(targetDir, 'tribune.sqlite');
    handle.sqlite.prepare('VACUUM INTO ?').run(file);
    return file;
  }
  if (!databaseUrl) throw new Error('a PostgreSQL backup needs the database URL');
  const file = join(targetDir, 'database.pgdump');
  await runPgDump(databaseUrl, file);
  return file;
}

function runPgDump(url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, url], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === 'ENOENT'
            ? 'pg_dump is not installed: install the PostgreSQL client tools (e.g. apt-get install postgresql-client) and run the backup again.'
            : `pg_dump could not start (${error.message}).`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0 && existsSync(file)) resolve();
      else
        reject(
          new StartupError(
            `pg_dump failed (${stderr.trim().split('\n').pop() ?? `exit ${code}`}).`,
          ),
        );
    });
  });
}
