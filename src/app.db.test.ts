import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../tests/helpers/context.ts';
import { describeEachDialect } from '../tests/helpers/db.ts';
import { makeArticle, makeContributor, makeSite } from '../tests/helpers/factories.ts';
import { createApp } from './app.ts';
import { unwrap } from './core/result.ts';

describeEachDialect('the web app', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  const get = (path: string, host = 'tribune.test') => app.request(path, { headers: { host } });

  beforeEach(async () => {
    t = await createTestContext(dialect);
    app = createApp(t.ctx);
  });
  afterEach(() => t.destroy());

  it('answers /healthz with 200 while the database answers', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: dialect });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers /healthz with 503 when the database is gone', async () => {
    await t.ctx.close();
    const response = await get('/healthz');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable' });
  });

  it('lists every edition on the network directory with its language, tagline and link', async () => {
    await t.ctx.network.update({ name: 'Meridian' });
    await makeSite(t.ctx, {
      name: 'Meridiano Perú',
      language: 'es-PE',
      country: 'PE',
      timezone: 'America/Lima',
      basePath: '/es-pe',
      tagline: 'Desde Lima.',
    });
    await makeSite(t.ctx, {
      name: 'Meridiano',
      language: 'pt-BR',
      timezone: 'America/Sao_Paulo',
      host: 'meridiano.example',
      basePath: '',
    });
    const response = await get('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>The Meridian network</title>');
    expect(html).toContain('<a href="/es-pe/" hreflang="es-PE">Meridiano Perú</a>');
    expect(html).toContain('español');
    expect(html).toContain('Perú');
    expect(html).toContain('Desde Lima.');
    expect(html).toContain('href="https://meridiano.example/"');
  });

  it('serves an edition under its prefix and redirects the bare prefix to it', async () => {
    const site = await makeSite(t.ctx, {
      basePath: '/es-pe',
      language: 'es-PE',
      timezone: 'America/Lima',
      name: 'Meridiano Perú',
    });
    const article = await makeArticle(t.ctx, site, { headline: 'Huelga portuaria' });
    unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));

    const bare = await get('/es-pe?x=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/es-pe/?x=1');
    const home = await get('/es-pe/');
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<html lang="es-PE">');
    expect(html).toContain(`<a href="/es-pe/${article.slug}">Huelga portuaria</a>`);
    expect(html).toContain('10 de marzo de 2026');
  });

  it('serves an edition on its own host at the root', async () => {
    const site = await makeSite(t.ctx, {
      host: 'meridien.example',
      basePath: '',
      language: 'fr-FR',
      timezone: 'Europe/Paris',
      name: 'Méridien',
    });
    const author = await makeContributor(t.ctx, { name: 'Julien Marchand' });
    const article = await makeArticle(t.ctx, site, {
      headline: 'Grève des cheminots',
      credits: [{ contributorId: author.id, role: 'author' }],
    });
    unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
    const page = await get(`/${article.slug}`, 'Meridien.example:443');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1 class="article__headline">Grève des cheminots</h1>');
    expect(html).toContain(
      'Par <a href="/contributor/julien-marchand" rel="author">Julien Marchand</a>',
    );
    // The same path on the shared origin is not that edition.
    expect((await get(`/${article.slug}`)).status).toBe(404);
  });

  it('answers 404 in the edition’s language for unknown, draft and malformed addresses', async () => {
    const site = await makeSite(t.ctx, {
      basePath: '/es-ar',
      language: 'es-AR',
      timezone: 'America/Argentina/Buenos_Aires',
    });
    const draft = await makeArticle(t.ctx, site);
    for (const path of [
      '/es-ar/no-existe',
      `/es-ar/${draft.slug}`,
      '/es-ar/Mal%20Slug',
      '/es-ar/a/b/c',
      '/es-ar/%ZZ',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Página no encontrada');
    }
    expect((await get('/nothing-here')).status).toBe(404);
    expect((await get('/~edition/')).status).toBe(404);
  });

  it('answers 404 on a host that is neither an edition’s nor the named shared origin', async () => {
    t.ctx.config.sharedHost = 'news.example';
    await makeSite(t.ctx, { basePath: '/en' });
    const named = createApp(t.ctx);
    const on = (host: string, path: string) => named.request(path, { headers: { host } });
    expect((await on('news.example', '/')).status).toBe(200);
    expect((await on('news.example', '/en/')).status).toBe(200);
    const stranger = await on('stranger.example', '/en/');
    expect(stranger.status).toBe(404);
    expect(await stranger.text()).toContain('Page not found');
    expect((await on('stranger.example', '/healthz')).status).toBe(200);
  });

  it('escapes hostile text instead of running it', async () => {
    const site = await makeSite(t.ctx, { tagline: '<img src=x onerror=alert(1)>' });
    const article = await makeArticle(t.ctx, site, {
      headline: '<script>alert("x")</script> & "quotes"',
      body: [
        { type: 'paragraph', html: 'ok <a href="javascript:alert(1)" onclick="x()">link</a>' },
      ],
    });
    unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
    const html = await (await get(`${site.basePath}/${article.slug}`)).text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;',
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('onclick');
  });
});
