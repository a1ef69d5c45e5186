import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeContributor, makeSite } from '../../../tests/helpers/factories.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('Admin API: contributors', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx);
  });
  afterEach(() => t.destroy());

  const rosa = {
    kind: 'person',
    name: 'Rosa Quispe',
    email: 'Rosa@Example.org',
    links: [{ label: 'Mastodon', url: 'https://social.example/@rosa' }],
    profiles: {
      'es-pe': { title: 'Reportera laboral, Lima', bio: 'Cubre sindicatos.' },
      en: { title: 'Labour reporter, Lima' },
    },
  };

  it('lists the roster to anyone on a staff, by name, searched and paged', async () => {
    await makeContributor(t.ctx, { name: 'Ana Díaz' });
    await makeContributor(t.ctx, { name: 'Colectivo Sur', kind: 'organisation', slug: 'sur' });
    await makeContributor(t.ctx, { name: 'Bruno Costa', email: 'bruno@example.org' });
    const translator = await makeStaff(t.ctx, { roles: [[site, 'translator']] });
    const nobody = await makeStaff(t.ctx);

    const all = await api.get('/contributors', translator.as);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((c: { name: string }) => c.name)).toEqual([
      'Ana Díaz',
      'Bruno Costa',
      'Colectivo Sur',
    ]);
    const searched = await api.get('/contributors?q=COLECT', translator.as);
    expect(searched.body).toMatchObject({
      total: 1,
      items: [{ kind: 'organisation', slug: 'sur' }],
    });
    const byEmail = await api.get('/contributors?q=bruno%40example', translator.as);
    expect(byEmail.body.items.map((c: { name: string }) => c.name)).toEqual(['Bruno Costa']);
    const second = await api.get('/contributors?perPage=1&page=2', translator.as);
    expect(second.body.total).toBe(3);
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(['Bruno Costa']);

    expect((await api.get('/contributors?page=0', translator.as)).status).toBe(422);
    expect(issuesOf(await api.get('/contributors?perPage=many', translator.as))).toEqual({
      perPage: 'issue.wrongType',
    });
    expect((await api.get('/contributors', nobody.as)).status).toBe(403);
    expect((await api.get('/contributors', null)).status).toBe(401);
  });

  it('lets an author add a contributor, with profiles per language', async () => {
    const author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    const created = await api.post('/contributors', author.as, rosa);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'person',
      name: 'Rosa Quispe',
      slug: 'rosa-quispe',
      email: 'rosa@example.org',
      photoMediaId: null,
      userId: null,
    });
    expect(created.body.profiles['es-PE']).toEqual({
      name: null,
      title: 'Reportera laboral, Lima',
      bio: 'Cubre sindicatos.',
    });
    expect(created.body.profiles.en.title).toBe('Labour reporter, Lima');

    const read = await api.get(`/contributors/${created.body.id}`, author.as);
    expect(read.status).toBe(200);
    expect(read.body.links).toEqual([{ label: 'Mastodon', url: 'https://social.example/@rosa' }]);
    expect(Object.keys(read.body.profiles).sort()).toEqual(['en', 'es-PE']);
  });

  it('refuses a contributor with wrong fields, a taken slug or a missing photo, and to those who may not', async () => {
    await makeContributor(t.ctx, { name: 'Rosa Quispe' });
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const contributorRole = await makeStaff(t.ctx, { roles: [[site, 'contributor']] });
    const nobody = await makeStaff(t.ctx);

    const missing = await api.post('/contributors', editor.as, {});
    expect(missing.status).toBe(422);
    expect(issuesOf(missing)).toEqual({ kind: 'issue.required', name: 'issue.required' });
    const wrong = await api.post('/contributors', editor.as, {
      kind: 'robot',
      name: 'R2',
      email: 'not-an-address',
      links: [{ label: 'Site', url: 'javascript:alert(1)' }],
      profiles: { 'klingon!': { bio: 'x' } },
    });
    expect(issuesOf(wrong)).toMatchObject({
      kind: 'issue.notAllowed',
      email: 'issue.email',
      'links.0.url': 'issue.url',
    });
    expect(issuesOf(wrong)['profiles.klingon!']).toBe('issue.languageTag');
    expect(issuesOf(await api.post('/contributors', editor.as, { ...rosa, name: 5 }))).toEqual({
      name: 'issue.wrongType',
    });
    expect(issuesOf(await api.post('/contributors', editor.as, rosa))).toEqual({
      slug: 'issue.slugTaken',
    });
    expect(
      issuesOf(
        await api.post('/contributors', editor.as, {
          ...rosa,
          slug: 'rosa-2',
          photoMediaId: 'no-such-media',
        }),
      ),
    ).toEqual({ photoMediaId: 'issue.notInMediaLibrary' });

    expect((await api.post('/contributors', contributorRole.as, rosa)).status).toBe(403);
    expect((await api.post('/contributors', nobody.as, rosa)).status).toBe(403);
    expect((await api.get('/contributors/no-such-one', editor.as)).status).toBe(404);
    expect((await t.ctx.contributors.repository.list()).map((c) => c.name)).toEqual([
      'Rosa Quispe',
    ]);
  });

  it('lets an editor change a contributor, replacing the profiles, and tells the reader site', async () => {
    const contributor = await makeContributor(t.ctx, {
      name: 'Rosa Quispe',
      profiles: { es: { title: 'Reportera' }, en: { title: 'Reporter' } },
    });
    await makeContributor(t.ctx, { name: 'Ana Díaz' });
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    const photo = unwrap(await t.ctx.media.importImage(png, { originalName: 'rosa.png' }));
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const updated: string[] = [];
    t.ctx.events.on('contributor.updated', ({ contributor: changed }) => {
      updated.push(changed.name);
    });
    const path = `/contributors/${contributor.id}`;

    const changed = await api.patch(path, editor.as, {
      name: 'Rosa Quispe Mamani',
      photoMediaId: photo.id,
      profiles: { 'pt-br': { title: 'Repórter' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'Rosa Quispe Mamani',
      slug: contributor.slug,
      kind: 'person',
      photoMediaId: photo.id,
    });
    expect(Object.keys(changed.body.profiles)).toEqual(['pt-BR']);
    expect(updated).toEqual(['Rosa Quispe Mamani']);
    const stored = await t.ctx.contributors.repository.findById(contributor.id);
    expect(stored?.profiles).toEqual({ 'pt-BR': { name: null, title: 'Repórter', bio: '' } });

    expect(issuesOf(await api.patch(path, editor.as, { slug: 'ana-diaz' }))).toEqual({
      slug: 'issue.slugTaken',
    });
    expect(issuesOf(await api.patch(path, editor.as, { photoMediaId: 'gone' }))).toEqual({
      photoMediaId: 'issue.notInMediaLibrary',
    });
    expect(issuesOf(await api.patch(path, editor.as, { kind: 'group', links: 'x' }))).toEqual({
      kind: 'issue.notAllowed',
      links: 'issue.wrongType',
    });
    expect((await api.patch(path, author.as, { name: 'Mine' })).status).toBe(403);
    expect((await api.patch('/contributors/no-such-one', admin.as, { name: 'X' })).status).toBe(
      404,
    );
    expect((await t.ctx.contributors.repository.findById(contributor.id))?.name).toBe(
      'Rosa Quispe Mamani',
    );
  });
});
