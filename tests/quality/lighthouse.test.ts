// Quality tests check the HTML the reader pages send, not the database: the demo network runs
// on SQLite (startDemoServer's default) and no PostgreSQL run is needed.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import { crawlPageTypes, type PageToCheck, pathOf } from '../helpers/crawl.ts';
import { type DemoServer, startDemoServer } from '../helpers/demo-server.ts';

const CHROMIUM_FLAGS = CHROMIUM_ARGS;
sayIfNoChromium('Lighthouse tests');

/** Gated at 0.95; performance is only reported (it is noisy on shared machines). */
const GATED = ['accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 0.95;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  details?: { items?: Array<Record<string, unknown>> };
}

/** What an audit found, in a few words: its value or its first items. */
function finding(audit: Audit): string {
  const items = (audit.details?.items ?? []).slice(0, 2).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const text = item.description ?? item.url ?? node?.snippet ?? item.source ?? '';
    return String(text).replace(/\s+/g, ' ').slice(0, 100);
  });
  return [audit.displayValue, ...items].filter(Boolean).join('; ');
}

/**
 * Audits one page in a Chromium of its own, so one page's cache (e.g. a missing favicon) never
 * hides a finding from the next; returns the scores and the failing audits of gated categories.
 */
async function audit(
  url: string,
): Promise<{ scores: Record<string, number>; failing: Array<{ category: string; line: string }> }> {
  process.env.CHROME_PATH = CHROMIUM;
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', ...GATED],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(
        `Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
      );
    }
    const scores: Record<string, number> = {};
    const failing: Array<{ category: string; line: string }> = [];
    for (const category of Object.values(lhr.categories)) {
      scores[category.id] = category.score ?? 0;
      if (!(GATED as readonly string[]).includes(category.id)) continue;
      for (const ref of category.auditRefs) {
        const result = lhr.audits[ref.id] as Audit | undefined;
        if (!result || ref.weight === 0 || result.score === null || result.score >= 1) continue;
        const detail = finding(result);
        failing.push({
          category: category.id,
          line: `${category.id}: ${result.id} — ${result.title}${detail ? ` (${detail})` : ''}`,
        });
      }
    }
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}

describe.skipIf(!hasChromium)('Lighthouse scores of the home and article pages', () => {
  let server: DemoServer;
  let pages: PageToCheck[];

  beforeAll(async () => {
    server = await startDemoServer();
    pages = await crawlPageTypes(server.url);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  for (const type of ['home', 'article']) {
    it(`scores ≥ ${MINIMUM * 100} for ${GATED.join(', ')} on an edition's ${type} page`, {
      timeout: 180_000,
    }, async () => {
      const page = pages.find(
        (candidate) =>
          candidate.type === type && !candidate.traits.some((t) => t.startsWith('page ')),
      );
      expect(page, `the crawl found no ${type} page`).toBeDefined();
      const { scores, failing } = await audit(page!.url);
      console.log(
        `Lighthouse ${type} ${pathOf(page!.url)}: ${Object.entries(scores)
          .map(([category, score]) => `${category} ${Math.round(score * 100)}`)
          .join(', ')}`,
      );
      const low: string[] = GATED.filter((category) => (scores[category] ?? 0) < MINIMUM);
      const audits = failing.filter((f) => low.includes(f.category)).map((f) => f.line);
      if (low.length > 0) {
        expect.fail(
          `${pathOf(page!.url)} scores below ${MINIMUM * 100} in ${low.join(', ')}; failing audits:\n${audits.join('\n')}`,
        );
      }
    });
  }
});
