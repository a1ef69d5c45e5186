// The newsroom's management screens in Chromium on the demo network (SQLite): contributors,
// sections, tags, edition settings as readers see them, errors that keep the input, leaving a
// form with unsaved changes through the edition switcher, and the interface in Spanish.
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  DEMO_ADMIN,
  type Newsroom,
  openNewsroom,
  pageErrors,
  readerPage,
  signInThroughScreen,
  stepByStep,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

describe.skipIf(!hasChromium)('Management screens (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let enId: string;
  let frId: string;

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    enId = (await newsroom.site('en')).id;
    frId = (await newsroom.site('fr')).id;
    context = await newsroom.newContext();
    page = await context.newPage();
    errors = pageErrors(page);
    await signInThroughScreen(page, newsroom, DEMO_ADMIN);
  }, 120_000);

  afterAll(async () => {
    expect(errors, 'uncaught errors in the newsroom').toEqual([]);
    await context?.close();
    await newsroom?.close();
  });

  const sidebar = (name: string) =>
    page.getByRole('navigation', { name: 'Newsroom sections' }).getByRole('link', { name });

  it('adds a contributor to the roster', async () => {
    await sidebar('Contributors').click();
    await page.getByRole('link', { name: 'New person' }).click();
    await page.getByRole('heading', { name: 'New person', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Imani Okafor');
    await page.getByLabel('E-mail').fill('imani@example.org');
    await page.getByRole('button', { name: 'Add to the roster' }).click();
    await page.getByText('Added to the roster.').waitFor();
    await page.getByRole('heading', { name: 'Imani Okafor', level: 1 }).waitFor();
    expect(page.url()).toMatch(/contributors\?id=[0-9a-f-]{36}$/);

    await page.getByRole('link', { name: 'Contributors' }).first().click();
    await page.getByRole('searchbox', { name: 'Search contributors' }).fill('Imani');
    await page.getByRole('status').filter({ hasText: 'Contributors found: 1' }).waitFor();
    await page.getByRole('link', { name: 'Imani Okafor' }).waitFor();
    const found = await newsroom.api('GET', '/contributors?q=Imani');
    expect(found.body.items ?? found.body).toMatchObject([
      { name: 'Imani Okafor', kind: 'person', slug: 'imani-okafor', email: 'imani@example.org' },
    ]);
  });

  it('creates a section and a tag', async () => {
    await sidebar('Sections, tags, series').click();
    const sections = page.getByRole('region', { name: 'Sections' });
    await sections.getByLabel('Section name').fill('Housing');
    await sections.getByRole('button', { name: 'Create the section' }).click();
    await sections.getByText('The section is created.').waitFor();
    await sections.getByText('Housing /housing').waitFor();

    const tags = page.getByRole('region', { name: 'Tags' });
    await tags.getByLabel('New tag').fill('Rent strikes');
    await tags.getByRole('button', { name: 'Add the tag' }).click();
    await tags.getByText('Tag “Rent strikes” is ready to use.').waitFor();
    await tags.getByRole('list', { name: 'Tags' }).getByText('Rent strikes').waitFor();

    const listed = await newsroom.api('GET', `/sites/${enId}/sections`);
    expect(listed.body.map((section: { slug: string }) => section.slug)).toContain('housing');
    const tagged = await newsroom.api('GET', `/sites/${enId}/tags?q=Rent`);
    expect(tagged.body).toMatchObject([{ name: 'Rent strikes', slug: 'rent-strikes' }]);
  });

  it('changes the edition’s tagline, and readers see it', async () => {
    await sidebar('Edition settings').click();
    await page.getByRole('heading', { name: 'Edition settings', level: 1 }).waitFor();
    await page.getByLabel('Tagline').fill('News from the shop floor, every day');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('The edition settings are saved.').waitFor();
    await expect
      .poll(async () => (await readerPage(newsroom, '/en/')).html, { timeout: 10_000 })
      .toContain('News from the shop floor, every day');
  });

  it('shows an invalid setting next to its field and keeps what was typed', async () => {
    const supportLink = page.getByLabel('Support link');
    await supportLink.fill('support page on our site');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').getByText('Everything you typed is still here.').waitFor();
    expect(await supportLink.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await supportLink.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, 'the field names its error').toBeTruthy();
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(
      'must be an http(s) address',
    );
    expect(await supportLink.inputValue()).toBe('support page on our site');
    expect(await page.getByLabel('Tagline').inputValue()).toBe(
      'News from the shop floor, every day',
    );
    const site = await newsroom.api('GET', `/sites/${enId}`);
    expect(site.body.settings.supportUrl ?? null).toBeNull();
  });

  it('asks before the edition switcher leaves unsaved changes, and stays put when told to', async () => {
    // The support link above is still unsaved.
    const switcher = page.getByRole('combobox', { name: 'Edition' });
    const settingsUrl = page.url();
    const asked: string[] = [];
    const answer = (accept: boolean) => (dialog: Dialog) => {
      asked.push(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    };

    page.once('dialog', answer(false));
    await switcher.selectOption({ label: 'Méridien (fr-FR)' });
    expect(asked).toEqual(['You have unsaved changes. Leave this page and lose them?']);
    expect(await switcher.inputValue(), 'the switcher snaps back to this edition').toBe(enId);
    expect(
      await switcher.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).toBe('Meridian (en-US)');
    expect(page.url()).toBe(settingsUrl);
    expect(await page.getByLabel('Support link').inputValue()).toBe('support page on our site');
    await page.getByText('Unsaved changes', { exact: true }).waitFor();

    page.once('dialog', answer(true));
    await switcher.selectOption({ label: 'Méridien (fr-FR)' });
    await page.waitForURL(`**/#/sites/${frId}/articles`);
    expect(asked).toHaveLength(2);
    expect(await switcher.inputValue()).toBe(frId);
  });

  it('speaks Spanish when the interface language is switched to Español', async () => {
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('Español');
    await page.getByRole('heading', { name: 'Artículos', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Secciones de la redacción' });
    for (const label of [
      'Artículos',
      'Mediateca',
      'Colaboradores',
      'Ajustes de la edición',
      'Equipo',
    ]) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await page.getByRole('combobox', { name: 'Idioma de la interfaz' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    // It is the account's setting: it stays after a reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Artículos', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Artículo nuevo' }).click();
    await page.getByRole('textbox', { name: 'Título', exact: true }).waitFor();
    await page.getByRole('toolbar', { name: 'Formato' }).waitFor();

    await page.getByRole('combobox', { name: 'Idioma de la interfaz' }).selectOption('English');
    await page.getByRole('heading', { name: 'New article', level: 1 }).waitFor();
  });
});
