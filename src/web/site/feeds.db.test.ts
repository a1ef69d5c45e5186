import { parseFeed } from '@rowanmanning/feed-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { demoArticle } from '../../../tests/helpers/demo-content.ts';
import { atomProblems, hasJing, jsonFeedProblems } from '../../../tests/helpers/validators.ts';
import { createApp } from '../../app.ts';
import { loadDemo } from '../../demo/load-demo.ts';

if (!hasJing) console.log('Atom schema checks skipped: jing is not installed.');

describeEachDialect('the feeds', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers: { host: 'tribune.test', ...headers } });
  const text = async (path: string) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    t = await createTestContext(dialect);
    await loadDemo(t.ctx);
    app = createApp(t.ctx);
  }, 120_000);
  afterAll(() => t.destroy());

  it('serve RSS 2.0 that real feed readers parse, with full text and credit lines', async () => {
    const xml = await text('/en/rss.xml');
    const parsed = await new Parser().parseString(xml);
    expect(parsed.title).toBe('Meridian');
    expect(parsed.language).toBe('en-us');
    expect(parsed.items.length).toBeGreaterThan(5);
    const translation = demoArticle('callao-strike-en');
    const item = parsed.items.find(
      (entry) => entry.link === `http://tribune.test${translation.path}`,
    );
    expect(item?.title).toBe(translation.headline);
    expect(item?.pubDate).toMatch(/GMT$/);
    expect(item?.['content:encoded']).toContain('Originally published in Spanish on');
    expect(item?.['content:encoded']).toContain(
      'Translation: <a href="http://tribune.test/en/contributor/daniel-okafor">',
    );
    const illustrated = parsed.items.find((entry) =>
      entry.link?.endsWith(demoArticle('delivering-the-city-1').path),
    );
    expect(illustrated?.['content:encoded']).toMatch(
      /<img src="http:\/\/tribune\.test\/media\/[0-9a-f-]+\/\d+\.jpg"/,
    );

    const lenient = parseFeed(xml);
    expect(lenient.title).toBe('Meridian');
    const other = lenient.items.find(
      (entry) => entry.url === `http://tribune.test${translation.path}`,
    );
    expect(other?.published?.toISOString()).toMatch(/^2026|^20\d\d/);
    expect(other?.authors.map((author) => author.name)).toEqual(['Rosa Quispe']);
    expect(other?.media[0]?.url).toMatch(/\/media\/[0-9a-f-]+\/1280\.jpg$/);
  });

  it('serve Atom 1.0 that validates against RFC 4287’s schema', async () => {
    const xml = await text('/fr/atom.xml');
    if (hasJing) expect(await atomProblems(xml)).toBe('');
    const parsed = parseFeed(xml);
    expect(parsed.language).toBe('fr-FR');
    expect(parsed.items.length).toBeGreaterThan(3);
    expect(parsed.self).toBe('http://tribune.test/fr/atom.xml');
  });

  it('serve JSON Feed 1.1 that validates against its schema', async () => {
    const json = JSON.parse(await text('/es-pe/feed.json'));
    expect(await jsonFeedProblems(json)).toEqual([]);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('es-PE');
    const statement = json.items.find((item: { url: string }) =>
      item.url.endsWith(demoArticle('callao-federation-statement').path),
    );
    expect(statement.authors[0].name).toBe('Federación de Trabajadores Portuarios del Callao');
  });

  it('has feeds for sections, tags, series and contributors, and 404 for unknown ones', async () => {
    for (const path of [
      '/en/section/labor/rss.xml',
      '/fr/tag/retraites/atom.xml',
      '/en/series/delivering-the-city/feed.json',
      '/pt-br/contributor/helena-duarte/rss.xml',
    ]) {
      const body = await text(path);
      expect(body.length, path).toBeGreaterThan(200);
    }
    const series = JSON.parse(await text('/en/series/delivering-the-city/feed.json'));
    // Feeds run newest first, a series too.
    expect(series.items.map((item: { title: string }) => item.title)).toEqual(
      ['delivering-the-city-3', 'delivering-the-city-2', 'delivering-the-city-1'].map(
        (key) => demoArticle(key).headline,
      ),
    );
    for (const path of [
      '/en/section/nothing/rss.xml',
      '/en/tag/nothing/atom.xml',
      '/en/rss.json',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('answer conditional requests with 304, by ETag and by date', async () => {
    const first = await get('/en/atom.xml');
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(first.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(etag).not.toBe('');
    expect(lastModified).toMatch(/GMT$/);
    expect((await get('/en/atom.xml', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/en/atom.xml', { 'if-modified-since': lastModified })).status).toBe(304);
    expect(
      (await get('/en/atom.xml', { 'if-modified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' })).status,
    ).toBe(200);
  });

  it('send summaries only when the edition asks so', async () => {
    const site = await t.ctx.sites.findBySlug('de');
    const updated = await t.ctx.sites.updateSite(site?.id ?? '', {
      settings: { feedContent: 'summary' },
    });
    expect(updated.ok).toBe(true);
    const xml = await text('/de/rss.xml');
    expect(xml).not.toContain('<content:encoded>');
    expect(xml).toContain('<description>');
  });

  it('are announced in every page’s head and linked from the footer', async () => {
    const page = await text('/en/section/labor');
    expect(page).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Meridian" href="/en/rss.xml"/>',
    );
    expect(page).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Labor — Meridian" href="/en/section/labor/atom.xml"/>',
    );
    expect(page).toContain('<a href="/en/feed.json" type="application/feed+json">JSON Feed</a>');
  });
});
