/*
 * The drawing kit of the demo illustrations: a seeded random source, the palettes, colour
 * mixing, SVG primitives and the scenery that several scenes share (sky, sun, clouds, hills,
 * skylines, people). Everything here is pure and deterministic.
 */
import type { DemoPalette } from '../content/types.ts';

/** The height of the drawing space; its width follows the requested aspect ratio. */
export const VH = 900;

/** mulberry32: a tiny, fast, good-enough seeded PRNG (returns floats in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of a string, to derive distinct streams per scene. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    // Scramble the seed first (murmur3's finaliser) so that close seeds give unrelated streams.
    let h = seed >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.next = mulberry32((h ^ (h >>> 16)) >>> 0);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** A float in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor((max - min + 1) * this.next());
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

export interface Palette {
  skyTop: string;
  skyBottom: string;
  /** The most distant layer (hazy). */
  far: string;
  mid: string;
  /** The nearest, darkest layer. */
  near: string;
  /** A strong colour for details (cranes, placards, a sun). */
  accent: string;
  /** Highlights: lit windows, foam, chalk, paper. */
  light: string;
  /** Dark skies: draw stars and a moon, light the windows. */
  night: boolean;
}

export const PALETTES: Record<DemoPalette, Palette> = {
  dawn: {
    skyTop: '#45538a',
    skyBottom: '#f7b99b',
    far: '#a797b8',
    mid: '#675f8e',
    near: '#2f2c4f',
    accent: '#ef6a4c',
    light: '#ffe6bd',
    night: false,
  },
  day: {
    skyTop: '#4f9fe0',
    skyBottom: '#d3ecf8',
    far: '#9fc4d6',
    mid: '#3d7aa3',
    near: '#213f58',
    accent: '#f0a23c',
    light: '#fffaf0',
    night: false,
  },
  dusk: {
    skyTop: '#2e2552',
    skyBottom: '#f08c5e',
    far: '#9a6482',
    mid: '#5a3d6b',
    near: '#251b39',
    accent: '#f7c04a',
    light: '#ffe7c0',
    night: false,
  },
  night: {
    skyTop: '#0a1230',
    skyBottom: '#2d3f72',
    far: '#3a4878',
    mid: '#253058',
    near: '#121836',
    accent: '#f4c152',
    light: '#ffe9a6',
    night: true,
  },
  red: {
    skyTop: '#b2212b',
    skyBottom: '#f5906a',
    far: '#d9826c',
    mid: '#8e1d26',
    near: '#470e14',
    accent: '#ffd23f',
    light: '#fff1e0',
    night: false,
  },
  ochre: {
    skyTop: '#d38a32',
    skyBottom: '#f7dca6',
    far: '#cfa060',
    mid: '#8c5a2b',
    near: '#4a2e1a',
    accent: '#b9351f',
    light: '#fff5de',
    night: false,
  },
  sea: {
    skyTop: '#1f6e8c',
    skyBottom: '#c3e6e2',
    far: '#86bcc2',
    mid: '#2c7989',
    near: '#123f4c',
    accent: '#f28b58',
    light: '#f3fbf9',
    night: false,
  },
  forest: {
    skyTop: '#3d7a5a',
    skyBottom: '#dcebc8',
    far: '#9dbf8b',
    mid: '#4d7c49',
    near: '#223b29',
    accent: '#e2a338',
    light: '#fbf7e6',
    night: false,
  },
};

// ---------------------------------------------------------------- colours

