import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { adminClient, makeStaff } from '../../../tests/helpers/admin-client.ts';
import { TEST_NOW } from '../../../tests/helpers/context.ts';
import { createTestDb, describeEachDialect, type TestDb } from '../../../tests/helpers/db.ts';
import {
  makeArticle,
  makeContributor,
  makeSection,
  makeSite,
} from '../../../tests/helpers/factories.ts';
import { createApp } from '../../app.ts';
import type { Article } from '../../articles/article.ts';
import type { Config } from '../../config.ts';
import { AppContext } from '../../context.ts';
import { FixedClock } from '../../core/clock.ts';
import { silentLogger } from '../../core/logger.ts';
import { unwrap } from '../../core/result.ts';
import { connectDatabase } from '../../db/connect.ts';
import type { SqlDialect } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import type { Site } from '../../sites/site.ts';
import { LocalDiskStorage } from '../../storage/local-disk.ts';
import type { Section } from '../../taxonomy/taxonomy.ts';

/** One server process: its own context (event bus, caches, clock) and app over the database. */
interface Process {
  ctx: AppContext;
  clock: FixedClock;
  page(path: string): Promise<string>;
}

/**
 * Two server processes over one database, as `tribune serve --workers 2` runs them: each has its
 * own events and caches, so neither hears the other's domain events.
 */
