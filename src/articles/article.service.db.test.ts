import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import {
  makeArticle,
  makeContributor,
  makeSection,
  makeSite,
} from '../../tests/helpers/factories.ts';
import { unwrap } from '../core/result.ts';
import type { Article } from './article.ts';

describeEachDialect('articles', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.destroy());

  it('creates a draft with revision 1, a slug from the headline and blocks with ids', async () => {
    const site = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
    const author = await makeContributor(t.ctx, { name: 'Rosa Quispe' });
    const result = await t.ctx.articles.createArticle(
      {
        siteId: site.id,
        headline: 'Huelga en el puerto del Callao',
        dek: 'Los estibadores paran.',
        body: [
          { type: 'paragraph', html: 'Los <b>estibadores</b> paran <script>alert(1)</script>hoy.' },
          { type: 'heading', html: 'Qué piden' },
        ],
        credits: [{ contributorId: author.id, role: 'author' }],
      },
      { userId: null },
    );
    const article = unwrap(result);
    expect(article.status).toBe('draft');
    expect(article.slug).toBe('huelga-en-el-puerto-del-callao');
    expect(article.language).toBe('es-PE');
    expect(article.revision).toBe(1);
    expect(article.body[0]).toMatchObject({
      type: 'paragraph',
      html: 'Los <strong>estibadores</strong> paran hoy.',
    });
    expect(article.body.every((block) => block.id.length > 0)).toBe(true);

    const stored = await t.ctx.articles.repository.findById(article.id);
    expect(stored?.body).toEqual(article.body);
    expect(stored?.credits).toEqual([{ contributorId: author.id, role: 'author' }]);
    const revisions = await t.ctx.articles.repository.revisions(article.id);
    expect(revisions.map((r) => r.number)).toEqual([1]);
    expect(revisions[0]?.snapshot.headline).toBe('Huelga en el puerto del Callao');
  });

  it('numbers a derived slug that is taken, and refuses a requested one that is', async () => {
    const site = await makeSite(t.ctx);
    const first = await makeArticle(t.ctx, site, { headline: 'Same title' });
    const second = await makeArticle(t.ctx, site, { headline: 'Same title' });
    expect([first.slug, second.slug]).toEqual(['same-title', 'same-title-2']);

    const result = await t.ctx.articles.createArticle(
      { siteId: site.id, headline: 'Other', slug: 'same-title' },
      { userId: null },
    );
    expect(result).toEqual({ ok: false, error: { type: 'slug-taken', slug: 'same-title' } });
  });

  it('lets two editions use the same slug', async () => {
    const a = await makeSite(t.ctx);
    const b = await makeSite(t.ctx);
    await makeArticle(t.ctx, a, { slug: 'shared' });
    const other = await makeArticle(t.ctx, b, { slug: 'shared' });
    expect(other.slug).toBe('shared');
  });

  it('answers every wrong field with an issue naming it, and writes nothing', async () => {
    const site = await makeSite(t.ctx);
    const otherSite = await makeSite(t.ctx);
    const foreignSection = await makeSection(t.ctx, otherSite);
    const result = await t.ctx.articles.createArticle(
      {
        siteId: site.id,
        headline: 'Valid headline',
        sectionId: foreignSection.id,
        leadMediaId: 'no-such-media',
        credits: [{ contributorId: 'no-such-person', role: 'author' }],
      },
      { userId: null },
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.error.type !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((issue) => issue.path).sort()).toEqual([
      'credits.0.contributorId',
      'leadMediaId',
      'sectionId',
    ]);

    const typeErrors = await t.ctx.articles.createArticle(
      // biome-ignore lint/suspicious/noExplicitAny: wrong types on purpose.
      { siteId: site.id, headline: 42, body: [{ type: 'marquee' }], slug: 'Bad Slug' } as any,
      { userId: null },
    );
    if (typeErrors.ok || typeErrors.error.type !== 'invalid') throw new Error('expected invalid');
    expect(typeErrors.error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['headline', 'slug']),
    );
    const reserved = await t.ctx.articles.createArticle(
      { siteId: site.id, headline: 'x', slug: 'search' },
      { userId: null },
    );
    expect(reserved.ok).toBe(false);
    const count = await t.ctx.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it('makes a translation join its source story and pin the source revision', async () => {
    const es = await makeSite(t.ctx, {
      language: 'es-AR',
      timezone: 'America/Argentina/Buenos_Aires',
    });
    const en = await makeSite(t.ctx);
    const source = await makeArticle(t.ctx, es, { headline: 'Paro docente' });
    const edited = unwrap(
      await t.ctx.articles.updateArticle(source.id, { dek: 'Nuevo copete' }, 1, { userId: null }),
    );
    expect(edited.revision).toBe(2);

    const translation = unwrap(
      await t.ctx.articles.createArticle(
        {
          siteId: en.id,
          headline: 'Teachers strike',
          origin: { type: 'translation', sourceArticleId: source.id },
        },
        { userId: null },
      ),
    );
    expect(translation.storyId).toBe(source.storyId);
    expect(translation.origin).toEqual({
      type: 'translation',
      sourceArticleId: source.id,
      sourceRevision: 2,
    });

    const pinnedEarlier = unwrap(
      await t.ctx.articles.createArticle(
        {
          siteId: en.id,
          headline: 'Teachers strike, again',
          origin: { type: 'translation', sourceArticleId: source.id, sourceRevision: 1 },
        },
        { userId: null },
      ),
    );
    expect(pinnedEarlier.origin).toMatchObject({ sourceRevision: 1 });

    const future = await t.ctx.articles.createArticle(
      {
        siteId: en.id,
        headline: 'x',
        origin: { type: 'translation', sourceArticleId: source.id, sourceRevision: 9 },
      },
      { userId: null },
    );
    expect(future.ok).toBe(false);
    const missing = await t.ctx.articles.createArticle(
      { siteId: en.id, headline: 'x', origin: { type: 'translation', sourceArticleId: 'nope' } },
      { userId: null },
    );
    expect(missing).toMatchObject({ ok: false, error: { type: 'invalid' } });

    const story = await t.ctx.articles.repository.inStory(source.storyId);
    expect(story.map((article) => article.id).sort()).toEqual(
      [source.id, translation.id, pinnedEarlier.id].sort(),
    );
  });

  it('keeps an outside republication’s source, and refuses one without permission', async () => {
    const site = await makeSite(t.ctx);
    const origin = {
      type: 'republication' as const,
      source: {
        kind: 'outside' as const,
        publication: 'The Harbour Review',
        url: 'https://harbourreview.example/essays/the-long-shift',
        language: 'en',
        publishedOn: '2019-05-14',
        permission: 'Republished with permission.',
      },
    };
    const article = await makeArticle(t.ctx, site, { origin });
    const stored = await t.ctx.articles.repository.findById(article.id);
    expect(stored?.origin).toEqual(origin);

    const bad = await t.ctx.articles.createArticle(
      {
        siteId: site.id,
        headline: 'x',
        origin: {
          ...origin,
          source: {
            ...origin.source,
            permission: '',
            url: 'javascript:alert(1)',
            publishedOn: '2019-13-45',
          },
        },
      },
      { userId: null },
    );
    if (bad.ok || bad.error.type !== 'invalid') throw new Error('expected invalid');
    expect(bad.error.issues.map((issue) => issue.path).sort()).toEqual([
      'origin.source.permission',
      'origin.source.publishedOn',
      'origin.source.url',
    ]);
  });

  it('saves each change as a new revision and refuses a save based on an old one', async () => {
    const site = await makeSite(t.ctx);
    const article = await makeArticle(t.ctx, site, { headline: 'First' });
    const second = unwrap(
      await t.ctx.articles.updateArticle(article.id, { headline: 'Second' }, 1, { userId: null }),
    );
    expect(second.revision).toBe(2);
    expect(second.body).toEqual(article.body);

    const stale = await t.ctx.articles.updateArticle(article.id, { headline: 'Lost?' }, 1, {
      userId: null,
    });
    expect(stale).toMatchObject({ ok: false, error: { type: 'conflict', currentRevision: 2 } });
    const revisions = await t.ctx.articles.repository.revisions(article.id);
    expect(revisions.map((r) => r.snapshot.headline)).toEqual(['First', 'Second']);
  });

  it('lets exactly one of two simultaneous saves from the same revision win', async () => {
    const site = await makeSite(t.ctx);
    const article = await makeArticle(t.ctx, site);
    const results = await Promise.all([
      t.ctx.articles.updateArticle(article.id, { headline: 'Mine' }, 1, { userId: null }),
      t.ctx.articles.updateArticle(article.id, { headline: 'Theirs' }, 1, { userId: null }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)[0]).toMatchObject({
      error: { type: 'conflict' },
    });
    expect((await t.ctx.articles.repository.revisions(article.id)).map((r) => r.number)).toEqual([
      1, 2,
    ]);
  });

  it('publishes once, keeps the first publication time, and tells subscribers', async () => {
    const site = await makeSite(t.ctx);
    const article = await makeArticle(t.ctx, site);
    const published: Article[] = [];
    t.ctx.events.on('article.published', ({ article: a }) => {
      published.push(a);
    });
    const first = unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
    expect(first.status).toBe('published');
    expect(first.publishedAt).toBe('2026-03-10T12:00:00.000Z');

    t.clock.advance(3_600_000);
    unwrap(await t.ctx.articles.unpublishArticle(article.id, { userId: null }));
    const again = unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
    expect(again.publishedAt).toBe('2026-03-10T12:00:00.000Z');
    expect(published).toHaveLength(2);
  });

  it('schedules only in the future and publishes a due article once, even from two workers', async () => {
    const site = await makeSite(t.ctx);
    const article = await makeArticle(t.ctx, site);
    const past = await t.ctx.articles.scheduleArticle(
      article.id,
      new Date('2026-03-10T11:00:00Z'),
      { userId: null },
    );
    expect(past).toMatchObject({ ok: false, error: { type: 'not-in-future' } });

    unwrap(
      await t.ctx.articles.scheduleArticle(article.id, new Date('2026-03-10T13:00:00Z'), {
        userId: null,
      }),
    );
    expect(await t.ctx.articles.publishDueArticles()).toEqual([]);

    t.clock.set(new Date('2026-03-10T13:00:01Z'));
    let events = 0;
    t.ctx.events.on('article.published', () => {
      events++;
    });
    const [a, b] = await Promise.all([
      t.ctx.articles.publishDueArticles(),
      t.ctx.articles.publishDueArticles(),
    ]);
    expect(a.length + b.length).toBe(1);
    expect(events).toBe(1);
    const stored = await t.ctx.articles.repository.findById(article.id);
    expect(stored).toMatchObject({
      status: 'published',
      publishedAt: '2026-03-10T13:00:00.000Z',
      scheduledAt: null,
    });
  });
});
