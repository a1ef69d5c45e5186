import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { unwrap } from '../core/result.ts';

/** A small JPEG taken "sideways", with a photographer's name and a GPS position in its EXIF. */
async function protestPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'Secret Photographer' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '12/1 3/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '77/1 9/1 0/1',
      },
    })
    .toBuffer();
}

/** True when EXIF holds the GPS IFD pointer (tag 0x8825), in either byte order. */
function hasGpsPointer(exif: Buffer | undefined): boolean {
  return (
    !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])))
  );
}

/** A valid 1×1 PNG whose header claims `width`×`height`: a decompression bomb's disguise. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  const patched = Buffer.from(png);
  // IHDR data starts after the 8-byte signature, 4-byte length and 4-byte type.
  patched.writeUInt32BE(width, 16);
  patched.writeUInt32BE(height, 20);
  patched.writeUInt32BE(crc32(patched.subarray(12, 29)), 29);
  return patched;
}

describeEachDialect('media', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.destroy());

  it('stores a photo upright, without its EXIF or GPS position, with texts per language', async () => {
    const original = await protestPhoto();
    const before = await sharp(original).metadata();
    expect(hasGpsPointer(before.exif)).toBe(true);

    const media = unwrap(
      await t.ctx.media.importImage(original, {
        originalName: 'IMG_0042.JPG',
        credit: 'Ana Pérez',
        texts: {
          es: { alt: 'Manifestantes en la plaza', caption: 'La marcha llegó a la plaza.' },
          en: { alt: 'Protesters in the square', caption: 'The march reached the square.' },
        },
      }),
    );
    expect(media).toMatchObject({
      mimeType: 'image/jpeg',
      width: 48,
      height: 64,
      credit: 'Ana Pérez',
    });
    expect(media.storageKey).toMatch(/^images\/2026\/03\/[0-9a-f-]{36}\.jpg$/);

    const stored = await t.ctx.storage.get(media.storageKey);
    const after = await sharp(stored ?? Buffer.alloc(0)).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(stored?.includes(Buffer.from('Secret Photographer'))).toBe(false);
    expect(media.bytes).toBe(stored?.byteLength);

    const loaded = await t.ctx.media.repository.findById(media.id);
    expect(loaded?.texts.es).toEqual({
      alt: 'Manifestantes en la plaza',
      caption: 'La marcha llegó a la plaza.',
    });
    expect(loaded?.texts.en?.caption).toBe('The march reached the square.');
  });

  it('judges a file by its bytes, not its name', async () => {
    const text = Buffer.from('<html>not an image</html>');
    expect(await t.ctx.media.importImage(text, { originalName: 'photo.jpg' })).toEqual({
      ok: false,
      error: { type: 'not-an-image' },
    });
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    expect(await t.ctx.media.importImage(svg, { originalName: 'logo.png' })).toEqual({
      ok: false,
      error: { type: 'unsupported-format', format: 'svg' },
    });
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#0f0' } })
      .png()
      .toBuffer();
    const stored = unwrap(await t.ctx.media.importImage(png, { originalName: 'really-a-png.jpg' }));
    expect(stored.mimeType).toBe('image/png');
    expect(stored.storageKey.endsWith('.png')).toBe(true);
  });

  it('refuses a decompression bomb by its header, before decoding it', async () => {
    const bomb = await pngClaiming(100_000, 100_000);
    expect(await t.ctx.media.importImage(bomb, {})).toEqual({
      ok: false,
      error: { type: 'too-many-pixels', pixels: 10_000_000_000, limit: 50_000_000 },
    });
    const count = await t.ctx.db
      .selectFrom('media')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it('refuses a file over the size limit and texts in no language', async () => {
    const huge = Buffer.alloc(26 * 1024 * 1024);
    expect(await t.ctx.media.importImage(huge, {})).toMatchObject({
      ok: false,
      error: { type: 'too-large' },
    });
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#00f' } })
      .png()
      .toBuffer();
    const bad = await t.ctx.media.importImage(png, {
      texts: { 'klingon!': { alt: 'x', caption: '' } },
    });
    expect(bad).toMatchObject({ ok: false, error: { type: 'invalid' } });
  });
});
