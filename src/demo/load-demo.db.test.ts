import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { isTimestamp } from '../core/clock.ts';
import { isId } from '../core/ids.ts';
import { DeskBoardView } from '../translations/desk/desk-board.view.ts';
import { DemoNotLoadedError, loadDemo } from './load-demo.ts';

async function counts(t: TestContext): Promise<Record<string, number>> {
  const tables = [
    'sites',
    'sections',
    'tags',
    'series',
    'contributors',
    'contributor_profiles',
    'media',
    'media_texts',
    'users',
    'memberships',
    'stories',
    'articles',
    'article_revisions',
    'article_tags',
    'article_credits',
    'pages',
    'front_page_slots',
    'translation_subscriptions',
    'translation_tasks',
  ] as const;
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

describeEachDialect('the demo network', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    await loadDemo(t.ctx);
  }, 120_000);
  afterAll(() => t.destroy());

  it('loads editions in several languages with sections, social links and navigation', async () => {
    const sites = await t.ctx.sites.list();
    expect(sites.map((s) => s.slug)).toEqual(['en', 'es-ar', 'es-pe', 'pt-br', 'fr', 'de']);
    expect(new Set(sites.map((s) => s.language.split('-')[0]))).toEqual(
      new Set(['en', 'es', 'pt', 'fr', 'de']),
    );
    for (const site of sites) {
      expect(site.tagline.length, site.slug).toBeGreaterThan(10);
      expect(
        site.socialLinks.map((l) => l.network),
        site.slug,
      ).toEqual(expect.arrayContaining(['facebook', 'instagram', 'x', 'youtube']));
      expect(
        site.navigation.filter((item) => item.kind === 'section').length,
        site.slug,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('publishes about forty articles and keeps a draft and a scheduled one', async () => {
    const rows = await t.ctx.db
      .selectFrom('articles')
      .select(['status', 'published_at', 'scheduled_at', 'origin_type'])
      .execute();
    expect(rows.filter((r) => r.status === 'published').length).toBeGreaterThanOrEqual(38);
    // Besides the desk's translations in progress (see the desk's test below).
    expect(
      rows.filter((r) => r.status === 'draft' && r.origin_type !== 'translation'),
    ).toHaveLength(1);
    const scheduled = rows.filter((r) => r.status === 'scheduled');
    expect(scheduled).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'unpublished')).toHaveLength(1);
    expect(Date.parse(scheduled[0]?.scheduled_at ?? '')).toBeGreaterThan(t.clock.now().getTime());
  });

  it('credits the translators of the chain Spanish → English → French and links it as one story', async () => {
    const en = await t.ctx.sites.findBySlug('en');
    const fr = await t.ctx.sites.findBySlug('fr');
    const french = (
      await t.ctx.db
        .selectFrom('articles')
        .selectAll()
        .where('site_id', '=', fr?.id ?? '')
        .where('origin_type', '=', 'translation')
        .execute()
    ).find(Boolean);
    expect(french).toBeDefined();
    const frArticle = await t.ctx.articles.repository.findById(french?.id ?? '');
    if (frArticle?.origin.type !== 'translation') throw new Error('expected a translation');
    const english = await t.ctx.articles.repository.findById(frArticle.origin.sourceArticleId);
    expect(english?.siteId).toBe(en?.id);
    expect(frArticle.credits.some((c) => c.role === 'translator')).toBe(true);
    const story = await t.ctx.articles.repository.inStory(frArticle.storyId);
    expect(new Set(story.map((a) => a.language.split('-')[0]))).toEqual(
      new Set(['es', 'en', 'fr']),
    );
  });

  it('aligns translated blocks with their source by id', async () => {
    const translation = await t.ctx.db
      .selectFrom('articles')
      .select('id')
      .where('origin_type', '=', 'translation')
      .executeTakeFirstOrThrow();
    const article = await t.ctx.articles.repository.findById(translation.id);
    if (article?.origin.type !== 'translation') throw new Error('expected a translation');
    const source = await t.ctx.articles.repository.findById(article.origin.sourceArticleId);
    expect(article.body.map((b) => b.sourceBlockId)).toEqual(source?.body.map((b) => b.id));
  });

  it('gives the English desk a subscription and tasks in several states', async () => {
    const en = await t.ctx.sites.findBySlug('en');
    const ar = await t.ctx.sites.findBySlug('es-ar');
    const pe = await t.ctx.sites.findBySlug('es-pe');
    const [subscription] = await t.ctx.desk.subscriptions.list(en?.id ?? '');
    expect(subscription).toMatchObject({
      sourceSiteIds: [ar?.id, pe?.id],
      targetLanguage: 'en-US',
      active: true,
    });
    expect(subscription?.sectionIds).toHaveLength(2);
    const board = await new DeskBoardView(t.ctx.db).board({ siteId: en?.id ?? '' });
    expect(board.counts).toMatchObject({ open: 2, claimed: 1, in_review: 1 });
    const translator = await t.ctx.users.repository.findByEmail('translator@meridian.example');
    expect(board.columns.claimed[0]?.assignee?.id).toBe(translator?.id);
    expect(board.columns.in_review[0]?.priority).toBe('urgent');
    // The claimed translation is a draft on the English edition, pinned to its Spanish source.
    const draft = await t.ctx.articles.repository.findById(
      board.columns.claimed[0]?.target?.articleId ?? '',
    );
    expect(draft).toMatchObject({ status: 'draft', siteId: en?.id, language: 'en-US' });
    expect(draft?.origin.type).toBe('translation');
  });

  it('stores ids, timestamps and booleans in one form on both databases', async () => {
    const articles = await t.ctx.db
      .selectFrom('articles')
      .select(['id', 'created_at', 'published_at'])
      .execute();
    for (const row of articles) {
      expect(isId(row.id)).toBe(true);
      expect(isTimestamp(row.created_at)).toBe(true);
      if (row.published_at) expect(isTimestamp(row.published_at)).toBe(true);
    }
    const admins = await t.ctx.db.selectFrom('users').select('is_network_admin').execute();
    expect(new Set(admins.map((row) => row.is_network_admin))).toEqual(new Set([0, 1]));
  });

  it('adds nothing when loaded again', async () => {
    const before = await counts(t);
    const summary = await loadDemo(t.ctx);
    expect(summary.created).toBe(0);
    expect(await counts(t)).toEqual(before);
  });

  it('completes a demo whose first load was interrupted', async () => {
    const before = await counts(t);
    const draft = await t.ctx.db
      .selectFrom('articles')
      .select(['id', 'story_id'])
      .where('status', '=', 'draft')
      .where('origin_type', '=', 'original')
      .executeTakeFirstOrThrow();
    await t.ctx.db.deleteFrom('articles').where('id', '=', draft.id).execute();
    await t.ctx.db.deleteFrom('stories').where('id', '=', draft.story_id).execute();
    const summary = await loadDemo(t.ctx);
    expect(summary.created).toBe(1);
    expect(await counts(t)).toEqual(before);
  });

  it('refuses a database that holds other editions', async () => {
    const other = await createTestContext(dialect);
    try {
      await other.ctx.sites.createSite({
        slug: 'mine',
        name: 'Mine',
        language: 'en',
        timezone: 'UTC',
        basePath: '/mine',
      });
      await expect(loadDemo(other.ctx)).rejects.toBeInstanceOf(DemoNotLoadedError);
      expect((await other.ctx.sites.list()).map((s) => s.slug)).toEqual(['mine']);
    } finally {
      await other.destroy();
    }
  });
});
