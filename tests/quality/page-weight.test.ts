// Quality tests check the HTML the reader pages send, not the database: the demo network runs
// on SQLite (startDemoServer's default) and no PostgreSQL run is needed.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  crawlPageTypes,
  describePage,
  findTags,
  type PageToCheck,
  pathOf,
} from '../helpers/crawl.ts';
import { type DemoServer, startDemoServer } from '../helpers/demo-server.ts';

/** An article's HTML and CSS together, gzipped: 50 KB (50,000 bytes). */
const BUDGET = 50_000;
const JAVASCRIPT_TYPES = new Set([
  '',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

const gzipped = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The stylesheets a page links, and those they @import, fetched once each. */
async function stylesheetsOf(html: string, pageUrl: string): Promise<Map<string, string>> {
  const sheets = new Map<string, string>();
  const pending = findTags(html, 'link')
    .filter((link) => (link.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .filter((link) => link.href)
    .map((link) => new URL(link.href!, pageUrl).href);
  while (pending.length > 0) {
    const url = pending.shift()!;
    if (sheets.has(url)) continue;
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(`${pageUrl} links the stylesheet ${url}, which answers ${response.status}.`);
    const css = await response.text();
    sheets.set(url, css);
    for (const [, , href] of css.matchAll(/@import\s+(url\()?\s*["']?([^"')\s;]+)/gi)) {
      pending.push(new URL(href!, url).href);
    }
  }
  return sheets;
}

/** `<script>`s in the `<head>` that hold up the first render. */
function renderBlockingScripts(html: string): string[] {
  const head = html.slice(0, Math.max(0, html.search(/<\/head>|<body[\s>]/i)));
  return findTags(head, 'script')
    .filter((script) => {
      const type = (script.type ?? '').trim().toLowerCase();
      if (type === 'module' || !JAVASCRIPT_TYPES.has(type)) return false; // modules defer; JSON-LD is data
      // An inline classic script stops the parser where it stands; defer and async apply to src only.
      return !script.src || !('defer' in script || 'async' in script);
    })
    .map((script) => (script.src ? `<script src="${script.src}">` : '<script> (inline)'));
}

describe('Page weight of article pages', () => {
  let server: DemoServer;
  let articles: PageToCheck[];

  beforeAll(async () => {
    server = await startDemoServer();
    articles = (await crawlPageTypes(server.url)).filter((page) => page.type === 'article');
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it(`sends HTML + CSS under ${kb(BUDGET)} gzipped, with no render-blocking JavaScript`, {
    timeout: 180_000,
  }, async () => {
    expect(articles.length, 'the crawl found no article page').toBeGreaterThan(0);
    const problems: string[] = [];
    const sizes: string[] = [];
    for (const article of articles) {
      const html = await (await fetch(article.url)).text();
      const sheets = await stylesheetsOf(html, article.url);
      const htmlBytes = gzipped(html);
      const cssBytes = [...sheets.values()].reduce((sum, css) => sum + gzipped(css), 0);
      const total = htmlBytes + cssBytes;
      sizes.push(
        `Page weight ${pathOf(article.url)} [${describePage(article)}]: HTML ${kb(htmlBytes)} + CSS ${kb(cssBytes)} (${sheets.size} stylesheet(s)) = ${kb(total)} gzipped`,
      );
      if (total >= BUDGET) {
        problems.push(
          `${pathOf(article.url)}: ${kb(total)} gzipped, over the ${kb(BUDGET)} budget`,
        );
      }
      for (const script of renderBlockingScripts(html)) {
        problems.push(
          `${pathOf(article.url)}: ${script} in <head> blocks rendering (use defer, async or type="module")`,
        );
      }
    }
    console.log(sizes.join('\n'));
    if (problems.length > 0) expect.fail(problems.join('\n'));
  });
});
