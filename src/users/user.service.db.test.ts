import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { makeSite } from '../../tests/helpers/factories.ts';
import { unwrap } from '../core/result.ts';
import { verifyPassword } from './password.ts';

describeEachDialect('accounts', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.destroy());

  it('creates an account with an argon2id hash and its roles in one go', async () => {
    const site = await makeSite(t.ctx);
    const user = unwrap(
      await t.ctx.users.createUser(
        { email: ' Ana@Example.ORG ', name: 'Ana', password: 'correct horse battery' },
        [
          { siteId: site.id, role: 'editor' },
          { siteId: site.id, role: 'translator' },
        ],
      ),
    );
    expect(user.email).toBe('ana@example.org');
    expect(user.isNetworkAdmin).toBe(false);
    const hash = await t.ctx.users.repository.passwordHash(user.id);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash ?? '', 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash ?? '', 'wrong horse battery')).toBe(false);
    expect((await t.ctx.users.repository.memberships(user.id)).map((m) => m.role)).toEqual([
      'editor',
      'translator',
    ]);
    const row = await t.ctx.db
      .selectFrom('users')
      .select('is_network_admin')
      .executeTakeFirstOrThrow();
    expect(row.is_network_admin).toBe(0);
  });

  it('refuses a taken e-mail whatever its case, a short password, and an unknown role', async () => {
    unwrap(await t.ctx.users.createUser({ email: 'ana@example.org', name: 'Ana' }));
    expect(await t.ctx.users.createUser({ email: 'ANA@example.org', name: 'Ana 2' })).toEqual({
      ok: false,
      error: { type: 'email-taken', email: 'ana@example.org' },
    });
    const short = await t.ctx.users.createUser({
      email: 'b@example.org',
      name: 'B',
      password: 'short',
    });
    expect(short).toMatchObject({
      ok: false,
      error: { type: 'invalid', issues: [{ path: 'password' }] },
    });

    const site = await makeSite(t.ctx);
    const badRole = await t.ctx.users.createUser({ email: 'c@example.org', name: 'C' }, [
      { siteId: site.id, role: 'overlord' },
    ]);
    expect(badRole).toEqual({ ok: false, error: { type: 'unknown-role', role: 'overlord' } });
    expect(await t.ctx.users.repository.findByEmail('c@example.org')).toBeUndefined();
  });

  it('writes nothing when a role points at an edition that does not exist', async () => {
    await expect(
      t.ctx.users.createUser({ email: 'd@example.org', name: 'D' }, [
        { siteId: 'no-such-site', role: 'editor' },
      ]),
    ).rejects.toThrow();
    expect(await t.ctx.users.repository.findByEmail('d@example.org')).toBeUndefined();
  });
});
