// Browser checks of the reader pages beyond validators: the print stylesheet, and hostile
// text laid out in a real browser. They exercise HTML and CSS, not the database: SQLite only.
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import { demoArticle } from '../helpers/demo-content.ts';
import { type DemoServer, startDemoServer } from '../helpers/demo-server.ts';

sayIfNoChromium('Print and layout tests');

const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)> \u202Eevil ✊🏽 ';

describe.skipIf(!hasChromium)('the reader pages in a browser', () => {
  let server: DemoServer;
  let browser: Browser;
  let hostilePath: string;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const site = await server.ctx.sites.findBySlug('en');
    const created = await server.ctx.articles.createArticle(
      {
        siteId: site?.id ?? '',
        slug: 'hostile',
        kicker: HOSTILE.slice(0, 120),
        headline: `${HOSTILE}${'y'.repeat(200)}`,
        dek: HOSTILE,
        body: [
          { type: 'paragraph', html: `${HOSTILE}${'x'.repeat(10_000)}` },
          { type: 'list', items: [HOSTILE, 'z'.repeat(3000)] },
          { type: 'quote', html: HOSTILE, cite: HOSTILE },
        ],
      },
      { userId: null },
    );
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await server.ctx.articles.publishArticle(created.value.id, { userId: null });
    hostilePath = '/en/hostile';
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints an article without navigation, sharing, related articles or footer', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${demoArticle('ny-nurses-contract').path}`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const display = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).display : 'absent';
      };
      return {
        nav: display('.nav'),
        share: display('.share'),
        related: display('.related'),
        footer: display('.footer'),
        headline: display('.article__headline'),
        body: display('.article__body'),
        credits: display('.credits'),
      };
    });
    expect(shown).toMatchObject({ nav: 'none', share: 'none', related: 'none', footer: 'none' });
    expect(shown.headline).not.toBe('none');
    expect(shown.body).not.toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('lays hostile text out without running it or breaking the page on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(`${server.url}${hostilePath}`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('load');
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      images: document.querySelectorAll('img[src="x"]').length,
      // Executable scripts carrying the text; JSON-LD carries it as data, escaped.
      scripts: [...document.scripts].filter(
        (script) => script.type !== 'application/ld+json' && script.textContent?.includes('alert'),
      ).length,
      rawInData: [...document.querySelectorAll('script[type="application/ld+json"]')].filter(
        (script) => script.textContent?.includes('<'),
      ).length,
      headline: document.querySelector('h1')?.textContent ?? '',
      footer: !!document.querySelector('footer.footer'),
    }));
    expect(dialogs).toEqual([]);
    expect(layout.images).toBe(0);
    expect(layout.scripts).toBe(0);
    expect(layout.rawInData).toBe(0);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.headline).toContain('<script>alert(1)</script>');
    expect(layout.footer).toBe(true);
    await context.close();
  });
});
