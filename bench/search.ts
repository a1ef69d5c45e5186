/*
 * npm run bench:search — query latency of the search index on an archive of 100,000 articles in
 * six languages, on SQLite (FTS5) and on PostgreSQL (tsvector) when one is reachable. Each
 * query is also answered the naive way — a LIKE scan of the same table, which is what a
 * platform without a search index does — and the ratio printed. Never run by the tests.
 *
 * Options (environment): BENCH_SEARCH_DOCS (100000), BENCH_SEARCH_ROUNDS (20),
 * TRIBUNE_BENCH_DATABASE_URL or TRIBUNE_TEST_DATABASE_URL (a PostgreSQL server where the
 * benchmark may create and drop a database of its own).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { PostgresTsvectorIndex } from '../src/search/postgres-tsvector.ts';
import { parseQuery } from '../src/search/query-parser.ts';
import type { SearchIndex, SearchRequest } from '../src/search/search-index.ts';
import { SqliteFts5Index } from '../src/search/sqlite-fts5.ts';
import { CORPUS_LANGUAGES, corpusDocument, QUERIES } from './search-corpus.ts';

const documents = Number(process.env.BENCH_SEARCH_DOCS ?? 100_000);
const rounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 20);
const postgresServer =
  process.env.TRIBUNE_BENCH_DATABASE_URL || process.env.TRIBUNE_TEST_DATABASE_URL;

interface Case {
  kind: 'language' | 'network' | 'edition + dates';
  text: string;
  request: SearchRequest;
}

/** Every query in three settings: its language, the whole network, one edition and a year. */
function cases(): Case[] {
  return CORPUS_LANGUAGES.flatMap((language) =>
    (QUERIES[language] ?? []).flatMap((text): Case[] => {
      const base = { query: parseQuery(text), limit: 20, offset: 0 };
      return [
        { kind: 'language', text, request: { ...base, language } },
        { kind: 'network', text, request: base },
        {
          kind: 'edition + dates',
          text,
          request: {
            ...base,
            siteIds: [`site-${language}-0`],
            from: '2023-01-01',
            to: '2023-12-31',
          },
        },
      ];
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function load(index: SearchIndex): Promise<number> {
  const started = Date.now();
  for (let n = 0; n < documents; n++) {
    await index.upsert(corpusDocument(n));
    if ((n + 1) % 20_000 === 0) process.stderr.write(`  ${n + 1} indexed\n`);
  }
  return documents / ((Date.now() - started) / 1000);
}

/** The naive answer: newest 20 articles whose headline or body contains the first word. */
function likeScan(handle: DatabaseHandle, text: string) {
  const word = parseQuery(text).terms[0] ?? parseQuery(text).phrases[0]?.[0] ?? '';
  const pattern = `%${word}%`;
  return handle.db
    .selectFrom('search_documents')
    .select('article_id')
    .where((eb) => eb.or([eb('headline', 'like', pattern), eb('body_text', 'like', pattern)]))
    .orderBy('published_at', 'desc')
    .limit(20)
    .execute();
}

async function measure(name: string, handle: DatabaseHandle, index: SearchIndex) {
  process.stderr.write(`${name}: indexing ${documents} articles…\n`);
  const rate = await load(index);
  if (handle.dialect === 'postgres') await sql`analyze`.execute(handle.db);
  const all = cases();
  for (const found of all) await index.search(found.request); // warm-up
  const byKind = new Map<string, number[]>();
  const indexTimes: number[] = [];
  const scanTimes: number[] = [];
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    for (const found of all) {
      let total = 0;
      const ms = await time(async () => {
        total = (await index.search(found.request)).total;
      });
      if (round === 0) hits += total;
      indexTimes.push(ms);
      byKind.set(found.kind, [...(byKind.get(found.kind) ?? []), ms]);
    }
  }
  // The naive scan is slow: a quarter of the rounds give it the same number of samples per query kind.
  for (let round = 0; round < Math.max(1, Math.floor(rounds / 4)); round++) {
    for (const found of all.filter((one) => one.kind === 'network')) {
      scanTimes.push(await time(() => likeScan(handle, found.text)));
    }
  }
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  const row = (label: string, list: number[]) => {
    const s = sorted(list);
    return `| ${label.padEnd(26)} | ${percentile(s, 50).toFixed(2).padStart(7)} | ${percentile(s, 99).toFixed(2).padStart(7)} |`;
  };
  const indexP50 = percentile(sorted(indexTimes), 50);
  const scanP50 = percentile(sorted(scanTimes), 50);
  console.log(
    `\n${name}: ${documents} articles, indexed at ${rate.toFixed(0)} articles/s; ${all.length} queries × ${rounds} rounds, ${hits} matches in all\n`,
  );
  console.log('| queries                    |  p50 ms |  p99 ms |');
  console.log('| -------------------------- | ------: | ------: |');
  for (const [kind, list] of byKind) console.log(row(kind, list));
  console.log(row('all', indexTimes));
  console.log(row('naive LIKE scan (baseline)', scanTimes));
  console.log(
    `\nThe index answers ${(scanP50 / indexP50).toFixed(1)}× faster than the scan at the median, and finds the other forms of each word, which the scan does not.`,
  );
}

async function sqlite() {
  const dir = await mkdtemp(join(tmpdir(), 'tribune-bench-search-'));
  const handle = await connectDatabase({ dialect: 'sqlite', file: join(dir, 'bench.db') });
  try {
    await migrateToLatest(handle.db, 'sqlite');
    await measure('SQLite FTS5', handle, new SqliteFts5Index(handle.db));
  } finally {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function postgres(server: string) {
  const name = `tribune_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = await connectDatabase({ dialect: 'postgres', url: url.toString() });
  try {
    await migrateToLatest(handle.db, 'postgres');
    await measure('PostgreSQL tsvector', handle, new PostgresTsvectorIndex(handle.db));
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await sqlite();
if (postgresServer) await postgres(postgresServer);
else
  console.log(
    '\nPostgreSQL skipped: set TRIBUNE_BENCH_DATABASE_URL to a server where the benchmark may create a database.',
  );
