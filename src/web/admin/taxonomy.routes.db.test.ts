import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSection, makeSite } from '../../../tests/helpers/factories.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('Admin API: sections, tags and series', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  let other: Site;
  let editor: Awaited<ReturnType<typeof makeStaff>>;
  let author: Awaited<ReturnType<typeof makeStaff>>;
  let outsider: Awaited<ReturnType<typeof makeStaff>>;
  let admin: Awaited<ReturnType<typeof makeStaff>>;
  let changes: string[];
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx, { language: 'de-DE', timezone: 'Europe/Berlin' });
    other = await makeSite(t.ctx);
    editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    outsider = await makeStaff(t.ctx, { roles: [[other, 'editor']] });
    admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    changes = [];
    t.ctx.events.on('taxonomy.changed', ({ siteId }) => {
      changes.push(siteId);
    });
  });
  afterEach(() => t.destroy());

  it('lists an edition’s sections in order and lets editors create one', async () => {
    await makeSection(t.ctx, site, 'Politik');
    changes.length = 0;
    const created = await api.post(`/sites/${site.id}/sections`, editor.as, {
      name: 'Arbeit & Soziales',
      description: 'Gewerkschaften, Löhne',
      position: 0,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      siteId: site.id,
      name: 'Arbeit & Soziales',
      slug: 'arbeit-soziales',
      description: 'Gewerkschaften, Löhne',
      position: 0,
    });
    expect(changes).toEqual([site.id]);

    const listed = await api.get(`/sites/${site.id}/sections`, author.as);
    expect(listed.status).toBe(200);
    expect(listed.body.map((s: { name: string }) => s.name)).toEqual([
      'Arbeit & Soziales',
      'Politik',
    ]);
  });

  it('refuses a section with a wrong or taken field, and to those who may not', async () => {
    await makeSection(t.ctx, site, 'Politik');
    const path = `/sites/${site.id}/sections`;
    const missing = await api.post(path, editor.as, {});
    expect(missing.status).toBe(422);
    expect(issuesOf(missing)).toEqual({ name: 'issue.required' });
    const wrong = await api.post(path, editor.as, {
      name: 'Kultur',
      slug: 'Not A Slug!',
      position: 'top',
    });
    expect(issuesOf(wrong)).toEqual({ slug: 'issue.slug', position: 'issue.wrongType' });
    const taken = await api.post(path, editor.as, { name: 'Politik' });
    expect(taken.status).toBe(422);
    expect(issuesOf(taken)).toEqual({ slug: 'issue.slugTaken' });

    expect((await api.post(path, author.as, { name: 'Kultur' })).status).toBe(403);
    expect((await api.post(path, outsider.as, { name: 'Kultur' })).status).toBe(403);
    expect((await api.get(path, outsider.as)).status).toBe(403);
    expect((await api.post('/sites/no-such-site/sections', admin.as, { name: 'K' })).status).toBe(
      404,
    );
    expect((await t.ctx.taxonomy.repository.sections(site.id)).map((s) => s.name)).toEqual([
      'Politik',
    ]);
  });

  it('changes a section, keeping what was left out, and refuses a taken slug', async () => {
    const politics = await makeSection(t.ctx, site, 'Politik');
    await makeSection(t.ctx, site, 'Kultur');
    changes.length = 0;
    const path = `/sections/${politics.id}`;

    const renamed = await api.patch(path, editor.as, { name: 'Politik & Staat', position: 5 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      id: politics.id,
      name: 'Politik & Staat',
      slug: 'politik',
      position: 5,
    });
    expect(changes).toEqual([site.id]);
    const reslugged = await api.patch(path, editor.as, { slug: 'staat' });
    expect(reslugged.body).toMatchObject({ slug: 'staat', name: 'Politik & Staat' });

    const taken = await api.patch(path, editor.as, { slug: 'kultur' });
    expect(taken.status).toBe(422);
    expect(issuesOf(taken)).toEqual({ slug: 'issue.slugTaken' });
    const wrong = await api.patch(path, editor.as, { name: '', description: ['x'] });
    expect(issuesOf(wrong)).toEqual({ name: 'issue.required', description: 'issue.wrongType' });

    expect((await api.patch(path, author.as, { name: 'Mine' })).status).toBe(403);
    expect((await api.patch(path, outsider.as, { name: 'Mine' })).status).toBe(404);
    expect((await api.patch('/sections/no-such-section', admin.as, { name: 'X' })).status).toBe(
      404,
    );
    const stored = await t.ctx.taxonomy.repository.findSectionById(politics.id);
    expect(stored).toMatchObject({ name: 'Politik & Staat', slug: 'staat', position: 5 });
  });

  it('deletes a section; its articles stay, without a section, and the menu drops it', async () => {
    const politics = await makeSection(t.ctx, site, 'Politik');
    const culture = await makeSection(t.ctx, site, 'Kultur');
    await t.ctx.sites.setNavigation(site.id, [
      { kind: 'section', sectionId: politics.id },
      { kind: 'section', sectionId: culture.id },
    ]);
    const article = await makeArticle(t.ctx, site, { sectionId: politics.id });
    expect(article.sectionId).toBe(politics.id);
    changes.length = 0;
    const path = `/sections/${politics.id}`;

    expect((await api.delete(path, author.as)).status).toBe(403);
    expect((await api.delete(path, outsider.as)).status).toBe(404);
    const deleted = await api.delete(path, editor.as);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe('');
    expect(changes).toEqual([site.id]);

    expect(await t.ctx.taxonomy.repository.findSectionById(politics.id)).toBeUndefined();
    const kept = await t.ctx.articles.repository.findById(article.id);
    expect(kept?.headline).toBe(article.headline);
    expect(kept?.sectionId).toBeNull();
    const menu = (await t.ctx.sites.findBySlug(site.slug))?.navigation;
    expect(menu).toEqual([{ kind: 'section', sectionId: culture.id }]);
    expect((await api.delete(path, editor.as)).status).toBe(404);
  });

  it('finds tags by part of their name and finds or creates one by name', async () => {
    const path = `/sites/${site.id}/tags`;
    const contributor = await makeStaff(t.ctx, { roles: [[site, 'contributor']] });

    const created = await api.post(path, contributor.as, { name: 'Mieten & Wohnen' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Mieten & Wohnen', slug: 'mieten-wohnen' });
    const again = await api.post(path, editor.as, { name: ' Mieten & Wohnen ' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.body.id);
    unwrap(await t.ctx.taxonomy.ensureTag(site.id, 'de', 'Streik'));
    unwrap(await t.ctx.taxonomy.ensureTag(other.id, 'en', 'Wohnungsnot'));

    const all = await api.get(path, author.as);
    expect(all.body.map((tag: { name: string }) => tag.name)).toEqual([
      'Mieten & Wohnen',
      'Streik',
    ]);
    const found = await api.get(`${path}?q=WOHN`, author.as);
    expect(found.body.map((tag: { name: string }) => tag.name)).toEqual(['Mieten & Wohnen']);
    expect((await api.get(`${path}?q=${encodeURIComponent('%')}`, author.as)).body).toEqual([]);
    expect((await api.get(`${path}?limit=1`, author.as)).body).toHaveLength(1);
    expect((await api.get(`${path}?limit=none`, author.as)).status).toBe(422);

    const empty = await api.post(path, editor.as, { name: '  ' });
    expect(issuesOf(empty)).toEqual({ name: 'issue.required' });
    expect(issuesOf(await api.post(path, editor.as, {}))).toEqual({ name: 'issue.required' });
    expect(issuesOf(await api.post(path, editor.as, { name: 7 }))).toEqual({
      name: 'issue.wrongType',
    });
    expect((await api.post(path, outsider.as, { name: 'Streik' })).status).toBe(403);
    expect((await api.get(path, outsider.as)).status).toBe(403);
  });

  it('lists, creates and changes series for those who manage the edition', async () => {
    const path = `/sites/${site.id}/series`;
    const created = await api.post(path, editor.as, {
      title: 'Über Arbeit',
      description: 'Eine Reihe',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Über Arbeit', slug: 'ueber-arbeit' });
    expect(changes).toEqual([site.id]);
    await api.post(path, editor.as, { title: 'Am Rand', slug: 'am-rand' });
    const listed = await api.get(path, author.as);
    expect(listed.body.map((s: { slug: string }) => s.slug)).toEqual(['am-rand', 'ueber-arbeit']);

    expect(issuesOf(await api.post(path, editor.as, { description: 'x' }))).toEqual({
      title: 'issue.required',
    });
    expect(issuesOf(await api.post(path, editor.as, { title: 'Am Rand' }))).toEqual({
      slug: 'issue.slugTaken',
    });
    expect((await api.post(path, author.as, { title: 'Meine' })).status).toBe(403);
    expect((await api.get(path, outsider.as)).status).toBe(403);

    const seriesPath = `/series/${created.body.id}`;
    const changed = await api.patch(seriesPath, editor.as, { title: 'Über die Arbeit' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: 'Über die Arbeit',
      slug: 'ueber-arbeit',
      description: 'Eine Reihe',
    });
    expect(issuesOf(await api.patch(seriesPath, editor.as, { slug: 'am-rand' }))).toEqual({
      slug: 'issue.slugTaken',
    });
    expect(issuesOf(await api.patch(seriesPath, editor.as, { title: false }))).toEqual({
      title: 'issue.wrongType',
    });
    expect((await api.patch(seriesPath, author.as, { title: 'Mine' })).status).toBe(403);
    expect((await api.patch(seriesPath, outsider.as, { title: 'Mine' })).status).toBe(404);
    expect((await api.patch('/series/none', admin.as, { title: 'X' })).status).toBe(404);
    expect((await t.ctx.taxonomy.repository.findSeriesById(created.body.id))?.title).toBe(
      'Über die Arbeit',
    );
  });
});
