import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSite } from '../../../tests/helpers/factories.ts';

describeEachDialect('Admin API: API tokens', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
  });
  afterEach(() => t.destroy());

  it('creates a token shown once, which then acts as its owner until revoked', async () => {
    const site = await makeSite(t.ctx);
    const me = await makeStaff(t.ctx, {
      roles: [[site, 'editor']],
      email: 'rosa@tribune.test',
      password: 'correct horse battery',
    });
    const session = await api.signIn('rosa@tribune.test', 'correct horse battery');

    const created = await api.post('/tokens', session, { name: ' Nightly import ' });
    expect(created.status).toBe(201);
    const { token, record } = created.body;
    expect(token).toMatch(/^trb_[A-Za-z0-9_-]{43}$/);
    expect(record).toMatchObject({
      name: 'Nightly import',
      hint: token.slice(-4),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(
      JSON.stringify(await t.ctx.db.selectFrom('api_tokens').selectAll().execute()),
    ).not.toContain(token);

    const asToken = { bearer: token as string };
    const who = await api.get('/session', asToken);
    expect(who.status).toBe(200);
    expect(who.body.user.id).toBe(me.user.id);
    const sections = await api.post(`/sites/${site.id}/sections`, asToken, { name: 'Cultura' });
    expect(sections.status).toBe(201);

    const listed = await api.get('/tokens', session);
    expect(listed.status).toBe(200);
    expect(listed.body.map((found: { name: string }) => found.name)).toEqual([
      'tests',
      'Nightly import',
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const used = listed.body.find((found: { id: string }) => found.id === record.id);
    expect(used.lastUsedAt).toBe('2026-03-10T12:00:00.000Z');

    const revoked = await api.delete(`/tokens/${record.id}`, session);
    expect(revoked.status).toBe(204);
    const refused = await api.get('/session', asToken);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthorized');
    expect((await api.post(`/sites/${site.id}/sections`, asToken, { name: 'Otra' })).status).toBe(
      401,
    );
    const after = await api.get('/tokens', me.as);
    expect(after.body.find((found: { id: string }) => found.id === record.id).revokedAt).toBe(
      '2026-03-10T12:00:00.000Z',
    );
    expect((await api.delete(`/tokens/${record.id}`, session)).status).toBe(404);
  });

  it('shows and revokes only the caller’s own tokens', async () => {
    const ana = await makeStaff(t.ctx);
    const bruno = await makeStaff(t.ctx);
    const brunos = (await api.get('/tokens', bruno.as)).body as { id: string }[];
    expect(brunos).toHaveLength(1);

    const anas = (await api.get('/tokens', ana.as)).body as { id: string }[];
    expect(anas.map((found) => found.id)).not.toContain(brunos[0]?.id);
    const notTheirs = await api.delete(`/tokens/${brunos[0]?.id}`, ana.as);
    expect(notTheirs.status).toBe(404);
    expect((await api.get('/session', bruno.as)).status).toBe(200);
    expect((await api.delete('/tokens/no-such-token', ana.as)).status).toBe(404);
    expect((await api.get('/tokens', null)).status).toBe(401);
    expect((await api.post('/tokens', null, { name: 'x' })).status).toBe(401);
  });

  it('refuses a token without a proper name', async () => {
    const me = await makeStaff(t.ctx);
    expect(issuesOf(await api.post('/tokens', me.as, {}))).toEqual({ name: 'issue.required' });
    expect(issuesOf(await api.post('/tokens', me.as, { name: '   ' }))).toEqual({
      name: 'issue.required',
    });
    expect(issuesOf(await api.post('/tokens', me.as, { name: 42 }))).toEqual({
      name: 'issue.wrongType',
    });
    expect(issuesOf(await api.post('/tokens', me.as, { name: 'x'.repeat(101) }))).toEqual({
      name: 'issue.tooLong',
    });
    expect((await api.get('/tokens', me.as)).body).toHaveLength(1);
  });
});
