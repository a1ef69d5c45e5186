/*
 * node --import tsx bench/reader-loop.ts — renders reader pages in a loop in this process, with
 * no HTTP and no page cache: the CPU one page costs and the SQL queries it runs. For profiling
 * (add --cpu-prof), not a test. BENCH_ROUNDS (2000) sets how many renders per page.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { AppContext } from '../src/context.ts';
import { silentLogger } from '../src/core/logger.ts';
import { loadDemo } from '../src/demo/load-demo.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 2000);
const pages = (process.env.BENCH_PAGES ?? '/en/bronx-nurses-win-safe-staffing-contract,/en/').split(
  ',',
);

const dataDir = process.env.BENCH_DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'tribune-bench-')));
const config = loadConfig({
  ...process.env,
  TRIBUNE_DATA_DIR: dataDir,
  PORT: '0',
  TRIBUNE_PAGE_CACHE_SECONDS: '0',
});
const ctx = await AppContext.fromConfig(config, { logger: silentLogger });
await ctx.migrate();
if ((await ctx.sites.list()).length === 0) await loadDemo(ctx);
await ctx.siteDirectory.reload();

// Counts the statements pages run: reader views are built per request from ctx.db.
let queries = 0;
// Counted by their results: prepared queries (db/prepared.ts) skip the building step.
const counter: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    queries++;
    return args.result;
  },
};
(ctx as { db: AppContext['db'] }).db = ctx.db.withPlugin(counter);
const app = createApp(ctx);

/** CPU time of one request, in µs, over `rounds` after a warm-up; wall time is noisier here. */
async function cpuPerRequest(render: () => Promise<string>): Promise<number> {
  for (let i = 0; i < Math.min(200, rounds); i++) await render();
  const before = process.cpuUsage();
  for (let i = 0; i < rounds; i++) await render();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / rounds;
}

// The calibration in the same run: a request that does no work (the health check's answer).
const baseline = await cpuPerRequest(async () =>
  (await app.request('/healthz', { headers: { host: 'localhost' } })).text(),
);
console.log(`/healthz: ${baseline.toFixed(1)} µs of CPU a request (the unit below)`);
for (const path of pages) {
  const render = async () => {
    const response = await app.request(path, { headers: { host: 'localhost' } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return response.text();
  };
  queries = 0;
  const bytes = (await render()).length;
  const perPage = queries;
  const cpu = await cpuPerRequest(render);
  console.log(
    `${path}: ${cpu.toFixed(0)} µs of CPU a page (${(cpu / baseline).toFixed(1)} × /healthz), ${perPage} queries, ${bytes} characters`,
  );
}
await ctx.close();
