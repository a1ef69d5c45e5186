import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { makeSection, makeSite } from '../../tests/helpers/factories.ts';
import { isTimestamp } from '../core/clock.ts';
import { isId } from '../core/ids.ts';
import { unwrap } from '../core/result.ts';

describeEachDialect('editions', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.destroy());

  it('creates an edition with canonical language, social links and default settings', async () => {
    const site = unwrap(
      await t.ctx.sites.createSite({
        slug: 'ES-PE',
        name: ' Meridiano Perú ',
        language: 'es-pe',
        country: 'pe',
        timezone: 'America/Lima',
        basePath: '/es-pe/',
        socialLinks: [{ network: 'instagram', url: 'https://www.instagram.com/meridiano' }],
      }),
    );
    expect(site).toMatchObject({
      slug: 'es-pe',
      name: 'Meridiano Perú',
      language: 'es-PE',
      country: 'PE',
      host: '',
      basePath: '/es-pe',
    });
    const stored = await t.ctx.sites.findBySlug('es-pe');
    expect(stored?.socialLinks).toEqual([
      { network: 'instagram', url: 'https://www.instagram.com/meridiano' },
    ]);
    expect(stored?.settings).toEqual({
      dateStyle: 'long',
      shareUtm: null,
      feedContent: 'full',
      republicationPolicy: 'canonical',
      supportUrl: null,
    });
  });

  it('stores ids, timestamps and JSON the same way on both databases', async () => {
    await makeSite(t.ctx);
    const row = await t.ctx.db.selectFrom('sites').selectAll().executeTakeFirstOrThrow();
    expect(isId(row.id)).toBe(true);
    expect(isTimestamp(row.created_at)).toBe(true);
    expect(typeof row.position).toBe('number');
    expect(JSON.parse(row.settings)).toMatchObject({ dateStyle: 'long', feedContent: 'full' });
  });

  it('names every wrong field of an edition', async () => {
    const result = await t.ctx.sites.createSite({
      slug: 'Not a slug!',
      name: '',
      language: 'not a language',
      country: 'Peru',
      timezone: 'Mars/Olympus',
      host: 'bad host',
      basePath: 'no-leading-slash',
      socialLinks: [{ network: 'myspace' as 'x', url: 'ftp://example.org' }],
    });
    if (result.ok || result.error.type !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((issue) => issue.path).sort()).toEqual([
      'basePath',
      'country',
      'host',
      'language',
      'name',
      'slug',
      'socialLinks.0.network',
      'socialLinks.0.url',
      'timezone',
    ]);
  });

  it('refuses a reserved path, a slug taken and an address taken', async () => {
    const reserved = await t.ctx.sites.createSite({
      slug: 'x',
      name: 'X',
      language: 'en',
      timezone: 'UTC',
      basePath: '/api',
    });
    expect(reserved).toMatchObject({ ok: false, error: { type: 'invalid' } });

    await makeSite(t.ctx, { slug: 'en', basePath: '/en' });
    expect(
      await t.ctx.sites.createSite({
        slug: 'en',
        name: 'Other',
        language: 'en',
        timezone: 'UTC',
        basePath: '/other',
      }),
    ).toEqual({
      ok: false,
      error: { type: 'slug-taken', slug: 'en' },
    });
    expect(
      await t.ctx.sites.createSite({
        slug: 'en2',
        name: 'Other',
        language: 'en',
        timezone: 'UTC',
        basePath: '/en',
      }),
    ).toEqual({
      ok: false,
      error: { type: 'address-taken', host: '', basePath: '/en' },
    });
  });

  it('routes a new edition at once, by prefix and by host', async () => {
    const byPrefix = await makeSite(t.ctx, { basePath: '/fr' });
    const byHost = await makeSite(t.ctx, { host: 'meridiano.example', basePath: '' });
    const router = t.ctx.siteDirectory.router();
    expect(router.resolve('tribune.test', '/fr/article')).toMatchObject({
      kind: 'edition',
      path: '/article',
      site: { id: byPrefix.id },
    });
    expect(router.resolve('Meridiano.Example:443', '/article')).toMatchObject({
      kind: 'edition',
      site: { id: byHost.id },
    });
    expect(router.resolve('tribune.test', '/')).toEqual({ kind: 'network', path: '/' });
  });

  it('keeps sections in order and navigation that points at them', async () => {
    const site = await makeSite(t.ctx);
    const labor = unwrap(
      await t.ctx.taxonomy.createSection(site.id, 'en', { name: 'Labor', position: 2 }),
    );
    const politics = unwrap(
      await t.ctx.taxonomy.createSection(site.id, 'en', { name: 'Politics', position: 1 }),
    );
    expect((await t.ctx.taxonomy.repository.sections(site.id)).map((s) => s.slug)).toEqual([
      'politics',
      'labor',
    ]);
    expect(await t.ctx.taxonomy.createSection(site.id, 'en', { name: 'Labor' })).toEqual({
      ok: false,
      error: { type: 'slug-taken', slug: 'labor' },
    });
    const updated = await t.ctx.sites.setNavigation(site.id, [
      { kind: 'section', sectionId: politics.id },
      { kind: 'section', sectionId: labor.id },
      { kind: 'page', slug: 'about', label: 'About' },
    ]);
    expect((await t.ctx.sites.findById(site.id))?.navigation).toEqual(updated?.navigation);
    expect(updated?.navigation).toHaveLength(3);
  });

  it('finds or creates tags by name, and series by slug', async () => {
    const site = await makeSite(t.ctx, { language: 'de-DE', timezone: 'Europe/Berlin' });
    const tag = unwrap(await t.ctx.taxonomy.ensureTag(site.id, 'de', 'Mieten & Wohnen'));
    expect(tag.slug).toBe('mieten-wohnen');
    const again = unwrap(await t.ctx.taxonomy.ensureTag(site.id, 'de', 'Mieten & Wohnen'));
    expect(again.id).toBe(tag.id);
    const series = unwrap(
      await t.ctx.taxonomy.createSeries(site.id, 'de', { title: 'Über Arbeit' }),
    );
    expect(series.slug).toBe('ueber-arbeit');
    expect((await t.ctx.taxonomy.repository.findSeries(site.id, 'ueber-arbeit'))?.id).toBe(
      series.id,
    );
    expect(await t.ctx.taxonomy.createSeries(site.id, 'de', { title: '' })).toMatchObject({
      ok: false,
    });
    await makeSection(t.ctx, site);
  });
});
