// The body editor in Chromium: block ids through copy and paste, undo and redo, keyboard
// shortcuts; checked through the Admin API, on the demo network (SQLite).
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  DEMO_ADMIN,
  type Newsroom,
  openNewsroom,
  pageErrors,
  type StorageState,
  saveStatus,
  selectText,
  signInThroughScreen,
  tool,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

const ALPHA = 'Alpha: the first paragraph, which will be copied.';
const BRAVO = 'Bravo: the second paragraph.';

interface ApiBlock {
  id: string;
  type: string;
  html?: string;
  mediaId?: string;
}

describe.skipIf(!hasChromium)('The body editor: block ids, undo, shortcuts (Chromium)', () => {
  let newsroom: Newsroom;
  let admin: StorageState;
  let enId: string;
  let mediaId: string;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    newsroom = await openNewsroom();
    enId = (await newsroom.site('en')).id;
    const photo = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#a33' },
    })
      .jpeg()
      .toBuffer();
    mediaId = unwrap(
      await newsroom.server.ctx.media.importImage(photo, {
        originalName: 'march.jpg',
        texts: { en: { alt: 'Marchers on the avenue', caption: '' } },
      }),
    ).id;
    const signIn = await newsroom.newContext();
    await signInThroughScreen(await signIn.newPage(), newsroom, DEMO_ADMIN);
    admin = await signIn.storageState();
    await signIn.close();
  }, 120_000);

  afterAll(() => newsroom?.close());

  beforeEach(async () => {
    context = await newsroom.newContext({ storageState: admin });
    page = await context.newPage();
    errors = pageErrors(page);
    return async () => {
      expect(errors, 'uncaught errors in the newsroom').toEqual([]);
      await context.close();
    };
  });

  /** A draft in the English edition with known block ids, opened in the editor. */
  async function openDraft(headline: string): Promise<string> {
    const article = unwrap(
      await newsroom.server.ctx.articles.createArticle(
        {
          siteId: enId,
          headline,
          body: [
            { id: 'alpha00001', type: 'paragraph', html: ALPHA },
            { id: 'bravo00001', type: 'paragraph', html: BRAVO },
            { id: 'image00001', type: 'image', mediaId },
          ],
        },
        { userId: null },
      ),
    );
    await page.goto(newsroom.url(`/sites/${enId}/articles/${article.id}`));
    await page.getByRole('heading', { name: 'Edit article', level: 1 }).waitFor();
    return article.id;
  }

  async function blocksOf(articleId: string): Promise<ApiBlock[]> {
    const answer = await newsroom.api('GET', `/articles/${articleId}`);
    expect(answer.status).toBe(200);
    return answer.body.body;
  }

  const body = () => page.getByRole('textbox', { name: 'Body' });

  it('gives a pasted copy of a paragraph or an image a new id; the originals keep theirs', async () => {
    const articleId = await openDraft('Copies of blocks');
    // A whole paragraph, selected as a triple click does, pasted as a new paragraph after Bravo.
    await body().getByText(ALPHA).click({ clickCount: 3 });
    await page.keyboard.press('Control+C');
    await selectText(body().getByText(BRAVO), 'paragraph.', { caret: 'after' });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+V');
    await body().getByText(ALPHA).nth(1).waitFor();

    // The image, selected as a block (the arrow key from the end of the text before it).
    await selectText(body().getByText(ALPHA).nth(1), 'copied.', { caret: 'after' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+C');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+V');
    await body().getByRole('img', { name: 'Marchers on the avenue' }).nth(1).waitFor();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    const blocks = (await blocksOf(articleId)).filter((block) => block.html !== '');
    expect(blocks.map((block) => [block.type, block.html ?? block.mediaId])).toEqual([
      ['paragraph', ALPHA],
      ['paragraph', BRAVO],
      ['paragraph', ALPHA],
      ['image', mediaId],
      ['image', mediaId],
    ]);
    expect(blocks.slice(0, 2).map((block) => block.id)).toEqual(['alpha00001', 'bravo00001']);
    expect(blocks[3]?.id, 'the original image keeps its id').toBe('image00001');
    const ids = blocks.map((block) => block.id);
    expect(new Set(ids).size, `ids are unique: ${ids.join(', ')}`).toBe(ids.length);
    expect(blocks[2]?.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(blocks[4]?.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('keeps block ids when a block is edited, split and moved', async () => {
    const articleId = await openDraft('Edits of blocks');
    await selectText(body().getByText(BRAVO), 'Bravo:');
    await page.keyboard.type('Bravo, edited:');
    // Splitting Alpha: the text before the caret stays the block it was.
    await selectText(body().getByText(ALPHA), ', which will be copied');
    await page.keyboard.press('Enter');
    // Moving Bravo up, above the second half of Alpha.
    await selectText(body().getByText('Bravo, edited:'), 'edited');
    await tool(page, 'Move block up').click();
    await page.keyboard.press('Control+S');
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    const blocks = await blocksOf(articleId);
    expect(blocks.map((block) => [block.id, block.html ?? block.mediaId])).toEqual([
      ['alpha00001', 'Alpha: the first paragraph'],
      ['bravo00001', 'Bravo, edited: the second paragraph.'],
      [expect.not.stringMatching(/^(alpha|bravo|image)00001$/), '.'],
      ['image00001', mediaId],
    ]);
  });

  it('undoes and redoes, from the toolbar and from the keyboard', async () => {
    await openDraft('Undo and redo');
    await selectText(body().getByText(BRAVO), 'paragraph.', { caret: 'after' });
    await page.keyboard.type(' Charlie.');
    await body().getByText(`${BRAVO} Charlie.`).waitFor();

    await tool(page, 'Undo').click();
    await body().getByText(BRAVO, { exact: true }).waitFor();
    expect(await tool(page, 'Redo').getAttribute('aria-disabled')).toBeNull();
    await tool(page, 'Redo').click();
    await body().getByText(`${BRAVO} Charlie.`).waitFor();

    await page.keyboard.press('Control+Z');
    await body().getByText(BRAVO, { exact: true }).waitFor();
    await page.keyboard.press('Control+Shift+Z');
    await body().getByText(`${BRAVO} Charlie.`).waitFor();
  });

  it('makes text bold with Ctrl+B and saves with Ctrl+S, and lists the shortcuts', async () => {
    const articleId = await openDraft('Shortcuts');
    await selectText(body().getByText(BRAVO), 'second');
    await page.keyboard.press('Control+B');
    await body().locator('strong', { hasText: 'second' }).waitFor();
    expect(await tool(page, 'Bold').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+S');
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    const blocks = await blocksOf(articleId);
    expect(blocks[1]?.html).toBe('Bravo: the <strong>second</strong> paragraph.');

    await tool(page, 'Keyboard shortcuts').click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Save', { exact: true }).waitFor();
    await help.getByText('Bold', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });

  it('keeps the undo history of a new article through its first save', async () => {
    await page.goto(newsroom.url(`/sites/${enId}/articles/new`));
    await page.getByLabel('Headline').fill('Written in one go');
    await body().click();
    await page.keyboard.type('First words.');
    await page.keyboard.press('Control+S');
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    await page.keyboard.type(' Second words.');
    await body().getByText('First words. Second words.').waitFor();
    // Twice: the editor may count all the typing as one change, or as two.
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    // Typed before the article existed, and still undoable after it does.
    await expect.poll(() => body().textContent()).toBe('');
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Shift+Z');
    await body().getByText('First words. Second words.').waitFor();
  });
});
