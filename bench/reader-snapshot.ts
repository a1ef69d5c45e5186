/*
 * Renders every reader page and Content API answer of the demo network and stores their bytes,
 * or compares them with bytes stored before: the check that a speed-up changed no output.
 *
 *   node --import tsx bench/reader-snapshot.ts <data folder> <output folder> [baseline folder]
 *
 * The data folder keeps the demo's database between runs (ids and dates are drawn when the demo
 * is loaded, so only the same database renders the same bytes); it is loaded on first use.
 * With SNAPSHOT_DATABASE_URL (an empty or already-loaded PostgreSQL database) the pages are
 * rendered from PostgreSQL instead. Pages are found by following every link, sitemap entry and
 * API address from the network directory, in process, with the page cache off.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { AppContext } from '../src/context.ts';
import { silentLogger } from '../src/core/logger.ts';
import { loadDemo } from '../src/demo/load-demo.ts';

const [dataDir, outDir, baselineDir] = process.argv.slice(2);
if (!dataDir || !outDir) {
  console.error('usage: reader-snapshot.ts <data folder> <output folder> [baseline folder]');
  process.exit(2);
}
const ORIGIN = 'http://tribune.test';
const MAX_PAGES = Number(process.env.SNAPSHOT_MAX_PAGES ?? 6000);

await mkdir(dataDir, { recursive: true });
const postgresUrl = process.env.SNAPSHOT_DATABASE_URL;
const sqliteFile = join(dataDir, 'tribune.sqlite');
const fresh = postgresUrl ? false : !existsSync(sqliteFile);
const config: Config = {
  port: 0,
  host: '127.0.0.1',
  dataDir,
  database: postgresUrl
    ? { dialect: 'postgres', url: postgresUrl }
    : { dialect: 'sqlite', file: sqliteFile },
  sharedHost: null,
  smtpUrl: null,
  mailFrom: 'Tribune <newsroom@tribune.test>',
  publicUrl: ORIGIN,
  logLevel: 'silent',
  pageCacheSeconds: 0,
};
const ctx = await AppContext.fromConfig(config, { logger: silentLogger });
await ctx.migrate();
if (fresh || (await ctx.sites.list()).length === 0) {
  console.error('loading the demo…');
  await loadDemo(ctx);
  await addPaginatedSection(ctx);
}
await ctx.siteDirectory.reload();
const app = createApp(ctx);

/** Enough articles in the English Labor section for its later pages (as the quality tests do). */
async function addPaginatedSection(context: AppContext): Promise<void> {
  const site = await context.sites.findBySlug('en');
  const labor = site && (await context.taxonomy.repository.findSection(site.id, 'labor'));
  if (!site || !labor) throw new Error('the demo has no English Labor section');
  for (let n = 1; n <= 25; n++) {
    const created = await context.articles.createArticle(
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
    await context.articles.publishArticle(created.value.id, { userId: null });
  }
}

const API = '/api/content/v1';
const seeds = [
  '/',
  `${API}/articles?limit=100`,
  `${API}/articles?limit=7&fields=full`,
  `${API}/articles?limit=100&fields=full&language=es`,
  `${API}/editions`,
  `${API}/contributors`,
  `${API}/search?q=workers`,
  '/this-page-does-not-exist',
  '/en/this-page-does-not-exist',
  '/en/search',
  '/es-ar/search?q=trabajadores&scope=network',
];

const queue: string[] = [];
const seen = new Set<string>();
function enqueue(address: string): void {
  let url: URL;
  try {
    url = new URL(address.replace(/&amp;/g, '&'), ORIGIN);
  } catch {
    return;
  }
  if (url.origin !== ORIGIN) return;
  if (/^\/(media|assets|newsroom)(\/|$)|^\/api\/admin\//.test(url.pathname)) return;
  url.hash = '';
  const key = `${url.pathname}${url.search}`;
  if (seen.has(key)) return;
  seen.add(key);
  queue.push(key);
}
for (const seed of seeds) enqueue(seed);

/** Every address a page names: links, sitemap entries, API links, search forms. */
function addressesIn(body: string, type: string): string[] {
  const found: string[] = [];
  if (type.includes('json')) {
    for (const [, value] of body.matchAll(/"(https?:\/\/[^"]+|\/api\/content\/[^"]+)"/g))
      found.push(value ?? '');
    for (const [, id] of body.matchAll(/"id":"([0-9a-f-]{36})"/g))
      found.push(`${API}/articles/${id}`);
    return found;
  }
  for (const [, value] of body.matchAll(/\bhref="([^"]*)"/g)) found.push(value ?? '');
  for (const [, value] of body.matchAll(/<loc>([^<]*)<\/loc>/g)) found.push(value ?? '');
  for (const [, value] of body.matchAll(/<link>([^<]*)<\/link>/g)) found.push(value ?? '');
  for (const [, action] of body.matchAll(/<form action="([^"]*)"/g))
    found.push(`${action}?q=${encodeURIComponent('workers')}`);
  return found;
}

function fileNameOf(key: string): string {
  const readable = key.replace(/[^a-z0-9]+/gi, '_').slice(0, 80);
  return `${readable}-${createHash('sha1').update(key).digest('hex').slice(0, 10)}.txt`;
}

await mkdir(outDir, { recursive: true });
const index: string[] = [];
let count = 0;
while (queue.length && count < MAX_PAGES) {
  const key = queue.shift() ?? '';
  count++;
  const response = await app.request(`${ORIGIN}${key}`, {
    headers: { host: 'tribune.test', accept: 'text/html' },
  });
  const type = response.headers.get('content-type') ?? '';
  const body = await response.text();
  const head = `${response.status} ${type} ${response.headers.get('location') ?? ''}`;
  await writeFile(join(outDir, fileNameOf(key)), `${head}\n\n${body}`);
  index.push(`${key}\t${fileNameOf(key)}\t${response.status}`);
  if (
    response.status < 300 &&
    (type.includes('html') || type.includes('xml') || type.includes('json'))
  )
    for (const address of addressesIn(body, type)) enqueue(address);
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    if (location) enqueue(location);
  }
}
index.sort();
await writeFile(join(outDir, 'index.tsv'), `${index.join('\n')}\n`);
console.log(`${count} addresses rendered${queue.length ? `, ${queue.length} left (cap)` : ''}`);
await ctx.close();

if (baselineDir) {
  const before = (await readFile(join(baselineDir, 'index.tsv'), 'utf8')).trim().split('\n');
  const after = new Set(index);
  const differing: string[] = [];
  for (const line of before) {
    const [key, file] = line.split('\t') as [string, string];
    if (!after.has(line)) {
      differing.push(`${key}: missing or status changed`);
      continue;
    }
    const [old, now] = await Promise.all([
      readFile(join(baselineDir, file), 'utf8'),
      readFile(join(outDir, file), 'utf8'),
    ]);
    if (old === now) continue;
    let at = 0;
    while (at < old.length && old[at] === now[at]) at++;
    differing.push(
      `${key}: differs at ${at}\n  before …${old.slice(Math.max(0, at - 60), at + 80)}\n  after  …${now.slice(Math.max(0, at - 60), at + 80)}`,
    );
  }
  for (const line of index) if (!before.includes(line)) differing.push(`${line}: new`);
  console.log(
    differing.length
      ? `${differing.length} of ${before.length} differ:\n${differing.join('\n')}`
      : `all ${before.length} identical to the baseline`,
  );
  process.exitCode = differing.length ? 1 : 0;
}
