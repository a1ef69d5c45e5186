// The media library in Chromium on the demo network (SQLite): uploads by file picker and by
// drag and drop, no GPS position left in what is served, refusals, texts in two languages, search.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, sayIfNoChromium } from '../helpers/browser.ts';
import {
  DEMO_ADMIN,
  hasGpsPointer,
  type Newsroom,
  openNewsroom,
  pageErrors,
  signInThroughScreen,
  stepByStep,
  writeImage,
} from '../helpers/newsroom.ts';

sayIfNoChromium('Newsroom end-to-end tests');

describe.skipIf(!hasChromium)('The media library (newsroom in Chromium)', () => {
  let newsroom: Newsroom;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let mediaId: string;

  stepByStep();

  beforeAll(async () => {
    newsroom = await openNewsroom();
    context = await newsroom.newContext();
    page = await context.newPage();
    errors = pageErrors(page);
    await signInThroughScreen(page, newsroom, DEMO_ADMIN);
    await page.getByRole('link', { name: 'Media', exact: true }).click();
    await page.getByRole('heading', { name: 'Media library', level: 1 }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await newsroom?.close();
  });

  const uploads = () => page.getByRole('list', { name: 'Uploads' });
  const summary = () => page.getByRole('region', { name: 'Upload images' }).getByRole('status');

  it('uploads a phone photo through the file picker and serves it without its GPS position', async () => {
    const photo = await writeImage(newsroom, 'IMG_2041.jpg', { gps: true, width: 640 });
    const original = await readFile(photo);
    expect(hasGpsPointer((await sharp(original).metadata()).exif), 'the photo has GPS').toBe(true);

    await page.getByLabel('Choose images to upload').setInputFiles(photo);
    await summary().filter({ hasText: 'Upload finished. Uploaded: 1. Refused: 0.' }).waitFor();
    await uploads()
      .getByRole('listitem')
      .filter({ hasText: 'IMG_2041.jpg' })
      .getByText('Uploaded')
      .waitFor();

    const found = await newsroom.api('GET', '/media?q=IMG_2041');
    expect(found.status).toBe(200);
    const items = found.body.items ?? found.body;
    expect(items).toHaveLength(1);
    mediaId = items[0].id;
    expect(items[0]).toMatchObject({ width: 640, height: 320, mimeType: 'image/jpeg' });

    // What readers' browsers get, at every width the reader pages ask for.
    for (const file of ['640.jpg', '320.jpg', '640.webp']) {
      const response = await fetch(`${newsroom.server.url}/media/${mediaId}/${file}`);
      expect(response.status, file).toBe(200);
      const served = Buffer.from(await response.arrayBuffer());
      const metadata = await sharp(served).metadata();
      expect(metadata.exif, `${file} has no EXIF`).toBeUndefined();
      expect(hasGpsPointer(metadata.exif)).toBe(false);
      expect(served.includes(Buffer.from('Secret Photographer'))).toBe(false);
    }
    // And the original the server keeps.
    const stored = await newsroom.server.ctx.storage.get(
      (await newsroom.server.ctx.media.repository.findById(mediaId))?.storageKey ?? '',
    );
    expect(stored).not.toBeNull();
    expect((await sharp(stored ?? Buffer.alloc(0)).metadata()).exif).toBeUndefined();
  });

  it('uploads an image dropped onto the upload zone', async () => {
    const bytes = await readFile(
      await writeImage(newsroom, 'dropped-banner.png', { format: 'png' }),
    );
    const transfer = await page.evaluateHandle(
      (data) => {
        const files = new DataTransfer();
        files.items.add(
          new File([new Uint8Array(data)], 'dropped-banner.png', { type: 'image/png' }),
        );
        return files;
      },
      [...bytes],
    );
    const zone = page.locator('.drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.getByText('Let go to upload these files.').waitFor();
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await summary().filter({ hasText: 'Upload finished. Uploaded: 1. Refused: 0.' }).waitFor();
    await uploads()
      .getByRole('listitem')
      .filter({ hasText: 'dropped-banner.png' })
      .getByText('Uploaded')
      .waitFor();
    const found = await newsroom.api('GET', '/media?q=dropped-banner');
    expect((found.body.items ?? found.body)[0]).toMatchObject({ mimeType: 'image/png' });
  });

  it('refuses a text file named .jpg, saying why', async () => {
    await page.getByLabel('Choose images to upload').setInputFiles({
      name: 'minutes.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('Minutes of the union meeting, not a picture at all.\n'),
    });
    await summary().filter({ hasText: 'Upload finished. Uploaded: 0. Refused: 1.' }).waitFor();
    const refusal = uploads().getByRole('listitem').filter({ hasText: 'minutes.jpg' });
    expect(await refusal.textContent()).toContain(
      'Refused: This file is not an image the library takes (JPEG, PNG, WebP, AVIF or GIF), whatever its name says.',
    );
    const found = await newsroom.api('GET', '/media?q=minutes');
    expect(found.body.items ?? found.body).toHaveLength(0);
  });

  it('describes the photo in two languages, and search finds it by either', async () => {
    const card = page
      .getByRole('list', { name: 'Images in the archive' })
      .getByRole('listitem')
      .filter({ hasText: 'IMG_2041.jpg' });
    await card.getByRole('button', { name: /^Describe\b/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Describe IMG_2041.jpg' });
    const english = dialog.getByRole('group', { name: 'English (en) — the edition’s language' });
    await english.getByLabel('Alt text').fill('Dock workers link arms at the port gate');
    await english.getByLabel('Caption').fill('The picket at the port gate, Tuesday morning.');
    await dialog.getByLabel('Add another language').fill('es');
    await dialog.getByRole('button', { name: 'Add the language' }).click();
    const spanish = dialog.getByRole('group', { name: 'Spanish (es)' });
    await spanish.getByLabel('Alt text').fill('Estibadores abrazados en el portón del puerto');
    await spanish
      .getByLabel('Caption')
      .fill('El piquete en el portón del puerto, el martes a la mañana.');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByText('The image’s details are saved.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const media = await newsroom.api('GET', `/media/${mediaId}`);
    expect(media.body.texts).toMatchObject({
      en: {
        alt: 'Dock workers link arms at the port gate',
        caption: 'The picket at the port gate, Tuesday morning.',
      },
      es: {
        alt: 'Estibadores abrazados en el portón del puerto',
        caption: 'El piquete en el portón del puerto, el martes a la mañana.',
      },
    });

    const search = page.getByRole('searchbox', { name: 'Search the images' });
    const results = page.getByRole('list', { name: 'Images in the archive' }).getByRole('listitem');
    for (const words of ['estibadores', 'picket port']) {
      await search.fill(words);
      await page.getByRole('status').filter({ hasText: 'Images found: 1' }).waitFor();
      await results.filter({ hasText: 'IMG_2041.jpg' }).waitFor();
      expect(await results.count()).toBe(1);
    }
    await search.fill('no such picture anywhere');
    await page.getByText('No image matches this search.').waitFor();
    expect(errors).toEqual([]);
  });
});
