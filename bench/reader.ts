/*
 * npm run bench:reader — requests per second and latency of reader pages, against the same
 * server answering the same article bytes prebuilt (the ceiling), measured in one run.
 * Prints each page's ratio to the ceiling. Never run by the tests: timings are noisy here.
 * On Linux it also reads the server process's CPU time: CPU per request is steadier than
 * requests per second when other work shares the machine.
 *
 * Options (environment): BENCH_CONNECTIONS (50), BENCH_SECONDS (10).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const article = '/en/bronx-nurses-win-safe-staffing-contract';

interface Server {
  url: string;
  bytes: number;
  /** The server's CPU time so far in µs (user and system), or null off Linux. */
  cpu(): number | null;
  stop(): void;
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A process's CPU time in µs from /proc (utime + stime), or null where there is no /proc. */
function cpuOf(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1e6;
  } catch {
    return null;
  }
}

/** Starts the benchmark server in its own process, with or without the page cache. */
function startServer(pageCacheSeconds: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'reader-server.ts')],
      {
        env: {
          ...process.env,
          TRIBUNE_PAGE_CACHE_SECONDS: String(pageCacheSeconds),
          BENCH_ARTICLE_PATH: article,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.once('data', (chunk) => {
      const { url, bytes } = JSON.parse(String(chunk));
      resolve({ url, bytes, cpu: () => cpuOf(child.pid), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });
}

interface Measure {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time per request, µs; null off Linux. */
  cpu: number | null;
}

async function measure(name: string, server: Server, path: string): Promise<Measure> {
  const url = `${server.url}${path}`;
  // A short warm-up: JIT, SQLite page cache, image-less first renders.
  await autocannon({ url, connections, duration: 2 });
  const before = server.cpu();
  const result = await autocannon({ url, connections, duration });
  const after = server.cpu();
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpu: before !== null && after !== null ? (after - before) / result.requests.total : null,
  };
}

function print(title: string, rows: Measure[], ceiling: Measure): void {
  console.log(`\n${title}`);
  console.log(
    'page                      req/s     p50 ms   p99 ms   ratio to ceiling   errors   CPU µs/req   CPU × ceiling',
  );
  for (const row of rows) {
    const cpu = row.cpu === null ? '—' : row.cpu.toFixed(0);
    const cpuRatio = row.cpu === null || !ceiling.cpu ? '—' : (row.cpu / ceiling.cpu).toFixed(2);
    console.log(
      `${row.name.padEnd(24)}${row.rps.toFixed(0).padStart(7)}${row.p50.toFixed(1).padStart(10)}${row.p99
        .toFixed(1)
        .padStart(
          9,
        )}${(row.rps / ceiling.rps).toFixed(3).padStart(19)}${String(row.errors).padStart(9)}${cpu.padStart(13)}${cpuRatio.padStart(16)}`,
    );
  }
}

console.log(
  `Tribune reader benchmark: ${connections} connections, ${duration} s per page, Node ${process.version}`,
);
for (const [title, seconds] of [
  ['Page cache off (every request renders)', 0],
  ['Page cache on (10 s)', 10],
] as const) {
  const server = await startServer(seconds);
  try {
    const ceiling = await measure('prebuilt article bytes', server, '/__ceiling');
    const articlePage = await measure('article page', server, article);
    const home = await measure('edition home', server, '/en/');
    print(`${title} — article ${server.bytes} bytes`, [ceiling, articlePage, home], ceiling);
  } finally {
    server.stop();
  }
}
