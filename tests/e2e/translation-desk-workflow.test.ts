// Around the translation desk, in Chromium against the demo network on SQLite: the English
// edition's manager keeps its subscriptions (a wrong form first), a Spanish original published
// in International lands on the English desk by itself, the bell counts the notifications of
// the work on it and marking them read clears it, notifications come by e-mail on request, and
// a joint statement is prepared, scheduled and published once ready; axe in light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import type { Site } from '../../src/sites/site.ts';
import type { User } from '../../src/users/user.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import { deskPages, stepButton } from '../helpers/desk-pages.ts';
import { addStaff, type Newsroom, openNewsroom, stepByStep } from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

const STORY = 'Marcha regional por el agua en Montevideo';
const STATEMENT = 'Declaración de la red Meridiano por la libertad de prensa';

describe.skipIf(!hasChromium)(
  'Subscriptions, notifications and joint statements (newsroom in Chromium)',
  () => {
    let newsroom: Newsroom;
    let en: Site;
    let ar: Site;
    let manager: User;
    let ana: User;
    let chief: User;
    let managerPage: Page;
    let taskId: string;
    let statementUrl: string;
    const pages = deskPages(() => newsroom);
    const pageAs = pages.pageAs;

    stepByStep();

    beforeAll(async () => {
      newsroom = await openNewsroom();
      en = await newsroom.site('en');
      ar = await newsroom.site('es-ar');
      manager = await addStaff(newsroom, {
        name: 'Mia Manager',
        roles: [['en', 'translation-manager']],
      });
      ana = await addStaff(newsroom, { name: 'Ana Souza', roles: [['en', 'translator']] });
      chief = await addStaff(newsroom, { name: 'Nadia Network', isNetworkAdmin: true });
    }, 120_000);

    afterAll(async () => {
      await pages.close();
      await newsroom?.close();
    });

    const action = stepButton;
    const bell = (page: Page) =>
      page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
    const status = (page: Page, text: string) =>
      page.getByRole('status').filter({ hasText: text }).waitFor();

    it('lists the English edition’s subscription in words, and refuses one without a rule', async () => {
      managerPage = await pageAs(manager);
      const page = managerPage;
      await page.goto(newsroom.url(`/sites/${en.id}/desk`));
      await page.getByRole('link', { name: 'Subscriptions' }).click();
      await page.getByRole('heading', { name: 'Subscriptions', level: 1 }).waitFor();
      await page.getByText('Subscriptions: 1').waitFor();
      await page
        .getByRole('rowheader', {
          name: 'Everything from Meridiano and Meridiano Perú in Internacional',
        })
        .waitFor();

      const form = page.getByRole('region', { name: 'Add a subscription' });
      await form.getByRole('button', { name: 'Add the subscription' }).click();
      const editions = form.getByRole('group', { name: 'From the editions' });
      await editions.getByText(/^needs at least one rule/).waitFor();
      expect(
        await editions
          .getByRole('checkbox', { name: 'Meridiano (es-AR)' })
          .getAttribute('aria-invalid'),
      ).toBe('true');

      // English into English: that would be no translation at all.
      const languages = form.getByRole('group', { name: 'Written in' });
      await languages.getByRole('checkbox', { name: 'English' }).check();
      await form.getByRole('button', { name: 'Add the subscription' }).click();
      await languages.getByText('must be another language than the source').waitFor();
      expect(await page.getByText('Subscriptions: 1').count()).toBe(1);
    });

    it('adds, edits, pauses and deletes a subscription', async () => {
      const page = managerPage;
      const form = page.getByRole('region', { name: 'Add a subscription' });
      const languages = form.getByRole('group', { name: 'Written in' });
      await languages.getByRole('checkbox', { name: 'English' }).uncheck();
      await languages.getByRole('checkbox', { name: 'Portuguese' }).check();
      await form.getByLabel('Priority of its tasks').selectOption('urgent');
      await form.getByRole('button', { name: 'Add the subscription' }).click();
      await status(page, 'Added: Everything written in Portuguese.');
      await page.getByText('Subscriptions: 2').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'written in Portuguese' });
      expect(await row.locator('td').allTextContents()).toEqual(
        expect.arrayContaining(['Urgent', 'Active']),
      );

      await action(row, 'Edit').click();
      const dialog = page.getByRole('dialog', { name: 'Edit the subscription' });
      await dialog
        .getByRole('group', { name: 'From the editions' })
        .getByRole('checkbox', { name: 'Meridiano Brasil (pt-BR)' })
        .check();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await status(page, 'Saved: Everything from Meridiano Brasil written in Portuguese.');

      await action(row, 'Pause').click();
      await row.getByText('Paused', { exact: true }).waitFor();
      const listed = await newsroom.api('GET', `/sites/${en.id}/translation-subscriptions`);
      expect(listed.body[1]).toMatchObject({
        sourceSiteIds: [(await newsroom.site('pt-br')).id],
        sourceLanguages: ['pt'],
        priority: 'urgent',
        active: false,
      });

      await action(row, 'Delete').click();
      const confirm = page.getByRole('dialog', { name: 'Delete this subscription?' });
      await confirm.getByRole('button', { name: 'Delete the subscription' }).click();
      await status(page, 'Deleted: Everything from Meridiano Brasil written in Portuguese.');
      await page.getByText('Subscriptions: 1').waitFor();
    });

    it('puts a Spanish original published in International on the English desk by itself', async () => {
      const { ctx } = newsroom.server;
      const international = await ctx.taxonomy.repository.findSection(ar.id, 'internacional');
      const draft = unwrap(
        await ctx.articles.createArticle(
          {
            siteId: ar.id,
            sectionId: international?.id ?? null,
            headline: STORY,
            dek: 'Miles de personas marcharon por el derecho al agua.',
            body: [{ type: 'paragraph', html: 'La marcha recorrió la avenida 18 de Julio.' }],
          },
          { userId: null },
        ),
      );
      unwrap(await ctx.articles.publishArticle(draft.id, { userId: null }));

      const page = managerPage;
      await page.getByRole('link', { name: 'Board' }).click();
      const open = page.getByRole('region', { name: /^Open/ });
      const card = open.getByRole('article', { name: STORY });
      await card.waitFor();
      expect(await card.textContent()).toContain('From Meridiano, Spanish (Argentina)');
      const board = await newsroom.api('GET', `/sites/${en.id}/translation-desk`);
      const task = board.body.columns.open.find(
        (found: { source: { headline: string } }) => found.source.headline === STORY,
      );
      expect(task.subscriptionId).not.toBeNull();
      taskId = task.id;
    });

    it('counts a manager’s notification on the bell, and marking it read clears it', async () => {
      const { desk } = newsroom.server.ctx;
      unwrap(await desk.work.claim(taskId, { userId: ana.id }));
      unwrap(await desk.review.submit(taskId, 'Ready for a look.', { userId: ana.id }));

      const page = managerPage;
      // Any change of address asks again; so does the minute's timer.
      await page.getByRole('link', { name: 'Network view' }).click();
      await expect.poll(() => bell(page).textContent()).toContain('Notifications: 1 unread');
      await bell(page).click();
      expect(await bell(page).getAttribute('aria-expanded')).toBe('true');
      const panel = page.getByRole('banner').getByRole('region', { name: 'Latest notifications' });
      const item = panel.getByRole('listitem').filter({ hasText: STORY });
      expect(await item.textContent()).toContain('was handed in for review');
      await item.getByText('“Ready for a look.”').waitFor();
      await action(item, 'Mark read').click();
      await expect.poll(() => bell(page).textContent()).not.toContain('unread');
      expect(await item.getByRole('button').count()).toBe(0);
      await page.keyboard.press('Escape');
      expect(await bell(page).getAttribute('aria-expanded')).toBe('false');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className))
        .toBe('bell__button');
      const found = await newsroom.server.ctx.notifications.list(manager.id, {
        unreadOnly: true,
        limit: 10,
        offset: 0,
      });
      expect(found.unread).toBe(0);
    });

    it('takes a translator from a notification to the task, and marks all read on the screen', async () => {
      const { desk } = newsroom.server.ctx;
      unwrap(
        await desk.review.sendBack(taskId, 'Check the avenue’s name.', { userId: manager.id }),
      );
      const page = await pageAs(ana);
      await page.goto(newsroom.url(`/sites/${en.id}/desk`));
      await expect.poll(() => bell(page).textContent()).toContain('Notifications: 1 unread');
      await bell(page).click();
      await page.getByRole('link', { name: /^All notifications/ }).click();
      await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
      await page.getByText('Notifications: 1 (unread: 1)').waitFor();
      const item = page.getByRole('main').getByRole('listitem').filter({ hasText: STORY });
      expect(await item.textContent()).toContain('was sent back to you');
      await page.getByRole('main').getByRole('button', { name: 'Mark all read' }).click();
      await page.getByText('Notifications: 1 (unread: 0)').waitFor();
      await expect.poll(() => bell(page).textContent()).not.toContain('unread');

      await item.getByRole('link').click();
      await page.waitForURL(new RegExp(`#/sites/${en.id}/translations/${taskId}$`));
    });

    it('sends notifications by e-mail too, once asked in the Account screen', async () => {
      const page = await pageAs(ana);
      await page.goto(newsroom.url('/account'));
      const email = page.getByRole('checkbox', { name: 'Also send them to me by e-mail' });
      expect(await email.isChecked()).toBe(false);
      await email.check();
      await status(page, 'Notifications will also come by e-mail.');
      expect(await newsroom.server.ctx.notifications.preferences(ana.id)).toEqual({ email: true });
    });

    it('prepares a joint statement from the editor of an unpublished article', async () => {
      const draft = unwrap(
        await newsroom.server.ctx.articles.createArticle(
          {
            siteId: ar.id,
            headline: STATEMENT,
            dek: 'Las ediciones de la red publican juntas.',
            body: [{ type: 'paragraph', html: 'Defendemos el derecho a informar.' }],
          },
          { userId: null },
        ),
      );
      const page = await pageAs(chief);
      await page.goto(newsroom.url(`/sites/${ar.id}/articles/${draft.id}`));
      const panel = page.getByRole('region', { name: 'Translations' });
      await panel.getByRole('button', { name: 'Prepare a joint statement' }).click();
      const dialog = page.getByRole('dialog', { name: 'Prepare a joint statement' });
      const editions = dialog.getByRole('group', { name: 'Publish it also on' });
      await editions.getByRole('checkbox', { name: 'Meridian (en-US)' }).check();
      await editions.getByRole('checkbox', { name: 'Meridiano Brasil (pt-BR)' }).check();
      await dialog.getByLabel('Publish at').fill('2020-01-06T10:00');
      await dialog.getByRole('button', { name: 'Prepare the statement' }).click();
      await dialog.getByText('must be in the future').waitFor();
      await dialog.getByLabel('Publish at').fill('');
      await dialog.getByRole('button', { name: 'Prepare the statement' }).click();

      await page.getByRole('heading', { name: 'Joint statement', level: 1 }).waitFor();
      statementUrl = page.url();
      await page
        .getByText('In preparation: it goes out when every translation is approved.')
        .waitFor();
      await page.getByText('Ready: 0 of 2 translations').waitFor();
      const rows = page.getByRole('table').getByRole('row');
      expect(await rows.filter({ hasText: 'Meridian (en-US)' }).textContent()).toContain(
        'Not ready',
      );

      // A set time, then none again.
      await page.getByRole('textbox', { name: 'Publish at' }).fill('2099-05-01T10:00');
      await page.getByRole('button', { name: 'Schedule', exact: true }).click();
      await status(page, 'Scheduled.');
      await page.getByText(/^Scheduled for .*2099/).waitFor();
      await page.getByRole('button', { name: 'Unschedule' }).click();
      await page
        .getByText('In preparation: it goes out when every translation is approved.')
        .waitFor();
    });

    it('publishes it now with the translations ready, saying which are not', async () => {
      const page = await pageAs(chief);
      await page.goto(statementUrl);
      await page.getByText('Ready: 0 of 2 translations').waitFor();
      const id = statementUrl.split('/').pop() ?? '';
      const statement = (await newsroom.api('GET', `/joint-statements/${id}`)).body;
      const english = statement.editions.find((e: { siteId: string }) => e.siteId === en.id);
      const { desk } = newsroom.server.ctx;
      unwrap(await desk.work.claim(english.taskId, { userId: ana.id }));
      unwrap(await desk.review.submit(english.taskId, '', { userId: ana.id }));
      unwrap(await desk.review.approve(english.taskId, { userId: manager.id }));

      await page.reload();
      await page.getByText('Ready: 1 of 2 translations').waitFor();
      await page.getByRole('button', { name: 'Publish now' }).click();
      const confirm = page.getByRole('dialog', { name: 'Publish the joint statement now?' });
      await confirm.getByText('Not ready yet (1):').waitFor();
      expect(await confirm.getByRole('listitem').allTextContents()).toEqual([
        'Meridiano Brasil (pt-BR)',
      ]);
      await confirm.getByRole('button', { name: 'Publish now' }).click();
      await status(page, 'The statement is published.');
      await page.getByText(/^Published on /).waitFor();

      const after = (await newsroom.api('GET', `/joint-statements/${id}`)).body;
      expect(after.status).toBe('published');
      const articles = newsroom.server.ctx.articles.repository;
      const source = await articles.findById(after.sourceArticleId);
      const englishNow = after.editions.find((e: { siteId: string }) => e.siteId === en.id);
      const published = await articles.findById(englishNow.articleId);
      expect(source?.status).toBe('published');
      expect(published?.status).toBe('published');
      // One moment for all of them.
      expect(published?.publishedAt).toBe(source?.publishedAt);
      const brazil = after.editions.find((e: { siteId: string }) => e.siteId !== en.id);
      expect(brazil).toMatchObject({ status: 'open', ready: false });
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations on subscriptions, notifications, account and the statement (${colorScheme})`, async () => {
        const found: string[] = [];
        const page = await pageAs(manager, { colorScheme });
        await page.goto(newsroom.url(`/sites/${en.id}/subscriptions`));
        await page.getByText(/^Subscriptions: \d+$/).waitFor();
        found.push(
          ...describeViolations(`${colorScheme} subscriptions`, await axeViolations(page)),
        );
        await action(page.getByRole('row').nth(1), 'Edit').click();
        await page.getByRole('dialog', { name: 'Edit the subscription' }).waitFor();
        found.push(
          ...describeViolations(`${colorScheme} subscription dialog`, await axeViolations(page)),
        );
        await page.keyboard.press('Escape');
        await page.goto(newsroom.url('/notifications'));
        await page.getByText(/^Notifications: \d+ \(unread: \d+\)$/).waitFor();
        await bell(page).click();
        await page
          .getByRole('banner')
          .getByRole('region', { name: 'Latest notifications' })
          .getByRole('list')
          .waitFor();
        found.push(
          ...describeViolations(`${colorScheme} notifications`, await axeViolations(page)),
        );
        await page.goto(newsroom.url('/account'));
        await page.getByRole('checkbox', { name: 'Also send them to me by e-mail' }).waitFor();
        found.push(...describeViolations(`${colorScheme} account`, await axeViolations(page)));
        const chiefPage = await pageAs(chief, { colorScheme });
        await chiefPage.goto(statementUrl);
        await chiefPage.getByText(/^Published on /).waitFor();
        found.push(
          ...describeViolations(`${colorScheme} joint statement`, await axeViolations(chiefPage)),
        );
        expect(found).toEqual([]);
      });
    }

    it('raised no uncaught errors in any page', () => {
      expect(pages.errors()).toEqual([]);
    });
  },
);
