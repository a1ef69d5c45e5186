import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../../tests/helpers/factories.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('Admin API: static pages', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  let other: Site;
  let editor: Awaited<ReturnType<typeof makeStaff>>;
  let author: Awaited<ReturnType<typeof makeStaff>>;
  let outsider: Awaited<ReturnType<typeof makeStaff>>;
  let admin: Awaited<ReturnType<typeof makeStaff>>;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
    other = await makeSite(t.ctx);
    editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    outsider = await makeStaff(t.ctx, { roles: [[other, 'site-admin']] });
    admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
  });
  afterEach(() => t.destroy());

  const about = {
    title: 'Quiénes somos',
    description: 'La redacción de Lima',
    body: [{ type: 'paragraph', html: 'Somos <em>periodistas</em><script>x</script>.' }],
  };

  it('lets editors create a page, slugged from its title, and members list and read it', async () => {
    const created = await api.post(`/sites/${site.id}/pages`, editor.as, about);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      siteId: site.id,
      slug: 'quienes-somos',
      title: 'Quiénes somos',
      published: true,
    });
    expect(created.body.body[0]).toMatchObject({
      type: 'paragraph',
      html: 'Somos <em>periodistas</em>.',
    });
    unwrap(await t.ctx.pages.createPage(site.id, 'es', { title: 'Apoyanos', slug: 'apoyo' }));
    unwrap(await t.ctx.pages.createPage(other.id, 'en', { title: 'Elsewhere' }));

    const listed = await api.get(`/sites/${site.id}/pages`, author.as);
    expect(listed.status).toBe(200);
    expect(listed.body.map((page: { slug: string }) => page.slug)).toEqual([
      'apoyo',
      'quienes-somos',
    ]);
    const read = await api.get(`/pages/${created.body.id}`, author.as);
    expect(read.status).toBe(200);
    expect(read.body.description).toBe('La redacción de Lima');
  });

  it('refuses a page with wrong fields, a taken or reserved slug, and to those who may not', async () => {
    const path = `/sites/${site.id}/pages`;
    await makeArticle(t.ctx, site, { slug: 'huelga' });

    const missing = await api.post(path, editor.as, { body: [] });
    expect(missing.status).toBe(422);
    expect(issuesOf(missing)).toEqual({ title: 'issue.required' });
    const wrong = await api.post(path, editor.as, {
      title: 'Huelga',
      published: 'yes',
      description: 3,
    });
    expect(issuesOf(wrong)).toEqual({
      published: 'issue.wrongType',
      description: 'issue.wrongType',
    });
    const badBody = await api.post(path, editor.as, {
      title: 'Huelga',
      body: [{ type: 'marquee', html: 'x' }],
    });
    expect(badBody.status).toBe(422);
    expect(Object.keys(issuesOf(badBody))[0]).toMatch(/^body\.0/);
    expect(issuesOf(await api.post(path, editor.as, { title: 'Huelga' }))).toEqual({
      slug: 'issue.slugTaken',
    });
    expect(issuesOf(await api.post(path, editor.as, { title: 'X', slug: 'tag' }))).toEqual({
      slug: 'issue.reservedSlug',
    });

    expect((await api.post(path, author.as, about)).status).toBe(403);
    expect((await api.post(path, outsider.as, about)).status).toBe(403);
    expect((await api.get(path, outsider.as)).status).toBe(403);
    expect((await api.post('/sites/nowhere/pages', admin.as, about)).status).toBe(404);
    expect(await t.ctx.pages.repository.list(site.id)).toEqual([]);
  });

  it('changes a page, keeping what was left out, and tells the reader site', async () => {
    const page = unwrap(await t.ctx.pages.createPage(site.id, 'es', about));
    unwrap(await t.ctx.pages.createPage(site.id, 'es', { title: 'Apoyo', slug: 'apoyo' }));
    const saved: string[] = [];
    t.ctx.events.on('page.saved', ({ page: changed }) => {
      saved.push(changed.title);
    });
    const path = `/pages/${page.id}`;

    const changed = await api.patch(path, editor.as, {
      title: 'Nosotros',
      published: false,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: 'Nosotros',
      slug: 'quienes-somos',
      description: 'La redacción de Lima',
      published: false,
    });
    expect(changed.body.body).toHaveLength(1);
    expect(saved).toEqual(['Nosotros']);
    const stored = await t.ctx.pages.repository.findById(page.id);
    expect(stored).toMatchObject({ title: 'Nosotros', published: false });

    expect(issuesOf(await api.patch(path, editor.as, { slug: 'apoyo' }))).toEqual({
      slug: 'issue.slugTaken',
    });
    expect(issuesOf(await api.patch(path, editor.as, { title: '' }))).toEqual({
      title: 'issue.required',
    });
    expect(issuesOf(await api.patch(path, editor.as, { body: 'text' }))).toMatchObject({
      body: 'issue.wrongType',
    });
    expect((await api.patch(path, author.as, { title: 'Mía' })).status).toBe(403);
    expect((await api.patch(path, outsider.as, { title: 'Mía' })).status).toBe(404);
    expect((await api.get(path, outsider.as)).status).toBe(404);
    expect((await api.patch('/pages/none', admin.as, { title: 'X' })).status).toBe(404);
    expect((await api.get('/pages/none', admin.as)).status).toBe(404);
    expect((await t.ctx.pages.repository.findById(page.id))?.title).toBe('Nosotros');
  });
});
