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

describeEachDialect('Admin API: editions', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
  });
  afterEach(() => t.destroy());

  const newEdition = {
    slug: 'es-pe',
    name: 'Meridiano Perú',
    language: 'es-pe',
    timezone: 'America/Lima',
    country: 'pe',
    basePath: '/es-pe/',
    settings: { dateStyle: 'full', feedContent: 'summary' },
  };

  it('lists every edition to a network admin, and to others the ones they work on, with their roles', async () => {
    await makeSite(t.ctx, { name: 'Lima', position: 1 });
    const berlin = await makeSite(t.ctx, { name: 'Berlin', position: 2 });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const editor = await makeStaff(t.ctx, {
      roles: [
        [berlin, 'editor'],
        [berlin, 'translator'],
      ],
    });
    const nobody = await makeStaff(t.ctx);

    const all = await api.get('/sites', admin.as);
    expect(all.status).toBe(200);
    expect(all.body.map((site: { name: string }) => site.name)).toEqual(['Lima', 'Berlin']);
    expect(all.body[0].roles).toEqual([]);
    expect(all.headers.get('Cache-Control')).toBe('no-store');

    const mine = await api.get('/sites', editor.as);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ id: berlin.id, roles: ['editor', 'translator'] });
    expect(mine.body[0].settings.dateStyle).toBe('long');

    expect((await api.get('/sites', nobody.as)).body).toEqual([]);
    expect((await api.get('/sites', null)).status).toBe(401);
  });

  it('lets a network admin create an edition, normalising what was typed', async () => {
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const created = await api.post('/sites', admin.as, newEdition);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'es-pe',
      language: 'es-PE',
      country: 'PE',
      basePath: '/es-pe',
      host: '',
      settings: { dateStyle: 'full', feedContent: 'summary', republicationPolicy: 'canonical' },
    });
    expect((await t.ctx.sites.findBySlug('es-pe'))?.name).toBe('Meridiano Perú');
    // The reader site knows the new edition at once.
    expect(t.ctx.siteDirectory.get(created.body.id)?.basePath).toBe('/es-pe');
  });

  it('refuses an edition with fields missing, wrong or taken, and to anyone but a network admin', async () => {
    const existing = await makeSite(t.ctx, { slug: 'de', basePath: '/de' });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const siteAdmin = await makeStaff(t.ctx, { roles: [[existing, 'site-admin']] });

    const empty = await api.post('/sites', admin.as, {});
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('invalid');
    expect(issuesOf(empty)).toMatchObject({
      slug: 'issue.required',
      name: 'issue.required',
      language: 'issue.required',
      timezone: 'issue.required',
    });

    const wrong = await api.post('/sites', admin.as, {
      ...newEdition,
      language: 'not a language',
      timezone: 'Mars/Olympus',
      position: 'first',
      basePath: '/api',
      settings: { dateStyle: 'tiny', colour: 'red' },
    });
    expect(issuesOf(wrong)).toMatchObject({
      language: 'issue.languageTag',
      timezone: 'issue.timeZone',
      position: 'issue.wrongType',
      basePath: 'issue.reservedPath',
      'settings.dateStyle': 'issue.notAllowed',
      settings: 'issue.unknownField',
    });

    const slugTaken = await api.post('/sites', admin.as, { ...newEdition, slug: 'de' });
    expect(slugTaken.status).toBe(422);
    expect(issuesOf(slugTaken)).toEqual({ slug: 'issue.slugTaken' });
    const addressTaken = await api.post('/sites', admin.as, { ...newEdition, basePath: '/de' });
    expect(issuesOf(addressTaken)).toEqual({ basePath: 'issue.addressTaken' });
    const ownHost = await api.post('/sites', admin.as, {
      ...newEdition,
      basePath: '',
      host: 'meridiano.example',
    });
    expect(ownHost.status).toBe(201);
    const hostTaken = await api.post('/sites', admin.as, {
      ...newEdition,
      slug: 'other',
      basePath: '',
      host: 'Meridiano.example',
    });
    expect(issuesOf(hostTaken)).toEqual({ host: 'issue.addressTaken' });

    const navigation = await api.post('/sites', admin.as, {
      ...newEdition,
      slug: 'nav',
      basePath: '/nav',
      navigation: [{ kind: 'section', sectionId: 'whatever' }],
    });
    expect(issuesOf(navigation)).toEqual({ 'navigation.0.sectionId': 'issue.notSectionOfEdition' });

    const malformed = await api.post('/sites', admin.as, '{"slug": ');
    expect(malformed.status).toBe(422);
    expect(issuesOf(malformed)).toEqual({ '': 'issue.json' });

    const refused = await api.post('/sites', siteAdmin.as, { ...newEdition, slug: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect(await t.ctx.sites.findBySlug('x')).toBeUndefined();
    expect((await api.post('/sites', null, newEdition)).status).toBe(401);
  });

  it('shows one edition to its members, 403 to others, 404 when there is none', async () => {
    const site = await makeSite(t.ctx, { name: 'Lima' });
    const other = await makeSite(t.ctx);
    const author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    const outsider = await makeStaff(t.ctx, { roles: [[other, 'site-admin']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });

    const shown = await api.get(`/sites/${site.id}`, author.as);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id: site.id, name: 'Lima', roles: ['author'] });
    expect((await api.get(`/sites/${site.id}`, outsider.as)).status).toBe(403);
    const missing = await api.get('/sites/no-such-edition', admin.as);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not-found');
    expect((await api.get(`/sites/${'x'.repeat(65)}`, admin.as)).status).toBe(404);
  });

  it('lets a site admin change the settings, merging them, and tells the reader site (site.updated)', async () => {
    const site = await makeSite(t.ctx, { name: 'Lima' });
    const politics = await makeSection(t.ctx, site, 'Politics');
    const siteAdmin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']] });
    const changed: string[] = [];
    t.ctx.events.on('site.updated', ({ site: updated }) => {
      changed.push(updated.name);
    });

    const first = await api.patch(`/sites/${site.id}`, siteAdmin.as, {
      name: 'Meridiano Lima',
      tagline: 'Noticias del trabajo',
      timezone: 'America/Lima',
      country: 'PE',
      position: 3,
      socialLinks: [{ network: 'mastodon', url: 'https://social.example/@lima' }],
      navigation: [
        { kind: 'section', sectionId: politics.id },
        { kind: 'page', slug: 'about', label: 'About us' },
      ],
      settings: {
        shareUtm: { source: 'share', medium: 'social', campaign: 'lima' },
        dateStyle: 'medium',
      },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      name: 'Meridiano Lima',
      tagline: 'Noticias del trabajo',
      country: 'PE',
      position: 3,
      settings: { dateStyle: 'medium', shareUtm: { campaign: 'lima' }, feedContent: 'full' },
    });
    expect(first.body.navigation).toHaveLength(2);

    const second = await api.patch(`/sites/${site.id}`, siteAdmin.as, {
      settings: { feedContent: 'summary', supportUrl: 'https://support.example/lima' },
      // The same address sent back unchanged is no move.
      basePath: site.basePath,
      host: '',
    });
    expect(second.status).toBe(200);
    const stored = await t.ctx.sites.findById(site.id);
    expect(stored?.name).toBe('Meridiano Lima');
    expect(stored?.settings).toEqual({
      dateStyle: 'medium',
      shareUtm: { source: 'share', medium: 'social', campaign: 'lima' },
      feedContent: 'summary',
      republicationPolicy: 'canonical',
      supportUrl: 'https://support.example/lima',
    });
    expect(changed).toEqual(['Meridiano Lima', 'Meridiano Lima']);
  });

  it('moves an edition only for a network admin, and not onto a taken address', async () => {
    const site = await makeSite(t.ctx, { basePath: '/lima' });
    await makeSite(t.ctx, { basePath: '/taken' });
    const siteAdmin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });

    const byHost = await api.patch(`/sites/${site.id}`, siteAdmin.as, { host: 'lima.example' });
    expect(byHost.status).toBe(403);
    const byPath = await api.patch(`/sites/${site.id}`, siteAdmin.as, { basePath: '/elsewhere' });
    expect(byPath.status).toBe(403);
    expect((await t.ctx.sites.findById(site.id))?.basePath).toBe('/lima');

    const taken = await api.patch(`/sites/${site.id}`, admin.as, { basePath: '/taken' });
    expect(taken.status).toBe(422);
    expect(issuesOf(taken)).toEqual({ basePath: 'issue.addressTaken' });
    const moved = await api.patch(`/sites/${site.id}`, admin.as, {
      host: 'lima.example',
      basePath: '',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ host: 'lima.example', basePath: '' });
    expect(t.ctx.siteDirectory.get(site.id)?.host).toBe('lima.example');
  });

  it('refuses wrong settings, the roles that may not, other editions and unknown ones', async () => {
    const site = await makeSite(t.ctx);
    const other = await makeSite(t.ctx);
    const foreignSection = await makeSection(t.ctx, other, 'Elsewhere');
    const siteAdmin = await makeStaff(t.ctx, { roles: [[site, 'site-admin']] });
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const otherAdmin = await makeStaff(t.ctx, { roles: [[other, 'site-admin']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });

    const wrong = await api.patch(`/sites/${site.id}`, siteAdmin.as, {
      name: '',
      timezone: 'Lima',
      country: 'ZZ',
      socialLinks: [{ network: 'myspace', url: 'ftp://x' }],
      settings: { supportUrl: 'javascript:alert(1)', shareUtm: 'yes' },
      tagline: 42,
    });
    expect(wrong.status).toBe(422);
    expect(issuesOf(wrong)).toMatchObject({
      name: 'issue.required',
      timezone: 'issue.timeZone',
      country: 'issue.country',
      'socialLinks.0.network': 'issue.notAllowed',
      'socialLinks.0.url': 'issue.url',
      'settings.supportUrl': 'issue.url',
      'settings.shareUtm': 'issue.wrongType',
      tagline: 'issue.wrongType',
    });

    const foreign = await api.patch(`/sites/${site.id}`, siteAdmin.as, {
      navigation: [{ kind: 'section', sectionId: foreignSection.id }],
    });
    expect(issuesOf(foreign)).toEqual({ 'navigation.0.sectionId': 'issue.notSectionOfEdition' });

    expect((await api.patch(`/sites/${site.id}`, editor.as, { name: 'Mine' })).status).toBe(403);
    expect((await api.patch(`/sites/${site.id}`, otherAdmin.as, { name: 'Mine' })).status).toBe(
      403,
    );
    expect((await api.patch('/sites/no-such-edition', admin.as, { name: 'X' })).status).toBe(404);
    expect((await t.ctx.sites.findById(site.id))?.name).toBe(site.name);
  });

  it('shows the front page to members and lets editors set it from the edition’s articles', async () => {
    const site = await makeSite(t.ctx);
    const other = await makeSite(t.ctx);
    const lead = await makeArticle(t.ctx, site);
    const featured = await makeArticle(t.ctx, site);
    const foreign = await makeArticle(t.ctx, other);
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    const outsider = await makeStaff(t.ctx, { roles: [[other, 'editor']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const path = `/sites/${site.id}/front-page`;

    expect((await api.get(path, author.as)).body).toEqual({ leadId: null, featuredIds: [] });
    const set = await api.put(path, editor.as, { leadId: lead.id, featuredIds: [featured.id] });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ leadId: lead.id, featuredIds: [featured.id] });
    expect(await t.ctx.frontPages.get(site.id)).toEqual({
      leadId: lead.id,
      featuredIds: [featured.id],
    });
    expect((await api.get(path, author.as)).body.leadId).toBe(lead.id);

    const notOurs = await api.put(path, editor.as, { leadId: foreign.id, featuredIds: [] });
    expect(notOurs.status).toBe(422);
    expect(issuesOf(notOurs)).toEqual({ leadId: 'issue.notArticleOfEdition' });
    const missing = await api.put(path, editor.as, { leadId: null });
    expect(issuesOf(missing)).toEqual({ featuredIds: 'issue.required' });
    const tooMany = await api.put(path, editor.as, {
      leadId: null,
      featuredIds: Array.from({ length: 9 }, () => featured.id),
    });
    expect(issuesOf(tooMany)).toEqual({ featuredIds: 'issue.tooMany' });
    const wrongType = await api.put(path, editor.as, { leadId: 7, featuredIds: 'all' });
    expect(issuesOf(wrongType)).toEqual({
      leadId: 'issue.wrongType',
      featuredIds: 'issue.wrongType',
    });

    expect((await api.put(path, author.as, { leadId: null, featuredIds: [] })).status).toBe(403);
    expect((await api.get(path, outsider.as)).status).toBe(403);
    expect((await api.put(path, outsider.as, { leadId: null, featuredIds: [] })).status).toBe(403);
    expect((await api.get('/sites/no-such-edition/front-page', admin.as)).status).toBe(404);
    expect((await t.ctx.frontPages.get(site.id)).leadId).toBe(lead.id);
  });

  it('describes every edition route in the OpenAPI document', async () => {
    const doc = await api.get('/openapi.json', null);
    expect(doc.status).toBe(200);
    const paths = doc.body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/sites'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/sites/{siteId}'] ?? {}).sort()).toEqual(['get', 'patch']);
    expect(Object.keys(paths['/sites/{siteId}/front-page'] ?? {}).sort()).toEqual(['get', 'put']);
    const create = paths['/sites']?.post as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
    };
    expect(create.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['slug', 'name', 'language', 'timezone']),
    );
  });
});
