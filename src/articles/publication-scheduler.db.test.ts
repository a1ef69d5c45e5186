import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, TEST_NOW, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../tests/helpers/factories.ts';
import { FixedClock } from '../core/clock.ts';
import { EventBus } from '../core/events.ts';
import { silentLogger } from '../core/logger.ts';
import { unwrap } from '../core/result.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { SiteService } from '../sites/site.service.ts';
import { ArticleService } from './article.service.ts';
import { PublicationScheduler } from './publication-scheduler.ts';

describeEachDialect('the publication scheduler', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.destroy());

  /** A second "process": its own connection, services and scheduler on the same database. */
  async function secondProcess(clock: FixedClock) {
    const database =
      dialect === 'sqlite'
        ? t.database
        : await connectDatabase({ dialect: 'postgres', url: t.database.url ?? '' });
    const events = new EventBus(silentLogger);
    const articles = new ArticleService(
      database.db,
      new SiteService(database.db, events, clock),
      events,
      clock,
    );
    const published: string[] = [];
    events.on('article.published', ({ article }) => {
      published.push(article.id);
    });
    const scheduler = new PublicationScheduler(database.db, articles, events, clock, silentLogger);
    return {
      scheduler,
      published,
      close: async () => {
        scheduler.stop();
        if (database !== t.database) await database.close();
      },
    };
  }

  it('publishes a due article exactly once when two processes tick at the same moment', async () => {
    const site = await makeSite(t.ctx);
    const article = await makeArticle(t.ctx, site);
    unwrap(
      await t.ctx.articles.scheduleArticle(article.id, new Date(TEST_NOW.getTime() + 5_000), {
        userId: null,
      }),
    );
    const clock = new FixedClock(new Date(TEST_NOW.getTime() + 6_000));
    t.clock.set(clock.now());
    const first = await secondProcess(clock);
    const second = await secondProcess(clock);
    const here: string[] = [];
    t.ctx.events.on('article.published', ({ article: published }) => {
      here.push(published.id);
    });
    try {
      await Promise.all([first.scheduler.tick(), second.scheduler.tick(), t.ctx.scheduler.tick()]);
      expect([...first.published, ...second.published, ...here]).toEqual([article.id]);
      const stored = await t.ctx.articles.repository.findById(article.id);
      expect(stored?.status).toBe('published');
      expect(stored?.publishedAt).toBe(new Date(TEST_NOW.getTime() + 5_000).toISOString());
    } finally {
      t.ctx.scheduler.stop();
      await first.close();
      await second.close();
    }
  });

  it('wakes by itself when an article is scheduled in this process', async () => {
    const site = await makeSite(t.ctx);
    const article = await makeArticle(t.ctx, site);
    // The real clock: the scheduler's timer must fire by itself a moment later.
    const realTime = new FixedClock(new Date());
    const events = new EventBus(silentLogger);
    const articles = new ArticleService(t.ctx.db, t.ctx.sites, events, realTime);
    const scheduler = new PublicationScheduler(t.ctx.db, articles, events, realTime, silentLogger);
    try {
      scheduler.start();
      const at = new Date(realTime.now().getTime() + 300);
      unwrap(await articles.scheduleArticle(article.id, at, { userId: null }));
      realTime.set(new Date(at.getTime() + 1));
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await t.ctx.articles.repository.findById(article.id))?.status).toBe('published');
    } finally {
      scheduler.stop();
    }
  });
});

it('keeps the schedule across a restart (SQLite file)', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'tribune-schedule-'));
  const file = join(folder, 'tribune.sqlite');
  const clock = new FixedClock(TEST_NOW);
  try {
    let handle = await connectDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(handle.db, 'sqlite');
    let events = new EventBus(silentLogger);
    let sites = new SiteService(handle.db, events, clock);
    const site = unwrap(
      await sites.createSite({
        slug: 'en',
        name: 'En',
        language: 'en',
        timezone: 'UTC',
        basePath: '/en',
      }),
    );
    let articles = new ArticleService(handle.db, sites, events, clock);
    const article = unwrap(
      await articles.createArticle({ siteId: site.id, headline: 'Later' }, { userId: null }),
    );
    unwrap(
      await articles.scheduleArticle(article.id, new Date(TEST_NOW.getTime() + 60_000), {
        userId: null,
      }),
    );
    await handle.close();

    clock.advance(120_000);
    handle = await connectDatabase({ dialect: 'sqlite', file });
    events = new EventBus(silentLogger);
    sites = new SiteService(handle.db, events, clock);
    articles = new ArticleService(handle.db, sites, events, clock);
    await new PublicationScheduler(handle.db, articles, events, clock, silentLogger).tick();
    expect((await articles.repository.findById(article.id))?.status).toBe('published');
    await handle.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
