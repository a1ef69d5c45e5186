// axe-core on the newsroom's main screens, in Chromium, in the light and the dark colour scheme:
// 0 violations. The demo network on SQLite; every screen is checked as it looks once loaded.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  DEMO_ADMIN,
  type Newsroom,
  openNewsroom,
  pageErrors,
  type StorageState,
  signInThroughScreen,
  tool,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

/** One screen: how to get there from a signed-in page, and what says it is ready. */
interface Screen {
  name: string;
  open(page: Page): Promise<void>;
}

describe.skipIf(!hasChromium)('Accessibility of the newsroom (axe-core in Chromium)', () => {
  let newsroom: Newsroom;
  let admin: StorageState;
  let screens: Screen[];

  beforeAll(async () => {
    newsroom = await openNewsroom();
    const { ctx } = newsroom.server;
    const en = await newsroom.site('en');
    // An article with two revisions, for the editor and its revisions panel.
    const article = unwrap(
      await ctx.articles.createArticle(
        {
          siteId: en.id,
          headline: 'Tenants meet the housing board',
          dek: 'A first meeting, and a list of demands.',
          body: [
            { type: 'paragraph', html: 'The tenants’ union met the board on Tuesday.' },
            { type: 'heading', level: 2, html: 'The demands' },
            { type: 'quote', html: 'Repairs first, then rent.', cite: 'A tenant' },
          ],
        },
        { userId: null },
      ),
    );
    unwrap(
      await ctx.articles.updateArticle(
        article.id,
        { dek: 'A first meeting, and a list of five demands.' },
        article.revision,
        { userId: null },
      ),
    );
    const url = (route: string) => newsroom.url(route.replace(':site', en.id));
    const heading = (page: Page, name: string) =>
      page.getByRole('heading', { name, level: 1 }).waitFor();
    const editor = `/sites/:site/articles/${article.id}`;
    screens = [
      {
        name: 'article list',
        open: async (page) => {
          await page.goto(url('/sites/:site/articles'));
          await page.getByRole('link', { name: 'Tenants meet the housing board' }).waitFor();
        },
      },
      {
        name: 'editor, image dialog open',
        open: async (page) => {
          await page.goto(url(editor));
          await heading(page, 'Edit article');
          await tool(page, 'Image').click();
          const picker = page.getByRole('dialog', { name: 'Choose an image' });
          await picker.getByText(/^\d+ images$/).waitFor();
        },
      },
      {
        name: 'editor, revisions panel',
        open: async (page) => {
          await page.goto(url(editor));
          await heading(page, 'Edit article');
          await page.getByRole('button', { name: 'Revisions' }).click();
          await page.getByRole('button', { name: 'Changes in revision 2' }).click();
          await page.getByRole('heading', { name: 'From revision 1 to revision 2' }).waitFor();
        },
      },
      {
        name: 'media library',
        open: async (page) => {
          await page.goto(url('/sites/:site/media'));
          await page
            .getByRole('status')
            .filter({ hasText: /^Images found: \d+$/ })
            .waitFor();
        },
      },
      {
        name: 'contributors',
        open: async (page) => {
          await page.goto(url('/sites/:site/contributors'));
          await page
            .getByRole('status')
            .filter({ hasText: /^Contributors found/ })
            .waitFor();
        },
      },
      {
        name: 'sections, tags, series',
        open: async (page) => {
          await page.goto(url('/sites/:site/taxonomy'));
          await page
            .getByRole('status')
            .filter({ hasText: /^Tags: \d+$/ })
            .waitFor();
          await page.getByRole('button', { name: /^Edit/ }).first().waitFor();
        },
      },
      {
        name: 'pages',
        open: async (page) => {
          await page.goto(url('/sites/:site/pages'));
          await heading(page, 'Pages');
          await page.getByRole('table').waitFor();
        },
      },
      {
        name: 'front page',
        open: async (page) => {
          await page.goto(url('/sites/:site/front-page'));
          await heading(page, 'Front page');
          await page.getByRole('button', { name: 'Save the front page' }).waitFor();
        },
      },
      {
        name: 'edition settings',
        open: async (page) => {
          await page.goto(url('/sites/:site/settings'));
          await page.getByLabel('Tagline').waitFor();
        },
      },
      {
        name: 'staff',
        open: async (page) => {
          await page.goto(url('/sites/:site/staff'));
          await page.getByRole('button', { name: 'Send the invitation' }).waitFor();
          await page.getByRole('table').waitFor();
        },
      },
      {
        name: 'account',
        open: async (page) => {
          await page.goto(url('/account'));
          await heading(page, 'My account');
          await page.getByRole('heading', { name: 'API tokens' }).waitFor();
        },
      },
    ];
    const signIn = await newsroom.newContext();
    await signInThroughScreen(await signIn.newPage(), newsroom, DEMO_ADMIN);
    admin = await signIn.storageState();
    await signIn.close();
  }, 120_000);

  afterAll(() => newsroom?.close());

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`reports 0 violations on the main screens in the ${colorScheme} colour scheme`, {
      timeout: 120_000,
    }, async () => {
      const found: string[] = [];
      let errors: string[] = [];
      let context: BrowserContext | null = null;
      try {
        // bypassCSP: the newsroom's Content-Security-Policy must not keep the checker out.
        const signedOut = await newsroom.newContext({ colorScheme, bypassCSP: true });
        const signInPage = await signedOut.newPage();
        await signInPage.goto(newsroom.url('/sign-in'));
        await signInPage.getByRole('button', { name: 'Sign in' }).waitFor();
        const dark = await signInPage.evaluate(
          () => matchMedia('(prefers-color-scheme: dark)').matches,
        );
        expect(dark, 'the browser emulates the colour scheme').toBe(colorScheme === 'dark');
        found.push(
          ...describeViolations(`${colorScheme} sign-in`, await axeViolations(signInPage)),
        );
        await signedOut.close();

        context = await newsroom.newContext({ colorScheme, bypassCSP: true, storageState: admin });
        const page = await context.newPage();
        errors = pageErrors(page);
        for (const screen of screens) {
          // Each screen from a fresh start: no dialog or panel left open by the one before.
          await page.goto('about:blank');
          await screen.open(page);
          found.push(
            ...describeViolations(`${colorScheme} ${screen.name}`, await axeViolations(page)),
          );
        }
      } finally {
        await context?.close();
      }
      expect(errors, 'uncaught errors in the newsroom').toEqual([]);
      if (found.length > 0) {
        expect.fail(`axe found ${found.length} violation(s):\n${found.join('\n')}`);
      }
    });
  }
});
