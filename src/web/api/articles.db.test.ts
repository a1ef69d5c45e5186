import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { ContentApiClient } from '../../../tests/helpers/content-api.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { demoArticle } from '../../../tests/helpers/demo-content.ts';
import { makeArticle } from '../../../tests/helpers/factories.ts';
import { createApp } from '../../app.ts';
import { unwrap } from '../../core/result.ts';
import { slugify } from '../../core/slug.ts';
import { demoContent } from '../../demo/content/index.ts';
import type { DemoArticle } from '../../demo/content/types.ts';
import { loadDemo } from '../../demo/load-demo.ts';
import { demoSites } from '../../demo/sites.ts';
import { articlePageSchema, articleSchema } from './content-schemas.ts';

type ApiArticle = z.infer<typeof articleSchema>;

const NOW = new Date('2026-11-20T12:00:00Z');

/** "edition/slug" of the demo's published articles that pass `keep`. */
function publishedDemo(keep: (article: DemoArticle) => boolean = () => true): string[] {
  return demoContent.articles
    .filter((article) => article.status === undefined && keep(article))
    .map((article) => `${article.site}/${article.slug}`)
    .sort();
}

function placeOf(article: ApiArticle): string {
  return `${article.edition.slug}/${article.slug}`;
}

describeEachDialect('the Content API: articles of the demo network', (dialect) => {
  let t: TestContext;

  let api: ContentApiClient;
  const get = (path: string) => api.get(path);
  const json = (path: string, status = 200) => api.json(path, status);

  /** Follows `next` from `path` to the last page; every page is checked against its schema. */
  const walk = async (path: string): Promise<ApiArticle[]> => {
    const items: ApiArticle[] = [];
    let next: string | null = path;
    while (next) {
      const response = await api.get(next);
      expect(response.status, next).toBe(200);
      const page = articlePageSchema.parse(await response.json());
      items.push(...page.items);
      next = page.next;
    }
    return items;
  };

  const places = async (query: string) => (await walk(`/articles?${query}`)).map(placeOf).sort();

  const idOf = async (key: string) => {
    const demo = demoArticle(key);
    const article = await t.ctx.db
      .selectFrom('articles')
      .innerJoin('sites', 'sites.id', 'articles.site_id')
      .select('articles.id')
      .where('sites.slug', '=', demo.site)
      .where('articles.slug', '=', demo.slug)
      .executeTakeFirstOrThrow();
    return article.id;
  };

  beforeAll(async () => {
    t = await createTestContext(dialect);
    t.clock.set(NOW);
    await loadDemo(t.ctx);
    api = new ContentApiClient(createApp(t.ctx));
  }, 120_000);
  afterAll(() => t.destroy());

  it('walks every published article of the network once, newest first, and nothing else', async () => {
    const items = await walk('/articles?limit=7');
    expect(items.map(placeOf).sort()).toEqual(publishedDemo());
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const dates = items.map((item) => item.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const key of [
      'transit-fares-draft',
      'congreso-presupuesto-universitario',
      'withdrawn-brief',
    ]) {
      expect(items.map(placeOf)).not.toContain(`${demoArticle(key).site}/${demoArticle(key).slug}`);
    }
  });

  it('filters by edition, language, section, tag, contributor, story and update time', async () => {
    expect(await places('edition=fr')).toEqual(publishedDemo((a) => a.site === 'fr'));
    const northern = publishedDemo((a) => a.site === 'fr' || a.site === 'de');
    expect(await places('edition=fr,de')).toEqual(northern);
    expect(await places('edition=fr&edition=de')).toEqual(northern);
    expect(await places('language=es')).toEqual(publishedDemo((a) => a.site.startsWith('es-')));
    expect(await places('language=es-pe')).toEqual(publishedDemo((a) => a.site === 'es-pe'));
    expect(await places('edition=en&section=labor')).toEqual(
      publishedDemo((a) => a.site === 'en' && a.section === 'labor'),
    );
    expect(await places('edition=fr&tag=greves')).toEqual(
      publishedDemo(
        (a) => a.site === 'fr' && (a.tags ?? []).some((tag) => slugify(tag, 'fr') === 'greves'),
      ),
    );
    const rosa = publishedDemo((a) =>
      [...a.authors, ...(a.translators ?? [])].includes('rosa-quispe'),
    );
    expect(rosa.length).toBeGreaterThan(1);
    expect(await places('contributor=rosa-quispe')).toEqual(rosa);

    const story = (await json(`/articles/${await idOf('callao-strike')}`)).storyId;
    expect(await places(`story=${story}`)).toEqual(
      ['callao-strike', 'callao-strike-en', 'callao-strike-fr']
        .map((key) => `${demoArticle(key).site}/${demoArticle(key).slug}`)
        .sort(),
    );
    const dayAgo = new Date(NOW.getTime() - 24 * 3_600_000).toISOString();
    expect(await places(`updated_since=${dayAgo}`)).toEqual(
      publishedDemo((a) => a.publishedHoursAgo <= 24),
    );
    // Filters combine.
    expect(await places('language=en&contributor=rosa-quispe')).toEqual(
      rosa.filter((place) => place.startsWith('en/')),
    );
  });

  it('shows a translation with its source, translators, credit lines and other versions', async () => {
    const [fr, en, es] = await Promise.all(
      ['callao-strike-fr', 'callao-strike-en', 'callao-strike'].map(idOf),
    );
    const article = articleSchema.parse(await json(`/articles/${fr}`));
    expect(article.edition).toMatchObject({ slug: 'fr', name: 'Méridien', language: 'fr-FR' });
    expect(article.url).toBe(`http://tribune.test${demoArticle('callao-strike-fr').path}`);
    expect(article.origin).toEqual({
      type: 'translation',
      source: {
        id: en,
        language: 'en-US',
        edition: expect.objectContaining({ slug: 'en' }),
        url: `http://tribune.test${demoArticle('callao-strike-en').path}`,
      },
      translators: [
        {
          slug: 'camille-roux',
          url: 'http://tribune.test/fr/contributor/camille-roux',
          name: 'Camille Roux',
        },
      ],
    });
    expect(article.credits.map((credit) => `${credit.role}:${credit.slug}`)).toEqual([
      'author:rosa-quispe',
      'translator:camille-roux',
    ]);
    expect(article.creditLines[0]).toMatch(
      /^Publié à l’origine en espagnol le \d+ novembre dans Meridiano Perú\.$/,
    );
    expect(article.creditLines[1]).toBe('Traduit de la version en anglais parue dans Meridian.');
    expect(article.creditLines[2]).toMatch(/^Traduction\s:\sCamille Roux\.$/);
    expect(
      article.translations.map((version) => [version.id, version.language, version.url]),
    ).toEqual(
      expect.arrayContaining([
        [en, 'en-US', `http://tribune.test${demoArticle('callao-strike-en').path}`],
        [es, 'es-PE', `http://tribune.test${demoArticle('callao-strike').path}`],
      ]),
    );
    expect(article.translations).toHaveLength(2);
    // The original names no source, and lists its two translations.
    const original = articleSchema.parse(await json(`/articles/${es}`));
    expect(original.origin).toEqual({ type: 'original' });
    expect(original.creditLines).toEqual([]);
    expect(original.translations.map((version) => version.language).sort()).toEqual([
      'en-US',
      'fr-FR',
    ]);
  });

  it('gives the body as blocks and as the HTML the reader site renders, with absolute images', async () => {
    const demo = demoArticle('callao-strike-fr');
    const bySlug = articleSchema.parse(await json(`/editions/fr/articles/${demo.slug}`));
    expect(bySlug.blocks).toHaveLength(demo.body.length);
    const firstBlock = bySlug.blocks?.[0];
    expect(bySlug.html).toContain(`<p id="b-${firstBlock?.id}">Depuis lundi six heures du matin`);
    expect(bySlug.html).toContain('<strong>terminal Bahía Grande</strong>');
    expect(bySlug.html).toContain(
      '<li>Le rétablissement immédiat des trois équipes de huit heures.</li>',
    );
    expect(bySlug.html).toContain('<figure id="b-');
    expect(bySlug.html).not.toMatch(/(src|srcset)="\/media\//);
    expect(bySlug.leadImage?.url).toMatch(/^http:\/\/tribune\.test\/media\/[\w-]+\/1280\.jpg$/);
    expect(bySlug.leadImage?.variants.map((variant) => variant.format)).toEqual(
      expect.arrayContaining(['avif', 'webp', 'jpg']),
    );
    expect(bySlug.leadImage?.alt).toMatch(/\S/);
    // An image in the body: absolute addresses, texts in the article's language.
    const withImage = articleSchema.parse(
      await json(`/articles/${await idOf('comunidades-mineras-sur-pt')}`),
    );
    expect(withImage.images).toHaveLength(1);
    expect(withImage.images?.[0]?.alt).toMatch(/^Ilustração: pastagens verdes/);
    expect(withImage.html).toContain(
      `src="http://tribune.test/media/${withImage.images?.[0]?.id}/`,
    );
    expect(withImage.html).toContain('Foto: Inés Challco');
    expect(withImage.html).not.toMatch(/(src|srcset)="\/media\//);
    // The list leaves bodies out unless asked.
    const list = articlePageSchema.parse(await json('/articles?edition=fr&limit=1'));
    expect(list.items[0]?.html).toBeUndefined();
    const full = articlePageSchema.parse(await json('/articles?edition=fr&limit=1&fields=full'));
    expect(full.items[0]?.html).toMatch(/^<p id="b-/);
  });

  it('credits republications: a sister article, or a publication outside the network', async () => {
    const outside = articleSchema.parse(await json(`/articles/${await idOf('the-long-shift')}`));
    expect(outside.origin).toEqual({
      type: 'republication',
      source: {
        kind: 'outside',
        publication: 'The Harbour Review',
        url: 'https://harbourreview.example/essays/the-long-shift',
        language: 'en',
        publishedOn: '2019-05-14',
        permission: 'Republished with the permission of the author and The Harbour Review.',
      },
    });
    expect(outside.creditLines[0]).toMatch(
      /^Originally published on May 14, 2019 in The Harbour Review\.$/,
    );

    const sisterId = await idOf('bsas-teachers-strike');
    const sister = articleSchema.parse(
      await json(`/articles/${await idOf('huelga-docentes-buenos-aires')}`),
    );
    expect(sister.origin).toMatchObject({
      type: 'republication',
      source: { kind: 'article', id: sisterId, language: 'es-AR' },
    });
    const original = articleSchema.parse(await json(`/articles/${sisterId}`));
    expect(original.translations.find((version) => version.edition.slug === 'es-pe')).toMatchObject(
      {
        republication: true,
        language: 'es-PE',
      },
    );
  });

  it('never shows drafts, scheduled or withdrawn articles, by id or by address', async () => {
    for (const key of [
      'transit-fares-draft',
      'congreso-presupuesto-universitario',
      'withdrawn-brief',
    ]) {
      const demo = demoArticle(key);
      for (const path of [
        `/articles/${await idOf(key)}`,
        `/editions/${demo.site}/articles/${demo.slug}`,
      ]) {
        const response = await get(path);
        expect(response.status, `${key} ${path}`).toBe(404);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(await response.text()).not.toContain(demo.headline);
      }
    }
    expect((await get('/editions/fr/articles/no-such-article')).status).toBe(404);
    expect((await get('/editions/nowhere/articles/anything')).status).toBe(404);
  });

  it('keeps a walk whole while an article is published in the middle of it', async () => {
    const before = (await walk('/articles?limit=4')).map((item) => item.id);
    const first = articlePageSchema.parse(await json('/articles?limit=4'));
    // An editor publishes while a client is between pages.
    const en = demoSites.find((site) => site.key === 'en');
    const site = t.ctx.siteDirectory.list().find((candidate) => candidate.slug === en?.key);
    if (!site) throw new Error('no en edition');
    t.clock.set(new Date(NOW.getTime() + 60_000));
    const fresh = await makeArticle(t.ctx, site, { headline: 'Breaking: the port reopens' });
    unwrap(await t.ctx.articles.publishArticle(fresh.id, { userId: null }));

    const rest = await walk(`/articles?limit=4&cursor=${first.nextCursor}`);
    const walked = [...first.items, ...rest].map((item) => item.id);
    expect(walked).toEqual(before);
    // A new walk starts with it.
    const again = articlePageSchema.parse(await json('/articles?limit=4'));
    expect(again.items[0]?.id).toBe(fresh.id);
  });
});
