// Republication in the newsroom, in Chromium on the demo network (SQLite): a sister edition's
// article republished from the article list in two clicks, credited to its original; "Republish
// on…" from the original's editor; a typo fix of the original that alerts nobody, then a
// correction with a note that shows on the reader pages of the original and of its copy and is
// offered to the copy as a source update, applied from the Source updates screen; another one
// dismissed from the copy's editor; a text from outside the network with every wrong field
// answered; axe on each screen and dialog, light and dark.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/users/user.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  addStaff,
  contextAs,
  type Newsroom,
  openNewsroom,
  pageErrors,
  readerPage,
  saveStatus,
  selectText,
  stepByStep,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

/** The Peruvian original, republished in Buenos Aires. */
const ORIGINAL = 'Cinco días sin agua: los cerros de Lima esperan la cisterna';
const ORIGINAL_SLUG = 'cerros-de-lima-sin-agua';
/** Another Peruvian original, republished from its own editor. */
const SECOND = 'reforma-laboral-congreso-que-cambia';
const NOTE =
  'Una versión anterior decía que decenas de asentamientos no tienen agua: son cientos, según el Observatorio.';
const SECOND_NOTE = 'Corregimos el nombre del distrito de Carabayllo.';
const THIRD_NOTE = 'Doris Mamani vuelve a las diez, no a las nueve.';
/** The copy's own words for its dek, which an applied update replaces. */
const OWN_DEK = 'Miles de familias de Lima dependen de camiones cisterna.';

