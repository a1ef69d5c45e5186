import { afterAll, beforeAll, expect, it } from 'vitest';
import { ContentApiClient } from '../../../tests/helpers/content-api.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import {
  makeArticle,
  makeContributor,
  makeSection,
  makeSite,
} from '../../../tests/helpers/factories.ts';
import { createApp } from '../../app.ts';
import { unwrap } from '../../core/result.ts';
import { encodeCursor } from './cursor.ts';

/** Each wrong parameter, and the issue (path and code) its 400 problem must name. */
const WRONG: [string, string, string][] = [
  ['/articles?limit=0', 'limit', 'issue.tooSmall'],
  ['/articles?limit=-1', 'limit', 'issue.tooSmall'],
  ['/articles?limit=1000', 'limit', 'issue.tooBig'],
  ['/articles?limit=abc', 'limit', 'issue.wrongType'],
  ['/articles?limit=2.5', 'limit', 'issue.wrongType'],
  ['/articles?cursor=%%%', 'cursor', 'issue.invalid'],
  ['/articles?cursor=bm90LWpzb24', 'cursor', 'issue.invalid'],
  [
    `/articles?cursor=${encodeCursor({ publishedAt: 'yesterday', id: 'x' })}`,
    'cursor',
    'issue.invalid',
  ],
  [
    `/articles?cursor=${encodeCursor({ publishedAt: '2026-01-01T00:00:00.000Z', id: "x' OR 1=1" })}`,
    'cursor',
    'issue.invalid',
  ],
  ['/articles?edition=nowhere', 'edition', 'issue.unknownEdition'],
  ['/articles?edition=lima,nowhere', 'edition', 'issue.unknownEdition'],
  ['/articles?edition=lima,Not%20A%20Slug', 'edition.1', 'issue.slug'],
  ['/articles?section=trabajo', 'edition', 'issue.required'],
  ['/articles?tag=huelgas', 'edition', 'issue.required'],
  ['/articles?edition=lima&section=nowhere', 'section', 'issue.notSectionOfEdition'],
  ['/articles?edition=lima&tag=nowhere', 'tag', 'issue.notTagOfEdition'],
  ['/articles?contributor=nobody', 'contributor', 'issue.notContributor'],
  ['/articles?language=123', 'language', 'issue.languageTag'],
  ['/articles?language=es_PE', 'language', 'issue.languageTag'],
  ['/articles?updated_since=yesterday', 'updated_since', 'issue.format'],
  ['/articles?updated_since=2026-02-31', 'updated_since', 'issue.format'],
  ['/articles?updated_since=2026-03-01T10:00', 'updated_since', 'issue.format'],
  ['/articles?story=%00', 'story', 'issue.format'],
  ['/articles?fields=everything', 'fields', 'issue.notAllowed'],
  ['/contributors?limit=0', 'limit', 'issue.tooSmall'],
  ['/contributors?cursor=%%%', 'cursor', 'issue.invalid'],
  ['/contributors?edition=nowhere', 'edition', 'issue.unknownEdition'],
  ['/search', 'q', 'issue.required'],
  ['/search?q=x&limit=51', 'limit', 'issue.tooBig'],
  ['/search?q=x&page=0', 'page', 'issue.tooSmall'],
  ['/search?q=x&from=2026-13-01', 'from', 'issue.date'],
  ['/search?q=x&to=11/12/2026', 'to', 'issue.date'],
  ['/search?q=x&section=trabajo', 'edition', 'issue.required'],
  ['/search?q=x&edition=lima,london&section=trabajo', 'edition', 'issue.tooMany'],
  ['/search?q=x&contributor=nobody', 'contributor', 'issue.notContributor'],
];

