import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
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
import type { Site } from '../../sites/site.ts';
import { verifyPassword } from '../../users/password.ts';

const PASSWORD = 'correct horse battery';

describeEachDialect('Admin API: accounts and staff', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  let other: Site;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx, { name: 'Meridiano Lima' });
    other = await makeSite(t.ctx, { name: 'Meridian Berlin' });
  });
  afterEach(() => t.destroy());

  /** The e-mails written to the test outbox, parsed. */
  async function outbox() {
    const folder = join(t.dataDir, 'outbox');
    const files = (await readdir(folder).catch(() => [] as string[])).filter((name) =>
      name.endsWith('.eml'),
    );
    return Promise.all(files.map(async (name) => simpleParser(await readFile(join(folder, name)))));
  }

  it('lets anyone change their own name and interface language', async () => {
    const me = await makeStaff(t.ctx, { roles: [[site, 'author']], name: 'Rosa' });
    const changed = await api.patch('/me', me.as, { name: ' Rosa Quispe ', locale: 'es' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: me.user.id, name: 'Rosa Quispe', locale: 'es' });
    expect(changed.body).not.toHaveProperty('passwordHash');
    expect((await t.ctx.users.repository.findById(me.user.id))?.locale).toBe('es');

    // Answers now come in the chosen language.
    const wrong = await api.patch('/me', me.as, { name: '', locale: 'tlh', newPassword: 5 });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toBe('Hay campos que revisar.');
    expect(issuesOf(wrong)).toEqual({
      name: 'issue.required',
      locale: 'issue.notAllowed',
      newPassword: 'issue.wrongType',
    });
    expect((await api.patch('/me', null, { name: 'Nobody' })).status).toBe(401);
    expect((await t.ctx.users.repository.findById(me.user.id))?.name).toBe('Rosa Quispe');
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const me = await makeStaff(t.ctx, {
      roles: [[site, 'editor']],
      email: 'rosa@tribune.test',
      password: PASSWORD,
    });
    const here = await api.signIn('rosa@tribune.test', PASSWORD);
    const elsewhere = await api.signIn('rosa@tribune.test', PASSWORD);

    const noCurrent = await api.patch('/me', here, { newPassword: 'a much better one' });
    expect(noCurrent.status).toBe(422);
    expect(issuesOf(noCurrent)).toEqual({ currentPassword: 'issue.required' });
    const wrongCurrent = await api.patch('/me', here, {
      currentPassword: 'not my password',
      newPassword: 'a much better one',
    });
    expect(wrongCurrent.status).toBe(422);
    expect(issuesOf(wrongCurrent)).toEqual({ currentPassword: 'issue.wrongPassword' });
    expect(wrongCurrent.body.error.issues[0].message).toBe('is not your current password');
    const short = await api.patch('/me', here, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(issuesOf(short)).toEqual({ newPassword: 'issue.passwordLength' });
    const noCsrf = await api.patch('/me', { ...here, sendCsrf: false }, { name: 'X' });
    expect(noCsrf.status).toBe(403);

    const changed = await api.patch('/me', here, {
      currentPassword: PASSWORD,
      newPassword: 'a much better one',
    });
    expect(changed.status).toBe(200);
    const hash = await t.ctx.users.repository.passwordHash(me.user.id);
    expect(await verifyPassword(hash ?? '', 'a much better one')).toBe(true);
    expect((await api.get('/session', here)).status).toBe(200);
    expect((await api.get('/session', elsewhere)).status).toBe(401);
    // A token is not a session: scripts keep working.
    expect((await api.get('/session', me.as)).status).toBe(200);
    await expect(api.signIn('rosa@tribune.test', PASSWORD)).rejects.toThrow('401');
    expect((await api.signIn('rosa@tribune.test', 'a much better one')).csrfToken).toBeTruthy();
  });

  it('lists and creates accounts for network admins only', async () => {
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true, name: 'Aaron Admin' });
    const siteAdmin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']], name: 'Sara' });

    const created = await api.post('/users', admin.as, {
      email: 'Ana@Example.org',
      name: 'Ana Díaz',
      password: PASSWORD,
      locale: 'pt',
      memberships: [
        { siteId: site.id, role: 'editor' },
        { siteId: other.id, role: 'translator' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'ana@example.org',
      name: 'Ana Díaz',
      locale: 'pt',
      isNetworkAdmin: false,
    });
    expect(created.body.memberships).toEqual(
      expect.arrayContaining([
        { siteId: site.id, role: 'editor' },
        { siteId: other.id, role: 'translator' },
      ]),
    );
    expect(created.body.memberships).toHaveLength(2);
    expect((await api.signIn('ana@example.org', PASSWORD)).cookie).toMatch(/^tribune_session=/);

    const listed = await api.get('/users', admin.as);
    expect(listed.status).toBe(200);
    expect(listed.body.map((user: { name: string }) => user.name)).toEqual([
      'Aaron Admin',
      'Ana Díaz',
      'Sara',
    ]);
    expect(listed.body[0].isNetworkAdmin).toBe(true);
    expect(listed.body[2].memberships).toEqual([{ siteId: site.id, role: 'site-admin' }]);

    expect((await api.get('/users', siteAdmin.as)).status).toBe(403);
    const refused = await api.post('/users', siteAdmin.as, { email: 'x@example.org', name: 'X' });
    expect(refused.status).toBe(403);
    expect(await t.ctx.users.repository.findByEmail('x@example.org')).toBeUndefined();
  });

  it('refuses an account with fields missing, wrong or taken', async () => {
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    await makeStaff(t.ctx, { email: 'taken@example.org' });

    expect(issuesOf(await api.post('/users', admin.as, {}))).toEqual({
      email: 'issue.required',
      name: 'issue.required',
    });
    const wrong = await api.post('/users', admin.as, {
      email: 'not-an-address',
      name: 'X',
      password: 'short',
      isNetworkAdmin: 'yes',
      memberships: [{ siteId: site.id, role: 'overlord' }],
    });
    expect(wrong.status).toBe(422);
    expect(issuesOf(wrong)).toEqual({
      email: 'issue.email',
      password: 'issue.passwordLength',
      isNetworkAdmin: 'issue.wrongType',
      'memberships.0.role': 'issue.notAllowed',
    });
    const taken = await api.post('/users', admin.as, { email: 'TAKEN@example.org', name: 'Y' });
    expect(issuesOf(taken)).toEqual({ email: 'issue.emailTaken' });
    const nowhere = await api.post('/users', admin.as, {
      email: 'z@example.org',
      name: 'Z',
      memberships: [
        { siteId: site.id, role: 'editor' },
        { siteId: 'no-such-edition', role: 'editor' },
      ],
    });
    expect(issuesOf(nowhere)).toEqual({ 'memberships.1.siteId': 'issue.unknownEdition' });
    expect(await t.ctx.users.repository.findByEmail('z@example.org')).toBeUndefined();
  });

  it('shows an edition’s staff to its site admins', async () => {
    const siteAdmin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']], name: 'Sara' });
    const bea = await makeStaff(t.ctx, {
      roles: [
        [site, 'translator'],
        [site, 'editor'],
        [other, 'author'],
      ],
      name: 'Bea',
    });
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']], name: 'Eli' });
    const otherAdmin = await makeStaff(t.ctx, { roles: [[other, 'site-admin']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });

    const members = await api.get(`/sites/${site.id}/members`, siteAdmin.as);
    expect(members.status).toBe(200);
    expect(members.body).toEqual([
      {
        user: { id: bea.user.id, name: 'Bea', email: bea.user.email },
        roles: ['editor', 'translator'],
      },
      { user: { id: editor.user.id, name: 'Eli', email: editor.user.email }, roles: ['editor'] },
      {
        user: { id: siteAdmin.user.id, name: 'Sara', email: siteAdmin.user.email },
        roles: ['site-admin'],
      },
    ]);
    expect((await api.get(`/sites/${site.id}/members`, editor.as)).status).toBe(403);
    expect((await api.get(`/sites/${site.id}/members`, otherAdmin.as)).status).toBe(403);
    expect((await api.get('/sites/no-such-edition/members', admin.as)).status).toBe(404);
  });

  it('replaces someone’s roles on an edition, leaving their other editions alone', async () => {
    const siteAdmin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']] });
    const bea = await makeStaff(t.ctx, {
      roles: [
        [site, 'author'],
        [other, 'editor'],
      ],
    });
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const otherAdmin = await makeStaff(t.ctx, { roles: [[other, 'site-admin']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const path = `/sites/${site.id}/members/${bea.user.id}`;
    const rolesOf = async (siteId: string) =>
      (await t.ctx.users.repository.memberships(bea.user.id))
        .filter((membership) => membership.siteId === siteId)
        .map((membership) => membership.role);

    const set = await api.put(path, siteAdmin.as, { roles: ['translator', 'editor', 'editor'] });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({
      user: { id: bea.user.id, name: bea.user.name, email: bea.user.email },
      roles: ['editor', 'translator'],
    });
    expect(await rolesOf(site.id)).toEqual(['editor', 'translator']);
    expect(await rolesOf(other.id)).toEqual(['editor']);
    // The change counts at once: Bea may now edit the edition's sections.
    expect((await api.post(`/sites/${site.id}/sections`, bea.as, { name: 'Cultura' })).status).toBe(
      201,
    );

    expect(issuesOf(await api.put(path, siteAdmin.as, { roles: ['overlord'] }))).toEqual({
      'roles.0': 'issue.notAllowed',
    });
    expect(issuesOf(await api.put(path, siteAdmin.as, {}))).toEqual({ roles: 'issue.required' });
    expect(issuesOf(await api.put(path, siteAdmin.as, { roles: 'editor' }))).toEqual({
      roles: 'issue.wrongType',
    });
    expect((await api.put(path, editor.as, { roles: [] })).status).toBe(403);
    expect((await api.put(path, otherAdmin.as, { roles: [] })).status).toBe(403);
    expect(
      (await api.put(`/sites/${site.id}/members/no-such-user`, siteAdmin.as, { roles: [] })).status,
    ).toBe(404);
    expect(
      (await api.put(`/sites/nowhere/members/${bea.user.id}`, admin.as, { roles: [] })).status,
    ).toBe(404);
    expect(await rolesOf(site.id)).toEqual(['editor', 'translator']);

    const removed = await api.put(path, siteAdmin.as, { roles: [] });
    expect(removed.body.roles).toEqual([]);
    expect(await rolesOf(site.id)).toEqual([]);
    expect(await rolesOf(other.id)).toEqual(['editor']);
    const members = await api.get(`/sites/${site.id}/members`, siteAdmin.as);
    expect(members.body.map((m: { user: { id: string } }) => m.user.id)).not.toContain(bea.user.id);
  });

  it('invites someone to an edition by e-mail, from whoever invited them', async () => {
    await t.ctx.network.update({ name: 'Meridian' });
    const siteAdmin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']], name: 'Sara Ruiz' });
    const existing = await makeStaff(t.ctx, { roles: [[other, 'author']], name: 'Bruno' });
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const path = `/sites/${site.id}/invitations`;

    const invited = await api.post(path, siteAdmin.as, {
      email: 'Lucia@Example.org',
      name: 'Lucía Mamani',
      role: 'contributor',
      locale: 'es',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      user: { name: 'Lucía Mamani', email: 'lucia@example.org' },
      roles: ['contributor'],
    });
    const lucia = await t.ctx.users.repository.findByEmail('lucia@example.org');
    expect(lucia?.locale).toBe('es');
    expect(await t.ctx.users.repository.passwordHash(lucia?.id ?? '')).toBeNull();
    const [mail] = await outbox();
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain('lucia@example.org');
    expect(mail?.subject).toContain('Meridian');
    expect(mail?.text).toContain('Sara Ruiz');
    expect(mail?.text).toContain('Meridiano Lima');
    expect(mail?.text).toMatch(/http:\/\/tribune\.test\/newsroom\/#\/welcome\/\S+/);

    const again = await api.post(path, siteAdmin.as, {
      email: existing.user.email,
      name: 'Ignored',
      role: 'translator',
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ user: { id: existing.user.id, name: 'Bruno' } });
    expect(again.body.roles).toEqual(['translator']);

    const wrong = await api.post(path, siteAdmin.as, {
      email: 'nope',
      name: '',
      role: 'boss',
      locale: 'tlh',
    });
    expect(wrong.status).toBe(422);
    expect(issuesOf(wrong)).toEqual({
      email: 'issue.email',
      name: 'issue.required',
      role: 'issue.notAllowed',
      locale: 'issue.notAllowed',
    });
    expect(issuesOf(await api.post(path, siteAdmin.as, {}))).toMatchObject({
      email: 'issue.required',
      name: 'issue.required',
    });
    const refused = await api.post(path, editor.as, {
      email: 'x@example.org',
      name: 'X',
      role: 'author',
    });
    expect(refused.status).toBe(403);
    expect(await t.ctx.users.repository.findByEmail('x@example.org')).toBeUndefined();
    expect(await outbox()).toHaveLength(2);
  });
});
