// The translation editor and its review, in Chromium against the demo network on SQLite: a
// Spanish original from Lima, the English edition's task; the demo translator claims it, takes a
// sentence from the translation memory, translates the rest side by side (the glossary check
// warns), marks the blocks done and hands it in; a manager comments on a block and sends it back
// (an empty note is refused); the translator fixes it and hands it in again; the manager approves
// and publishes, and the English reader page credits the original and the translator. Then the
// original gets a correction: the task shows what changed, word by word; the translator updates
// the translation; once it is published again it is no longer outdated and readers see it.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Site } from '../../src/sites/site.ts';
import type { User } from '../../src/users/user.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import { makeContributor } from '../helpers/factories.ts';
import {
  addStaff,
  contextAs,
  type Newsroom,
  openNewsroom,
  pageErrors,
  readerPage,
  type StorageState,
  selectText,
  signInThroughScreen,
  stepByStep,
} from '../helpers/newsroom.ts';
import { publishTranslation } from '../helpers/translation-pairs.ts';

sayIfNoChromium('Newsroom end-to-end tests');

const TRANSLATOR = { email: 'translator@meridian.example', password: 'meridian-demo' };
const REMEMBERED_ES = 'Los trabajadores del puerto exigen un salario digno.';
const REMEMBERED_EN = 'Port workers demand a living wage.';
const FIRST_ES = 'Los estibadores del Callao votaron la huelga.';
const FIRST_CORRECTED_ES = 'Los estibadores del Callao votaron la huelga por unanimidad.';

