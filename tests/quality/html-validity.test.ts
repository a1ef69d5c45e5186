// Quality tests check the HTML the reader pages send, not the database: the demo network runs
// on SQLite (startDemoServer's default) and no PostgreSQL run is needed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleVariantsMissing,
  crawlSite,
  describePage,
  type PageToCheck,
  pageTypesFound,
  pathOf,
  unlinkedDemoPages,
} from '../helpers/crawl.ts';
import { type DemoServer, startDemoServer } from '../helpers/demo-server.ts';

const VNU_JAR = fileURLToPath(
  new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url),
);
const hasJava = !spawnSync('java', ['-version'], { stdio: 'ignore' }).error;
if (!hasJava) console.log('HTML validity tests skipped: java is not installed.');

/** One message of the Nu checker's JSON output (`--format json`). */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the Nu HTML Checker once over all files; its JSON report comes on stderr. */
function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu exited with ${code} without a JSON report: ${stderr.slice(0, 500)}`));
      }
    });
  });
}

describe.skipIf(!hasJava)('HTML validity of every page type (W3C Nu HTML Checker)', () => {
  let server: DemoServer;
  let pages: PageToCheck[];
  let folder: string;

  beforeAll(async () => {
    server = await startDemoServer('sqlite', { paginated: true });
    const crawl = await crawlSite(server.url, { extraPages: unlinkedDemoPages() });
    pages = crawl.pages;
    folder = await mkdtemp(join(tmpdir(), 'tribune-vnu-'));
    console.log(
      `Crawled ${crawl.fetched} URLs${crawl.capped ? ' (stopped at the cap)' : ''}; checking ${pages.length} pages: ${pageTypesFound(pages).join('; ')}.`,
    );
    const missing = articleVariantsMissing(pages);
    if (missing.length) console.log(`No crawled article shows: ${missing.join(', ')}.`);
    if (crawl.brokenLinks.length) {
      const links = crawl.brokenLinks.map(
        (l) => `${pathOf(l.url)} (${l.status}, from ${pathOf(l.from)})`,
      );
      console.log(`Broken internal links: ${links.join('; ')}.`);
    }
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('finds the directory, an edition home, articles and the not-found pages (404)', () => {
    const types = pages.map((page) => page.type);
    expect(types).toEqual(expect.arrayContaining(['directory', 'home', 'article', 'not-found']));
    const notFound = pages.filter((page) => page.type === 'not-found');
    expect(notFound.map((page) => `${pathOf(page.url)} ${page.status}`)).toEqual(
      notFound.map((page) => `${pathOf(page.url)} 404`),
    );
  });

  it('reports 0 errors on every page type', { timeout: 180_000 }, async () => {
    const fileToPage = new Map<string, PageToCheck>();
    for (const [index, page] of pages.entries()) {
      const response = await fetch(page.url);
      expect(response.status, `status of ${page.url}`).toBe(page.status);
      const name = `${String(index).padStart(2, '0')}-${describePage(page)
        .replace(/[^a-z0-9]+/gi, '-')
        .slice(0, 80)}.html`;
      const file = join(folder, name);
      await writeFile(file, await response.text());
      fileToPage.set(file, page);
    }

    const messages = await runVnu([...fileToPage.keys()]);
    const pageOf = (message: VnuMessage) =>
      message.url ? fileToPage.get(fileURLToPath(message.url)) : undefined;
    const unreadable = messages.filter((m) => m.type === 'non-document-error');
    expect(unreadable.map((m) => `${m.url}: ${m.message}`)).toEqual([]);

    const errors = messages
      .filter((message) => message.type === 'error')
      .map((message) => {
        const page = pageOf(message);
        const where = `${page ? pathOf(page.url) : message.url}:${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'}`;
        const extract = (message.extract ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
        return `${where} ${message.message}${extract ? `  «${extract}»` : ''}`;
      })
      .sort((a, b) => a.slice(a.indexOf(' ')).localeCompare(b.slice(b.indexOf(' '))));
    const pagesWithErrors = new Set(messages.map(pageOf).filter(Boolean)).size;
    if (errors.length > 0) {
      expect.fail(
        `vnu found ${errors.length} error(s) on ${pagesWithErrors} of ${pages.length} pages:\n${errors.join('\n')}`,
      );
    }
  });
});
