import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { demoArticle } from '../../../tests/helpers/demo-content.ts';
import { hasXmllint, jsonLdProblems, xsdProblems } from '../../../tests/helpers/validators.ts';
import { createApp } from '../../app.ts';
import { loadDemo } from '../../demo/load-demo.ts';

if (!hasXmllint) console.log('Sitemap schema checks skipped: xmllint is not installed.');

/** The JSON-LD objects of a page. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap(
    (match) => [JSON.parse(match[1] ?? 'null')].flat(),
  );
}

describeEachDialect('sitemaps, robots.txt and structured data', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  const text = async (path: string, status = 200) => {
    const response = await app.request(path, { headers: { host: 'tribune.test' } });
    expect(response.status, path).toBe(status);
    return response.text();
  };

  beforeAll(async () => {
    t = await createTestContext(dialect);
    // Demo articles are dated from now; the clock of the test follows the real one here.
    t.clock.set(new Date());
    await loadDemo(t.ctx);
    app = createApp(t.ctx);
  }, 120_000);
  afterAll(() => t.destroy());

  it('has a sitemap index per edition that validates and lists pages, news and months', async () => {
    const index = await text('/es-pe/sitemap.xml');
    if (hasXmllint) expect(await xsdProblems(index, 'siteindex.xsd')).toBe('');
    expect(index).toContain('<loc>http://tribune.test/es-pe/sitemaps/pages.xml</loc>');
    expect(index).toContain('<loc>http://tribune.test/es-pe/sitemaps/news.xml</loc>');
    expect(index).toMatch(
      /<loc>http:\/\/tribune\.test\/es-pe\/sitemaps\/articles-\d{4}-\d{2}\.xml<\/loc><lastmod>/,
    );
  });

  it('lists a month’s articles with hreflang alternates for every translation, valid against the schemas', async () => {
    const index = await text('/es-pe/sitemap.xml');
    const months = [...index.matchAll(/\/es-pe\/sitemaps\/(articles-\d{4}-\d{2}\.xml)/g)].map(
      (m) => m[1],
    );
    const all = (await Promise.all(months.map((file) => text(`/es-pe/sitemaps/${file}`)))).join('');
    for (const month of months) {
      const sitemap = await text(`/es-pe/sitemaps/${month}`);
      if (hasXmllint) expect(await xsdProblems(sitemap, 'sitemap-all.xsd'), month).toBe('');
    }
    const original = demoArticle('callao-strike');
    expect(all).toContain(`<loc>http://tribune.test${original.path}</loc>`);
    expect(all).toContain(
      `<xhtml:link rel="alternate" hreflang="en-US" href="http://tribune.test${demoArticle('callao-strike-en').path}"/>`,
    );
    expect(all).toContain(
      `<xhtml:link rel="alternate" hreflang="fr-FR" href="http://tribune.test${demoArticle('callao-strike-fr').path}"/>`,
    );
    expect(all).toContain(
      `<xhtml:link rel="alternate" hreflang="es-PE" href="http://tribune.test${original.path}"/>`,
    );
    // An article that exists in one language only has no alternates.
    const lone = demoArticle('breve-paro-transportistas');
    expect(all).toMatch(
      new RegExp(`<url><loc>http://tribune\\.test${lone.path}</loc><lastmod>[^<]+</lastmod></url>`),
    );
    expect(await text('/es-pe/sitemaps/articles-1999-01.xml', 404)).toBe('Not found');
  });

  it('has a Google News sitemap of the last two days that validates', async () => {
    const news = await text('/es-pe/sitemaps/news.xml');
    if (hasXmllint) expect(await xsdProblems(news, 'sitemap-all.xsd')).toBe('');
    const recent = demoArticle('breve-paro-transportistas');
    expect(news).toContain(`<loc>http://tribune.test${recent.path}</loc>`);
    expect(news).toContain(
      '<news:publication><news:name>Meridiano Perú</news:name><news:language>es</news:language></news:publication>',
    );
    expect(news).not.toContain(demoArticle('comunidades-mineras-sur').slug);
  });

  it('lists the static and listing pages', async () => {
    const pages = await text('/en/sitemaps/pages.xml');
    if (hasXmllint) expect(await xsdProblems(pages, 'sitemap-all.xsd')).toBe('');
    for (const path of [
      '/en/',
      '/en/section/labor',
      '/en/series/delivering-the-city',
      '/en/contributor/naomi-brooks',
      '/en/about',
    ]) {
      expect(pages).toContain(`<loc>http://tribune.test${path}</loc>`);
    }
  });

  it('points robots.txt at every edition’s sitemap on the host, and keeps the newsroom out', async () => {
    const robots = await text('/robots.txt');
    expect(robots).toContain('Disallow: /newsroom/');
    expect(robots).toContain('Sitemap: http://tribune.test/en/sitemap.xml');
    expect(robots).toContain('Sitemap: http://tribune.test/pt-br/sitemap.xml');
  });

  it('describes an article with NewsArticle JSON-LD in schema.org terms only, translations included', async () => {
    const fr = demoArticle('callao-strike-fr');
    const html = await text(fr.path);
    const [article, breadcrumbs] = jsonLdOf(html);
    expect(await jsonLdProblems(article)).toEqual([]);
    expect(await jsonLdProblems(breadcrumbs)).toEqual([]);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: fr.headline,
      inLanguage: 'fr-FR',
      author: [{ '@type': 'Person', name: 'Rosa Quispe' }],
      translator: [{ '@type': 'Person', name: 'Camille Roux' }],
      translationOfWork: {
        url: `http://tribune.test${demoArticle('callao-strike-en').path}`,
        inLanguage: 'en-US',
      },
      isBasedOn: { url: `http://tribune.test${demoArticle('callao-strike').path}` },
      publisher: { '@type': 'Organization', name: 'Méridien' },
    });
    expect(article?.image).toEqual([
      expect.stringMatching(/^http:\/\/tribune\.test\/media\/[0-9a-f-]+\/1280\.jpg$/),
    ]);
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [{ position: 1 }, { position: 2 }, { position: 3 }],
    });

    const original = jsonLdOf(await text(demoArticle('callao-strike').path))[0] ?? {};
    const translations = (original.workTranslation ?? []) as { inLanguage: string }[];
    expect(translations.map((w) => w.inLanguage).sort()).toEqual(['en-US', 'fr-FR']);
    const statement = jsonLdOf(await text(demoArticle('meridian-network-statement').path))[0];
    expect(statement?.author).toEqual([
      expect.objectContaining({ '@type': 'Organization', name: 'Meridian Editorial Board' }),
    ]);
    const essay = jsonLdOf(await text(demoArticle('the-long-shift').path))[0];
    expect(essay?.isBasedOn).toMatchObject({
      url: 'https://harbourreview.example/essays/the-long-shift',
      name: 'The Harbour Review',
    });
  });

  it('describes the edition as a WebSite with a SearchAction, and cards for social networks', async () => {
    const home = await text('/en/');
    const [site] = jsonLdOf(home);
    expect(await jsonLdProblems(site)).toEqual([]);
    expect(site).toMatchObject({
      '@type': 'WebSite',
      potentialAction: {
        target: { urlTemplate: 'http://tribune.test/en/search?q={search_term_string}' },
      },
    });
    const article = await text(demoArticle('callao-strike').path);
    expect(article).toContain('<meta property="og:locale" content="es_PE"/>');
    expect(article).toContain('<meta property="og:locale:alternate" content="en_US"/>');
    expect(article).toContain('<meta property="og:locale:alternate" content="fr_FR"/>');
    expect(article).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(article).toMatch(
      /<meta property="og:image" content="http:\/\/tribune\.test\/media\/[0-9a-f-]+\/1280\.jpg"\/>/,
    );
  });

  it('keeps hostile text inside the JSON-LD data', async () => {
    const site = await t.ctx.sites.findBySlug('en');
    const created = await t.ctx.articles.createArticle(
      {
        siteId: site?.id ?? '',
        slug: 'ld-test',
        headline: '</script><script>alert(1)</script>',
        dek: '& \u2028',
      },
      { userId: null },
    );
    if (!created.ok) throw new Error('not created');
    await t.ctx.articles.publishArticle(created.value.id, { userId: null });
    const html = await text('/en/ld-test');
    expect(html).not.toContain('</script><script>alert(1)');
    expect(jsonLdOf(html)[0]?.headline).toBe('</script><script>alert(1)</script>');
  });
});
