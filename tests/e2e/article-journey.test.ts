// The article journey of the newsroom, in Chromium against the demo network on SQLite: sign in,
// write, autosave, preview, schedule (the server's scheduler publishes), revise, compare,
// restore, and two people saving at once.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  addStaff,
  contextAs,
  DEMO_ADMIN,
  type Newsroom,
  openNewsroom,
  pageErrors,
  readerPage,
  saveStatus,
  selectText,
  signInThroughScreen,
  stepByStep,
  tool,
  writeImage,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

const HEADLINE = 'Depot drivers vote to strike over split shifts';
const FIRST_PARAGRAPH = 'The night shift at the Eastside depot voted to strike on Monday.';
const HEADING = 'What the drivers want';
const QUOTE = 'We keep this city moving, and we want to see our families.';
const CAPTION = 'Buses wait at the Eastside depot before dawn.';
const ALT = 'Rows of parked city buses under floodlights';
const AUTOSAVED = 'The vote passed with a large majority.';

describe.skipIf(!hasChromium)('The article journey (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let enId: string;
  let articleId: string;
  let slug: string;

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom({ scheduler: true });
    enId = (await newsroom.site('en')).id;
    context = await newsroom.newContext();
    page = await context.newPage();
    errors = pageErrors(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await newsroom?.close();
  });

  const body = () => page.getByRole('textbox', { name: 'Body' });
  const article = async () => {
    const answer = await newsroom.api('GET', `/articles/${articleId}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const bodyText = async () =>
    // biome-ignore lint/suspicious/noExplicitAny: blocks are asserted by their text.
    (await article()).body.map((block: any) => JSON.stringify(block)).join('\n');

  it('signs in through the sign-in screen', async () => {
    await signInThroughScreen(page, newsroom, DEMO_ADMIN);
    expect(page.url()).toContain(`#/sites/${enId}/articles`);
    await page.getByRole('link', { name: 'Alex Admin' }).waitFor();
  });

  it('writes an article with a heading, a quote and an uploaded image with its caption, and saves it', async () => {
    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByRole('heading', { name: 'New article', level: 1 }).waitFor();
    await body().click();
    await page.keyboard.type(FIRST_PARAGRAPH);
    await page.keyboard.press('Enter');
    await tool(page, 'Heading H2').click();
    await page.keyboard.type(HEADING);
    await page.keyboard.press('Enter');
    await tool(page, 'Quote').click();
    await page.keyboard.type(QUOTE);
    await page.keyboard.press('Enter');

    // The image: uploaded from this computer through the file picker, described on the way.
    await tool(page, 'Image').click();
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    await picker
      .getByLabel('Image file')
      .setInputFiles(await writeImage(newsroom, 'eastside-depot.jpg'));
    await picker.getByLabel('Alternative text').fill(ALT);
    await picker.getByLabel('Caption').fill(CAPTION);
    await picker.getByRole('button', { name: 'Upload and use' }).click();
    await picker.waitFor({ state: 'hidden' });
    await body().getByRole('img', { name: ALT }).waitFor();

    // The headline last: a draft without one is not saved, so revision 1 is all of the above.
    await page.getByLabel('Dek').fill('They want their evenings back.');
    await page.getByLabel('Headline').fill(HEADLINE);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    await page.getByRole('heading', { name: 'Edit article', level: 1 }).waitFor();
    articleId = /\/articles\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(articleId, 'the editor moved to the saved article’s address').not.toBe('');

    const saved = await article();
    expect(saved).toMatchObject({ headline: HEADLINE, status: 'draft', revision: 1 });
    slug = saved.slug;
    expect(slug).toBe('depot-drivers-vote-to-strike-over-split-shifts');
    // biome-ignore lint/suspicious/noExplicitAny: blocks are asserted by their fields.
    const blocks = saved.body.filter((block: any) => block.type !== 'paragraph' || block.html);
    expect(blocks.map((block: { type: string }) => block.type)).toEqual([
      'paragraph',
      'heading',
      'quote',
      'image',
    ]);
    expect(blocks[1]).toMatchObject({ level: 2, html: HEADING });
    expect(blocks[2].html).toContain(QUOTE);
    expect(blocks[3].mediaId).toMatch(/^[0-9a-f-]{36}$/);
    const media = await newsroom.api('GET', `/media/${blocks[3].mediaId}`);
    expect(media.body.texts.en).toEqual({ alt: ALT, caption: CAPTION });
  });

  it('saves the draft by itself a moment after typing stops (autosave)', async () => {
    await selectText(body().getByText(FIRST_PARAGRAPH), 'Monday.', { caret: 'after' });
    await page.keyboard.type(` ${AUTOSAVED}`);
    await saveStatus(page).filter({ hasText: 'Unsaved changes: saving in a moment' }).waitFor();
    const autosave = page.waitForResponse(
      (response) =>
        response.request().method() === 'PUT' && response.url().endsWith(`/articles/${articleId}`),
    );
    expect((await autosave).status()).toBe(200);
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    expect(await bodyText()).toContain(AUTOSAVED);
    expect((await article()).revision).toBe(2);
  });

  it('previews it as the reader page: headline, heading, quote, and the figure with its caption', async () => {
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Preview' }).click(),
    ]);
    await preview.waitForURL(`**/newsroom/preview/${articleId}`);
    const reading = preview.getByRole('main').getByRole('article').first();
    await reading.getByRole('heading', { name: HEADLINE, level: 1 }).waitFor();
    await reading.getByRole('heading', { name: HEADING, level: 2 }).waitFor();
    expect(await reading.locator('blockquote').textContent()).toContain(QUOTE);
    const figure = reading.getByRole('figure', { name: CAPTION });
    await figure.getByRole('img', { name: ALT }).waitFor();
    expect(await figure.locator('figcaption').textContent()).toContain(CAPTION);
    await preview.close();
  });

  it('schedules it a few seconds ahead, and the server publishes it then', async () => {
    // A time a few seconds ahead on the newsroom user's own clock, seconds included.
    const when = await page.evaluate(() => {
      const at = new Date(Date.now() + 8000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
    });
    await page.getByLabel('Publication time').fill(when);
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const publishing = page.getByRole('region', { name: 'Publishing' });
    await publishing.getByText('Scheduled.').waitFor();
    await publishing.getByRole('button', { name: 'Publish now' }).waitFor();
    await publishing.getByRole('button', { name: 'Reschedule' }).waitFor();
    const scheduled = await article();
    expect(scheduled.status).toBe('scheduled');
    const due = Date.parse(scheduled.scheduledAt);
    if (Date.now() < due - 500) {
      expect((await readerPage(newsroom, `/en/${slug}`)).status, 'not out before its time').toBe(
        404,
      );
    }

    await expect
      .poll(async () => (await readerPage(newsroom, `/en/${slug}`)).status, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe(200);
    const live = await readerPage(newsroom, `/en/${slug}`);
    expect(live.html).toContain(HEADLINE);
    expect(live.html).toContain(AUTOSAVED);
    // Published by the server's scheduler, at the time asked for.
    const published = await article();
    expect(published.status).toBe('published');
    expect(Date.parse(published.publishedAt)).toBeGreaterThanOrEqual(due);
  });

  it('edits the live article and shows the changed words between revisions', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Update' }).waitFor();
    await selectText(body().getByText(FIRST_PARAGRAPH), 'voted');
    await page.keyboard.type('decided');
    await saveStatus(page)
      .filter({ hasText: 'Unsaved changes: readers see them once you update' })
      .waitFor();
    await page.getByRole('button', { name: 'Update' }).click();
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    const updated = await article();
    expect(await bodyText()).toContain('depot decided to strike');
    const latest = updated.revision as number;

    await page.getByRole('button', { name: 'Revisions' }).click();
    const panel = page.getByRole('region', { name: 'Revisions' });
    await panel.getByRole('button', { name: `Changes in revision ${latest}` }).click();
    const diff = panel.getByRole('listitem').filter({ hasText: 'Paragraph · changed' });
    await diff.waitFor();
    expect(await diff.getByRole('deletion').textContent()).toContain('voted');
    expect(await diff.getByRole('insertion').textContent()).toContain('decided');
  });

  it('restores the first revision, and readers get its text back', async () => {
    const panel = page.getByRole('region', { name: 'Revisions' });
    await panel.getByRole('button', { name: 'Restore revision 1' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore revision 1?' });
    await confirm.getByRole('button', { name: 'Bring it back' }).click();
    await panel.getByText(/^Revision 1 is back, as revision \d+\.$/).waitFor();
    await body().getByText(FIRST_PARAGRAPH, { exact: true }).waitFor();

    const restored = await bodyText();
    expect(restored).toContain(FIRST_PARAGRAPH);
    expect(restored).not.toContain(AUTOSAVED);
    const live = await readerPage(newsroom, `/en/${slug}`);
    expect(live.html).toContain(FIRST_PARAGRAPH);
    expect(live.html).not.toContain('decided');
    expect(live.html).not.toContain(AUTOSAVED);
  });

  it('two people save at once: the second sees the conflict, merges, and loses nothing', async () => {
    const editor = await addStaff(newsroom, { name: 'Erin Editor', roles: [['en', 'editor']] });
    const other = await contextAs(newsroom, editor);
    try {
      const second = await other.newPage();
      const secondErrors = pageErrors(second);
      await second.goto(newsroom.url(`/sites/${enId}/articles/${articleId}`));
      await second.getByRole('button', { name: 'Update' }).waitFor();

      // The first saves a new dek while the second is still reading the old version…
      await page.getByLabel('Dek').fill('They want their evenings back, and a raise.');
      await page.getByRole('button', { name: 'Update' }).click();
      await saveStatus(page)
        .filter({ hasText: /^Saved at / })
        .waitFor();

      // …then the second adds a sentence to the body and saves on top of the old version.
      const secondBody = second.getByRole('textbox', { name: 'Body' });
      await selectText(secondBody.getByText(FIRST_PARAGRAPH), 'Monday.', { caret: 'after' });
      await second.keyboard.type(' Management has not answered.');
      await second.getByRole('button', { name: 'Update' }).click();
      await saveStatus(second)
        .filter({ hasText: 'Not saved: someone else saved this article in the meantime.' })
        .waitFor();
      await second.getByRole('region', { name: 'Someone else saved this article' }).waitFor();

      await second.getByRole('button', { name: 'Compare and merge' }).click();
      const merge = second.getByRole('dialog', { name: 'Merge your changes with theirs' });
      const dek = merge.getByRole('group', { name: 'Dek' });
      expect(await dek.textContent()).toContain('and a raise');
      expect(await merge.textContent()).toContain('Management has not answered.');
      await merge.getByRole('button', { name: 'Save the merged version' }).click();
      await saveStatus(second)
        .filter({ hasText: /^Saved at / })
        .waitFor();

      const merged = await article();
      expect(merged.dek).toBe('They want their evenings back, and a raise.');
      expect(await bodyText()).toContain('Management has not answered.');
      const live = await readerPage(newsroom, `/en/${slug}`);
      expect(live.html).toContain('and a raise.');
      expect(live.html).toContain('Management has not answered.');
      expect(secondErrors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(errors).toEqual([]);
  });
});
