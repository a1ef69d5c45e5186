// The Webhooks screen of the newsroom, in Chromium against the demo network on SQLite with its
// background jobs running (as `tribune serve` does): an endpoint is added, its secret shown
// once, a test ping reaches a real local receiver signed with that secret and the delivery log
// shows its 200; the receiver then fails, a redelivery shows the failure; axe, light and dark.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  addStaff,
  contextAs,
  DEMO_ADMIN,
  type Newsroom,
  openNewsroom,
  pageErrors,
  type StorageState,
  signInThroughScreen,
  stepByStep,
} from '../helpers/newsroom.ts';
import {
  type Receiver,
  startReceiver,
  verifyTribuneSignature,
} from '../helpers/webhook-receiver.ts';

sayIfNoChromium('Newsroom end-to-end tests');

const DESCRIPTION = 'Newsletter tool (test receiver)';

describe.skipIf(!hasChromium)('The Webhooks screen (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let receiver: Receiver;
  let admin: StorageState;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let enId: string;
  let endpointUrl: string;
  let secret: string;
  let webhookId: string;
  let deliveryId: string;

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    // Deliveries are sent by background jobs, which `tribune serve` runs.
    newsroom.server.ctx.jobs.start();
    receiver = await startReceiver(() => ({ status: 200, body: 'thanks' }));
    endpointUrl = `${receiver.url}/tribune-hooks`;
    enId = (await newsroom.site('en')).id;
    context = await newsroom.newContext({ bypassCSP: true });
    page = await context.newPage();
    errors = pageErrors(page);
    await signInThroughScreen(page, newsroom, DEMO_ADMIN);
    admin = await context.storageState();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await newsroom?.close();
    await receiver?.close();
  });

  /** The texts of a table row's own cells. */
  const cells = (row: Locator) => row.locator(':scope > th, :scope > td').allTextContents();
  /** The endpoints table's row of one endpoint, by its address. */
  const endpointRow = (url: string) =>
    page.locator('.webhook-table tbody tr').filter({ hasText: url });
  /** The delivery log's row of one delivery, by its id (the Tribune-Delivery header). */
  const logRow = (id: string) =>
    page
      .locator('.delivery-table tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: id }) });

  it('opens from the edition’s sidebar, after Staff', async () => {
    const links = page.getByRole('navigation', { name: 'Newsroom sections' }).getByRole('link');
    const names = await links.allInnerTexts();
    expect(names.indexOf('Webhooks')).toBe(names.indexOf('Staff') + 1);
    await links.filter({ hasText: 'Webhooks' }).click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    expect(page.url()).toContain(`#/sites/${enId}/webhooks`);
    await page.getByText('This edition sends no webhooks yet.').waitFor();
  });

  it('keeps what was typed and shows the API’s field errors next to the fields', async () => {
    await page.getByLabel('Address (URL)').fill('ftp://files.example/hooks');
    const events = page.getByRole('group', { name: 'Events' });
    // A new endpoint starts with the article events ticked: none at all is refused.
    for (const name of ['Article published', 'Article updated', 'Article unpublished']) {
      await events.getByRole('checkbox', { name }).uncheck();
    }
    await page.getByRole('button', { name: 'Add the endpoint' }).click();
    const url = page.getByRole('textbox', { name: 'Address (URL)' });
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('webhook-url');
    expect(await url.inputValue()).toBe('ftp://files.example/hooks');
    expect(await events.locator('.error').count()).toBe(1);
    expect(
      await events
        .getByRole('checkbox', { name: 'Article published' })
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('adds an endpoint and shows its signing secret once, with how to check the signature', async () => {
    await page.getByLabel('Address (URL)').fill(endpointUrl);
    await page.getByLabel('Description').fill(DESCRIPTION);
    const events = page.getByRole('group', { name: 'Events' });
    await events.getByRole('checkbox', { name: 'Article published' }).check();
    await events.getByRole('checkbox', { name: 'Translation published' }).check();
    await page.getByRole('button', { name: 'Add the endpoint' }).click();

    const panel = page.getByRole('region', { name: `The signing secret of ${endpointUrl}` });
    await panel.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`The signing secret of ${endpointUrl}`);
    secret = await panel.getByRole('textbox', { name: 'Secret' }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await panel.textContent()).toContain('Tribune-Signature');

    const listed = await newsroom.api('GET', `/sites/${enId}/webhooks`);
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(1);
    webhookId = listed.body[0].id;
    expect(listed.body[0]).toMatchObject({
      url: endpointUrl,
      description: DESCRIPTION,
      events: ['article.published', 'translation.published'],
      active: true,
      secretHint: secret.slice(-4),
    });
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    await panel.getByRole('button', { name: 'I have copied it' }).click();
    await panel.waitFor({ state: 'detached' });
    const [endpoint, , state, last] = await cells(endpointRow(endpointUrl));
    expect(endpoint).toContain(DESCRIPTION);
    expect(endpoint).toContain(`Secret ends in ${secret.slice(-4)}`);
    expect(state).toBe('Active');
    expect(last).toBe('None yet');
  });

  it('sends a test ping that reaches the receiver, signed with that secret; the log shows 200', async () => {
    await endpointRow(endpointUrl)
      .getByRole('button', { name: /^Send a test/ })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `Test ping to ${endpointUrl}: Delivered (HTTP 200).` })
      .waitFor();

    expect(receiver.received).toHaveLength(1);
    const [ping] = receiver.received;
    expect(ping?.path).toBe('/tribune-hooks');
    expect(ping?.headers['tribune-event']).toBe('ping');
    expect(
      verifyTribuneSignature(secret, ping?.headers['tribune-signature'], ping?.body ?? ''),
      'the signature checks out with the secret the screen showed',
    ).not.toBeNull();
    deliveryId = String(ping?.headers['tribune-delivery']);

    await page.getByRole('heading', { name: `Delivery log of ${endpointUrl}`, level: 2 }).waitFor();
    const row = logRow(deliveryId);
    expect((await cells(row)).slice(1, 6)).toEqual([
      'ping',
      deliveryId,
      'Delivered',
      '1',
      'HTTP 200',
    ]);
    const endpoint = endpointRow(endpointUrl);
    await endpoint.getByText('HTTP 200').waitFor();
    expect((await cells(endpoint))[3]).toMatch(/^Delivered.*HTTP 200$/);

    await row.getByRole('button', { name: /^Details/ }).click();
    const details = page.locator('.delivery-details');
    await details.getByText('"event": "ping"').waitFor();
    expect(await details.textContent()).toContain('thanks');
  });

  it('redelivers when the receiver fails, and the log shows the failure', async () => {
    receiver.answerWith(() => ({ status: 500, body: 'down for maintenance' }));
    await logRow(deliveryId)
      .getByRole('button', { name: /^Redeliver/ })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `Test ping to ${endpointUrl}: Failed (HTTP 500).` })
      .waitFor();

    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.headers['tribune-delivery']).toBe(deliveryId);
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
    expect((await cells(logRow(deliveryId))).slice(3, 6)).toEqual(['Failed', '2', 'HTTP 500']);
    const tries = page.getByRole('table', { name: `Tries of delivery ${deliveryId}` });
    await tries.getByText('down for maintenance').waitFor();
    const [first, second] = await tries.locator('tbody tr').all();
    expect(first && (await cells(first))[2]).toBe('HTTP 200');
    expect(second && (await cells(second))[2]).toBe('HTTP 500');
    expect(second && (await cells(second))[4]).toBe('down for maintenance');

    const log = await newsroom.api('GET', `/webhooks/${webhookId}/deliveries`);
    expect(log.body.items[0]).toMatchObject({
      id: deliveryId,
      status: 'failed',
      lastStatusCode: 500,
    });
    expect(errors, 'uncaught errors in the newsroom').toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the log and a dialog open (${colorScheme})`, async () => {
      const themed = await newsroom.newContext({
        storageState: admin,
        colorScheme,
        bypassCSP: true,
      });
      try {
        const tab = await themed.newPage();
        const tabErrors = pageErrors(tab);
        await tab.goto(newsroom.url(`/sites/${enId}/webhooks`));
        await tab
          .locator('.webhook-table tbody tr')
          .getByRole('button', { name: /^Delivery log/ })
          .click();
        await tab
          .getByRole('button', { name: /^Details/ })
          .first()
          .click();
        await tab.locator('.delivery-details pre').last().waitFor();
        const violations = describeViolations(`${colorScheme} webhooks`, await axeViolations(tab));
        await tab.locator('.webhook-table tbody tr').getByRole('button', { name: /^Edit/ }).click();
        await tab.getByRole('dialog', { name: `Change the endpoint ${endpointUrl}` }).waitFor();
        violations.push(
          ...describeViolations(`${colorScheme} webhooks, edit dialog`, await axeViolations(tab)),
        );
        expect(violations).toEqual([]);
        expect(tabErrors).toEqual([]);
      } finally {
        await themed.close();
      }
    });
  }

  it('tells staff without the right to manage webhooks that they are not allowed', async () => {
    const editor = await addStaff(newsroom, { name: 'Eda Editor', roles: [['en', 'editor']] });
    const asEditor = await contextAs(newsroom, editor);
    try {
      const tab = await asEditor.newPage();
      await tab.goto(newsroom.url(`/sites/${enId}/webhooks`));
      await tab.getByRole('alert').filter({ hasText: 'You are not allowed to do this.' }).waitFor();
      expect(await tab.getByRole('button', { name: 'Add the endpoint' }).count()).toBe(0);
    } finally {
      await asEditor.close();
    }
  });
});
