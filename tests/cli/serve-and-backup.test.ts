import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningTribune, runTribune, startTribune } from '../helpers/cli.ts';
import {
  createEmptyPostgresDatabase,
  describeEachDialect,
  dropPostgresDatabase,
} from '../helpers/db.ts';

describeEachDialect('tribune migrate, serve --demo and backup', (dialect) => {
  let dir: string;
  let env: Record<string, string>;
  let pgName: string | null = null;
  let server: RunningTribune | null = null;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tribune-serve-'));
    env = { TRIBUNE_DATA_DIR: join(dir, 'data') };
    if (dialect === 'postgres') {
      const database = await createEmptyPostgresDatabase();
      pgName = database.name;
      env.TRIBUNE_DATABASE_URL = database.url;
    }
  });
  afterAll(async () => {
    if (server) await server.stop();
    if (pgName) await dropPostgresDatabase(pgName);
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates an empty database, and a second run changes nothing', async () => {
    const first = await runTribune(['migrate'], env, dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /Applied \d+ migration\(s\) to .*: 0001-initial, 0002-pages-and-front-page, 0003-accounts, 0004-search, 0005-jobs-and-webhooks, 0006-translation-desk, 0007-translation-memory, 0008-republication-and-corrections/,
    );
    const second = await runTribune(['migrate'], env, dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^The database .* is up to date\.$/m);
  });

  it('starts with the demo network and prints where to go and how to sign in', async () => {
    server = await startTribune(['--demo'], { ...env, PORT: '0' }, dir);
    const output = server.output();
    expect(output).toMatch(/Tribune is running at http:\/\/localhost:\d+\//);
    expect(output).toContain('Meridiano Perú (es-PE): http://localhost:');
    expect(output).toContain('Demo newsroom login: admin@meridian.example / meridian-demo');

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const directory = await (await fetch(`${server.url}/`)).text();
    for (const prefix of ['/en/', '/es-ar/', '/es-pe/', '/pt-br/', '/fr/', '/de/']) {
      expect(directory).toContain(`href="${prefix}"`);
    }
    const home = await fetch(`${server.url}/es-pe/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Meridiano Perú');
  });

  it('copies the database and media while the server runs', async () => {
    const result = await runTribune(['backup', '--out', 'backups'], env, dir);
    expect(result.code, result.stderr).toBe(0);
    const folders = await readdir(join(dir, 'backups'));
    expect(folders).toHaveLength(1);
    const backup = join(dir, 'backups', folders[0] ?? '');
    const manifest = JSON.parse(await readFile(join(backup, 'manifest.json'), 'utf8'));
    expect(manifest.database).toBe(dialect);
    expect(manifest.mediaFiles).toBeGreaterThan(20);
    expect(
      (await readdir(join(backup, 'media', 'images'), { recursive: true })).length,
    ).toBeGreaterThan(20);
    if (dialect === 'sqlite') {
      const copy = new SqliteDatabase(join(backup, 'tribune.sqlite'), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const row = copy
          .prepare("select count(*) as n from articles where status = 'published'")
          .get() as { n: number };
        expect(row.n).toBeGreaterThanOrEqual(38);
      } finally {
        copy.close();
      }
    } else {
      expect(existsSync(join(backup, 'database.pgdump'))).toBe(true);
      expect((await readFile(join(backup, 'database.pgdump'))).subarray(0, 5).toString()).toBe(
        'PGDMP',
      );
    }
    // The server went on serving throughout.
    expect((await fetch(`${server?.url}/healthz`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await server?.stop();
    server = null;
    expect(code).toBe(0);
  });
});
