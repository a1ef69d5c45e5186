// The translation editor when things get in the way, in Chromium against the demo network on
// SQLite: someone else saves the translation in between (the translator's text stays, and the
// two versions merge); leaving with unsaved text asks first; the keyboard saves and moves from
// block to block; machine translation, played by a LibreTranslate replay server configured as
// the TRIBUNE_MT_* settings configure one, drafts blocks that keep the translation from being
// published until a person has reviewed them.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.ts';
import type { BlockInput } from '../../src/articles/blocks.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Site } from '../../src/sites/site.ts';
import type { User } from '../../src/users/user.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  addStaff,
  contextAs,
  type Newsroom,
  openNewsroom,
  pageErrors,
  selectText,
  stepByStep,
} from '../helpers/newsroom.ts';
import { loadExchange, type ReplayServer, startReplayServer } from '../helpers/replay-server.ts';

sayIfNoChromium('Newsroom end-to-end tests');

const CALLAO_HTML =
  'La <strong>huelga</strong> sigue en <a href="https://example.org/callao">el Callao</a>.';

describe.skipIf(!hasChromium)('Translating through conflicts and machine drafts (Chromium)', () => {
  let newsroom: Newsroom;
  let replay: ReplayServer;
  let en: Site;
  let esPe: Site;
  let translator: User;
  let manager: User;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let imageTaskId: string;

  stepByStep();

  beforeAll(async () => {
    replay = await startReplayServer();
    // Every page asks whether machine translation is on, which asks the service's languages.
    replay.play(loadExchange('libretranslate', 'languages'));
    newsroom = await openNewsroom({
      machineTranslation: { provider: 'libretranslate', url: replay.url, apiKey: 'lt-test-key' },
    });
    en = await newsroom.site('en');
    esPe = await newsroom.site('es-pe');
    translator = await addStaff(newsroom, {
      name: 'Theo Translator',
      roles: [['en', 'translator']],
    });
    manager = await addStaff(newsroom, {
      name: 'Mona Manager',
      roles: [['en', 'translation-manager']],
    });
    context = await contextAs(newsroom, translator);
    page = await context.newPage();
    errors = pageErrors(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await newsroom?.close();
    await replay?.close();
  });

  /** A published Spanish original on Lima's edition, and New York's task, claimed by Theo. */
  async function claimedTask(headline: string, body: BlockInput[]) {
    const { ctx } = newsroom.server;
    const draft = unwrap(
      await ctx.articles.createArticle({ siteId: esPe.id, headline, body }, { userId: null }),
    );
    const source: Article = unwrap(await ctx.articles.publishArticle(draft.id, { userId: null }));
    const task = unwrap(
      await ctx.desk.requests.requestTranslation(
        { sourceArticleId: source.id, targetSiteId: en.id },
        { userId: null },
      ),
    );
    unwrap(await ctx.desk.work.claim(task.id, { userId: translator.id }));
    return task.id;
  }
  const open = async (tab: Page, taskId: string) => {
    await tab.goto(newsroom.url(`/sites/${en.id}/translations/${taskId}`));
    await tab.getByRole('group', { name: 'Block 1: Paragraph', exact: true }).waitFor();
  };
  const row = (tab: Page, name: string) => tab.getByRole('group', { name, exact: true });
  const editorOf = (group: Locator) =>
    group.getByRole('textbox', { name: /^Translation of block/ });
  const translation = async (taskId: string) =>
    (await newsroom.api('GET', `/translation-tasks/${taskId}`)).body;
  const saved = () =>
    page
      .getByRole('status')
      .filter({ hasText: /^Saved at/ })
      .waitFor();

  it('keeps the translator’s text when someone else saved in between, and merges both', async () => {
    const taskId = await claimedTask('Dos bloques', [
      { type: 'paragraph', html: 'Primer bloque.' },
      { type: 'paragraph', html: 'Segundo bloque.' },
    ]);
    await open(page, taskId);
    // A manager fixes the second block meanwhile, in another window.
    const before = await translation(taskId);
    const theirs = await newsroom.api('PUT', `/translation-tasks/${taskId}/translation`, {
      expectedRevision: before.translationRevision,
      body: before.translation.body.map((block: { html: string }, index: number) =>
        index === 1 ? { ...block, html: 'Their second block.' } : block,
      ),
    });
    expect(theirs.status).toBe(200);

    const first = row(page, 'Block 1: Paragraph');
    await selectText(editorOf(first), 'Primer bloque.');
    await page.keyboard.type('My first block.');
    await page.getByRole('heading', { name: 'Someone else saved this translation' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Not saved: someone else saved this translation in the meantime.' })
      .waitFor();
    expect(await editorOf(first).textContent()).toBe('My first block.');
    expect((await translation(taskId)).translation.body[0].html).toBe('Primer bloque.');

    await page.getByRole('button', { name: 'Compare and merge' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge your changes with theirs' });
    await dialog.waitFor();
    // Mine where I changed something, theirs where I did not.
    const blockChoices = dialog.getByRole('group', { name: /^Block/ });
    expect(await blockChoices.count()).toBe(2);
    expect(await blockChoices.nth(0).getByRole('radio', { name: 'Keep mine' }).isChecked()).toBe(
      true,
    );
    expect(await blockChoices.nth(1).getByRole('radio', { name: 'Take theirs' }).isChecked()).toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Save the merged version' }).click();
    await saved();
    const merged = (await translation(taskId)).translation.body;
    expect(merged.map((block: { html: string }) => block.html)).toEqual([
      'My first block.',
      'Their second block.',
    ]);
    expect(await editorOf(row(page, 'Block 2: Paragraph')).textContent()).toBe(
      'Their second block.',
    );
  });

  it('asks before leaving unsaved text; Ctrl+S saves, Alt+↓ goes to the next block', async () => {
    const second = row(page, 'Block 2: Paragraph');
    await selectText(editorOf(second), 'Their', { caret: 'after' });
    await page.keyboard.type(' own');
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      });
    });
    await page.getByRole('link', { name: 'Translation desk' }).first().click();
    expect(await asked).toContain('unsaved changes');
    // Staying: the address goes back once the question is answered.
    await expect.poll(() => page.url()).toContain('/translations/');
    await page.keyboard.press('Control+s');
    await saved();
    expect((await translation(page.url().split('/').at(-1) ?? '')).translation.body[1].html).toBe(
      'Their own second block.',
    );

    await editorOf(row(page, 'Block 1: Paragraph')).click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Translation of block 2');
  });

  it('translates an image’s caption and alt text, undoes in a block, lists the shortcuts, previews', async () => {
    const image = await newsroom.server.ctx.db
      .selectFrom('media')
      .select('id')
      .executeTakeFirstOrThrow();
    imageTaskId = await claimedTask('Con imagen', [
      { type: 'paragraph', html: 'Texto.' },
      {
        type: 'image',
        mediaId: image.id,
        caption: 'El puerto de noche',
        alt: 'Grúas en el muelle',
      },
    ]);
    const taskId = imageTaskId;
    await open(page, taskId);
    const picture = row(page, 'Block 2: Image');
    expect(await picture.locator('[lang="es-PE"]').textContent()).toContain('El puerto de noche');
    await picture.getByLabel('Caption').fill('The port at night');
    await picture.getByLabel('Alternative text').fill('Cranes on the quay');

    const first = row(page, 'Block 1: Paragraph');
    const firstId = (await translation(taskId)).translation.body[0].id;
    // Ctrl+A selects the block's text: typing over it keeps the block.
    await editorOf(first).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Text.');
    // A pause ends the undo step, as it does for a person typing.
    await page.waitForTimeout(700);
    await page.keyboard.type(' Oops');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorOf(first).textContent()).toBe('Text.');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editorOf(first).textContent()).toBe('Text. Oops');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+s');
    await saved();
    const body = (await translation(taskId)).translation.body;
    expect(body[0]).toMatchObject({ id: firstId, html: 'Text.' });
    expect(body[1]).toMatchObject({
      type: 'image',
      mediaId: image.id,
      caption: 'The port at night',
      alt: 'Cranes on the quay',
    });

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).first().click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Next block').waitFor();
    expect(await help.textContent()).toContain('Previous block');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    const [preview] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Preview' }).click(),
    ]);
    await preview.waitForURL(/\/newsroom\/preview\//);
    await preview.getByRole('heading', { name: 'Con imagen', level: 1 }).waitFor();
    expect(await preview.getByText('Text.', { exact: true }).count()).toBe(1);
    await preview.close();
  });

  it('speaks Spanish to a manager who reads it, who comments on the whole translation', async () => {
    const gerente = await addStaff(newsroom, {
      name: 'Marta Gerente',
      roles: [['en', 'translation-manager']],
      locale: 'es',
    });
    const asGerente = await contextAs(newsroom, gerente, { bypassCSP: true });
    try {
      const tab = await asGerente.newPage();
      const tabErrors = pageErrors(tab);
      await tab.goto(newsroom.url(`/sites/${en.id}/translations/${imageTaskId}`));
      await tab.getByRole('heading', { name: 'Traducción: Con imagen', level: 1 }).waitFor();
      await row(tab, 'Bloque 1: Párrafo').waitFor();
      expect(await tab.getByRole('button', { name: 'Devolver la tarea' }).count()).toBe(1);
      const whole = tab.getByRole('region', { name: 'Comentarios sobre toda la traducción' });
      await whole.getByRole('button', { name: /^Agregar un comentario/ }).click();
      await whole.getByLabel('Comentario sobre toda la traducción').fill('Revisá el pie de foto.');
      await whole.getByRole('button', { name: 'Publicar el comentario' }).click();
      await whole.getByText('1 comentario abierto').waitFor();
      const { comments } = await translation(imageTaskId);
      expect(comments).toMatchObject([{ blockId: null, body: 'Revisá el pie de foto.' }]);
      expect(describeViolations('Spanish manager', await axeViolations(tab))).toEqual([]);
      expect(tabErrors).toEqual([]);
    } finally {
      await asGerente.close();
    }
  });

  it('drafts one block by machine translation, marked as such', async () => {
    const taskId = await claimedTask('Una frase', [{ type: 'paragraph', html: CALLAO_HTML }]);
    await open(page, taskId);
    const first = row(page, 'Block 1: Paragraph');
    await first.getByRole('button', { name: 'Machine draft' }).waitFor();
    replay.play(loadExchange('libretranslate', 'translate-html'));
    await first.getByRole('button', { name: 'Machine draft' }).click();
    await first.getByText('Machine draft: needs review').waitFor();
    expect(await editorOf(first).textContent()).toBe('The strike goes on in Callao.');
    expect(replay.mismatches).toEqual([]);
    const { task, translation: text } = await translation(taskId);
    expect(task.machineBlocks).toEqual([text.body[0].id]);
    expect(text.body[0].html).toBe(
      'The <strong>strike</strong> goes on in <a href="https://example.org/callao">Callao</a>.',
    );
  });

  it('drafts every block not done; publishing waits until a person has reviewed them', async () => {
    const taskId = await claimedTask('La huelga sigue.', [
      { type: 'paragraph', html: 'Los portuarios votaron.' },
    ]);
    await open(page, taskId);
    replay.play(loadExchange('libretranslate', 'translate'));
    await page.getByRole('button', { name: 'Machine draft the blocks not done' }).click();
    const first = row(page, 'Block 1: Paragraph');
    await first.getByText('Machine draft: needs review').waitFor();
    expect(await editorOf(first).textContent()).toBe('The dockworkers voted.');
    expect(await page.getByRole('textbox', { name: 'Headline', exact: true }).inputValue()).toBe(
      'The strike goes on.',
    );
    expect(replay.mismatches).toEqual([]);
    await page.getByRole('button', { name: 'Hand in for review' }).click();
    await page.getByRole('button', { name: 'Hand in', exact: true }).click();
    await page.getByText('In review', { exact: true }).waitFor();

    const asManager = await contextAs(newsroom, manager);
    try {
      const review = await asManager.newPage();
      const reviewErrors = pageErrors(review);
      await open(review, taskId);
      await review.getByRole('button', { name: 'Approve' }).click();
      await review.getByText('Approved', { exact: true }).waitFor();
      await review.getByRole('button', { name: 'Publish' }).click();
      await review.getByRole('heading', { name: 'Machine drafts wait for review' }).waitFor();
      await review.getByText(/nobody has reviewed yet \(1\)/).waitFor();
      // The first machine-drafted block is brought into view, with the focus.
      await expect
        .poll(() => review.evaluate(() => document.activeElement?.textContent))
        .toBe('Block 1: Paragraph');
      expect((await translation(taskId)).task.status).toBe('approved');

      await review.getByRole('button', { name: 'Fix the text myself' }).click();
      const reviewed = row(review, 'Block 1: Paragraph');
      await reviewed.getByRole('button', { name: 'Reviewed' }).click();
      await reviewed.getByText('Machine draft: needs review').waitFor({ state: 'detached' });
      await review.getByRole('button', { name: 'Publish' }).click();
      await review.getByText('Published', { exact: true }).first().waitFor();
      expect(
        await review.getByRole('heading', { name: 'Machine drafts wait for review' }).count(),
      ).toBe(0);
      const { task } = await translation(taskId);
      expect(task).toMatchObject({ status: 'published', machineBlocks: [] });
      expect(reviewErrors).toEqual([]);
    } finally {
      await asManager.close();
    }
    expect(errors).toEqual([]);
  });
});
