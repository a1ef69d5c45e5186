import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  type Credentials,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSite } from '../../../tests/helpers/factories.ts';
import { unwrap } from '../../core/result.ts';
import { IMAGE_LIMITS } from '../../media/image-processing.ts';
import type { Site } from '../../sites/site.ts';
import { UPLOAD_LIMIT } from './media.routes.ts';

/** A small JPEG with a GPS position in its EXIF, as phones write them. */
function photo(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '12/1 3/1 0/1' } })
    .toBuffer();
}

function png(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 4, background: '#0f0' } })
    .png()
    .toBuffer();
}

/** A valid 1×1 PNG whose header claims `width`×`height`: a decompression bomb's disguise. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const patched = Buffer.from(await png());
  patched.writeUInt32BE(width, 16);
  patched.writeUInt32BE(height, 20);
  patched.writeUInt32BE(crc32(patched.subarray(12, 29)), 29);
  return patched;
}

/** The multipart form the newsroom sends. */
function uploadForm(
  file: Buffer | string | null,
  fields: Record<string, string>,
  fileName = 'IMG_0042.JPG',
): FormData {
  const form = new FormData();
  if (typeof file === 'string') form.append('file', file);
  else if (file) form.append('file', new File([new Uint8Array(file)], fileName));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describeEachDialect('Admin API: media archive', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  let other: Site;
  let author: Awaited<ReturnType<typeof makeStaff>>;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx);
    other = await makeSite(t.ctx);
    author = await makeStaff(t.ctx, { roles: [[site, 'author']] });
  });
  afterEach(() => t.destroy());

  const upload = (as: Credentials, form: FormData) => api.call('POST', '/media', { as, form });

  it('archives an uploaded photo without its metadata, with credit and texts per language', async () => {
    const answer = await upload(
      author.as,
      uploadForm(await photo(), {
        siteId: site.id,
        credit: 'Ana Pérez / Meridiano',
        texts: JSON.stringify({
          'es-pe': { alt: 'Manifestantes en la plaza', caption: 'La marcha llegó.' },
          en: { alt: 'Protesters in the square' },
        }),
      }),
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      siteId: site.id,
      kind: 'image',
      originalName: 'IMG_0042.JPG',
      mimeType: 'image/jpeg',
      width: 64,
      height: 48,
      credit: 'Ana Pérez / Meridiano',
      uploadedBy: author.user.id,
      previewUrl: `/media/${answer.body.id}/64.jpg`,
    });
    expect(answer.body.texts).toEqual({
      'es-PE': { alt: 'Manifestantes en la plaza', caption: 'La marcha llegó.' },
      en: { alt: 'Protesters in the square', caption: '' },
    });
    expect(answer.body).not.toHaveProperty('storageKey');

    const stored = await t.ctx.media.repository.findById(answer.body.id);
    const bytes = await t.ctx.storage.get(stored?.storageKey ?? '');
    expect(bytes?.byteLength).toBe(answer.body.bytes);
    expect((await sharp(bytes ?? Buffer.alloc(0)).metadata()).exif).toBeUndefined();
  });

  it('judges an upload by its bytes: a PNG named .jpg is a PNG, a text file is refused', async () => {
    const really = await upload(author.as, uploadForm(await png(), { siteId: site.id }, 'a.jpg'));
    expect(really.status).toBe(201);
    expect(really.body.mimeType).toBe('image/png');

    const text = await upload(
      author.as,
      uploadForm(Buffer.from('<html>not an image</html>'), { siteId: site.id }, 'photo.jpg'),
    );
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('unsupported-media-type');
    const svg = await upload(
      author.as,
      uploadForm(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'),
        { siteId: site.id },
        'logo.png',
      ),
    );
    expect(svg.status).toBe(415);
    const json = await api.call('POST', '/media', {
      as: author.as,
      json: { file: 'aGVsbG8=', siteId: site.id },
    });
    expect(json.status).toBe(415);
    expect((await t.ctx.media.repository.search({ limit: 10, offset: 0 })).total).toBe(1);
  });

  it('takes a photo larger than the JSON body limit, and refuses a form past its own', async () => {
    const large = await sharp({
      create: {
        width: 1800,
        height: 1400,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 100 })
      .toBuffer();
    expect(large.byteLength).toBeGreaterThan(2 * 1024 * 1024);
    const taken = await upload(author.as, uploadForm(large, { siteId: site.id }, 'big.jpg'));
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ width: 1800, height: 1400 });

    // A small file with a field so long that the form passes the upload limit.
    const padded = await upload(
      author.as,
      uploadForm(await photo(), { siteId: site.id, credit: 'x'.repeat(UPLOAD_LIMIT) }),
    );
    expect(padded.status).toBe(413);
    expect(padded.body.error.code).toBe('too-large');
  });

  it('refuses a file over the size limit (413) and a decompression bomb (422)', async () => {
    const justOver = Buffer.alloc(IMAGE_LIMITS.bytes + 1, 0xff);
    const over = await upload(author.as, uploadForm(justOver, { siteId: site.id }));
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('too-large');
    // A body past the route's own limit is cut off before it is all read.
    const huge = Buffer.alloc(UPLOAD_LIMIT + 1024, 0xff);
    const refused = await upload(author.as, uploadForm(huge, { siteId: site.id }));
    expect(refused.status).toBe(413);
    expect(refused.body.error.code).toBe('too-large');

    const bomb = await upload(
      author.as,
      uploadForm(await pngClaiming(100_000, 100_000), { siteId: site.id }, 'bomb.png'),
    );
    expect(bomb.status).toBe(422);
    expect(bomb.body.error.issues).toEqual([
      expect.objectContaining({ path: 'file', code: 'issue.tooManyPixels' }),
    ]);
    expect(bomb.body.error.issues[0].message).toBe('is too large an image: at most 50 megapixels');
    expect((await t.ctx.media.repository.search({ limit: 10, offset: 0 })).total).toBe(0);
  });

  it('refuses an upload with fields missing or wrong, for another edition, or without a role', async () => {
    const image = await photo();
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const outsider = await makeStaff(t.ctx, { roles: [[other, 'translator']] });

    expect(issuesOf(await upload(author.as, uploadForm(null, {})))).toEqual({
      file: 'issue.required',
      siteId: 'issue.required',
    });
    expect(issuesOf(await upload(author.as, uploadForm('just text', { siteId: site.id })))).toEqual(
      { file: 'issue.wrongType' },
    );
    const badTag = await upload(
      author.as,
      uploadForm(image, {
        siteId: site.id,
        texts: JSON.stringify({ 'klingon!': { alt: 'x' } }),
      }),
    );
    expect(badTag.status).toBe(422);
    expect(issuesOf(badTag)).toEqual({ 'texts.klingon!': 'issue.languageTag' });
    expect(
      issuesOf(await upload(author.as, uploadForm(image, { siteId: site.id, texts: '{es:' }))),
    ).toEqual({ texts: 'issue.json' });
    expect(
      issuesOf(await upload(author.as, uploadForm(image, { siteId: site.id, texts: '"alt"' }))),
    ).toEqual({ texts: 'issue.wrongType' });
    expect(
      issuesOf(
        await upload(author.as, uploadForm(image, { siteId: site.id, credit: 'x'.repeat(301) })),
      ),
    ).toEqual({ credit: 'issue.tooLong' });

    expect((await upload(author.as, uploadForm(image, { siteId: other.id }))).status).toBe(403);
    expect((await upload(outsider.as, uploadForm(image, { siteId: site.id }))).status).toBe(403);
    expect(issuesOf(await upload(admin.as, uploadForm(image, { siteId: 'nowhere' })))).toEqual({
      siteId: 'issue.unknownEdition',
    });
    expect((await upload(null, uploadForm(image, { siteId: site.id }))).status).toBe(401);
    expect((await t.ctx.media.repository.search({ limit: 10, offset: 0 })).total).toBe(0);
  });

  it('takes uploads from a signed-in session only with its CSRF token', async () => {
    const editor = await makeStaff(t.ctx, {
      roles: [[site, 'editor']],
      email: 'editor@tribune.test',
      password: 'correct horse battery',
    });
    const session = await api.signIn('editor@tribune.test', 'correct horse battery');
    const form = () => uploadForm(null, {});
    const withoutCsrf = await upload({ ...session, sendCsrf: false }, form());
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.body.error.code).toBe('csrf');
    const image = await photo();
    const uploaded = await upload(session, uploadForm(image, { siteId: site.id }));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.uploadedBy).toBe(editor.user.id);
  });

  it('lists the archive newest first and finds images by name, credit, alt text or caption', async () => {
    const image = await png();
    const first = unwrap(
      await t.ctx.media.importImage(image, {
        originalName: 'plaza.png',
        credit: 'Ana Pérez',
        texts: { es: { alt: 'La Plaza San Martín', caption: '' } },
      }),
    );
    t.clock.advance(60_000);
    const second = unwrap(
      await t.ctx.media.importImage(image, {
        originalName: 'IMG_1.png',
        credit: 'Colectivo Sur',
        texts: { en: { alt: '', caption: 'Dockers on STRIKE in Santos' } },
      }),
    );
    t.clock.advance(60_000);
    const third = unwrap(await t.ctx.media.importImage(image, { originalName: '100%_real.png' }));
    const translator = await makeStaff(t.ctx, { roles: [[other, 'translator']] });
    const nobody = await makeStaff(t.ctx);

    const all = await api.get('/media', translator.as);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((m: { id: string }) => m.id)).toEqual([
      third.id,
      second.id,
      first.id,
    ]);
    expect(all.body.items[2]).toMatchObject({
      width: 8,
      height: 8,
      mimeType: 'image/png',
      credit: 'Ana Pérez',
      texts: { es: { alt: 'La Plaza San Martín', caption: '' } },
    });
    const search = async (q: string) =>
      (await api.get(`/media?q=${encodeURIComponent(q)}`, translator.as)).body.items.map(
        (m: { id: string }) => m.id,
      );
    expect(await search('PLAZA')).toEqual([first.id]);
    expect(await search('san martín')).toEqual([first.id]);
    expect(await search('colectivo')).toEqual([second.id]);
    expect(await search('strike in')).toEqual([second.id]);
    expect(await search('%')).toEqual([third.id]);
    expect(await search('nothing like it')).toEqual([]);
    const paged = await api.get('/media?perPage=2&page=2', translator.as);
    expect(paged.body).toMatchObject({ total: 3, items: [{ id: first.id }] });
    expect((await api.get('/media?page=-1', translator.as)).status).toBe(422);

    const one = await api.get(`/media/${second.id}`, translator.as);
    expect(one.status).toBe(200);
    expect(one.body.texts.en.caption).toBe('Dockers on STRIKE in Santos');
    expect((await api.get('/media/no-such-image', translator.as)).status).toBe(404);
    expect((await api.get('/media', nobody.as)).status).toBe(403);
    expect((await api.get(`/media/${first.id}`, nobody.as)).status).toBe(403);
  });

  it('lets the uploader and the edition’s editors change credit and texts, language by language', async () => {
    const mine = unwrap(
      await t.ctx.media.importImage(await png(), {
        siteId: site.id,
        uploadedBy: author.user.id,
        credit: 'Ana',
        texts: {
          es: { alt: 'Plaza', caption: 'Marcha' },
          en: { alt: 'Square', caption: 'March' },
          fr: { alt: 'Place', caption: '' },
        },
      }),
    );
    const otherAuthor = await makeStaff(t.ctx, { roles: [[site, 'author']] });
    const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
    const otherEditor = await makeStaff(t.ctx, { roles: [[other, 'editor']] });
    const admin = await makeStaff(t.ctx, { isNetworkAdmin: true });
    const updated: string[] = [];
    t.ctx.events.on('media.updated', ({ media }) => {
      updated.push(media.credit);
    });
    const path = `/media/${mine.id}`;

    const changed = await api.patch(path, author.as, {
      credit: 'Ana Pérez / Meridiano',
      texts: { es: { alt: 'La plaza', caption: 'La marcha' }, fr: null, 'pt-br': { alt: 'Praça' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.credit).toBe('Ana Pérez / Meridiano');
    expect(changed.body.texts).toEqual({
      es: { alt: 'La plaza', caption: 'La marcha' },
      en: { alt: 'Square', caption: 'March' },
      'pt-BR': { alt: 'Praça', caption: '' },
    });
    expect(updated).toEqual(['Ana Pérez / Meridiano']);
    const stored = await t.ctx.media.repository.findById(mine.id);
    expect(Object.keys(stored?.texts ?? {}).sort()).toEqual(['en', 'es', 'pt-BR']);

    const byEditor = await api.patch(path, editor.as, { credit: 'Meridiano' });
    expect(byEditor.status).toBe(200);
    expect(byEditor.body.texts.en.alt).toBe('Square');

    expect((await api.patch(path, otherAuthor.as, { credit: 'Me' })).status).toBe(403);
    expect((await api.patch(path, otherEditor.as, { credit: 'Me' })).status).toBe(403);
    const badTag = await api.patch(path, editor.as, { texts: { 'not a tag': { alt: 'x' } } });
    expect(badTag.status).toBe(422);
    expect(Object.keys(issuesOf(badTag))).toEqual(['texts.not a tag']);
    expect(issuesOf(await api.patch(path, editor.as, { credit: 7, texts: [] }))).toMatchObject({
      credit: 'issue.wrongType',
    });
    expect(
      issuesOf(await api.patch(path, editor.as, { texts: { es: { alt: 'x'.repeat(1001) } } })),
    ).toEqual({ 'texts.es.alt': 'issue.tooLong' });
    expect((await api.patch('/media/no-such-image', admin.as, { credit: 'X' })).status).toBe(404);
    expect((await t.ctx.media.repository.findById(mine.id))?.credit).toBe('Meridiano');
  });
});