function parseHex(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function toHex(r: number, g: number, b: number): string {
  const c = (x: number) =>
    Math.max(0, Math.min(255, Math.round(x)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Mix two #rrggbb colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = parseHex(a);
  const [r2, g2, b2] = parseHex(b);
  return toHex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

/** A colour from hue (0–360), saturation and lightness (0–1). */
export function hsl(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return toHex(f(0) * 255, f(8) * 255, f(4) * 255);
}

/** Natural colours (grass, crops, earth) tinted by the palette so they stay recognisable. */
export const NATURE = {
  grass: '#6f9d4c',
  leaf: '#3f6f3c',
  wheat: '#d8b35a',
  soil: '#8d5b3a',
  clay: '#c07a4f',
} as const;

export function natural(p: Palette, hex: string, t = 0.3): string {
  return p.night ? mix(hex, p.near, 0.62) : mix(hex, p.mid, t);
}

// ---------------------------------------------------------------- SVG primitives

/** Round to one decimal, to keep the documents small. */
export const n = (v: number): string => String(Math.round(v * 10) / 10);

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attrs = (extra: string) => (extra ? ` ${extra}` : '');

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${attrs(extra)}/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${attrs(extra)}/>`;
}

export function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra = '',
): string {
  return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${attrs(extra)}/>`;
}

export function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${attrs(extra)}/>`;
}

export function poly(points: [number, number][], fill: string, extra = ''): string {
  const pts = points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
  return `<polygon points="${pts}" fill="${fill}"${attrs(extra)}/>`;
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width: number,
  extra = '',
): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}"${attrs(extra)}/>`;
}

/** An open polyline path with a stroke (no fill). */
export function stroke(
  points: [number, number][],
  color: string,
  width: number,
  extra = '',
): string {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('');
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${n(width)}"${attrs(extra)}/>`;
}

/** What every scene draws with. */
export interface Ctx {
  rng: Rng;
  p: Palette;
  /** The width of the drawing space (its height is VH). */
  W: number;
  /** Gradients and other definitions, gathered into <defs>. */
  defs: string[];
}

/** A vertical linear gradient; returns its url(). */
export function vGradient(ctx: Ctx, id: string, stops: [number, string, number?][]): string {
  const s = stops
    .map(
      ([o, c, a]) =>
        `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`,
    )
    .join('');
  ctx.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${s}</linearGradient>`);
  return `url(#${id})`;
}

// ---------------------------------------------------------------- shared scenery

/** The sky: a gradient over the whole picture, stars at night. */
export function sky(ctx: Ctx, horizon = VH): string {
  const { p, W, rng } = ctx;
  const fill = vGradient(ctx, 'sky', [
    [0, p.skyTop],
    [Math.min(1, horizon / VH), p.skyBottom],
  ]);
  let out = rect(0, 0, W, VH, fill);
  if (p.night) {
    const count = Math.round(W / 22);
    for (let i = 0; i < count; i++) {
      const y = rng.range(0, horizon * 0.7);
      out += circle(
        rng.range(0, W),
        y,
        rng.range(0.8, 2.2),
        p.light,
        `opacity="${n(rng.range(0.4, 0.9))}"`,
      );
    }
  }
  return out;
}

/** The sun (or the moon at night) with a soft halo. */
export function sun(ctx: Ctx, x: number, y: number, r: number): string {
  const { p } = ctx;
  const color = p.night ? p.light : mix('#ffe7a0', p.accent, 0.22);
  let out = '';
  for (let i = 3; i >= 1; i--)
    out += circle(x, y, r * (1 + i * 0.45), color, `opacity="${n(0.08)}"`);
  out += circle(x, y, r, color);
  if (p.night) {
    const crater = mix(p.light, p.far, 0.25);
    out +=
      circle(x - r * 0.3, y - r * 0.2, r * 0.2, crater) +
      circle(x + r * 0.25, y + r * 0.3, r * 0.14, crater);
    out += circle(x + r * 0.35, y - r * 0.35, r * 0.09, crater);
  }
  return out;
}

/** A soft flat cloud made of a few overlapping ellipses. */
export function cloud(ctx: Ctx, x: number, y: number, w: number): string {
  const { p, rng } = ctx;
  const color = p.night ? mix(p.skyBottom, p.light, 0.15) : mix(p.light, p.skyBottom, 0.25);
  const h = w * 0.16;
  let out = ellipse(x, y, w / 2, h * 0.55, color);
  const bumps = rng.int(2, 4);
  for (let i = 0; i < bumps; i++) {
    const bx = x - w * 0.3 + (w * 0.6 * (i + 0.5)) / bumps;
    out += circle(bx, y - h * 0.3, h * rng.range(0.55, 0.95), color);
  }
  return `<g opacity="${n(p.night ? 0.35 : 0.8)}">${out}</g>`;
}

export function clouds(ctx: Ctx, count: number, yMin: number, yMax: number): string {
  const { rng, W } = ctx;
  let out = '';
  for (let i = 0; i < count; i++) {
    out += cloud(ctx, rng.range(0, W), rng.range(yMin, yMax), rng.range(140, 320));
  }
  return out;
}

/** A band of rolling hills from baseY (average top) down to bottom. */
export function hills(ctx: Ctx, baseY: number, amp: number, color: string, bottom = VH): string {
  const { rng, W } = ctx;
  const step = rng.range(220, 380);
  let x = -step;
  let y = baseY + rng.range(-amp, amp);
  let d = `M${n(x)} ${n(bottom)}L${n(x)} ${n(y)}`;
  while (x < W + step) {
    const nx = x + step * rng.range(0.7, 1.3);
    const ny = baseY + rng.range(-amp, amp);
    d += `Q${n((x + nx) / 2)} ${n(Math.min(y, ny) - amp * rng.range(0.3, 1))} ${n(nx)} ${n(ny)}`;
    x = nx;
    y = ny;
  }
  d += `L${n(x)} ${n(bottom)}Z`;
  return path(d, color);
}

/** A grid of windows on a building front; lit ones glow. */
export function windows(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  opts: { cols: number; rows: number; lit?: number; dark: string; size?: number },
): string {
  const { p, rng } = ctx;
  const { cols, rows } = opts;
  const cw = w / cols;
  const rh = h / rows;
  const ww = cw * (opts.size ?? 0.55);
  const wh = rh * 0.6;
  const litShare = opts.lit ?? (p.night ? 0.55 : 0.2);
  const lit = p.night ? p.light : mix(p.light, p.skyBottom, 0.3);
  // The unlit windows are one rectangle filled with a pattern; only the lit ones are drawn.
  const id = `win${ctx.defs.length}`;
  ctx.defs.push(
    `<pattern id="${id}" x="${n(x)}" y="${n(y)}" width="${n(cw)}" height="${n(rh)}" patternUnits="userSpaceOnUse">${rect((cw - ww) / 2, (rh - wh) / 2, ww, wh, opts.dark)}</pattern>`,
  );
  let out = rect(x, y, cw * cols, rh * rows, `url(#${id})`);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (rng.chance(litShare))
        out += rect(x + c * cw + (cw - ww) / 2, y + r * rh + (rh - wh) / 2, ww, wh, lit);
    }
  }
  return out;
}

/** A skyline of simple towers along baseY. */
export function skyline(
  ctx: Ctx,
  baseY: number,
  minH: number,
  maxH: number,
  color: string,
  opts: { windows?: boolean; minW?: number; maxW?: number } = {},
): string {
  const { rng, W, p } = ctx;
  let x = rng.range(-60, 0);
  let out = '';
  while (x < W) {
    const w = rng.range(opts.minW ?? 60, opts.maxW ?? 140);
    const h = rng.range(minH, maxH);
    const top = baseY - h;
    out += rect(x, top, w, h + 2, color);
    const style = rng.int(0, 5);
    if (style === 0) out += rect(x + w * 0.2, top - h * 0.08, w * 0.6, h * 0.08 + 1, color);
    if (style === 1) out += line(x + w / 2, top, x + w / 2, top - h * 0.18, color, 3);
    if (style === 2)
      out += poly(
        [
          [x, top],
          [x + w / 2, top - w * 0.3],
          [x + w, top],
        ],
        color,
      );
    if (opts.windows && w > 50) {
      const cols = Math.max(2, Math.round(w / 26));
      const rows = Math.max(2, Math.round((h - 20) / 34));
      const dark = mix(color, p.near, 0.35);
      out += windows(ctx, x + 6, top + 14, w - 12, h - 24, { cols, rows, dark });
    }
    x += w + rng.range(-8, 14);
  }
  return out;
}

/** A standing figure, feet at (x, y), of height h, facing the viewer; optional raised arm. */
export function person(
  x: number,
  y: number,
  h: number,
  color: string,
  opts: { armUp?: -1 | 0 | 1; skirt?: boolean; hat?: boolean } = {},
): string {
  const head = h * 0.085;
  const sh = h * 0.13; // half shoulder width
  const top = y - h;
  const neck = top + head * 2.1;
  const hip = y - h * 0.47;
  let out = circle(x, top + head, head, color);
  if (opts.hat) out += ellipse(x, top + head * 0.6, head * 1.9, head * 0.45, color);
  const body = `M${n(x - sh)} ${n(neck + head * 0.6)}Q${n(x - sh)} ${n(neck)} ${n(x - sh * 0.4)} ${n(neck)}L${n(x + sh * 0.4)} ${n(neck)}Q${n(x + sh)} ${n(neck)} ${n(x + sh)} ${n(neck + head * 0.6)}L${n(x + sh * (opts.skirt ? 1.3 : 0.8))} ${n(hip)}L${n(x - sh * (opts.skirt ? 1.3 : 0.8))} ${n(hip)}Z`;
  out += path(body, color);
  out += path(
    `M${n(x - sh * 0.75)} ${n(hip - 2)}L${n(x - sh * 0.55)} ${n(y)}L${n(x - sh * 0.1)} ${n(y)}L${n(x)} ${n(hip + h * 0.1)}L${n(x + sh * 0.1)} ${n(y)}L${n(x + sh * 0.55)} ${n(y)}L${n(x + sh * 0.75)} ${n(hip - 2)}Z`,
    color,
  );
  const armW = h * 0.055;
  for (const side of [-1, 1] as const) {
    const sx = x + side * sh * 0.85;
    const sy = neck + head * 0.5;
    if (opts.armUp === side) {
      out += line(
        sx,
        sy,
        sx + side * h * 0.06,
        sy - h * 0.3,
        color,
        armW,
        'stroke-linecap="round"',
      );
    } else {
      out += line(
        sx,
        sy,
        sx + side * h * 0.04,
        hip + h * 0.02,
        color,
        armW,
        'stroke-linecap="round"',
      );
    }
  }
  return out;
}
