// The network's glossary in the newsroom, in Chromium on the demo network (SQLite): a
// translation manager adds terms (every wrong field answered next to it), finds them by text and
// language pair, changes and deletes one; a translator reads it in Spanish without the means to
// change it; axe on the screen and its dialogs, light and dark.
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
  stepByStep,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

describe.skipIf(!hasChromium)('The glossary (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let manager: User;
  let translator: User;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let arId: string;

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    arId = (await newsroom.site('es-ar')).id;
    manager = await addStaff(newsroom, {
      name: 'Mara Manager',
      roles: [['es-ar', 'translation-manager']],
    });
    translator = await addStaff(newsroom, {
      name: 'Tito Traductor',
      roles: [['es-ar', 'translator']],
      locale: 'es',
    });
    context = await contextAs(newsroom, manager);
    page = await context.newPage();
    errors = pageErrors(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await newsroom?.close();
  });

  const adding = () => page.getByRole('region', { name: 'Add a term' });
  const rows = () => page.locator('.glossary-table tbody tr');
  /** The message shown under a field, found through the field's aria-describedby. */
  const errorOf = async (scope: Page | ReturnType<Page['getByRole']>, label: string) => {
    const input = scope.getByLabel(label, { exact: true });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const ids = (await input.getAttribute('aria-describedby')) ?? '';
    const error = ids.split(' ').find((id) => id.endsWith('-error')) ?? '';
    return page.locator(`[id="${error}"]`).textContent();
  };
  const glossary = async () => (await newsroom.api('GET', '/glossary')).body;

  it('opens from the sidebar, empty at first', async () => {
    await page.goto(newsroom.url(`/sites/${arId}/articles`));
    await page
      .getByRole('navigation', { name: 'Newsroom sections' })
      .getByRole('link', { name: 'Glossary' })
      .click();
    await page.getByRole('heading', { name: 'Glossary', level: 1 }).waitFor();
    await page.getByText('The glossary has no terms yet.').waitFor();
    await page.getByText('Terms: 0').waitFor();
    // The edition's language is where a term most often comes from.
    expect(await adding().getByLabel('From language').inputValue()).toBe('es');
  });

  it('answers every wrong field of a new term next to it, and keeps what was typed', async () => {
    const form = adding();
    await form.getByLabel('From language').fill('español!');
    await form.getByLabel('Into language').fill('');
    await form.getByRole('button', { name: 'Add the term' }).click();
    expect(await errorOf(form, 'From language')).toBe('must be a language tag like es-PE');
    expect(await errorOf(form, 'Into language')).toBe('must be a language tag like es-PE');
    expect(await errorOf(form, 'Term')).toBe('is required');
    expect(await form.getByLabel('From language').inputValue()).toBe('español!');

    await form.getByLabel('From language').fill('es');
    await form.getByLabel('Into language').fill('es-AR');
    await form.getByLabel('Term', { exact: true }).fill('huelga');
    await form.getByRole('button', { name: 'Add the term' }).click();
    expect(await errorOf(form, 'Into language')).toBe('must be another language than the source');
    expect(await form.getByLabel('Term', { exact: true }).getAttribute('aria-invalid')).toBeNull();

    await form.getByLabel('Into language').fill('en');
    await form.getByRole('button', { name: 'Add the term' }).click();
    expect(await errorOf(form, 'Agreed translation')).toBe('is required');
    expect((await glossary()).total).toBe(0);
  });

  it('adds terms, and refuses one that is already there', async () => {
    const form = adding();
    await form.getByLabel('Agreed translation').fill('strike');
    await form.getByLabel('Note for translators').fill('Not “walkout”: the unions say strike.');
    await form.getByRole('button', { name: 'Add the term' }).click();
    await page.getByRole('status').filter({ hasText: '“huelga” is in the glossary.' }).waitFor();
    await page.getByText('Terms: 1').waitFor();
    // The languages stay for the next term; the term itself is cleared.
    expect(await form.getByLabel('Into language').inputValue()).toBe('en');
    expect(await form.getByLabel('Term', { exact: true }).inputValue()).toBe('');

    await form.getByLabel('Term', { exact: true }).fill('Podemos');
    await form.getByLabel('Keep it as it is in every language').check();
    await form.getByLabel('Match the exact capitals').check();
    await form.getByRole('button', { name: 'Add the term' }).click();
    await page.getByText('Terms: 2').waitFor();

    await form.getByLabel('Term', { exact: true }).fill('Huelga');
    await form.getByLabel('Agreed translation').fill('walkout');
    await form.getByRole('button', { name: 'Add the term' }).click();
    expect(await errorOf(form, 'Term')).toBe('is already in the glossary for these languages');

    const { items } = await glossary();
    const podemos = items.find((term: { sourceTerm: string }) => term.sourceTerm === 'Podemos');
    expect(podemos).toMatchObject({
      sourceLanguage: 'es',
      targetLanguage: 'en',
      doNotTranslate: true,
      caseSensitive: true,
    });
    const huelga = rows().filter({ has: page.getByRole('rowheader', { name: 'huelga' }) });
    const cells = await huelga.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual([
      'strike',
      'Spanish → English',
      'Not “walkout”: the unions say strike.',
    ]);
    const kept = rows().filter({ hasText: 'Podemos' });
    expect(await kept.textContent()).toContain('kept as it is');
    expect(await kept.textContent()).toContain('exact capitals');
    expect(errors).toEqual([]);
  });

  it('finds terms by text and by language pair', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('huel');
    await page.getByText('Terms: 1').waitFor();
    expect(await rows().count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByText('Terms: 2').waitFor();

    await page
      .getByRole('combobox', { name: 'Into', exact: true })
      .selectOption({ label: 'Portuguese' });
    await page.getByText('No term matches.').waitFor();
    await page
      .getByRole('combobox', { name: 'Into', exact: true })
      .selectOption({ label: 'English' });
    await page
      .getByRole('combobox', { name: 'From', exact: true })
      .selectOption({ label: 'Spanish' });
    await page.getByText('Terms: 2').waitFor();
    expect(await rows().count()).toBe(2);
  });

  it('changes a term in a dialog, with its errors there', async () => {
    const huelga = rows().filter({ has: page.getByRole('rowheader', { name: 'huelga' }) });
    await huelga.getByRole('button', { name: /^Edit/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Change “huelga”' });
    await dialog.getByLabel('Term', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await errorOf(dialog, 'Term')).toBe('is required');

    await dialog.getByLabel('Term', { exact: true }).fill('huelga');
    await dialog.getByLabel('Agreed translation').fill('strike action');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '“huelga” is saved.' }).waitFor();
    await huelga.getByText('strike action').waitFor();
    const { items } = await glossary();
    expect(
      items.find((term: { sourceTerm: string }) => term.sourceTerm === 'huelga').targetTerm,
    ).toBe('strike action');
  });

  it('deletes a term after asking', async () => {
    const kept = rows().filter({ hasText: 'Podemos' });
    await kept.getByRole('button', { name: /^Delete/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Podemos” from the glossary?' });
    await confirm.getByRole('button', { name: 'Delete the term' }).click();
    await page.getByRole('status').filter({ hasText: '“Podemos” was deleted.' }).waitFor();
    await page.getByText('Terms: 1').waitFor();
    expect((await glossary()).total).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lets a translator read it, in Spanish, without the means to change it', async () => {
    const asTranslator = await contextAs(newsroom, translator);
    try {
      const tab = await asTranslator.newPage();
      const tabErrors = pageErrors(tab);
      await tab.goto(newsroom.url(`/sites/${arId}/articles`));
      await tab
        .getByRole('navigation', { name: 'Secciones de la redacción' })
        .getByRole('link', { name: 'Glosario' })
        .click();
      await tab.getByRole('heading', { name: 'Glosario', level: 1 }).waitFor();
      await tab.getByText('Podés leer el glosario.', { exact: false }).waitFor();
      await tab.getByRole('rowheader', { name: 'huelga' }).waitFor();
      await tab.getByText('español → inglés').waitFor();
      expect(await tab.getByRole('button', { name: /^Editar/ }).count()).toBe(0);
      expect(await tab.getByRole('button', { name: /^Borrar/ }).count()).toBe(0);
      expect(await tab.getByRole('heading', { name: 'Agregar un término' }).count()).toBe(0);
      expect(tabErrors).toEqual([]);
    } finally {
      await asTranslator.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with errors and dialogs open (${colorScheme})`, async () => {
      const themed = await contextAs(newsroom, manager, { colorScheme, bypassCSP: true });
      try {
        const tab = await themed.newPage();
        const tabErrors = pageErrors(tab);
        await tab.goto(newsroom.url(`/sites/${arId}/glossary`));
        await tab.getByRole('rowheader', { name: 'huelga' }).waitFor();
        await tab.getByRole('button', { name: 'Add the term' }).click();
        await tab.getByRole('alert').filter({ hasText: 'Everything you typed' }).waitFor();
        const violations = describeViolations(`${colorScheme} glossary`, await axeViolations(tab));
        await tab.getByRole('button', { name: /^Edit/ }).click();
        await tab.getByRole('dialog', { name: 'Change “huelga”' }).waitFor();
        violations.push(
          ...describeViolations(`${colorScheme} glossary, edit dialog`, await axeViolations(tab)),
        );
        await tab.getByRole('button', { name: 'Cancel' }).click();
        await tab.getByRole('button', { name: /^Delete/ }).click();
        await tab.getByRole('dialog', { name: /^Delete “huelga”/ }).waitFor();
        violations.push(
          ...describeViolations(`${colorScheme} glossary, delete dialog`, await axeViolations(tab)),
        );
        expect(violations).toEqual([]);
        expect(tabErrors).toEqual([]);
      } finally {
        await themed.close();
      }
    });
  }
});