async function twoProcesses<T>(dialect: SqlDialect, setUp: (ctx: AppContext) => Promise<T>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'tribune-caches-'));
  let sqliteFile: string | null = null;
  let postgres: TestDb | null = null;
  if (dialect === 'sqlite') sqliteFile = join(dataDir, 'tribune.sqlite');
  else postgres = await createTestDb('postgres', { migrate: false });
  const database = () =>
    sqliteFile
      ? connectDatabase({ dialect: 'sqlite', file: sqliteFile })
      : connectDatabase({ dialect: 'postgres', url: postgres?.url ?? '' });
  const start = async (): Promise<Process> => {
    const handle = await database();
    const config: Config = {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      database: sqliteFile
        ? { dialect: 'sqlite', file: sqliteFile }
        : { dialect: 'postgres', url: postgres?.url ?? '' },
      sharedHost: null,
      smtpUrl: null,
      mailFrom: 'Tribune <newsroom@tribune.test>',
      publicUrl: 'http://tribune.test',
      logLevel: 'silent',
      pageCacheSeconds: 0,
    };
    const clock = new FixedClock(TEST_NOW);
    const ctx = await AppContext.fromConfig(config, {
      database: handle,
      storage: new LocalDiskStorage(join(dataDir, 'media')),
      logger: silentLogger,
      clock,
    });
    const app = createApp(ctx);
    return {
      ctx,
      clock,
      page: async (path) => {
        const response = await app.request(path, { headers: { host: 'tribune.test' } });
        expect(response.status, path).toBe(200);
        return response.text();
      },
    };
  };
  const first = await start();
  await migrateToLatest(first.ctx.db, dialect);
  await first.ctx.siteDirectory.reload();
  const made = await setUp(first.ctx);
  // The second process starts once the edition exists, as a server started later would.
  const second = await start();
  await second.ctx.siteDirectory.reload();
  return {
    first,
    second,
    made,
    destroy: async () => {
      await second.ctx.close();
      await first.ctx.close();
      if (postgres) await postgres.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

interface World {
  site: Site;
  section: Section;
  article: Article;
  authorId: string;
  photoId: string;
  path: string;
}

/** An edition with a section in its navigation, and a published article with author and photo. */
async function makeWorld(ctx: AppContext): Promise<World> {
  const site = await makeSite(ctx, { name: 'Callao Daily', tagline: 'News of the port' });
  const section = await makeSection(ctx, site, 'Labour');
  unwrap(
    await ctx.sites.updateSite(site.id, {
      navigation: [{ kind: 'section', sectionId: section.id }],
    }),
  );
  const png = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#246' } })
    .png()
    .toBuffer();
  const photo = unwrap(
    await ctx.media.importImage(png, {
      originalName: 'docks.png',
      credit: 'Ana Pérez',
      texts: { en: { alt: 'Cranes over the docks', caption: 'The docks at dawn' } },
    }),
  );
  const author = await makeContributor(ctx, {
    name: 'Rosa Quispe',
    profiles: { en: { title: 'Labour reporter', bio: 'Covers the unions of the port.' } },
  });
  const draft = await makeArticle(ctx, site, {
    headline: 'Dockworkers vote to strike',
    sectionId: section.id,
    leadMediaId: photo.id,
    credits: [{ contributorId: author.id, role: 'author' }],
  });
  const article = unwrap(await ctx.articles.publishArticle(draft.id, { userId: null }));
  return {
    site,
    section,
    article,
    authorId: author.id,
    photoId: photo.id,
    path: `${site.basePath}/${article.slug}`,
  };
}

/** What an edit through the Admin API changes on the article page, each in its own place. */
async function editEverything(ctx: AppContext, world: World) {
  const api = adminClient(ctx);
  const admin = await makeStaff(ctx, { isNetworkAdmin: true });
  const answers = [
    await api.patch(`/contributors/${world.authorId}`, admin.as, {
      name: 'Rosa Quispe Mamani',
      profiles: { en: { title: 'Port correspondent', bio: 'Twenty years on the docks.' } },
    }),
    await api.patch(`/sections/${world.section.id}`, admin.as, { name: 'Work and unions' }),
    await api.patch(`/media/${world.photoId}`, admin.as, {
      credit: 'Luis Soto',
      texts: { en: { alt: 'Cranes at night', caption: 'The night shift' } },
    }),
    await api.patch(`/sites/${world.site.id}`, admin.as, { tagline: 'The port’s own paper' }),
    await api.put(`/articles/${world.article.id}`, admin.as, {
      expectedRevision: world.article.revision,
      headline: 'Dockworkers strike at dawn',
    }),
  ];
  for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

const BEFORE = [
  'Rosa Quispe</a>',
  '<p class="author__title">Labour reporter</p>',
  '<p class="author__bio">Covers the unions of the port.</p>',
  '>Labour</a>',
  'The docks at dawn',
  'Photo: Ana Pérez',
  'alt="Cranes over the docks"',
  '<p class="masthead__tagline">News of the port</p>',
  '<h1 class="article__headline">Dockworkers vote to strike</h1>',
];
const AFTER = [
  'Rosa Quispe Mamani</a>',
  '<p class="author__title">Port correspondent</p>',
  '<p class="author__bio">Twenty years on the docks.</p>',
  '>Work and unions</a>',
  'The night shift',
  'Photo: Luis Soto',
  'alt="Cranes at night"',
  '<p class="masthead__tagline">The port’s own paper</p>',
  '<h1 class="article__headline">Dockworkers strike at dawn</h1>',
];

function expectAll(html: string, fragments: string[]): void {
  for (const fragment of fragments) expect(html).toContain(fragment);
}

describeEachDialect('reader pages kept in memory, uncached', (dialect) => {
  let processes: Awaited<ReturnType<typeof twoProcesses<World>>>;
  let world: World;
  beforeEach(async () => {
    processes = await twoProcesses(dialect, makeWorld);
    world = processes.made;
  });
  afterEach(() => processes.destroy());

  it('shows an edit made through the Admin API on the next page of the same process', async () => {
    const { first } = processes;
    expectAll(await first.page(world.path), BEFORE);
    await first.page(`${world.site.basePath}/`);

    await editEverything(first.ctx, world);

    // No time passes (the clock is fixed): the domain events of the edits dropped what they
    // changed.
    const page = await first.page(world.path);
    expectAll(page, AFTER);
    for (const fragment of BEFORE) expect(page).not.toContain(fragment);
    // The section's new name is in the navigation of every page of the edition, and its kicker.
    const home = await first.page(`${world.site.basePath}/`);
    expect(home).toContain('>Work and unions</a>');
    expect(home).toContain('<p class="kicker">Work and unions</p>');
  });

  it('shows an edit made by another process within a second', async () => {
    const { first, second } = processes;
    expectAll(await second.page(world.path), BEFORE);

    // A minute later: the other process finds changes by their time (and the tables' sizes).
    first.clock.advance(60_000);
    await editEverything(first.ctx, world);
    // The second process hears no event; its edition directory looks for changes on its own
    // schedule (every few seconds), which this runs now.
    await second.ctx.siteDirectory.reload();
    // The article itself is never kept: its new headline shows at once.
    expect(await second.page(world.path)).toContain(AFTER.at(-1));

    // Past a second, the version query finds what changed in the cached tables.
    second.clock.advance(1000);
    const page = await second.page(world.path);
    expectAll(page, AFTER);
    for (const fragment of BEFORE) expect(page).not.toContain(fragment);
  });

  it('shows contributors, sections and images created after the first page', async () => {
    const { first, second } = processes;
    await second.page(world.path);
    const ctx = first.ctx;
    const section = await makeSection(ctx, world.site, 'Culture');
    const critic = await makeContributor(ctx, {
      name: 'Bruno Costa',
      profiles: { en: { title: 'Critic', bio: 'Reviews films.' } },
    });
    const draft = await makeArticle(ctx, world.site, {
      headline: 'A film about the port',
      sectionId: section.id,
      credits: [{ contributorId: critic.id, role: 'author' }],
    });
    const review = unwrap(await ctx.articles.publishArticle(draft.id, { userId: null }));
    const path = `${world.site.basePath}/${review.slug}`;

    const kicker = `<p class="kicker"><a href="${world.site.basePath}/section/culture">Culture</a></p>`;
    for (const process of [first, second]) {
      const page = await process.page(path);
      expect(page).toContain('<p class="author__bio">Reviews films.</p>');
      expect(page).toContain('rel="author">Bruno Costa</a>');
    }
    // The new section names the article at once in the process that made it, and within a
    // second in the other.
    expect(await first.page(path)).toContain(kicker);
    second.clock.advance(1000);
    expect(await second.page(path)).toContain(kicker);
  });
});
