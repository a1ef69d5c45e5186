import { gunzipSync } from 'node:zlib';
import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ContentApiClient } from '../../../tests/helpers/content-api.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeContributor, makeSite } from '../../../tests/helpers/factories.ts';
import { createApp } from '../../app.ts';
import type { Article } from '../../articles/article.ts';
import type { AppContext } from '../../context.ts';
import { unwrap } from '../../core/result.ts';
import { openApiPath } from '../openapi.ts';
import { CONTENT_API_BASE } from './content.api.ts';

const BASE = CONTENT_API_BASE;

describeEachDialect('the Content API over HTTP', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  let article: Article;

  let api: ContentApiClient;
  const request = (
    path: string,
    init: { method?: string; headers?: Record<string, string> } = {},
  ) => api.request(path, init);

  beforeAll(async () => {
    t = await createTestContext(dialect);
    app = createApp(t.ctx);
    api = new ContentApiClient(app);
    const site = await makeSite(t.ctx, {
      slug: 'lima',
      name: 'Meridiano Lima',
      language: 'es-PE',
      timezone: 'America/Lima',
      basePath: '/lima',
    });
    await makeSite(t.ctx, {
      slug: 'london',
      name: 'Meridian London',
      host: 'london.news.test',
      basePath: '',
    });
    const ana = await makeContributor(t.ctx, { name: 'Ana Quispe' });
    const draft = await makeArticle(t.ctx, site, {
      headline: 'Los estibadores del Callao votan la huelga',
      // Long enough to be worth compressing.
      body: Array.from({ length: 12 }, (_, n) => ({
        type: 'paragraph' as const,
        html: `Párrafo ${n}: la asamblea de estibadores decidió parar el lunes en el muelle cinco.`,
      })),
      credits: [{ contributorId: ana.id, role: 'author' }],
    });
    article = unwrap(await t.ctx.articles.publishArticle(draft.id, { userId: null }));
  }, 60_000);
  afterAll(() => t.destroy());

  /** An editor corrects the headline. */
  const correct = async (headline: string) => {
    article = unwrap(
      await t.ctx.articles.updateArticle(article.id, { headline }, article.revision, {
        userId: null,
      }),
    );
  };

  it('answers every GET with an ETag, 304 when it matches, and a new ETag after a correction', async () => {
    const paths = [
      `/articles/${article.id}`,
      '/articles',
      `/editions/lima/articles/${article.slug}`,
      '/editions',
      '/editions/lima',
      '/editions/lima/sections',
      '/contributors',
      '/search?q=estibadores',
      '/openapi.json',
    ];
    const etags = new Map<string, string>();
    for (const path of paths) {
      const response = await request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=60');
      expect(response.headers.get('vary'), path).toBe('Accept-Encoding');
      const etag = response.headers.get('etag') ?? '';
      expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
      etags.set(path, etag);
      const again = await request(path, { headers: { 'if-none-match': etag } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('etag'), path).toBe(etag);
      expect(again.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(await again.text(), path).toBe('');
    }

    await correct('Los estibadores del Callao aprueban la huelga');
    for (const path of [`/articles/${article.id}`, '/articles', '/search?q=estibadores']) {
      const response = await request(path, { headers: { 'if-none-match': etags.get(path) ?? '' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag'), path).not.toBe(etags.get(path));
      expect(await response.text(), path).toContain('aprueban la huelga');
    }
    // Nothing about editions changed: their validator still holds.
    const editions = await request('/editions', {
      headers: { 'if-none-match': etags.get('/editions') ?? '' },
    });
    expect(editions.status).toBe(304);
  });

  it('keeps answers in memory until the content changes, when the page cache is on', async () => {
    // The same context with the cache on, as a server runs by default.
    const cached = Object.create(t.ctx) as AppContext;
    Object.defineProperty(cached, 'config', { value: { ...t.ctx.config, pageCacheSeconds: 60 } });
    const cachedApp = createApp(cached);
    const get = () =>
      cachedApp.request(`${BASE}/articles/${article.id}`, { headers: { host: 'tribune.test' } });
    expect((await get()).headers.get('x-cache')).toBe('miss');
    expect((await get()).headers.get('x-cache')).toBe('hit');
    await correct('Los estibadores del Callao levantan la huelga');
    const fresh = await get();
    expect(fresh.headers.get('x-cache')).toBe('miss');
    expect(await fresh.text()).toContain('levantan la huelga');
  });

  it('lets any web page read it: CORS on answers, problems and preflights, without credentials', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    const answer = await request('/editions', { headers: origin });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect(answer.headers.get('access-control-expose-headers')).toBe('ETag');
    const problem = await request('/articles?limit=0', { headers: origin });
    expect(problem.status).toBe(400);
    expect(problem.headers.get('access-control-allow-origin')).toBe('*');

    const preflight = await request('/articles', {
      method: 'OPTIONS',
      headers: {
        ...origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('If-None-Match');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('compresses large answers for clients that take gzip', async () => {
    const plain = await (await request(`/articles/${article.id}`)).text();
    const response = await request(`/articles/${article.id}`, {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    expect(body).toBe(plain);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await request('/articles', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toMatch(/^W\//);
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await request(`/articles/${article.id}`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(await response.json()).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    }
    const missing = await request('/no-such-resource');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('is served on every host: the shared origin and an edition’s own', async () => {
    for (const host of ['tribune.test', 'london.news.test', 'anything.example']) {
      const response = await app.request(`${BASE}/editions/london`, { headers: { host } });
      expect(response.status, host).toBe(200);
      expect(await response.json(), host).toMatchObject({ url: 'https://london.news.test/' });
    }
  });

  it('describes every route in a valid OpenAPI 3.1 document, from the schemas that validate them', async () => {
    const document = await (await request('/openapi.json')).json();
    const result = await validate(structuredClone(document));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(document.openapi).toBe('3.1.0');

    // Every GET route the app answers under the API is in the document, and nothing else.
    const routes = app.routes
      .filter((route) => route.method === 'GET' && route.path.startsWith(`${BASE}/`))
      .map((route) => openApiPath(route.path.slice(BASE.length)))
      .filter((path) => path !== '/openapi.json' && path !== '/*');
    expect(Object.keys(document.paths).sort()).toEqual([...new Set(routes)].sort());
    expect(Object.keys(document.paths)).toHaveLength(9);

    type Operation = {
      parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
      responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
    };
    for (const [path, item] of Object.entries(
      document.paths as Record<string, { get: Operation }>,
    )) {
      for (const [status, response] of Object.entries(item.get.responses)) {
        const [content] = Object.values(response.content ?? {});
        expect(content?.schema, `${path} ${status}`).toBeDefined();
      }
    }
    const list = document.paths['/articles'].get as Operation;
    expect(list.parameters?.map((parameter) => parameter.name).sort()).toEqual(
      [
        'contributor',
        'cursor',
        'edition',
        'fields',
        'language',
        'limit',
        'section',
        'story',
        'tag',
        'updated_since',
      ].sort(),
    );
    expect(list.parameters?.find((parameter) => parameter.name === 'limit')?.schema).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 20,
    });
    expect(Object.keys(list.responses['400']?.content ?? {})).toEqual(['application/problem+json']);
  });
});
