/*
 * The server the reader benchmark measures: Tribune on the demo network (SQLite in a temporary
 * folder), plus one route that answers with the article's bytes prebuilt, the ceiling of what
 * this server can do for that page. Run by bench/reader.ts in its own process.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { AppContext } from '../src/context.ts';
import { silentLogger } from '../src/core/logger.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { listen } from '../src/server.ts';

const articlePath = process.env.BENCH_ARTICLE_PATH ?? '/en/bronx-nurses-win-safe-staffing-contract';
const dataDir = process.env.BENCH_DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'tribune-bench-')));
const config = loadConfig({ ...process.env, TRIBUNE_DATA_DIR: dataDir, PORT: '0' });
const ctx = await AppContext.fromConfig(config, { logger: silentLogger });
await ctx.migrate();
await loadDemo(ctx);
await ctx.siteDirectory.reload();

const tribune = createApp(ctx);
const prebuilt = await (
  await tribune.request(articlePath, { headers: { host: 'localhost' } })
).text();
const server = new Hono()
  .get('/__ceiling', (c) => c.html(prebuilt))
  .all('*', (c) => tribune.fetch(c.req.raw, c.env));
const running = await listen(server as never, 0, '127.0.0.1');
process.stdout.write(
  `${JSON.stringify({ url: running.url, bytes: Buffer.byteLength(prebuilt) })}\n`,
);
process.on('SIGTERM', async () => {
  await running.close();
  await ctx.close();
  process.exit(0);
});
