// Quality tests check the HTML the reader pages send, not the database: the demo network runs
// on SQLite (startDemoServer's default) and no PostgreSQL run is needed.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  crawlPageTypes,
  type PageToCheck,
  pageTypesFound,
  pathOf,
  unlinkedDemoPages,
} from '../helpers/crawl.ts';
import { type DemoServer, startDemoServer } from '../helpers/demo-server.ts';

/** Pages checked at once: each tab renders in its own process. */
const TABS = 4;
sayIfNoChromium('Browser tests');

/** Runs check on every page, a few tabs at a time; returns the findings in page order. */
async function checkEveryPage(
  context: BrowserContext,
  pages: PageToCheck[],
  check: (tab: Page, page: PageToCheck) => Promise<string[]>,
): Promise<string[]> {
  const findings: string[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const index = next++;
      const tab = await context.newPage();
      try {
        findings[index] = await check(tab, pages[index]!);
      } finally {
        await tab.close();
      }
    }
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  return findings.flat();
}

describe.skipIf(!hasChromium)('Accessibility of every page type (axe-core in Chromium)', () => {
  let server: DemoServer;
  let pages: PageToCheck[];
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer('sqlite', { paginated: true });
    pages = await crawlPageTypes(server.url, { extraPages: unlinkedDemoPages() });
    console.log(`axe checks ${pages.length} pages: ${pageTypesFound(pages).join('; ')}.`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`reports 0 violations in the ${colorScheme} colour scheme`, {
      timeout: 180_000,
    }, async () => {
      // bypassCSP: the pages' Content-Security-Policy must not keep the checker out.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      let found: string[];
      try {
        found = await checkEveryPage(context, pages, async (tab, page) => {
          const response = await tab.goto(page.url, { waitUntil: 'load' });
          expect(response?.status(), `status of ${page.url}`).toBe(page.status);
          const dark = await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
          expect(dark, 'the browser emulates the colour scheme').toBe(colorScheme === 'dark');
          return describeViolations(`${colorScheme} ${pathOf(page.url)}`, await axeViolations(tab));
        });
      } finally {
        await context.close();
      }
      if (found.length > 0) {
        expect.fail(`axe found ${found.length} violation(s):\n${found.join('\n')}`);
      }
    });
  }

  it('no page scrolls sideways on a 375 px wide screen (articles in every language)', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    let found: string[];
    try {
      found = await checkEveryPage(context, pages, async (tab, page) => {
        await tab.goto(page.url, { waitUntil: 'load' });
        const overflow = await tab.evaluate(() => {
          const root = document.documentElement;
          const width = root.clientWidth;
          // The innermost elements reaching past the right edge: the likely culprits.
          const wide = [...document.body.querySelectorAll('*')].filter(
            (element) => element.getBoundingClientRect().right > width + 0.5,
          );
          const innermost = wide.filter(
            (element) => !wide.some((other) => element !== other && element.contains(other)),
          );
          const name = (element: Element) =>
            `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
          return {
            scrollWidth: root.scrollWidth,
            clientWidth: width,
            culprits: innermost.slice(0, 4).map(name),
          };
        });
        if (overflow.scrollWidth <= overflow.clientWidth) return [];
        return [
          `${pathOf(page.url)}: ${overflow.scrollWidth} px wide in a ${overflow.clientWidth} px viewport (${overflow.culprits.join(', ') || 'no element found'})`,
        ];
      });
    } finally {
      await context.close();
    }
    if (found.length > 0) expect.fail(`pages wider than the screen:\n${found.join('\n')}`);
  });
});
