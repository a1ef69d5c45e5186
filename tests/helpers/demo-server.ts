import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { AppContext } from '../../src/context.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { SqlDialect } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { listen } from '../../src/server.ts';
import { createEmptyPostgresDatabase, dropPostgresDatabase } from './db.ts';

/** Enough articles in the English edition's Labor section for a second page of it. */
async function addPaginatedSection(ctx: AppContext): Promise<void> {
  const site = await ctx.sites.findBySlug('en');
  const labor = site && (await ctx.taxonomy.repository.findSection(site.id, 'labor'));
  if (!site || !labor) throw new Error('the demo has no English Labor section');
  for (let n = 1; n <= 25; n++) {
    const created = await ctx.articles.createArticle(
      {
        siteId: site.id,
        sectionId: labor.id,
        headline: `Shop floor diary, day ${n}`,
        dek: 'Short notes from the night shift.',
        body: [{ type: 'paragraph', html: `Day ${n} on the line.` }],
      },
      { userId: null },
    );
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await ctx.articles.publishArticle(created.value.id, { userId: null });
  }
}

export interface DemoServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

/**
 * The demo network served by a real HTTP server on a free port, in this process: for tests
 * that need a browser or an outside checker to load pages. SQLite in a temporary folder by
 * default; PostgreSQL on the test server when asked.
 */
export async function startDemoServer(
  dialect: SqlDialect = 'sqlite',
  options: {
    paginated?: boolean;
    /** Runs the publication scheduler, as `tribune serve` does: scheduled articles go live. */
    scheduler?: boolean;
    /** A machine translation service, as the TRIBUNE_MT_* settings configure one. */
    machineTranslation?: Config['machineTranslation'];
  } = {},
): Promise<DemoServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tribune-demo-'));
  const postgres = dialect === 'postgres' ? await createEmptyPostgresDatabase() : null;
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database: postgres
      ? { dialect: 'postgres', url: postgres.url }
      : { dialect: 'sqlite', file: join(dataDir, 'tribune.sqlite') },
    sharedHost: null,
    smtpUrl: null,
    mailFrom: 'Tribune <newsroom@tribune.test>',
    publicUrl: 'http://127.0.0.1',
    logLevel: 'silent',
    pageCacheSeconds: 10,
    ...(options.machineTranslation ? { machineTranslation: options.machineTranslation } : {}),
  };
  const ctx = await AppContext.fromConfig(config, { logger: silentLogger });
  await ctx.migrate();
  await loadDemo(ctx);
  if (options.paginated) await addPaginatedSection(ctx);
  const server = await listen(createApp(ctx), 0, '127.0.0.1');
  // Absolute links (canonical, hreflang, sharing) point at this server, port included.
  ctx.config.publicUrl = server.url;
  if (options.scheduler) ctx.scheduler.start();
  return {
    url: server.url,
    ctx,
    close: async () => {
      ctx.scheduler.stop();
      await server.close();
      await ctx.close();
      if (postgres) await dropPostgresDatabase(postgres.name);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