describe.skipIf(!hasChromium)('Republication and corrections (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let editor: User;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let arId: string;
  let peId: string;
  let originalId: string;
  let copyId: string;

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    arId = (await newsroom.site('es-ar')).id;
    peId = (await newsroom.site('es-pe')).id;
    const original = await newsroom.server.ctx.articles.repository.findBySlug(peId, ORIGINAL_SLUG);
    originalId = original?.id ?? '';
    // An editor of both Spanish-speaking editions, working in English.
    editor = await addStaff(newsroom, {
      name: 'Rita Republisher',
      roles: [
        ['es-ar', 'editor'],
        ['es-pe', 'editor'],
      ],
    });
    context = await contextAs(newsroom, editor, { bypassCSP: true });
    page = await context.newPage();
    errors = pageErrors(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await newsroom?.close();
  });

  const body = () => page.getByRole('textbox', { name: 'Body' });
  const nav = () => page.getByRole('navigation', { name: 'Newsroom sections' });
  const article = async (id: string) => {
    const answer = await newsroom.api('GET', `/articles/${id}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  /** Saves the open published article as `kind`, with a note for a correction. */
  const update = async (kind: 'Typo fix' | 'Correction' | 'Ordinary edit', note?: string) => {
    const panel = page.getByRole('region', { name: 'This update' });
    await panel.getByRole('radio', { name: kind }).check();
    if (note) await panel.getByLabel('Correction note for readers (optional)').fill(note);
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    // The choice goes back to an ordinary edit for the next update.
    expect(await panel.getByRole('radio', { name: 'Ordinary edit' }).isChecked()).toBe(true);
  };

  it('republishes a sister edition’s article from the article list in two clicks', async () => {
    expect(originalId, 'the demo has the Peruvian original').not.toBe('');
    await page.goto(newsroom.url(`/sites/${arId}/articles`));
    await page.getByRole('button', { name: 'From sister editions' }).click();
    const picker = page.getByRole('dialog', { name: 'Republish from a sister edition' });
    await picker.getByText(/Newest first, \d+ shown/).waitFor();
    // Only the other Spanish-speaking edition: nothing of Buenos Aires itself, nor in English.
    const editions = await picker.getByLabel('Edition').locator('option').allTextContents();
    expect(editions).toEqual(['All of them', 'Meridiano Perú']);
    await picker.getByLabel('Search their articles').fill('cisterna');
    await picker.getByText(/^Articles found: [1-9]/).waitFor();
    await picker
      .getByRole('listitem')
      .filter({ hasText: ORIGINAL })
      .getByRole('button', { name: /^Republish here/ })
      .click();

    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    copyId = /\/articles\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(copyId).not.toBe(originalId);
    expect(await page.getByLabel('Headline').inputValue()).toBe(ORIGINAL);
    const origin = page.getByRole('region', { name: 'Origin' });
    await origin.getByText('Originally published in Meridiano Perú').waitFor();
    const toOriginal = origin.getByRole('link', { name: 'Read the original on Meridiano Perú' });
    expect(await toOriginal.getAttribute('href')).toBe(
      `${newsroom.server.url}/es-pe/${ORIGINAL_SLUG}`,
    );
    await origin.getByRole('link', { name: 'Open the original in the newsroom' }).waitFor();
    const copy = await article(copyId);
    expect(copy).toMatchObject({
      siteId: arId,
      status: 'draft',
      slug: ORIGINAL_SLUG,
      origin: { type: 'republication', source: { kind: 'article', articleId: originalId } },
    });

    await page
      .getByRole('region', { name: 'Publishing' })
      .getByRole('button', { name: 'Publish' })
      .click();
    await page.getByRole('region', { name: 'Publishing' }).getByText('Published.').waitFor();
    const live = await readerPage(newsroom, `/es-ar/${ORIGINAL_SLUG}`);
    expect(live.status).toBe(200);
    expect(live.html).toContain('Meridiano Perú');
    expect(errors).toEqual([]);
  });

  it('shows the copies in the original’s editor, and republishes another article from its editor', async () => {
    await page.goto(newsroom.url(`/sites/${peId}/articles/${originalId}`));
    const panel = page.getByRole('region', { name: 'Republish on sister editions' });
    await panel.getByText('Copies on sister editions: 1').waitFor();
    await panel.getByRole('link', { name: 'Meridiano', exact: true }).waitFor();
    expect(await panel.getByText('Published').count()).toBe(1);
    // Every Spanish-speaking edition has the story now: nowhere else to republish it.
    await panel
      .getByText('None of your other editions in Spanish is without this story.')
      .waitFor();

    const second = await newsroom.server.ctx.articles.repository.findBySlug(peId, SECOND);
    await page.goto(newsroom.url(`/sites/${peId}/articles/${second?.id}`));
    const other = page.getByRole('region', { name: 'Republish on sister editions' });
    await other.getByText('No sister edition has a copy yet.').waitFor();
    expect(await other.getByLabel('Edition to republish on').inputValue()).toBe(arId);
    await other.getByLabel('Publish the copy at once').check();
    await other.getByRole('button', { name: 'Republish on Meridiano' }).click();
    await other.getByText('Republished on Meridiano.').waitFor();
    await other.getByText('Copies on sister editions: 1').waitFor();
    const copies = await newsroom.api('GET', `/articles/${second?.id}/copies`);
    expect(copies.body).toHaveLength(1);
    expect(copies.body[0]).toMatchObject({ siteId: arId, status: 'published' });
    expect((await readerPage(newsroom, `/es-ar/${SECOND}`)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('a typo fix of the original alerts nobody: no source update to review', async () => {
    await page.goto(newsroom.url(`/sites/${peId}/articles/${originalId}`));
    const dek = page.getByLabel('Dek');
    await dek.fill((await dek.inputValue()).replace('cobran caro', 'cobran caro,'));
    await update('Typo fix');
    const revisions = await newsroom.api('GET', `/articles/${originalId}/revisions`);
    expect(revisions.body[0].changeKind).toBe('typo');

    await page.goto(newsroom.url(`/sites/${arId}/source-updates`));
    await page.getByRole('heading', { name: 'Source updates', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'To review (0)' }).waitFor();
    await page
      .getByText('No original has been edited or corrected since it was copied here.')
      .waitFor();
    // Offered quietly, to apply when convenient, and not counted in the sidebar.
    const typos = page.getByRole('region', { name: 'Typo fixes (1)' });
    await typos.getByRole('link', { name: ORIGINAL }).waitFor();
    expect(await nav().getByRole('link', { name: 'Source updates', exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a correction with a note shows on the reader pages of the original and of its copy', async () => {
    await page.goto(newsroom.url(`/sites/${peId}/articles/${originalId}`));
    await selectText(body().getByText(/decenas de asentamientos/), 'decenas');
    await page.keyboard.type('cientos');
    await update('Correction', NOTE);
    const revisions = await newsroom.api('GET', `/articles/${originalId}/revisions`);
    expect(revisions.body[0].changeKind).toBe('correction');

    for (const path of [`/es-pe/${ORIGINAL_SLUG}`, `/es-ar/${ORIGINAL_SLUG}`]) {
      const reader = await readerPage(newsroom, path);
      expect(reader.status, path).toBe(200);
      expect(reader.html, path).toContain('class="corrections"');
      expect(reader.html, path).toContain(NOTE);
    }
    // The copy still has the old text until the change is applied.
    expect(JSON.stringify((await article(copyId)).body)).toContain('decenas de asentamientos');
    expect(errors).toEqual([]);
  });

  it('offers the correction to the copy, with its note and the changed words, and applies it', async () => {
    await page.goto(newsroom.url(`/sites/${arId}/articles`));
    const entry = nav().getByRole('link', { name: 'Source updates (1 to review)' });
    await entry.click();
    const review = page.getByRole('region', { name: 'To review (1)' });
    const item = review.getByRole('listitem').filter({ hasText: ORIGINAL });
    await item.getByText('Correction', { exact: true }).waitFor();
    await item.getByText(NOTE).waitFor();
    await item.getByRole('button', { name: /^Show the changes/ }).click();
    await item.getByRole('heading', { name: 'What applying changes in this copy' }).waitFor();
    expect(await item.locator('del.diff').allTextContents()).toContain('[removed: decenas]');
    expect(await item.locator('ins.diff').allTextContents()).toContain('[added: cientos]');

    await item.getByRole('button', { name: /^Apply/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `“${ORIGINAL}” now follows its original.` })
      .waitFor();
    await page.getByRole('heading', { name: 'To review (0)' }).waitFor();
    await nav().getByRole('link', { name: 'Source updates', exact: true }).waitFor();
    const copy = await article(copyId);
    expect(JSON.stringify(copy.body)).toContain('cientos de asentamientos');
    expect(copy.origin.source.sourceRevision).toBe((await article(originalId)).revision);
    const standing = await newsroom.api('GET', `/articles/${copyId}/source-update`);
    expect(standing.body.state).toBe('up-to-date');
    expect(errors).toEqual([]);
  });

  it('shows a later correction in the copy’s editor, where it is dismissed', async () => {
    await page.goto(newsroom.url(`/sites/${peId}/articles/${originalId}`));
    await selectText(body().getByText(/Villa María del Triunfo y Carabayllo/), 'Carabayllo');
    await page.keyboard.type('Carabayllo (Lima Norte)');
    await update('Correction', SECOND_NOTE);

    await page.goto(newsroom.url(`/sites/${arId}/articles/${copyId}`));
    const banner = page.getByRole('region', { name: 'The original of this copy changed' });
    await banner.getByText(SECOND_NOTE).waitFor();
    await banner.getByRole('button', { name: 'Show the changes' }).click();
    expect(await banner.locator('ins.diff').allTextContents()).toContain('[added:  (Lima Norte)]');
    await page
      .getByRole('region', { name: 'Origin' })
      .getByText('The original changed since: see the notice above the text.')
      .waitFor();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('Dismissed: the copy stays as it is.').waitFor();
    expect(await banner.count()).toBe(0);
    const standing = await newsroom.api('GET', `/articles/${copyId}/source-update`);
    expect(standing.body.state).toBe('dismissed');
    expect(JSON.stringify((await article(copyId)).body)).not.toContain('Lima Norte');
    // The note shows on the copy all the same: corrections follow the original.
    expect((await readerPage(newsroom, `/es-ar/${ORIGINAL_SLUG}`)).html).toContain(SECOND_NOTE);
    expect(errors).toEqual([]);
  });

  it('asks before an update replaces the copy’s own edits, and applies it in the copy’s editor', async () => {
    await page.goto(newsroom.url(`/sites/${arId}/articles/${copyId}`));
    await page.getByLabel('Dek').fill(OWN_DEK);
    await update('Ordinary edit');
    // Meanwhile the original is corrected once more.
    const original = await article(originalId);
    const corrected = await newsroom.api('PUT', `/articles/${originalId}`, {
      expectedRevision: original.revision,
      body: JSON.parse(JSON.stringify(original.body).replace('a las nueve', 'a las diez')),
      changeKind: 'correction',
      correctionNote: THIRD_NOTE,
    });
    expect(corrected.status).toBe(200);

    await page.reload();
    const banner = page.getByRole('region', { name: 'The original of this copy changed' });
    await banner.getByText(THIRD_NOTE).waitFor();
    await banner.getByRole('button', { name: 'Apply' }).click();
    const confirm = page.getByRole('dialog', { name: `Replace the text of “${ORIGINAL}”?` });
    await confirm.getByText('applying replaces those changes', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Apply and replace' }).click();
    await page.getByText('Applied: the copy now follows its original.').waitFor();
    await body()
      .getByText(/a las diez con los baldes/)
      .waitFor();
    expect(await page.getByLabel('Dek').inputValue()).toBe(corrected.body.dek);
    expect(await banner.count()).toBe(0);
    const copy = await article(copyId);
    expect(copy.dek).not.toBe(OWN_DEK);
    expect(JSON.stringify(copy.body)).toContain('a las diez');
    const standing = await newsroom.api('GET', `/articles/${copyId}/source-update`);
    expect(standing.body.state).toBe('up-to-date');
    expect(errors).toEqual([]);
  });

  it('answers every wrong field of an outside republication next to it', async () => {
    await page.goto(newsroom.url(`/sites/${arId}/articles`));
    await page.getByRole('link', { name: 'New republication' }).click();
    await page
      .getByRole('heading', { name: 'Republish a text from outside the network', level: 1 })
      .waitFor();
    const field = (label: string) => page.getByLabel(label, { exact: true });
    const errorOf = async (label: string) => {
      const input = field(label);
      await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
      const ids = (await input.getAttribute('aria-describedby')) ?? '';
      const error = ids.split(' ').find((id) => id.endsWith('-error')) ?? '';
      return page.locator(`[id="${error}"]`).textContent();
    };
    const submit = () =>
      page.getByRole('button', { name: 'Create and open in the editor' }).click();

    // Nothing filled in (the language starts as the edition's: emptied too).
    await field('Language of the original').fill('');
    await submit();
    expect(await errorOf('Headline')).toBe('is required');
    expect(await errorOf('Publication')).toBe('is required');
    expect(await errorOf('Address of the original')).toBe('must be an http(s) address');
    expect(await errorOf('Language of the original')).toBe('must be a language tag like es-PE');
    expect(await errorOf('Originally published on')).toBe('must be a date like 2024-12-11');
    expect(await errorOf('Permission')).toBe('is required');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Everything you typed is still here.' })
      .waitFor();

    await field('Headline').fill('La larga jornada');
    await field('Publication').fill('The Harbour Review');
    await field('Address of the original').fill('ftp://harbourreview.example/essay');
    await field('Language of the original').fill('english!');
    await field('Originally published on').fill('2099-05-14');
    await field('Permission').fill('Republicado con permiso de The Harbour Review.');
    await submit();
    expect(await errorOf('Address of the original')).toBe('must be an http(s) address');
    expect(await errorOf('Language of the original')).toBe('must be a language tag like es-PE');
    expect(await field('Headline').getAttribute('aria-invalid')).toBeNull();
    expect(await field('Publication').getAttribute('aria-invalid')).toBeNull();

    await field('Address of the original').fill(
      'https://editor:secret@harbourreview.example/essay',
    );
    await field('Language of the original').fill('en');
    await submit();
    expect(await errorOf('Address of the original')).toBe(
      'must not contain a user name or password',
    );
    await field('Address of the original').fill(
      'https://harbourreview.example/essays/the-long-shift',
    );
    await submit();
    expect(await errorOf('Originally published on')).toBe('cannot be in the future');
    expect(await field('Address of the original').getAttribute('aria-invalid')).toBeNull();
    expect((await newsroom.api('GET', `/sites/${arId}/articles?q=larga`)).body.total).toBe(0);

    await field('Originally published on').fill('2019-05-14');
    await submit();
    await page.getByRole('heading', { name: 'Edit article', level: 1 }).waitFor();
    const id = /\/articles\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    const created = await article(id);
    expect(created.origin).toEqual({
      type: 'republication',
      source: {
        kind: 'outside',
        publication: 'The Harbour Review',
        url: 'https://harbourreview.example/essays/the-long-shift',
        language: 'en',
        publishedOn: '2019-05-14',
        permission: 'Republicado con permiso de The Harbour Review.',
      },
    });
    const origin = page.getByRole('region', { name: 'Origin' });
    await origin.getByText('Republished from The Harbour Review').waitFor();
    await origin.getByText('May 14, 2019').waitFor();

    await body().click();
    await page.keyboard.type('El turno de noche en el puerto.');
    await saveStatus(page)
      .filter({ hasText: /^Saved at / })
      .waitFor();
    await page
      .getByRole('region', { name: 'Publishing' })
      .getByRole('button', { name: 'Publish' })
      .click();
    await page.getByRole('region', { name: 'Publishing' }).getByText('Published.').waitFor();
    const reader = await readerPage(newsroom, `/es-ar/${created.slug}`);
    expect(reader.html).toContain('data-origin="outside"');
    expect(reader.html).toContain('href="https://harbourreview.example/essays/the-long-shift"');
    expect(reader.html).toContain('Republicado con permiso de The Harbour Review.');
    expect(errors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on its screens and dialogs (${colorScheme})`, async () => {
      const themed = await contextAs(newsroom, editor, { colorScheme, bypassCSP: true });
      try {
        const tab = await themed.newPage();
        const tabErrors = pageErrors(tab);
        const violations: string[] = [];
        const check = async (where: string) =>
          violations.push(
            ...describeViolations(`${colorScheme} ${where}`, await axeViolations(tab)),
          );

        await tab.goto(newsroom.url(`/sites/${arId}/articles`));
        await tab.getByRole('button', { name: 'From sister editions' }).click();
        await tab.getByText(/Newest first, \d+ shown/).waitFor();
        await check('sister editions picker');

        // The copy's editor: the banner of an original's change, its origin, its copies.
        await newsroom.api('PUT', `/articles/${originalId}`, {
          expectedRevision: (await article(originalId)).revision,
          dek: 'Miles de familias esperan el agua.',
          changeKind: 'correction',
        });
        await tab.goto(newsroom.url(`/sites/${arId}/articles/${copyId}`));
        const banner = tab.getByRole('region', { name: 'The original of this copy changed' });
        await banner.getByRole('button', { name: 'Show the changes' }).click();
        await tab.getByRole('region', { name: 'This update' }).waitFor();
        await tab.getByRole('region', { name: 'Republish on sister editions' }).waitFor();
        await tab.getByRole('region', { name: 'Origin' }).getByRole('link').first().waitFor();
        await tab
          .getByRole('region', { name: 'This update' })
          .getByRole('radio', { name: 'Correction' })
          .check();
        await check('copy editor');

        await tab.goto(newsroom.url(`/sites/${arId}/source-updates`));
        await tab.getByRole('button', { name: /^Show the changes/ }).click();
        await tab.getByRole('heading', { name: 'What applying changes in this copy' }).waitFor();
        await check('source updates');
        // The copy's own edit, which applying would replace: the screen asks first.
        await newsroom.api('PUT', `/articles/${copyId}`, {
          expectedRevision: (await article(copyId)).revision,
          dek: `${OWN_DEK} (${colorScheme})`,
        });
        await tab.reload();
        await tab.getByRole('button', { name: /^Apply/ }).click();
        await tab.getByRole('dialog', { name: /^Replace the text of/ }).waitFor();
        await check('source updates, apply confirmation');
        await tab.getByRole('button', { name: 'Cancel' }).click();

        await tab.goto(newsroom.url(`/sites/${arId}/new-republication`));
        await tab.getByRole('button', { name: 'Create and open in the editor' }).click();
        await tab.getByRole('alert').filter({ hasText: 'Everything you typed' }).waitFor();
        await check('new republication with errors');

        const outside = await newsroom.api('GET', `/sites/${arId}/articles?q=larga`);
        await tab.goto(newsroom.url(`/sites/${arId}/articles/${outside.body.items[0].id}`));
        await tab.getByRole('button', { name: 'Change the source' }).click();
        await tab.getByRole('dialog', { name: 'Where this text was first published' }).waitFor();
        await check('outside source dialog');

        expect(violations).toEqual([]);
        expect(tabErrors).toEqual([]);
      } finally {
        await themed.close();
      }
    });
  }
});
