import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEMO_PALETTES, DEMO_SCENES } from './content/types.ts';
import { portraitSvg, renderPortraitJpeg, renderSceneJpeg, sceneSvg } from './images.ts';

function expectJpeg(buf: Buffer): void {
  expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  expect(buf.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
}

describe('renderSceneJpeg', () => {
  it.each(DEMO_SCENES)('renders %s as a JPEG of the requested size', async (scene) => {
    const palette = DEMO_PALETTES[DEMO_SCENES.indexOf(scene) % DEMO_PALETTES.length]!;
    const buf = await renderSceneJpeg({ scene, palette, seed: 7 }, 480, 270);
    expectJpeg(buf);
    const meta = await sharp(buf).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBe(480);
    expect(meta.height).toBe(270);
    expect(meta.isProgressive).toBe(true);
  });

  it('renders the default 1600×900 and other aspect ratios exactly', async () => {
    const wide = await sharp(
      await renderSceneJpeg({ scene: 'port', palette: 'dawn', seed: 1 }),
    ).metadata();
    expect([wide.width, wide.height]).toEqual([1600, 900]);
    const square = await sharp(
      await renderSceneJpeg({ scene: 'bicycle', palette: 'night', seed: 2 }, 300, 300),
    ).metadata();
    expect([square.width, square.height]).toEqual([300, 300]);
  });
});

describe('sceneSvg', () => {
  it('is deterministic for a seed and varies between seeds', () => {
    for (const scene of DEMO_SCENES) {
      const a = sceneSvg({ scene, palette: 'day', seed: 3 }, 1600, 900);
      expect(sceneSvg({ scene, palette: 'day', seed: 3 }, 1600, 900)).toBe(a);
      expect(sceneSvg({ scene, palette: 'day', seed: 4 }, 1600, 900)).not.toBe(a);
    }
  });

  it('uses the palette colours', () => {
    const day = sceneSvg({ scene: 'city', palette: 'day', seed: 1 }, 1600, 900);
    const night = sceneSvg({ scene: 'city', palette: 'night', seed: 1 }, 1600, 900);
    expect(day).toContain('#4f9fe0');
    expect(night).toContain('#0a1230');
  });

  it('is a complete SVG document of reasonable size in every palette', () => {
    for (const scene of DEMO_SCENES) {
      for (const palette of DEMO_PALETTES) {
        for (const seed of [1, 2, 3]) {
          const svg = sceneSvg({ scene, palette, seed }, 1600, 900);
          expect(
            svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"'),
          ).toBe(true);
          expect(svg.endsWith('</svg>')).toBe(true);
          expect(svg).not.toMatch(/NaN|undefined|Infinity/);
          expect(svg.length).toBeLessThan(60_000);
        }
      }
    }
  });

  it('refuses impossible sizes', () => {
    expect(() => sceneSvg({ scene: 'sea', palette: 'sea', seed: 1 }, 0, 900)).toThrow(RangeError);
    expect(() => sceneSvg({ scene: 'sea', palette: 'sea', seed: 1 }, 1600.5, 900)).toThrow(
      RangeError,
    );
  });
});

describe('portraits', () => {
  it('renders a person and an organisation as square JPEGs', async () => {
    for (const kind of ['person', 'organisation'] as const) {
      const buf = await renderPortraitJpeg('Rosa Quispe', kind, 11, 240);
      expectJpeg(buf);
      const meta = await sharp(buf).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.width, meta.height]).toEqual([240, 240]);
    }
    const meta = await sharp(await renderPortraitJpeg('Ana Lima', 'person', 1)).metadata();
    expect([meta.width, meta.height]).toEqual([600, 600]);
  });

  it('is deterministic and the seed changes the colours', () => {
    const a = portraitSvg('Rosa Quispe', 'person', 5, 600);
    expect(portraitSvg('Rosa Quispe', 'person', 5, 600)).toBe(a);
    expect(portraitSvg('Rosa Quispe', 'person', 6, 600)).not.toBe(a);
  });

  it('puts no text in a person portrait but the accessible name', () => {
    expect(portraitSvg('Rosa Quispe', 'person', 5, 600)).not.toContain('<text');
  });

  // The rule: the first letters of the significant words, at most three, minor words
  // ("de", "del", "of", "the", "des", "und"…) skipped; a lone acronym keeps its letters.
  it.each([
    ['Federación de Trabajadores Portuarios del Callao', 'FTP'],
    ['Union of the Night Nurses', 'UNN'],
    ['Collectif des Cheminots', 'CC'],
    ['Sindicato dos Professores', 'SP'],
    ['Verband der Zusteller und Kuriere', 'VZK'],
    ["Comité d'Écoute", 'CÉ'],
    ['Meridiano', 'M'],
    ['CGTM', 'CGT'],
  ])('gives %s the initials %s', (name, initials) => {
    const svg = portraitSvg(name, 'organisation', 3, 600);
    expect(svg).toContain(`>${initials}</text>`);
  });

  it('escapes text in names', () => {
    const svg = portraitSvg('Tom <&"> Union', 'organisation', 1, 600);
    expect(svg).not.toContain('<&');
    expect(svg).toContain('Tom &lt;&amp;&quot;&gt; Union');
    expect(svg).toContain('>TU</text>');
    expect(portraitSvg('A <b>"x"</b> & co', 'person', 1, 600)).toContain(
      'A &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; co',
    );
  });

  it('renders an escaped name to a JPEG without failing', async () => {
    const buf = await renderPortraitJpeg('<&"> Coop', 'organisation', 2, 120);
    expectJpeg(buf);
  });
});