/** What people type into a search box or an address bar, by accident or on purpose. */
const HOSTILE_QUERIES = [
  'x'.repeat(10_000),
  `${'huelga '.repeat(3000)}`,
  "'; DROP TABLE articles; --",
  '" OR 1=1 --',
  '"unbalanced quote',
  "it's",
  '((( NEAR( AND OR NOT * ^ ~ :',
  '-huelga -"',
  '%_\\%',
  '\u0000 nul',
  'Solidaridad ✊🏽 — 🚢⚓ 你好 \u202Eevil',
  '<script>alert(1)</script>',
];

const HOSTILE_PATHS = [
  '/articles/%00',
  "/articles/'%20OR%201=1",
  '/articles/%F0%9F%9A%A9',
  '/articles/x%',
  `/articles/${'a'.repeat(5000)}`,
  '/editions/%00/articles/x',
  '/editions/lima/articles/%00',
  '/editions/lima/articles/..%2F..%2Fetc',
  '/contributors/%00',
  "/contributors/'",
  '/editions/%E2%80%AE',
];

describeEachDialect('the Content API with wrong and hostile parameters', (dialect) => {
  let t: TestContext;

  let api: ContentApiClient;
  const get = (path: string, headers: Record<string, string> = {}) => api.get(path, headers);

  beforeAll(async () => {
    t = await createTestContext(dialect);
    api = new ContentApiClient(createApp(t.ctx));
    const lima = await makeSite(t.ctx, { slug: 'lima', language: 'es-PE', basePath: '/lima' });
    const london = await makeSite(t.ctx, {
      slug: 'london',
      language: 'en-GB',
      basePath: '/london',
    });
    await makeSection(t.ctx, lima, 'Trabajo');
    await makeSection(t.ctx, london, 'Trabajo');
    unwrap(await t.ctx.taxonomy.ensureTag(lima.id, 'es', 'Huelgas'));
    const ana = await makeContributor(t.ctx, { name: 'Ana Quispe' });
    const article = await makeArticle(t.ctx, lima, {
      headline: 'La huelga portuaria sigue',
      credits: [{ contributorId: ana.id, role: 'author' }],
    });
    unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
  }, 60_000);
  afterAll(() => t.destroy());

  it('answers each wrong parameter with a 400 problem naming it', async () => {
    for (const [path, field, code] of WRONG) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type'), path).toBe(
        'application/problem+json; charset=utf-8',
      );
      const problem = await response.json();
      expect(problem, path).toMatchObject({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
      });
      expect(problem.detail, path).toEqual(expect.any(String));
      expect(
        problem.issues.map(
          (issue: { path: string; code: string }) => `${issue.path} ${issue.code}`,
        ),
        path,
      ).toContain(`${field} ${code}`);
    }
  });

  it('says what is wrong in the caller’s language', async () => {
    const response = await get('/articles?limit=1000', { 'accept-language': 'es-PE,es;q=0.9' });
    expect((await response.json()).issues).toEqual([
      { path: 'limit', code: 'issue.tooBig', message: 'debe ser como máximo 100' },
    ]);
  });

  it('ignores parameters it does not know, and takes its limits at the edges', async () => {
    for (const path of [
      '/articles?utm_source=newsletter&foo=bar',
      '/articles?limit=1',
      '/articles?limit=100',
      '/contributors?limit=100&unknown=1',
      '/search?q=huelga&limit=50&page=500',
      '/articles?language=ES-pe',
      '/articles?updated_since=2026-03-01T10:00:00%2B05:00',
    ]) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it('searches for anything typed, and never fails on it', async () => {
    for (const q of HOSTILE_QUERIES) {
      const response = await get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.status, q.slice(0, 40)).toBe(200);
      const body = await response.json();
      expect(body.results, q.slice(0, 40)).toEqual(expect.any(Array));
    }
    const found = await (await get('/search?q=huelga%20"portuaria')).json();
    expect(found.total).toBe(1);
  });

  it('answers hostile addresses with a 404 problem, never an error', async () => {
    for (const path of HOSTILE_PATHS) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });
});
