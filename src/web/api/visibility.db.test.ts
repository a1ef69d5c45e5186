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
import type { Article } from '../../articles/article.ts';
import type { Contributor } from '../../contributors/contributor.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';
import {
  articlePageSchema,
  articleSchema,
  contributorPageSchema,
  contributorSchema,
  editionListSchema,
  searchResultsSchema,
  sectionListSchema,
} from './content-schemas.ts';

const SECRET = 'zanahoria';

describeEachDialect('the Content API shows published work only', (dialect) => {
  let t: TestContext;
  let lima: Site;
  let london: Site;
  let ana: Contributor;
  let ghost: Contributor;
  let strike: Article;
  let dockers: Article;
  let orphan: Article;
  /** Articles that exist but must never be seen, by how they got there. */
  const hidden: Record<string, Article> = {};

  let api: ContentApiClient;
  const get = (path: string) => api.get(path);
  const json = (path: string, status = 200) => api.json(path, status);
  const actor = { userId: null };
  const publish = async (site: Site, fields: Parameters<typeof makeArticle>[2]) => {
    const article = await makeArticle(t.ctx, site, fields);
    t.clock.advance(60_000);
    return unwrap(await t.ctx.articles.publishArticle(article.id, actor));
  };

  beforeAll(async () => {
    t = await createTestContext(dialect);
    api = new ContentApiClient(createApp(t.ctx));
    lima = await makeSite(t.ctx, {
      slug: 'lima',
      name: 'Meridiano Lima',
      language: 'es-PE',
      timezone: 'America/Lima',
      basePath: '/lima',
    });
    london = await makeSite(t.ctx, {
      slug: 'london',
      name: 'Meridian London',
      language: 'en-GB',
      timezone: 'Europe/London',
      host: 'london.news.test',
      basePath: '',
    });
    const labour = await makeSection(t.ctx, lima, 'Trabajo');
    const strikes = unwrap(await t.ctx.taxonomy.ensureTag(lima.id, 'es', 'Huelgas'));
    const user = unwrap(
      await t.ctx.users.createUser({ email: 'ana.account@mail.test', name: 'Ana' }),
    );
    ana = await makeContributor(t.ctx, {
      name: 'Ana Quispe',
      email: 'ana.private@mail.test',
      userId: user.id,
      profiles: {
        es: { title: 'Reportera laboral, Lima', bio: 'Cubre el puerto del Callao.' },
        en: { title: 'Labour reporter, Lima', bio: 'Covers the port of Callao.' },
      },
    });
    ghost = await makeContributor(t.ctx, { name: 'Gaspar Borrador', email: 'ghost@mail.test' });

    strike = await publish(lima, {
      headline: 'Los estibadores del Callao votan la huelga',
      dek: 'Asamblea en el muelle cinco.',
      body: [{ type: 'paragraph', html: 'Los estibadores decidieron parar el lunes.' }],
      sectionId: labour.id,
      tagIds: [strikes.id],
      credits: [{ contributorId: ana.id, role: 'author' }],
    });
    dockers = await publish(london, {
      headline: 'Callao dockers vote to strike',
      origin: { type: 'translation', sourceArticleId: strike.id, sourceRevision: strike.revision },
      credits: [
        { contributorId: ana.id, role: 'author' },
        { contributorId: ana.id, role: 'translator' },
      ],
    });

    const draft = { sectionId: labour.id, tagIds: [strikes.id] };
    hidden.draft = await makeArticle(t.ctx, lima, {
      ...draft,
      headline: `Borrador ${SECRET} de la huelga`,
      credits: [{ contributorId: ghost.id, role: 'author' }],
    });
    const scheduled = await makeArticle(t.ctx, lima, {
      ...draft,
      headline: `Programado ${SECRET} de la huelga`,
    });
    hidden.scheduled = unwrap(
      await t.ctx.articles.scheduleArticle(
        scheduled.id,
        new Date(t.clock.now().getTime() + 86_400_000),
        actor,
      ),
    );
    const withdrawn = await publish(lima, {
      ...draft,
      headline: `Retirado ${SECRET} de la huelga`,
    });
    hidden.withdrawn = unwrap(await t.ctx.articles.unpublishArticle(withdrawn.id, actor));
    const trashed = await publish(lima, { ...draft, headline: `Papelera ${SECRET} de la huelga` });
    hidden.trashed = unwrap(await t.ctx.articles.trashArticle(trashed.id, actor));

    // A translation whose original is later withdrawn: it stays, its source is no longer named.
    const source = await publish(lima, { headline: 'Un original que luego se retiró' });
    orphan = await publish(london, {
      headline: 'An original later withdrawn',
      origin: { type: 'translation', sourceArticleId: source.id, sourceRevision: source.revision },
    });
    unwrap(await t.ctx.articles.unpublishArticle(source.id, actor));
  }, 60_000);
  afterAll(() => t.destroy());

  it('leaves drafts, scheduled, withdrawn and trashed articles out of lists, addresses and search', async () => {
    const all = articlePageSchema.parse(await json('/articles?limit=100'));
    expect(all.items.map((item) => item.id).sort()).toEqual(
      [strike.id, dockers.id, orphan.id].sort(),
    );
    for (const [kind, article] of Object.entries(hidden)) {
      expect((await get(`/articles/${article.id}`)).status, kind).toBe(404);
      expect((await get(`/editions/lima/articles/${article.slug}`)).status, kind).toBe(404);
      const story = articlePageSchema.parse(await json(`/articles?story=${article.storyId}`));
      expect(story.items, kind).toEqual([]);
    }
    const filtered = articlePageSchema.parse(
      await json('/articles?edition=lima&section=trabajo&tag=huelgas'),
    );
    expect(filtered.items.map((item) => item.id)).toEqual([strike.id]);
    const search = searchResultsSchema.parse(await json(`/search?q=${SECRET}`));
    expect(search).toMatchObject({ total: 0, results: [] });
    const everything = await (await get('/articles?limit=100&fields=full')).text();
    expect(everything).not.toContain(SECRET);
  });

  it('names a translation’s source only while that source is published', async () => {
    const translation = articleSchema.parse(await json(`/articles/${dockers.id}`));
    expect(translation.origin).toMatchObject({
      type: 'translation',
      source: { id: strike.id, url: `http://tribune.test/lima/${strike.slug}` },
    });
    expect(translation.url).toBe(`https://london.news.test/${dockers.slug}`);
    const withdrawnSource = articleSchema.parse(await json(`/articles/${orphan.id}`));
    expect(withdrawnSource.origin).toEqual({ type: 'translation', source: null, translators: [] });
    expect(withdrawnSource.translations).toEqual([]);
  });

  it('lists only contributors credited on published work, never an e-mail or account', async () => {
    const list = contributorPageSchema.parse(await json('/contributors'));
    expect(list.items.map((item) => item.slug)).toEqual([ana.slug]);
    expect((await get(`/contributors/${ghost.slug}`)).status).toBe(404);
    const problem = await json(`/articles?contributor=${ghost.slug}`, 400);
    expect(problem.issues).toEqual([expect.objectContaining({ path: 'contributor' })]);

    const profile = contributorSchema.parse(await json(`/contributors/${ana.slug}`));
    expect(profile.profiles).toEqual({
      en: { name: null, title: 'Labour reporter, Lima', bio: 'Covers the port of Callao.' },
      es: { name: null, title: 'Reportera laboral, Lima', bio: 'Cubre el puerto del Callao.' },
    });
    expect(profile.editions.map((edition) => edition.url).sort()).toEqual([
      `http://tribune.test/lima/contributor/${ana.slug}`,
      `https://london.news.test/contributor/${ana.slug}`,
    ]);
    const onLondon = contributorPageSchema.parse(await json('/contributors?edition=london'));
    expect(onLondon.items.map((item) => item.slug)).toEqual([ana.slug]);

    for (const path of ['/contributors', `/contributors/${ana.slug}`, '/articles?fields=full']) {
      const text = await (await get(path)).text();
      expect(text, path).not.toContain('@mail.test');
      expect(text, path).not.toContain(ana.userId ?? 'no user');
      expect(text, path).not.toContain(ana.id);
    }
  });

  it('describes editions and their sections', async () => {
    const editions = editionListSchema.parse(await json('/editions'));
    const bySlug = [...editions.items].sort((a, b) => a.slug.localeCompare(b.slug));
    expect(bySlug.map((edition) => [edition.slug, edition.url])).toEqual([
      ['lima', 'http://tribune.test/lima/'],
      ['london', 'https://london.news.test/'],
    ]);
    expect(bySlug[0]).toMatchObject({
      language: 'es-PE',
      timezone: 'America/Lima',
      feeds: {
        rss: 'http://tribune.test/lima/rss.xml',
        json: 'http://tribune.test/lima/feed.json',
      },
      sections: [
        { slug: 'trabajo', name: 'Trabajo', url: 'http://tribune.test/lima/section/trabajo' },
      ],
    });
    expect(await json('/editions/london')).toMatchObject({ slug: 'london', sections: [] });
    const sections = sectionListSchema.parse(await json('/editions/lima/sections'));
    expect(sections.items.map((section) => section.slug)).toEqual(['trabajo']);
    expect((await get('/editions/nowhere')).status).toBe(404);
    expect((await get('/editions/nowhere/sections')).status).toBe(404);
  });

  it('searches with filters and marks the matching words by offsets', async () => {
    const found = searchResultsSchema.parse(await json('/search?q=estibadores'));
    expect(found.total).toBe(1);
    const [hit] = found.results;
    expect(hit).toMatchObject({ id: strike.id, edition: { slug: 'lima' }, slug: strike.slug });
    expect(hit?.url).toBe(`http://tribune.test/lima/${strike.slug}`);
    expect(hit?.contributors).toBe('Ana Quispe');
    const marked = (field: { text: string; highlights: [number, number][] } | undefined) =>
      field?.highlights.map(([start, end]) => field.text.slice(start, end));
    expect(marked(hit?.headline)).toEqual(['estibadores']);
    expect(marked(hit?.excerpt)).toEqual(['estibadores']);

    const ids = async (query: string) =>
      searchResultsSchema.parse(await json(`/search?${query}`)).results.map((result) => result.id);
    expect(await ids('q=callao')).toHaveLength(2);
    expect(await ids('q=callao&edition=london')).toEqual([dockers.id]);
    expect(await ids('q=callao&language=es')).toEqual([strike.id]);
    expect(await ids('q=callao&edition=lima&section=trabajo')).toEqual([strike.id]);
    expect(await ids(`q=callao&contributor=${ana.slug}`)).toHaveLength(2);
    expect(await ids('q=callao&from=2999-01-01')).toEqual([]);
    expect(await ids('q=callao&to=2000-01-01')).toEqual([]);
    const paged = searchResultsSchema.parse(await json('/search?q=callao&limit=1'));
    expect(paged.next).toBe('/api/content/v1/search?q=callao&limit=1&page=2');
    const second = searchResultsSchema.parse(await json('/search?q=callao&limit=1&page=2'));
    expect(second.next).toBeNull();
    expect(second.results[0]?.id).not.toBe(paged.results[0]?.id);
  });
});