describe.skipIf(!hasChromium)('The translation editor (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let en: Site;
  let esPe: Site;
  let source: Article;
  let taskId: string;
  let manager: User;
  let translatorState: StorageState;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let managerContext: BrowserContext;
  let review: Page;
  let reviewErrors: string[];

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    const { ctx } = newsroom.server;
    en = await newsroom.site('en');
    esPe = await newsroom.site('es-pe');
    // The memory knows one sentence from an earlier translation Lima → New York.
    await publishTranslation(ctx, esPe, en, {
      headline: ['Los portuarios en la calle', 'Port workers take to the streets'],
      paragraphs: [[REMEMBERED_ES, REMEMBERED_EN]],
    });
    unwrap(
      await ctx.glossary.create(
        {
          sourceLanguage: 'es',
          targetLanguage: 'en',
          sourceTerm: 'estibadores',
          targetTerm: 'dockworkers',
          note: 'Not “stevedores”.',
        },
        { userId: null },
      ),
    );
    const author = await makeContributor(ctx, { name: 'Rosa Quispe Huamán' });
    const draft = unwrap(
      await ctx.articles.createArticle(
        {
          siteId: esPe.id,
          headline: 'Huelga en el Callao',
          dek: 'Los portuarios votan.',
          body: [
            { type: 'paragraph', html: FIRST_ES },
            { type: 'paragraph', html: REMEMBERED_ES },
            { type: 'quote', html: 'No vamos a retroceder.', cite: 'Una delegada' },
          ],
          credits: [{ contributorId: author.id, role: 'author' }],
        },
        { userId: null },
      ),
    );
    source = unwrap(await ctx.articles.publishArticle(draft.id, { userId: null }));
    const task = unwrap(
      await ctx.desk.requests.requestTranslation(
        { sourceArticleId: source.id, targetSiteId: en.id },
        { userId: null },
      ),
    );
    taskId = task.id;
    manager = await addStaff(newsroom, {
      name: 'Mia Manager',
      roles: [['en', 'translation-manager']],
    });
    context = await newsroom.newContext({ bypassCSP: true });
    page = await context.newPage();
    errors = pageErrors(page);
    await signInThroughScreen(page, newsroom, TRANSLATOR);
    translatorState = await context.storageState();
  }, 120_000);

  afterAll(async () => {
    await managerContext?.close();
    await context?.close();
    await newsroom?.close();
  });

  const taskUrl = () => newsroom.url(`/sites/${en.id}/translations/${taskId}`);
  const row = (tab: Page, name: string) => tab.getByRole('group', { name, exact: true });
  const editorOf = (group: Locator) =>
    group.getByRole('textbox', { name: /^Translation of block/ });
  const detail = async () => {
    const answer = await newsroom.api('GET', `/translation-tasks/${taskId}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  /** Replaces the whole text of a row's editor, as a person selecting it and typing does. */
  const retype = async (group: Locator, from: string, to: string) => {
    await selectText(editorOf(group), from);
    await group.page().keyboard.type(to);
  };
  const saved = (tab: Page) =>
    tab
      .getByRole('status')
      .filter({ hasText: /^Saved at/ })
      .waitFor();
  /** The axe violations of the task's screen as someone sees it, in a colour scheme. */
  const axeOf = async (state: StorageState, colorScheme: 'light' | 'dark', who: string) => {
    const themed = await newsroom.newContext({ storageState: state, colorScheme, bypassCSP: true });
    try {
      const tab = await themed.newPage();
      const tabErrors = pageErrors(tab);
      await tab.goto(taskUrl());
      await row(tab, 'Block 1: Paragraph').waitFor();
      await row(tab, 'Block 2: Paragraph').getByText(REMEMBERED_EN).first().waitFor();
      const found = describeViolations(`${colorScheme} ${who}`, await axeViolations(tab));
      expect(tabErrors).toEqual([]);
      return found;
    } finally {
      await themed.close();
    }
  };

  it('shows the open task with the original, and lets the demo translator claim it', async () => {
    await page.goto(taskUrl());
    await page
      .getByRole('heading', { name: 'Translation: Huelga en el Callao', level: 1 })
      .waitFor();
    await page.getByText('Open', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Claim the task' }).click();
    await row(page, 'Block 1: Paragraph').waitFor();
    await page.getByText('In translation', { exact: true }).waitFor();
    const first = row(page, 'Block 1: Paragraph');
    // The original on the left, its copy to translate on the right.
    expect(await first.locator('[lang="es-PE"]').textContent()).toContain(FIRST_ES);
    expect(await editorOf(first).textContent()).toBe(FIRST_ES);
    // Machine translation is off on this installation: none of its buttons shows.
    expect(await page.getByRole('button', { name: /Machine draft/ }).count()).toBe(0);
    expect((await detail()).task).toMatchObject({
      status: 'claimed',
      targetArticleId: expect.any(String),
    });
  });

  it('suggests the memory’s translation of a sentence, with where it comes from, and uses it', async () => {
    const second = row(page, 'Block 2: Paragraph');
    const match = second.getByRole('listitem').filter({ hasText: REMEMBERED_EN });
    await match.waitFor();
    const text = await match.textContent();
    expect(text).toContain('Exact match');
    expect(text).toContain('From “Port workers take to the streets”');
    expect(text).toContain('Meridian');
    await match.getByRole('button', { name: /^Use/ }).click();
    await expect.poll(() => editorOf(second).textContent()).toBe(REMEMBERED_EN);
    // The glossary's term in the first block's original, with its agreed translation.
    await row(page, 'Block 1: Paragraph').getByText('estibadores → dockworkers').waitFor();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations while translating (${colorScheme})`, async () => {
      expect(await axeOf(translatorState, colorScheme, 'translator translating')).toEqual([]);
    });
  }

  it('translates the rest side by side; the glossary check warns until the term is right', async () => {
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Strike in Callao');
    await page.getByRole('textbox', { name: 'Dek', exact: true }).fill('The port workers vote.');
    const first = row(page, 'Block 1: Paragraph');
    await retype(first, FIRST_ES, 'The Callao stevedores voted to strike.');
    const warning = first.getByText('“estibadores” is agreed as “dockworkers”', { exact: false });
    await warning.waitFor();
    expect(await editorOf(first).getAttribute('aria-describedby')).toBeTruthy();
    await retype(first, 'stevedores', 'dockworkers');
    await warning.waitFor({ state: 'detached' });
    await retype(row(page, 'Block 3: Quote'), 'No vamos a retroceder.', 'We will not back down.');
    await saved(page);

    const { translation } = await detail();
    expect(translation.headline).toBe('Strike in Callao');
    const sourceIds = source.body.map((block) => block.id);
    // Every block still renders its own source block.
    expect(translation.body.map((block: { sourceBlockId: string }) => block.sourceBlockId)).toEqual(
      sourceIds,
    );
    expect(translation.body.map((block: { html: string }) => block.html)).toEqual([
      'The Callao dockworkers voted to strike.',
      REMEMBERED_EN,
      'We will not back down.',
    ]);
  });

  it('keeps what autosave saved through a reload of the page', async () => {
    await page.reload();
    const first = row(page, 'Block 1: Paragraph');
    await expect
      .poll(() => editorOf(first).textContent())
      .toBe('The Callao dockworkers voted to strike.');
    expect(await page.getByRole('textbox', { name: 'Headline', exact: true }).inputValue()).toBe(
      'Strike in Callao',
    );
  });

  it('splits a paragraph, adds and deletes a block without touching the others’ ids', async () => {
    const before = (await detail()).translation.body;
    const second = row(page, 'Block 2: Paragraph');
    await selectText(editorOf(second), 'demand', { caret: 'after' });
    await page.keyboard.press('Enter');
    await second.getByRole('button', { name: 'Add a block after' }).click();
    const added = row(page, 'Block 3 (added in the translation): Paragraph');
    await added.waitFor();
    await page.keyboard.type('A note from the translator.');
    await saved(page);
    let body = (await detail()).translation.body;
    expect(body.map((block: { html: string }) => block.html)).toEqual([
      'The Callao dockworkers voted to strike.',
      'Port workers demand',
      'a living wage.',
      'A note from the translator.',
      'We will not back down.',
    ]);
    expect(body[0].id).toBe(before[0].id);
    expect(body[1].id).toBe(before[1].id);
    expect(body[2]).toMatchObject({ sourceBlockId: before[1].sourceBlockId });
    expect(body[2].id).not.toBe(before[1].id);
    expect(body[3].sourceBlockId).toBeUndefined();
    expect(body[4].id).toBe(before[2].id);

    // Back to one paragraph, and no note: the other blocks keep their ids all along.
    await added.getByRole('button', { name: 'Delete the block' }).click();
    // Delete at the end of the first half joins the two again (the space stayed with the second).
    await selectText(editorOf(second), 'demand', { caret: 'after' });
    await page.keyboard.press('Delete');
    await expect.poll(() => editorOf(second).textContent()).toBe(REMEMBERED_EN);
    await saved(page);
    body = (await detail()).translation.body;
    expect(body.map((block: { id: string }) => block.id)).toEqual(
      before.map((block: { id: string }) => block.id),
    );
    expect(body[1].html).toBe(REMEMBERED_EN);
  });

  it('marks every block done, with the progress, and hands the translation in', async () => {
    for (const name of ['Block 1: Paragraph', 'Block 2: Paragraph', 'Block 3: Quote']) {
      const button = row(page, name).getByRole('button', { name: 'Mark done' });
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    }
    await page.getByText('3 of 3 blocks done').first().waitFor();
    await page.getByRole('button', { name: 'Hand in for review' }).click();
    await page.getByLabel('Note for the reviewer (optional)').fill('Ready.');
    await page.getByRole('button', { name: 'Hand in', exact: true }).click();
    await page.getByText('In review', { exact: true }).waitFor();
    const { task, progress } = await detail();
    expect(task.status).toBe('in_review');
    expect(progress).toMatchObject({ blocks: 3, done: 3 });
    // In review the text is read-only for the translator.
    expect(await editorOf(row(page, 'Block 1: Paragraph')).getAttribute('contenteditable')).toBe(
      'false',
    );
  });

  it('lets a manager comment on a block, refuses sending back without a note, then sends back', async () => {
    managerContext = await contextAs(newsroom, manager, { bypassCSP: true });
    review = await managerContext.newPage();
    reviewErrors = pageErrors(review);
    await review.goto(taskUrl());
    const first = row(review, 'Block 1: Paragraph');
    await first.waitFor();
    expect(await editorOf(first).getAttribute('contenteditable')).toBe('false');
    expect(await review.getByText('Tariq Translator handed it in for review.').count()).toBe(1);
    await first.getByRole('button', { name: /^Add a comment/ }).click();
    await first.getByLabel('Comment on block 1').fill('Say “Callao’s dockworkers”.');
    await first.getByRole('button', { name: 'Post the comment' }).click();
    await first.getByText('1 open comment').waitFor();
    const headline = row(review, 'Headline');
    await headline.getByRole('button', { name: /^Add a comment/ }).click();
    await headline.getByLabel('Comment on Headline').fill('Keep “Callao” in the headline.');
    await headline.getByRole('button', { name: 'Post the comment' }).click();
    await headline.getByText('1 open comment').waitFor();

    await review.getByRole('button', { name: 'Send back', exact: true }).click();
    await review.getByRole('button', { name: 'Send back to the translator' }).click();
    const note = review.getByLabel('What needs doing (required)');
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
    await review.getByText('The note is required.').waitFor();
    expect((await detail()).task.status).toBe('in_review');
    await note.fill('One wording to fix in block 1.');
    await review.getByRole('button', { name: 'Send back to the translator' }).click();
    await review.getByText('In translation', { exact: true }).waitFor();
    expect((await detail()).task.status).toBe('claimed');
  });

  it('shows the translator the comment on their block; they fix it, resolve it, and hand in again', async () => {
    await page.reload();
    const first = row(page, 'Block 1: Paragraph');
    await first.getByText('Say “Callao’s dockworkers”.').waitFor();
    await row(page, 'Headline').getByText('Keep “Callao” in the headline.').waitFor();
    await page.getByText('One wording to fix in block 1.').waitFor();
    await retype(first, 'The Callao dockworkers', 'Callao’s dockworkers');
    await saved(page);
    await first.getByRole('button', { name: /^Resolve/ }).click();
    await first.getByText('Resolved comments (1)').waitFor();
    await page.getByRole('button', { name: 'Hand in for review' }).click();
    await page.getByRole('button', { name: 'Hand in', exact: true }).click();
    await page.getByText('In review', { exact: true }).waitFor();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in review, for the manager and the translator (${colorScheme})`, async () => {
      const violations = [
        ...(await axeOf(await managerContext.storageState(), colorScheme, 'manager in review')),
        ...(await axeOf(translatorState, colorScheme, 'translator in review')),
      ];
      expect(violations).toEqual([]);
    });
  }

  it('lets the manager approve and publish: the reader page credits the original and the translator', async () => {
    await review.reload();
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.getByText('Approved', { exact: true }).waitFor();
    await review.getByRole('button', { name: 'Publish' }).click();
    await review.getByText('Published', { exact: true }).first().waitFor();
    const { task, target } = await detail();
    expect(task.status).toBe('published');
    const english = await readerPage(newsroom, `${en.basePath}/${target.slug}`);
    expect(english.status).toBe(200);
    expect(english.html).toContain('Callao’s dockworkers voted to strike.');
    expect(english.html).toMatch(
      /Originally published in Spanish on [^<]+ in <a [^>]*>Meridiano Perú<\/a>/,
    );
    expect(english.html).toMatch(/<p>Translation: <a [^>]*>Tariq Translator<\/a>\.<\/p>/);
    expect(english.html).toContain('Also available in');
    expect(english.html).toMatch(/<link rel="alternate" hreflang="es-PE"/);
    expect(errors, 'uncaught errors in the translator’s newsroom').toEqual([]);
    expect(reviewErrors, 'uncaught errors in the manager’s newsroom').toEqual([]);
  });

  it('shows the translation outdated after a correction of the original, with the words that changed', async () => {
    const current = (await newsroom.api('GET', `/articles/${source.id}`)).body;
    const corrected = await newsroom.api('PUT', `/articles/${source.id}`, {
      expectedRevision: current.revision,
      body: current.body.map((block: { html?: string }, index: number) =>
        index === 0 ? { ...block, html: FIRST_CORRECTED_ES } : block,
      ),
      changeKind: 'correction',
      correctionNote: 'The vote was unanimous.',
    });
    expect(corrected.status).toBe(200);
    await expect.poll(async () => (await detail()).task.outdated).toBe(true);

    await page.reload();
    await page.getByRole('heading', { name: 'The original changed' }).waitFor();
    await page.getByRole('button', { name: 'Show what changed' }).click();
    const changes = page.getByRole('region', { name: /What changed in the original/ });
    await changes.waitFor();
    const changed = changes.getByRole('listitem').filter({ hasText: 'changed' });
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('ins.diff').textContent()).toContain('por unanimidad');
    // The changed block's current original beside the translation that renders it.
    expect(await changed.textContent()).toContain('Callao’s dockworkers voted to strike.');
    expect(await changes.getByText('2 unchanged blocks').count()).toBe(1);
  });

  it('updates the translation, and once published again it is current and readers see it', async () => {
    await page.getByRole('button', { name: 'Update the translation' }).click();
    await page.getByRole('heading', { name: 'Updating the translation' }).waitFor();
    const first = row(page, 'Block 1: Paragraph');
    await expect
      .poll(() => first.locator('[lang="es-PE"]').textContent())
      .toContain(FIRST_CORRECTED_ES);
    // The block whose original changed is not done; the others still are.
    expect(
      await first.getByRole('button', { name: 'Mark done' }).getAttribute('aria-pressed'),
    ).toBe('false');
    await retype(first, 'voted to strike.', 'voted unanimously to strike.');
    await first.getByRole('button', { name: 'Mark done' }).click();
    await page.getByText('3 of 3 blocks done').first().waitFor();
    await page.getByRole('button', { name: 'Hand in for review' }).click();
    await page.getByRole('button', { name: 'Hand in', exact: true }).click();
    await page.getByText('In review', { exact: true }).waitFor();

    await review.reload();
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.getByRole('button', { name: 'Publish' }).click();
    await review.getByText('Published', { exact: true }).first().waitFor();
    expect(await review.getByRole('heading', { name: 'The original changed' }).count()).toBe(0);
    const { task, target } = await detail();
    expect(task).toMatchObject({ status: 'published', outdated: false, workingCopy: null });
    await expect
      .poll(async () => (await readerPage(newsroom, `${en.basePath}/${target.slug}`)).html)
      .toContain('Callao’s dockworkers voted unanimously to strike.');
    expect(errors).toEqual([]);
    expect(reviewErrors).toEqual([]);
  });
});
