import { expect, it } from 'vitest';
import { cliWorkspace } from '../../../tests/helpers/cli-in-process.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';

describeEachDialect('tribune token create', (dialect) => {
  const { tribune, withContext } = cliWorkspace(dialect);

  it('prints a token once that acts as the account', async () => {
    const user = await tribune('user', 'create', '--email', 'ana@example.org', '--name', 'Ana');
    expect(user.code).toBe(0);

    const created = await tribune(
      'token',
      'create',
      '--email',
      'ANA@example.org',
      '--name',
      'Nightly import',
    );
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created API token "Nightly import" for ana@example.org.');
    const token = /Token \(shown once\): (trb_\S+)/.exec(created.out)?.[1] ?? '';
    expect(token).toMatch(/^trb_[A-Za-z0-9_-]{43}$/);

    await withContext(async (ctx) => {
      const owner = await ctx.apiTokens.resolve(token);
      expect(owner?.email).toBe('ana@example.org');
      const tokens = await ctx.apiTokens.list(owner?.id ?? '');
      expect(tokens.map((found) => found.name)).toEqual(['Nightly import']);
      expect(tokens[0]?.hint).toBe(token.slice(-4));
    });
  });

  it('says what is missing or wrong, and explains itself', async () => {
    const missing = await tribune('token', 'create', '--email', 'ana@example.org');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('tribune token create: missing --name.');

    const nobody = await tribune('token', 'create', '--email', 'who@example.org', '--name', 'x');
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('there is no account who@example.org');

    await tribune('user', 'create', '--email', 'ana@example.org', '--name', 'Ana');
    const long = await tribune(
      'token',
      'create',
      '--email',
      'ana@example.org',
      '--name',
      'x'.repeat(101),
    );
    expect(long.code).toBe(2);
    expect(long.err).toContain('name: must have at most 100 characters');

    const help = await tribune('token', 'create', '--help');
    expect(help.code).toBe(0);
    expect(help.out.split('\n')[0]).toBe('Usage: tribune token create [options]');
    expect(help.out).toContain('--email <address>');
    expect(help.out).toContain('--name <label>');
    const overview = await tribune('--help');
    expect(overview.out).toContain('  token create');
  });
});
