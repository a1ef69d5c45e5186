/*
 * The demo network's illustrations: flat editorial drawings of the scenes in DEMO_SCENES, in
 * the DEMO_PALETTES colours, written as SVG and rasterised with sharp; and the portraits of
 * the demo contributors (a bust silhouette for a person, an emblem with initials for an
 * organisation). Everything is deterministic: the same spec and seed give the same picture.
 * The scenes themselves live in ./images/ (kit.ts holds the shared drawing tools).
 */
import sharp from 'sharp';
import type { DemoImage, DemoScene } from './content/types.ts';
import { city, hospital, houses, parliament, train } from './images/buildings.ts';
import { books, cinema, classroom } from './images/interiors.ts';
import {
  type Ctx,
  circle,
  ellipse,
  escapeXml,
  hashString,
  hsl,
  mix,
  n,
  PALETTES,
  path,
  Rng,
  rect,
  VH,
} from './images/kit.ts';
import { factory, fields, mountains, port, sea } from './images/landscapes.ts';
import { bicycle, crowd, music } from './images/people.ts';

const SCENES: Record<DemoScene, (ctx: Ctx) => string> = {
  port,
  crowd,
  city,
  classroom,
  hospital,
  bicycle,
  factory,
  mountains,
  train,
  houses,
  books,
  cinema,
  music,
  parliament,
  sea,
  fields,
};

const MAX_SIDE = 8000;

function checkSize(label: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > MAX_SIDE) {
    throw new RangeError(`${label} must be an integer between 1 and ${MAX_SIDE}, got ${value}`);
  }
}

/**
 * A complete SVG document drawing the scene, width × height pixels. The drawing space is 900
 * units high and as wide as the aspect ratio asks, so nothing is stretched.
 */
export function sceneSvg(
  spec: Pick<DemoImage, 'scene' | 'palette' | 'seed'>,
  width: number,
  height: number,
): string {
  checkSize('width', width);
  checkSize('height', height);
  const draw = SCENES[spec.scene];
  const p = PALETTES[spec.palette];
  if (!draw) throw new RangeError(`Unknown demo scene: ${spec.scene}`);
  if (!p) throw new RangeError(`Unknown demo palette: ${spec.palette}`);
  const W = Math.max(200, Math.round((VH * width) / height));
  // The palette does not enter the seed: the same seed gives the same composition in any colours.
  const rng = new Rng((hashString(spec.scene) ^ Math.imul(spec.seed | 0, 0x9e3779b1)) >>> 0);
  const ctx: Ctx = { rng, p, W, defs: [] };
  const body = draw(ctx);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${VH}" preserveAspectRatio="xMidYMid slice"><defs>${ctx.defs.join('')}</defs>${body}</svg>`;
}

/** The scene as a progressive JPEG of exactly width × height pixels. */
export async function renderSceneJpeg(
  spec: Pick<DemoImage, 'scene' | 'palette' | 'seed'>,
  width = 1600,
  height = 900,
): Promise<Buffer> {
  const svg = sceneSvg(spec, width, height);
  return sharp(Buffer.from(svg))
    .resize(width, height, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, progressive: true })
    .toBuffer();
}

// ---------------------------------------------------------------- portraits

/** Words that do not give an initial, in the demo's languages. */
const MINOR_WORDS = new Set(
  (
    'a an and at for in of on the to ' + // en
    'al con de del e el en la las lo los para por y ' + // es
    'as com da das do dos em na nas no nos o os ' + // pt
    'au aux d des du et l le les pour sur à ' + // fr
    'am dem den der die das für im und vom von zu zum zur'
  ) // de
    .split(' '),
);

/**
 * The initials of an organisation: the first letters of its significant words (minor words
 * such as "de", "of", "the", "des", "und" skipped), at most three. A name that is a single
 * acronym ("CGT") keeps up to three of its letters.
 */
function initialsOf(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const significant = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  const first = significant[0];
  if (significant.length === 1 && first && first.length <= 4 && first === first.toUpperCase()) {
    return Array.from(first).slice(0, 3).join('');
  }
  const letters = (significant.length ? significant : words).map((w) => Array.from(w)[0] ?? '');
  return letters.slice(0, 3).join('').toUpperCase() || '?';
}

