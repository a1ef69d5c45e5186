import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { demoArticle } from '../../../tests/helpers/demo-content.ts';
import { createApp } from '../../app.ts';
import { unwrap } from '../../core/result.ts';
import { loadDemo } from '../../demo/load-demo.ts';

/** The attribute values of every <link rel="alternate" hreflang> in a page's head. */
function alternates(html: string): string[] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)]
    .map((m) => `${m[1]} ${m[2]}`)
    .sort();
}

describeEachDialect('the reader site on the demo network', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers: { host: 'tribune.test', ...headers } });
  const html = async (path: string, status = 200) => {
    const response = await get(path);
    expect(response.status, path).toBe(status);
    return response.text();
  };

  beforeAll(async () => {
    t = await createTestContext(dialect);
    t.clock.set(new Date('2026-11-20T12:00:00Z'));
    await loadDemo(t.ctx);
    app = createApp(t.ctx);
  }, 120_000);
  afterAll(() => t.destroy());

  it('lists every edition on the network directory with language, country and tagline', async () => {
    const page = await html('/');
    expect(page).toContain('data-page-type="directory"');
    expect(page).toContain('<h1 class="masthead__name">Meridian</h1>');
    for (const fragment of [
      'href="/es-pe/" hreflang="es-PE">Meridiano Perú</a>',
      'español · Perú',
      'português · Brasil',
      'français · France',
      'Deutsch · Deutschland',
      'La voz de quienes trabajan, desde Lima y las regiones.',
    ]) {
      expect(page).toContain(fragment);
    }
  });

  it('opens an edition with its curated lead, featured slots, latest, series and sections', async () => {
    const page = await html('/en/');
    const lead = demoArticle('ny-nurses-contract');
    const featured = demoArticle('callao-strike-en');
    expect(page).toContain('data-page-type="home"');
    expect(page).toContain('<h1 class="masthead__name"><a href="/en/">Meridian</a></h1>');
    expect(page.indexOf(lead.headline)).toBeLessThan(page.indexOf(featured.headline));
    expect(page).toContain('<h2 id="home-featured" class="block-title">Featured</h2>');
    expect(page).toContain('<h2 id="home-latest" class="block-title">Latest</h2>');
    expect(page).toContain('<a href="/en/series/delivering-the-city">Delivering the City</a>');
    expect(page).toContain('<a href="/en/section/labor">All articles in Labor</a>');
    // Navigation, the edition's social links and the sister editions in the footer.
    expect(page).toContain('<nav class="nav" aria-label="Main navigation">');
    expect(page).toContain('<a href="/en/about">About</a>');
    expect(page).toContain('href="https://www.instagram.com/meridian.demo"');
    expect(page).toContain(
      '<li lang="pt-BR"><a href="/pt-br/" hreflang="pt-BR">Meridiano Brasil</a>',
    );
  });

  it('shows an article of a chain with its credits, versions and reciprocal hreflang', async () => {
    const fr = demoArticle('callao-strike-fr');
    const en = demoArticle('callao-strike-en');
    const es = demoArticle('callao-strike');
    const page = await html(fr.path);
    expect(page).toContain('data-origin="translation"');
    expect(page).toContain(`<h1 class="article__headline">${fr.headline}</h1>`);
    expect(page).toContain(
      'Par <a href="/fr/contributor/rosa-quispe" rel="author">Rosa Quispe</a>',
    );
    expect(page).toMatch(
      new RegExp(
        `Publié à l’origine en espagnol le \\d+ novembre dans <a href="${es.path}">Meridiano Perú</a>\\.`,
      ),
    );
    expect(page).toContain(
      `Traduit de la version en anglais parue dans <a href="${en.path}">Meridian</a>.`,
    );
    expect(page).toContain('Traduction : <a href="/fr/contributor/camille-roux">Camille Roux</a>.');
    expect(page).toContain(`href="${es.path}" hreflang="es-PE" lang="es-PE"`);
    expect(page).toContain(`href="${en.path}" hreflang="en-US" lang="en-US"`);

    const expected = [
      `en-US http://tribune.test${en.path}`,
      `es-PE http://tribune.test${es.path}`,
      `fr-FR http://tribune.test${fr.path}`,
    ];
    expect(alternates(page)).toEqual(expected);
    expect(alternates(await html(es.path))).toEqual(expected);
    expect(alternates(await html(en.path))).toEqual(expected);
  });

  it('gives an article its kicker, date, share links with UTM tags, lead image and body', async () => {
    const article = demoArticle('ny-nurses-contract');
    const page = await html(article.path);
    expect(page).toContain(`<a href="/en/section/labor">${article.kicker ?? 'Labor'}</a>`);
    expect(page).toMatch(/<time datetime="2026-11-\d\dT[\d:.]+Z">November \d+, 2026<\/time>/);
    const shared = encodeURIComponent(
      `http://tribune.test${article.path}?utm_source=share&utm_medium=social&utm_campaign=en`,
    );
    for (const target of [
      `https://www.facebook.com/sharer/sharer.php?u=${shared}`,
      `https://x.com/intent/post?url=${shared}`,
      `https://wa.me/?text=`,
      `https://t.me/share/url?url=${shared}`,
      `mailto:?subject=`,
    ]) {
      expect(page.split(target.replace(/&/g, '&amp;')).length - 1, target).toBe(2);
    }
    expect(page).toContain('class="share__link share__copy"');
    expect(page).toMatch(/<li class="share__native-item" hidden="">/);
    expect(page).toMatch(
      /<figure class="article__lead"><picture><source type="image\/avif" srcset="\/media\/[0-9a-f-]+\/320\.avif 320w/,
    );
    expect(page).toMatch(/fetchpriority="high"/);
    expect(page).toContain('<span class="credit"> Photo: ');
    for (const block of [
      '<h2 id="b-',
      '<figure id="b-',
      'class="quote"',
      'class="pullquote"',
      '<ul id="b-',
    ]) {
      expect(page, block).toContain(block);
    }
    expect(page).toContain('<section class="authors" aria-labelledby="authors-title">');
    expect(page).toContain('<aside class="related" aria-labelledby="related-title">');
    expect(page).not.toContain(`<a href="${article.path}">`);
  });

  it('bylines an organisation in the reader’s language, and no one for a brief', async () => {
    const statement = await html(demoArticle('meridian-network-statement').path);
    expect(statement).toContain('data-byline="organisation"');
    expect(statement).toContain(
      'By <a href="/en/contributor/consejo-editorial" rel="author">Meridian Editorial Board</a>',
    );
    const brief = await html(demoArticle('city-council-budget-brief').path);
    expect(brief).toContain('data-byline="none"');
    expect(brief).not.toContain('rel="author"');
  });

  it('credits and links an outside source, and points a sister republication at its original', async () => {
    const essay = await html(demoArticle('the-long-shift').path);
    expect(essay).toContain('data-origin="outside"');
    expect(essay).toContain(
      'Originally published on May 14, 2019 in <a href="https://harbourreview.example/essays/the-long-shift">The Harbour Review</a>.',
    );
    expect(essay).toContain(
      'Republished with the permission of the author and The Harbour Review.',
    );

    const original = demoArticle('bsas-teachers-strike');
    const copy = await html(demoArticle('huelga-docentes-buenos-aires').path);
    expect(copy).toContain('data-origin="republication"');
    expect(copy).toContain(`<link rel="canonical" href="http://tribune.test${original.path}"/>`);
    expect(copy).toMatch(
      new RegExp(
        `Publicado originalmente el \\d+ de noviembre en <a href="${original.path}">Meridiano</a>\\.`,
      ),
    );
    expect(alternates(copy)).toEqual([]);
  });

  it('lets a video load nothing from its provider until it is played', async () => {
    const page = await html(demoArticle('comunidades-mineras-sur').path);
    expect(page).toMatch(
      /<figure id="b-\w+" class="video" data-embed="https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ\?autoplay=1"/,
    );
    expect(page).toContain(
      '<a class="video__play" href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">',
    );
    expect(page).not.toContain('<iframe');
  });

  it('lists a section, a tag, a series in order and a contributor with bio and links', async () => {
    const section = await html('/es-pe/section/trabajadores');
    expect(section).toContain('<h1>Trabajadores</h1>');
    expect(section).toContain(demoArticle('callao-strike').headline);

    const tag = await html('/fr/tag/retraites');
    expect(tag).toContain('<h1>Articles avec le mot-clé « Retraites »</h1>');

    const series = await html('/en/series/delivering-the-city');
    const positions = [
      'delivering-the-city-1',
      'delivering-the-city-2',
      'delivering-the-city-3',
    ].map((key) => series.indexOf(demoArticle(key).headline));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const person = await html('/pt-br/contributor/helena-duarte');
    expect(person).toContain('data-page-type="contributor"');
    expect(person).toContain('<h1>Helena Duarte</h1>');
    expect(person).toContain('class="profile__bio"');
    expect(person).toContain(demoArticle('greve-metro-sp').headline);
  });

  it('paginates lists, and answers 404 for pages that are not there', async () => {
    const en = await t.ctx.sites.findBySlug('en');
    if (!en) throw new Error('the demo has an English edition');
    const labor = await t.ctx.taxonomy.repository.findSection(en.id, 'labor');
    for (let i = 0; i < 25; i++) {
      const article = unwrap(
        await t.ctx.articles.createArticle(
          { siteId: en.id, headline: `Shop floor report ${i}`, sectionId: labor?.id ?? null },
          { userId: null },
        ),
      );
      unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
    }
    const first = await html('/en/section/labor');
    expect(first).toContain('<a href="/en/section/labor?page=2" rel="next">Older articles</a>');
    const second = await html('/en/section/labor?page=2');
    expect(second).toContain('<a href="/en/section/labor" rel="prev">Newer articles</a>');
    expect(second).toContain(
      '<link rel="canonical" href="http://tribune.test/en/section/labor?page=2"/>',
    );
    for (const query of ['?page=99', '?page=0', '?page=abc', '?page=-1', '?page=1e3']) {
      const page = await get(`/en/section/labor${query}`);
      expect(page.status, query).toBe(404);
    }
  });

  it('serves static pages, and 404 and 410 in the edition’s language', async () => {
    expect(await html('/es-ar/quienes-somos')).toContain(
      '<h1 class="article__headline">Quiénes somos</h1>',
    );
    const missing = await html('/es-ar/no-existe', 404);
    expect(missing).toContain('<h1>Página no encontrada</h1>');
    expect(missing).toContain('<meta name="robots" content="noindex, follow"/>');
    expect(await html(demoArticle('transit-fares-draft').path, 404)).toContain('Page not found');
    expect(await html(demoArticle('congreso-presupuesto-universitario').path, 404)).toContain(
      'Página no encontrada',
    );

    const withdrawn = demoArticle('resena-novela-fabrica');
    const row = await t.ctx.articles.repository.findBySlug(
      (await t.ctx.sites.findBySlug('es-ar'))?.id ?? '',
      withdrawn.slug,
    );
    unwrap(await t.ctx.articles.unpublishArticle(row?.id ?? '', { userId: null }));
    const gone = await html(withdrawn.path, 410);
    expect(gone).toContain('<h1>Este artículo ya no está disponible</h1>');
    for (const path of [
      '/es-ar/Mayusculas',
      '/es-ar/con_guion',
      '/es-ar/a/b/c',
      '/es-ar/section/',
      '/es-ar/%E0%A4%A',
    ]) {
      expect((await get(path)).status, path).toBeGreaterThanOrEqual(300);
      expect((await get(path)).status, path).not.toBe(500);
    }
  });

  it('sends ETag and Cache-Control, and answers a conditional request with 304', async () => {
    const path = demoArticle('callao-strike').path;
    const first = await get(path);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=30, stale-while-revalidate=300',
    );
    const again = await get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const zipped = await get(path, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves image variants in the offered widths and formats only', async () => {
    const page = await html(demoArticle('callao-strike').path);
    const id = /\/media\/([0-9a-f-]{36})\/640\.webp/.exec(page)?.[1];
    expect(id).toBeDefined();
    const webp = await get(`/media/${id}/640.webp`);
    expect(webp.status).toBe(200);
    expect(webp.headers.get('content-type')).toBe('image/webp');
    expect(webp.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = new Uint8Array(await webp.arrayBuffer());
    expect(String.fromCharCode(...bytes.slice(8, 12))).toBe('WEBP');
    expect((await get(`/media/${id}/641.webp`)).status).toBe(404);
    expect((await get(`/media/${id}/640.gif`)).status).toBe(404);
    expect((await get('/media/not-an-id/640.webp')).status).toBe(404);
    expect(
      (await get(`/media/${id}/640.webp`, { 'if-none-match': webp.headers.get('etag') ?? '' }))
        .status,
    ).toBe(304);
  });
});
