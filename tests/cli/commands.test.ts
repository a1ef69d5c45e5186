import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTribune } from '../helpers/cli.ts';
import { postgresServerUrl, postgresUrlFor } from '../helpers/db.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tribune-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => ({
  TRIBUNE_DATA_DIR: join(dir, 'data'),
  ...extra,
});

/** The single line a failed command printed, without the "tribune: " prefix. */
function problem(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  return (lines[0] ?? '').replace(/^tribune: /, '');
}

describe('tribune --help', () => {
  it('lists every command', async () => {
    const { code, stdout } = await runTribune(['--help'], env(), dir);
    expect(code).toBe(0);
    for (const name of [
      'serve',
      'migrate',
      'demo',
      'site create',
      'user create',
      'token create',
      'reindex',
      'jobs',
      'backup',
    ]) {
      expect(stdout).toContain(`  ${name}`);
    }
  });

  it.each(['serve', 'migrate', 'demo', 'site create', 'user create', 'backup'])(
    'explains %s',
    async (name) => {
      const { code, stdout } = await runTribune([...name.split(' '), '--help'], env(), dir);
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: tribune ${name}`));
      expect(stdout.split('\n').length).toBeGreaterThan(3);
    },
  );

  it('refuses an unknown command and an unknown option with a pointer to help', async () => {
    const unknown = await runTribune(['publish-everything'], env(), dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish-everything"');
    const option = await runTribune(['migrate', '--force'], env(), dir);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--force'");
    expect(option.stderr).toContain('tribune migrate --help');
    const group = await runTribune(['site'], env(), dir);
    expect(group.code).toBe(2);
    expect(group.stdout).toContain('site create');
  });
});

describe('configuration problems end with one sentence and a non-zero exit', () => {
  it('a PORT that is not a port', async () => {
    const { code, stderr } = await runTribune(['serve'], env({ PORT: 'eighty' }), dir);
    expect(code).toBe(1);
    expect(problem(stderr)).toMatch(
      /^PORT must be a port number from 1 to 65535.*\(it is "eighty"\)/,
    );
  });

  it('a database URL of an unsupported kind, without showing its password', async () => {
    const { code, stderr } = await runTribune(
      ['migrate'],
      env({ TRIBUNE_DATABASE_URL: 'mysql://root:hunter2@db/tribune' }),
      dir,
    );
    expect(code).toBe(1);
    const line = problem(stderr);
    expect(line).toMatch(
      /^TRIBUNE_DATABASE_URL ".*" is not a database Tribune supports: use postgres:\/\//,
    );
    expect(line).not.toContain('hunter2');
  });

  it('an unreachable PostgreSQL server', async () => {
    const { code, stderr } = await runTribune(
      ['migrate'],
      env({ TRIBUNE_DATABASE_URL: 'postgres://tribune:secret@127.0.0.1:1/tribune' }),
      dir,
    );
    expect(code).toBe(1);
    expect(problem(stderr)).toBe(
      'Cannot reach PostgreSQL at 127.0.0.1:1 (connection refused): start the server or correct the host and port in TRIBUNE_DATABASE_URL.',
    );
  });

  it.skipIf(!postgresServerUrl)('a PostgreSQL database that does not exist', async () => {
    const { code, stderr } = await runTribune(
      ['migrate'],
      env({ TRIBUNE_DATABASE_URL: postgresUrlFor('tribune_no_such_database') }),
      dir,
    );
    expect(code).toBe(1);
    expect(problem(stderr)).toMatch(
      /^The database "tribune_no_such_database" does not exist on the PostgreSQL server at .*: create it \(createdb tribune_no_such_database\)/,
    );
  });

  it('a data folder that cannot be written', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const { code, stderr } = await runTribune(
      ['migrate'],
      { TRIBUNE_DATA_DIR: join(file, 'data') },
      dir,
    );
    expect(code).toBe(1);
    expect(problem(stderr)).toMatch(
      /^The data folder .*a-file\/data cannot be written \(ENOTDIR\): set TRIBUNE_DATA_DIR/,
    );
  });

  it('a port already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await runTribune(['serve'], env({ PORT: String(port) }), dir);
      expect(code).toBe(1);
      expect(problem(stderr)).toBe(
        `Port ${port} is already in use: stop the program using it or start Tribune on another port, e.g. PORT=${port + 1}.`,
      );
    } finally {
      blocker.close();
    }
  });
});

describe('site create and user create', () => {
  const data = () => env({ TRIBUNE_DATA_DIR: join(dir, 'accounts') });

  it('create an edition, refuse a second one at the same slug, and name wrong fields', async () => {
    const created = await runTribune(
      [
        'site',
        'create',
        '--slug',
        'es-pe',
        '--name',
        'Meridiano Perú',
        '--language',
        'es-PE',
        '--timezone',
        'America/Lima',
        '--country',
        'PE',
        '--path',
        '/es-pe',
      ],
      data(),
      dir,
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(
      'Created edition es-pe (Meridiano Perú, es-PE) at (network origin)/es-pe.',
    );

    const again = await runTribune(
      [
        'site',
        'create',
        '--slug',
        'es-pe',
        '--name',
        'Otro',
        '--language',
        'es',
        '--timezone',
        'America/Lima',
      ],
      data(),
      dir,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('an edition with slug "es-pe" exists already');

    const wrong = await runTribune(
      [
        'site',
        'create',
        '--slug',
        'x',
        '--name',
        'X',
        '--language',
        'klingon',
        '--timezone',
        'Moon/Base',
      ],
      data(),
      dir,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('language: must be a language tag like es-PE');
    expect(wrong.stderr).toContain('timezone: must be a time zone like America/Lima');

    const missing = await runTribune(['site', 'create', '--slug', 'y'], data(), dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --name, --language, --timezone');
  });

  it('create an account with a generated password and a role, and refuse a duplicate', async () => {
    const created = await runTribune(
      [
        'user',
        'create',
        '--email',
        'Ana@Example.org',
        '--name',
        'Ana Ruiz',
        '--role',
        'es-pe:editor',
      ],
      data(),
      dir,
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created account ana@example.org (Ana Ruiz).');
    expect(created.stdout).toMatch(/Password \(shown once\): \S{20}/);

    const duplicate = await runTribune(
      ['user', 'create', '--email', 'ana@example.org', '--name', 'Ana'],
      data(),
      dir,
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('an account with ana@example.org exists already');

    const badRole = await runTribune(
      ['user', 'create', '--email', 'b@example.org', '--name', 'B', '--role', 'es-pe:king'],
      data(),
      dir,
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role es-pe:king must be <site>:<role>');
    const noSite = await runTribune(
      ['user', 'create', '--email', 'c@example.org', '--name', 'C', '--role', 'fr:editor'],
      data(),
      dir,
    );
    expect(noSite.code).toBe(2);
    expect(noSite.stderr).toContain('there is no edition "fr"');
    const weak = await runTribune(
      ['user', 'create', '--email', 'd@example.org', '--name', 'D', '--password', 'short'],
      data(),
      dir,
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('password: must have at least 10 characters');
  });
});
