// The machine translation settings in the newsroom, in Chromium on the demo network (SQLite):
// off by default, saying which environment variables switch it on; on with a LibreTranslate
// (a local server replaying recorded answers), with its languages, or what went wrong asking
// for them; network admins only; axe, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  addStaff,
  contextAs,
  type Newsroom,
  openNewsroom,
  pageErrors,
} from '../helpers/newsroom.ts';
import { loadExchange, type ReplayServer, startReplayServer } from '../helpers/replay-server.ts';

sayIfNoChromium('Newsroom end-to-end tests');

const VARIABLES = ['TRIBUNE_MT_PROVIDER', 'TRIBUNE_MT_URL', 'TRIBUNE_MT_API_KEY'];

describe.skipIf(!hasChromium)('Machine translation settings, off (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let enId: string;

  beforeAll(async () => {
    newsroom = await openNewsroom();
    enId = (await newsroom.site('en')).id;
  }, 120_000);

  afterAll(() => newsroom?.close());

  it('says it is off and which environment variables switch it on', async () => {
    const admin = await addStaff(newsroom, { name: 'Nora Network', isNetworkAdmin: true });
    const context = await contextAs(newsroom, admin);
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(newsroom.url(`/sites/${enId}/articles`));
      await page
        .getByRole('navigation', { name: 'Newsroom sections' })
        .getByRole('link', { name: 'Machine translation' })
        .click();
      await page.getByRole('heading', { name: 'Machine translation', level: 1 }).waitFor();
      const state = page.getByRole('region', { name: 'State' });
      await state.getByText('Off', { exact: true }).waitFor();
      await state
        .getByText('No service is configured, so the newsroom offers no machine drafts.')
        .waitFor();
      const how = page.getByRole('region', { name: 'Switching it on or off' });
      await how.getByText('This cannot be changed from the newsroom', { exact: false }).waitFor();
      expect(await how.locator('dt code').allTextContents()).toEqual(VARIABLES);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is for network admins only: no entry in an editor’s sidebar, and a word if they come', async () => {
    const editor = await addStaff(newsroom, { name: 'Eli Editor', roles: [['en', 'editor']] });
    const context = await contextAs(newsroom, editor);
    try {
      const page = await context.newPage();
      await page.goto(newsroom.url(`/sites/${enId}/articles`));
      const nav = page.getByRole('navigation', { name: 'Newsroom sections' });
      await nav.getByRole('link', { name: 'Glossary' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Machine translation' }).count()).toBe(0);
      await page.goto(newsroom.url(`/sites/${enId}/machine-translation`));
      await page
        .getByRole('alert')
        .filter({ hasText: 'Only network admins see the machine translation settings.' })
        .waitFor();
      expect(await page.getByRole('region', { name: 'Switching it on or off' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(!hasChromium)('Machine translation settings, on (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let service: ReplayServer;
  let enId: string;

  beforeAll(async () => {
    service = await startReplayServer();
    newsroom = await openNewsroom({
      machineTranslation: { provider: 'libretranslate', url: service.url, apiKey: 'lt-test-key' },
    });
    enId = (await newsroom.site('en')).id;
  }, 120_000);

  afterAll(async () => {
    await newsroom?.close();
    await service?.close();
  });

  it('shows the service, and what went wrong when it would not list its languages', async () => {
    const admin = await addStaff(newsroom, { name: 'Nico Network', isNetworkAdmin: true });
    const context = await contextAs(newsroom, admin);
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      // Nothing is played yet: the service answers every request with an error.
      await page.goto(newsroom.url(`/sites/${enId}/machine-translation`));
      const state = page.getByRole('region', { name: 'State' });
      await state.getByText('On', { exact: true }).waitFor();
      await state.getByText('LibreTranslate', { exact: true }).waitFor();
      await state.getByText('In the server’s environment').waitFor();
      await state
        .getByText('The service did not say which languages it knows:', { exact: false })
        .waitFor();

      service.play(loadExchange('libretranslate', 'languages'));
      await page.reload();
      const languages = page.getByRole('table', {
        name: 'Languages the machine translation service knows',
      });
      await languages.getByRole('rowheader', { name: 'es' }).waitFor();
      expect(await languages.getByRole('rowheader').allTextContents()).toEqual([
        'en',
        'es',
        'pt',
        'pb',
        'zh-Hans',
      ]);
      await page.getByRole('heading', { name: 'Languages of the service (5)' }).waitFor();
      expect(await state.getByText('did not say', { exact: false }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${colorScheme})`, async () => {
      const admin = await addStaff(newsroom, { name: `Axe ${colorScheme}`, isNetworkAdmin: true });
      const context = await contextAs(newsroom, admin, { colorScheme, bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.goto(newsroom.url(`/sites/${enId}/machine-translation`));
        await page.getByRole('table').getByRole('rowheader', { name: 'es' }).waitFor();
        const violations = describeViolations(
          `${colorScheme} machine translation`,
          await axeViolations(page),
        );
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
