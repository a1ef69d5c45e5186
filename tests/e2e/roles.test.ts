// Roles in the newsroom, in Chromium on the demo network (SQLite): what a contributor, an editor
// and someone from another edition see and may do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import type { User } from '../../src/users/user.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  addStaff,
  contextAs,
  type Newsroom,
  openNewsroom,
  pageErrors,
  readerPage,
  saveStatus,
  stepByStep,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

describe.skipIf(!hasChromium)('Roles in the newsroom (Chromium)', () => {
  let newsroom: Newsroom;
  let enId: string;
  let contributor: User;
  let editor: User;
  let articleId: string;

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    enId = (await newsroom.site('en')).id;
    contributor = await addStaff(newsroom, {
      name: 'Cora Contributor',
      roles: [['en', 'contributor']],
    });
    editor = await addStaff(newsroom, { name: 'Eddie Editor', roles: [['en', 'editor']] });
  }, 120_000);

  afterAll(() => newsroom?.close());

  it('a contributor writes a draft and submits it for review: no Publish, no Schedule', async () => {
    const context = await contextAs(newsroom, contributor);
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(newsroom.url(`/sites/${enId}/articles/new`));
      await page.getByLabel('Headline').fill('Night buses for the hospital shift');
      await page.getByRole('textbox', { name: 'Body' }).click();
      await page.keyboard.type('Nurses ask the transit authority for a night line.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await saveStatus(page)
        .filter({ hasText: /^Saved at / })
        .waitFor();
      articleId = /\/articles\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

      const publishing = page.getByRole('region', { name: 'Publishing' });
      const submit = publishing.getByRole('button', { name: 'Submit for review' });
      await submit.waitFor();
      expect(await publishing.getByRole('button', { name: 'Publish' }).count()).toBe(0);
      expect(await publishing.getByRole('button', { name: 'Schedule' }).count()).toBe(0);
      expect(await publishing.getByLabel('Publication time').count()).toBe(0);

      await submit.click();
      await publishing.getByText('Submitted: the editors will review it.').waitFor();
      expect((await newsroom.api('GET', `/articles/${articleId}`)).body.status).toBe('pending');
      expect(await publishing.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an editor of the edition opens the submitted article and publishes it', async () => {
    const context = await contextAs(newsroom, editor);
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(newsroom.url(`/sites/${enId}/articles`));
      await page.getByLabel('Status').selectOption({ label: 'Submitted' });
      await page.getByRole('link', { name: 'Night buses for the hospital shift' }).click();
      const publishing = page.getByRole('region', { name: 'Publishing' });
      await publishing.getByText('It waits for an editor’s review.').waitFor();
      expect(await publishing.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);
      await publishing.getByRole('button', { name: 'Publish', exact: true }).click();
      await publishing.getByText('Published.', { exact: true }).waitFor();
      await publishing.getByRole('button', { name: 'Unpublish' }).waitFor();
      const live = await readerPage(newsroom, '/en/night-buses-for-the-hospital-shift');
      expect(live.status).toBe(200);
      expect(live.html).toContain('Nurses ask the transit authority for a night line.');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('someone without a role on an edition cannot open it: a clear message, no crash', async () => {
    const esAr = await newsroom.site('es-ar');
    const elsewhere = unwrap(
      await newsroom.server.ctx.articles.createArticle(
        { siteId: esAr.id, headline: 'Paro de colectivos en La Matanza' },
        { userId: null },
      ),
    );
    const context = await contextAs(newsroom, contributor);
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      // The edition switcher offers only the editions one works on.
      await page.goto(newsroom.url(`/sites/${enId}/articles`));
      const switcher = page.getByRole('combobox', { name: 'Edition' });
      await switcher.waitFor();
      expect(await switcher.getByRole('option').allTextContents()).toEqual(['Meridian (en-US)']);

      // The other edition's screens and articles, opened by their address (a link from a
      // colleague there, say): closed, saying why, with the way back.
      for (const route of [
        `/sites/${esAr.id}/articles/${elsewhere.id}`,
        `/sites/${esAr.id}/articles`,
        `/sites/${esAr.id}/settings`,
      ]) {
        await page.goto(newsroom.url(route));
        await page.getByRole('heading', { name: 'Not one of your editions', level: 1 }).waitFor();
        expect(await page.getByRole('alert').textContent()).toBe(
          'You have no role on this edition, so its newsroom is closed to you. To work on it, ask one of its site admins to add you to its staff.',
        );
        // The switcher does not pretend another edition is open.
        expect(await switcher.evaluate((select: HTMLSelectElement) => select.value)).toBe('');
        expect(
          await page
            .getByRole('navigation', { name: 'Newsroom sections' })
            .getByRole('link')
            .count(),
        ).toBe(0);
      }
      await page.getByRole('link', { name: 'Go to your editions' }).click();
      await page.getByRole('heading', { name: 'Articles', level: 1 }).waitFor();
      expect(page.url()).toContain(`#/sites/${enId}/articles`);

      // A bare article address, as notifications link to: one's own opens in its edition…
      await page.goto(newsroom.url(`/articles/${articleId}`));
      await page.waitForURL(`**/#/sites/${enId}/articles/${articleId}`);
      await page.getByRole('heading', { name: 'Edit article', level: 1 }).waitFor();
      // …another edition's does not.
      await page.goto(newsroom.url(`/articles/${elsewhere.id}`));
      await page.getByRole('heading', { name: 'Article not found', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Go to your editions' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('someone with no role on any edition is told so after signing in', async () => {
    const nobody = await addStaff(newsroom, { name: 'Nadia Nobody' });
    const context = await contextAs(newsroom, nobody);
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(newsroom.url('/'));
      await page.getByRole('heading', { name: 'No editions yet', level: 1 }).waitFor();
      await page
        .getByRole('alert')
        .filter({ hasText: 'You have no role on any edition yet.' })
        .waitFor();
      await page.getByRole('link', { name: 'Nadia Nobody' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