function personBust(rng: Rng, bg: string, hue: number): string {
  const ink = hsl(hue, 0.3, 0.22);
  const cloth = mix(ink, bg, 0.22);
  let out = '';
  const hair = rng.int(0, 5);
  // long hair falls behind the head, to the shoulders
  if (hair === 1) out += path('M31 44Q30 20 50 20Q70 20 69 44L72 72L28 72Z', ink);
  if (hair === 5) out += ellipse(66, 40, 8, 14, ink);
  out += path('M12 100L14 86Q17 70 36 67L64 67Q83 70 86 86L88 100Z', cloth);
  out += path('M42 67L50 80L58 67Z', mix(bg, '#ffffff', 0.5));
  out += rect(43, 54, 14, 15, ink);
  out += ellipse(50, 42, 15.5, 18.5, ink);
  if (hair === 0) out += path('M34 40Q33 22 50 22Q67 22 66 40Q60 30 50 31Q40 30 34 40Z', ink);
  if (hair === 2) out += circle(50, 21, 8, ink);
  if (hair === 3) {
    for (const [x, y] of [
      [37, 30],
      [43, 25],
      [50, 23],
      [57, 25],
      [63, 30],
      [66, 37],
      [34, 37],
    ] as const) {
      out += circle(x, y, 7, ink);
    }
  }
  if (rng.chance(0.3)) {
    // glasses catch the light
    const glass = mix(bg, '#ffffff', 0.35);
    out += `<g fill="none" stroke="${glass}" stroke-width="1.6">${circle(44, 43, 5, 'none')}${circle(56, 43, 5, 'none')}<path d="M49 43L51 43"/></g>`;
  }
  return out;
}

function emblem(rng: Rng, name: string, hue: number): string {
  const paper = hsl(hue, 0.3, 0.95);
  const ink = hsl(hue, 0.55, 0.28);
  const initials = initialsOf(name);
  const letters = Array.from(initials).length;
  const size = letters === 1 ? 38 : letters === 2 ? 30 : 23;
  let out = '';
  if (rng.chance(0.5)) {
    out +=
      circle(50, 50, 38, paper) + circle(50, 50, 33, 'none', `stroke="${ink}" stroke-width="2.5"`);
  } else {
    const shield = 'M50 10L84 20L84 48Q84 76 50 91Q16 76 16 48L16 20Z';
    out += path(shield, paper);
    out += `<path d="${shield}" fill="none" stroke="${ink}" stroke-width="2.5" transform="translate(50 50) scale(0.86) translate(-50 -50)"/>`;
  }
  out += `<text x="50" y="${n(51 + size * 0.36)}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${size}" fill="${ink}">${escapeXml(initials)}</text>`;
  return out;
}

/**
 * A square portrait for a contributor: a bust silhouette on a coloured background for a
 * person, an emblem with the initials for an organisation. The seed chooses the colours.
 */
export function portraitSvg(
  name: string,
  kind: 'person' | 'organisation',
  seed: number,
  size: number,
): string {
  checkSize('size', size);
  const rng = new Rng((hashString(kind) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0);
  const hue = rng.int(0, 359);
  const bg = hsl(hue, rng.range(0.35, 0.55), rng.range(0.55, 0.68));
  const body = kind === 'person' ? personBust(rng, bg, hue) : emblem(rng, name, hue);
  const label = escapeXml(name);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100" role="img" aria-label="${label}"><title>${label}</title>${rect(0, 0, 100, 100, bg)}${circle(50, 46, 44, mix(bg, '#ffffff', 0.12))}${body}</svg>`;
}

/** The portrait as a progressive JPEG of size × size pixels. */
export async function renderPortraitJpeg(
  name: string,
  kind: 'person' | 'organisation',
  seed: number,
  size = 600,
): Promise<Buffer> {
  const svg = portraitSvg(name, kind, seed, size);
  return sharp(Buffer.from(svg))
    .resize(size, size, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, progressive: true })
    .toBuffer();
}
