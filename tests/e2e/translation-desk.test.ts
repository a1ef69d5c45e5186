// The translation desk of the newsroom, in Chromium against the demo network on SQLite: a
// translation manager reads the English desk (counts, filters kept in the address), two
// translators race for the same task, the manager assigns, edits and declines, a Spanish
// editor asks for a translation from the article editor (and is told of a duplicate), the
// network view shows every edition's state; axe in light and dark, and the desk in Spanish.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../src/sites/site.ts';
import type { User } from '../../src/users/user.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import { deskPages, stepButton } from '../helpers/desk-pages.ts';
import { addStaff, type Newsroom, openNewsroom, stepByStep } from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

describe.skipIf(!hasChromium)('The translation desk (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let en: Site;
  let ar: Site;
  let manager: User;
  let ana: User;
  let ben: User;
  let editor: User;
  const pages = deskPages(() => newsroom);
  const pageAs = pages.pageAs;
  /** The demo's Spanish stories on the English desk, by their demo key: headline and article. */
  const demo: Record<string, { headline: string; id: string }> = {};

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    en = await newsroom.site('en');
    ar = await newsroom.site('es-ar');
    const pe = await newsroom.site('es-pe');
    manager = await addStaff(newsroom, {
      name: 'Mia Manager',
      roles: [['en', 'translation-manager']],
    });
    ana = await addStaff(newsroom, { name: 'Ana Souza', roles: [['en', 'translator']] });
    ben = await addStaff(newsroom, { name: 'Ben Okoro', roles: [['en', 'translator']] });
    editor = await addStaff(newsroom, { name: 'Elena Editora', roles: [['es-ar', 'editor']] });
    const { repository } = newsroom.server.ctx.articles;
    for (const [key, site, slug] of [
      ['water', pe, 'cerros-de-lima-sin-agua'],
      ['reform', pe, 'reforma-laboral-congreso-que-cambia'],
      ['review', ar, 'el-horno-no-se-apaga-resena-novela-ines-barrionuevo'],
    ] as const) {
      const article = await repository.findBySlug(site.id, slug);
      if (!article) throw new Error(`the demo has no article ${slug} on ${site.slug}`);
      demo[key] = { headline: article.headline, id: article.id };
    }
  }, 120_000);

  afterAll(async () => {
    await pages.close();
    await newsroom?.close();
  });

  const column = (page: Page, name: RegExp) =>
    page.getByRole('region', { name }).filter({ has: page.getByRole('heading', { level: 2 }) });
  const card = (scope: Page | Locator, headline: string) =>
    scope.getByRole('article', { name: headline });
  const step = stepButton;
  const boardUrl = (query = '') => newsroom.url(`/sites/${en.id}/desk${query}`);

  let managerPage: Page;

  it('shows a manager the board, each column with its count', async () => {
    managerPage = await pageAs(manager);
    const page = managerPage;
    await page.goto(newsroom.url(`/sites/${en.id}/articles`));
    await page
      .getByRole('navigation', { name: 'Newsroom sections' })
      .getByRole('link', { name: 'Translation desk' })
      .click();
    await page.getByRole('heading', { name: 'Translation desk', level: 1 }).waitFor();
    await page.getByText('Tasks on the desk: 4').waitFor();
    for (const name of ['Open (2)', 'Claimed (1)', 'In review (1)', 'Approved (0)']) {
      await page.getByRole('heading', { name, level: 2 }).waitFor();
    }
    const water = card(column(page, /^Open/), demo.water?.headline ?? '');
    const facts = await water.textContent();
    expect(facts).toContain('From Meridiano Perú, Spanish (Peru) → American English');
    expect(facts).toContain('High');
    expect(facts).toContain('Nobody yet');
    expect(facts).toContain('For the cities page on Friday.');
    // The demo translator has the claimed one.
    await column(page, /^Claimed/)
      .getByText('Tariq Translator')
      .waitFor();
  });

  it('filters by priority, source edition and “assigned to me”, in the address', async () => {
    const page = managerPage;
    await page.getByLabel('Priority', { exact: true }).selectOption('high');
    await page.getByRole('heading', { name: 'Open (1)', level: 2 }).waitFor();
    expect(page.url()).toBe(boardUrl('?priority=high'));
    await card(page, demo.water?.headline ?? '').waitFor();
    expect(await card(page, demo.reform?.headline ?? '').count()).toBe(0);

    // The link shares the view: a fresh page at that address shows the same.
    await page.goto(boardUrl(`?sourceSiteId=${ar.id}&mine=1`));
    await page.getByText('Tasks on the desk: 0').waitFor();
    expect(await page.getByLabel('Assigned to me').isChecked()).toBe(true);
    expect(await page.getByLabel('Source edition').inputValue()).toBe(ar.id);
    await page.getByLabel('Assigned to me').uncheck();
    await page.getByRole('heading', { name: 'In review (1)', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Open (0)', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Clear the filters (1)' }).click();
    await page.getByText('Tasks on the desk: 4').waitFor();
    expect(page.url()).toBe(boardUrl());
  });

  it('lets one translator claim a task and tells the other who has it', async () => {
    const [anaPage, benPage] = [await pageAs(ana), await pageAs(ben)];
    const headline = demo.reform?.headline ?? '';
    for (const page of [anaPage, benPage]) {
      await page.goto(boardUrl());
      await card(page, headline).waitFor();
    }
    // Translators see only what they may do: no assigning or declining.
    expect(
      await card(benPage, headline)
        .getByRole('button', { name: /^Assign/ })
        .count(),
    ).toBe(0);

    await step(card(anaPage, headline), 'Claim').click();
    await anaPage.waitForURL(/#\/sites\/[^/]+\/translations\/[^/]+$/);
    const taskId = anaPage.url().split('/').pop() ?? '';

    // Ben's board was loaded before: his claim comes too late.
    await step(card(benPage, headline), 'Claim').click();
    const alert = benPage.getByRole('alert');
    await alert.getByText(`${headline}: Ana Souza has claimed it.`).waitFor();
    await expect
      .poll(() => benPage.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('alert');
    const claimed = card(column(benPage, /^Claimed/), headline);
    await claimed.getByText('Ana Souza').waitFor();
    await benPage.getByRole('heading', { name: 'Claimed (2)', level: 2 }).waitFor();

    const task = await newsroom.api('GET', `/translation-tasks/${taskId}`);
    expect(task.body.task).toMatchObject({ status: 'claimed', assigneeId: ana.id });
    expect(task.body.target).not.toBeNull();
  });

  it('lets the manager assign a task, change its due date and decline it with a note', async () => {
    const page = managerPage;
    const headline = demo.water?.headline ?? '';
    await page.goto(boardUrl());
    await step(card(page, headline), 'Assign').click();
    const assign = page.getByRole('dialog', { name: 'Assign the task' });
    await assign.getByRole('option', { name: 'Ben Okoro' }).waitFor({ state: 'attached' });
    await assign.getByLabel('Give it to').selectOption({ label: 'Ben Okoro' });
    await assign.getByRole('button', { name: 'Assign' }).click();
    await page.getByRole('status').filter({ hasText: 'Assigned to Ben Okoro.' }).waitFor();
    const claimed = card(column(page, /^Claimed/), headline);
    await claimed.getByText('Ben Okoro').waitFor();

    await step(claimed, 'Edit').click();
    const edit = page.getByRole('dialog', { name: 'Edit the task' });
    await edit.getByLabel('Due date').fill('2020-01-06');
    await edit.getByRole('button', { name: 'Save' }).click();
    const due = edit.getByRole('textbox', { name: 'Due date' });
    await expect.poll(() => due.getAttribute('aria-invalid')).toBe('true');
    await edit.getByText('cannot be in the past').waitFor();
    await edit.getByLabel('Priority').selectOption('urgent');
    await edit.getByLabel('Due date').fill('2099-05-01');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The task for “${headline}” was saved.` })
      .waitFor();
    await claimed.getByText('Urgent').waitFor();
    expect(await claimed.textContent()).toContain('May 1, 2099');

    await step(claimed, 'Decline').click();
    const decline = page.getByRole('dialog', { name: 'Decline the task' });
    await decline.getByLabel('Why (optional)').fill('The wire service covered it.');
    await decline.getByRole('button', { name: 'Decline the task' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `“${headline}” was declined.` })
      .waitFor();
    expect(await card(page, headline).count()).toBe(0);
    await page.getByRole('heading', { name: 'Claimed (2)', level: 2 }).waitFor();

    const board = await newsroom.api('GET', `/sites/${en.id}/translation-desk`);
    const all = Object.values(board.body.columns).flat() as { source: { headline: string } }[];
    expect(all.map((found) => found.source.headline)).not.toContain(headline);
  });

  it('lets a Spanish editor ask for a translation from the editor, and says when one exists', async () => {
    const page = await pageAs(editor);
    const { headline, id } = demo.review ?? { headline: '', id: '' };
    await page.goto(newsroom.url(`/sites/${ar.id}/articles/${id}`));
    const panel = page.getByRole('region', { name: 'Translations' });
    await panel.getByText('this article').waitFor();
    await panel.getByRole('button', { name: 'Request a translation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request a translation' });
    await dialog.getByText(headline).waitFor();
    expect(await dialog.getByLabel('Into the edition').inputValue()).toBe(en.id);
    expect(await dialog.getByLabel('Language', { exact: true }).inputValue()).toBe('en-US');
    await dialog.getByLabel('Priority').selectOption('high');
    await dialog.getByLabel('Notes for the translator').fill('The author’s quotes are in Spanish.');
    await dialog.getByRole('button', { name: 'Request the translation' }).click();
    await panel.getByText('Requested: a task is open on the desk of Meridian.').waitFor();
    const meridian = panel.getByRole('listitem').filter({ hasText: 'Meridian (en-US)' });
    await meridian.getByText('Open task').waitFor();

    // Asking again: the field says why not, and what was typed stays.
    await panel.getByRole('button', { name: 'Request a translation' }).click();
    await dialog.getByRole('button', { name: 'Request the translation' }).click();
    const edition = dialog.getByRole('combobox', { name: 'Into the edition' });
    await expect.poll(() => edition.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('already has a translation task for this story').waitFor();
    // Into Lima's Spanish: that would be a republication, not a translation.
    const lima = await newsroom.site('es-pe');
    await edition.selectOption(lima.id);
    expect(await dialog.getByLabel('Language', { exact: true }).inputValue()).toBe('es-PE');
    await dialog.getByRole('button', { name: 'Request the translation' }).click();
    await dialog.getByText('must be another language than the source').waitFor();
    const language = dialog.getByRole('textbox', { name: 'Language' });
    expect(await language.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const tasks = await newsroom.api('GET', `/sites/${en.id}/translation-desk`);
    const opened = tasks.body.columns.open.find(
      (found: { source: { articleId: string } }) => found.source.articleId === id,
    );
    expect(opened).toMatchObject({
      priority: 'high',
      notes: 'The author’s quotes are in Spanish.',
    });

    // The article list asks too, from the row of a published article.
    await page.goto(newsroom.url(`/sites/${ar.id}/articles`));
    await step(
      page.getByRole('row').filter({ hasText: headline }),
      'Request a translation',
    ).click();
    await page.getByRole('dialog', { name: 'Request a translation' }).waitFor();
  });

  it('shows each story’s state on every edition in the network view, and requests from it', async () => {
    const page = managerPage;
    await page.goto(boardUrl());
    await page.getByRole('link', { name: 'Network view' }).click();
    await page.getByRole('heading', { name: 'Network view', level: 1 }).waitFor();
    const table = page.getByRole('table', {
      name: 'Recent stories, and their state on each edition',
    });
    const headers = await table.locator('thead th').allTextContents();
    const at = (name: string) => headers.indexOf(name);
    const row = (headline: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: headline }) });
    const cell = (headline: string, edition: string) =>
      row(headline).locator(':scope > th, :scope > td').nth(at(edition));
    const cellOf = (headline: string, edition: string) => cell(headline, edition).textContent();

    expect(await cellOf(demo.reform?.headline ?? '', 'Meridiano Perú (es-PE)')).toContain(
      'Original',
    );
    expect(await cellOf(demo.reform?.headline ?? '', 'Meridian (en-US)')).toContain(
      'Being translated',
    );
    expect(await cellOf(demo.review?.headline ?? '', 'Meridian (en-US)')).toContain('Open task');
    // The declined one has nothing on the English edition any more: a manager can ask again.
    const water = demo.water?.headline ?? '';
    expect(await cellOf(water, 'Meridian (en-US)')).toContain('None');
    await page.getByRole('heading', { name: 'What the table says', level: 2 }).waitFor();

    await step(cell(water, 'Meridian (en-US)'), 'Request').click();
    const dialog = page.getByRole('dialog', { name: 'Request a translation' });
    expect(await dialog.getByLabel('Into the edition').inputValue()).toBe(en.id);
    await dialog.getByRole('button', { name: 'Request the translation' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Requested: a task is open on the desk of Meridian.' })
      .waitFor();
    await expect.poll(() => cellOf(water, 'Meridian (en-US)')).toContain('Open task');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the board, a dialog, the network view and the editor panel (${colorScheme})`, async () => {
      const page = await pageAs(manager, { colorScheme });
      const found: string[] = [];
      await page.goto(boardUrl());
      await page.getByText(/^Tasks on the desk: \d+$/).waitFor();
      await page.getByRole('heading', { name: /^Open/, level: 2 }).waitFor();
      found.push(...describeViolations(`${colorScheme} board`, await axeViolations(page)));
      await page
        .getByRole('button', { name: /^Edit\b/ })
        .first()
        .click();
      await page.getByRole('dialog', { name: 'Edit the task' }).waitFor();
      found.push(...describeViolations(`${colorScheme} edit dialog`, await axeViolations(page)));
      await page.keyboard.press('Escape');
      await page.goto(newsroom.url(`/sites/${en.id}/desk/network`));
      await page.getByRole('table').waitFor();
      found.push(...describeViolations(`${colorScheme} network view`, await axeViolations(page)));

      const editorPage = await pageAs(editor, { colorScheme });
      await editorPage.goto(newsroom.url(`/sites/${ar.id}/articles/${demo.review?.id}`));
      const panel = editorPage.getByRole('region', { name: 'Translations' });
      await panel.getByText('Open task').waitFor();
      found.push(
        ...describeViolations(`${colorScheme} editor panel`, await axeViolations(editorPage)),
      );
      expect(found).toEqual([]);
    });

    it(`speaks Spanish on the desk, with no axe violations (${colorScheme})`, async () => {
      const gestora = await addStaff(newsroom, {
        name: 'Gabriela Gestora',
        roles: [['en', 'translation-manager']],
        locale: 'es',
      });
      const page = await pageAs(gestora, { colorScheme });
      await page.goto(boardUrl());
      await page.getByRole('heading', { name: 'Mesa de traducción', level: 1 }).waitFor();
      await page.getByRole('heading', { name: /^Abiertas \(\d+\)$/, level: 2 }).waitFor();
      await page.getByText(/^Tareas en la mesa: \d+$/).waitFor();
      await page.getByRole('link', { name: 'Vista de la red' }).waitFor();
      expect(
        describeViolations(`${colorScheme} desk in Spanish`, await axeViolations(page)),
      ).toEqual([]);
    });
  }

  it('raised no uncaught errors in any page', () => {
    expect(pages.errors()).toEqual([]);
  });
});
