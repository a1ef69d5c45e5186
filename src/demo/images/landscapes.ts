/* Landscapes and working places seen from outside: port, sea, factory, mountains, fields. */
import {
  type Ctx,
  circle,
  clouds,
  hills,
  line,
  mix,
  NATURE,
  n,
  natural,
  path,
  person,
  poly,
  rect,
  sky,
  skyline,
  stroke,
  sun,
  VH,
  vGradient,
} from './kit.ts';

/** Short light strokes on water: ripples and reflections. */
function ripples(ctx: Ctx, top: number, bottom: number, count: number, color: string): string {
  const { rng, W } = ctx;
  let out = '';
  for (let i = 0; i < count; i++) {
    const y = rng.range(top + 6, bottom);
    const x = rng.range(-20, W);
    const len = rng.range(20, 70) * (0.5 + (y - top) / (bottom - top));
    out += line(
      x,
      y,
      x + len,
      y,
      color,
      rng.range(1.5, 3.5),
      'stroke-linecap="round" opacity="0.45"',
    );
  }
  return out;
}

function water(ctx: Ctx, top: number): string {
  const { p } = ctx;
  const fill = vGradient(ctx, 'water', [
    [0, mix(p.skyBottom, p.mid, 0.45)],
    [1, mix(p.mid, p.near, 0.35)],
  ]);
  return (
    rect(0, top, ctx.W, VH - top, fill) + ripples(ctx, top, VH, Math.round(ctx.W / 14), p.light)
  );
}

/** A ship-to-shore gantry crane standing on the quay at y0, left leg at x. */
function crane(ctx: Ctx, x: number, y0: number, scale: number, color: string, dir: 1 | -1): string {
  const { p, rng } = ctx;
  const s = 120 * scale;
  const legTop = y0 - 340 * scale;
  const beamY = legTop - 20 * scale;
  const apex = beamY - 130 * scale;
  const t = 13 * scale;
  const fwd = 300 * scale;
  const back = 110 * scale;
  const bx1 = dir === 1 ? x - back : x + s - fwd;
  const bx2 = dir === 1 ? x + s + fwd : x + s + back;
  const tip = dir === 1 ? bx2 : bx1;
  const tail = dir === 1 ? bx1 : bx2;
  const lineColor = mix(color, p.near, 0.3);
  let out = '';
  out += rect(x, legTop, t, y0 - legTop, color) + rect(x + s, legTop, t, y0 - legTop, color);
  out += rect(x - 4, y0 - 130 * scale, s + t + 8, 10 * scale, color);
  out += line(x + t, y0 - 120 * scale, x + s, legTop + 20, lineColor, 4 * scale);
  out += line(x + s, y0 - 120 * scale, x + t, legTop + 20, lineColor, 4 * scale);
  out += rect(x - 8, beamY, s + t + 16, 26 * scale, color);
  out += poly(
    [
      [x + t, beamY],
      [x + s / 2 - 4, apex],
      [x + s / 2 + t + 4, apex],
      [x + s, beamY],
      [x + s - t, beamY],
      [x + s / 2 + t / 2, apex + 30 * scale],
      [x + t * 2, beamY],
    ],
    color,
  );
  out += rect(bx1, beamY + 6 * scale, bx2 - bx1, 16 * scale, color);
  out += line(x + s / 2 + t / 2, apex + 4, tip, beamY + 8 * scale, lineColor, 3 * scale);
  out += line(x + s / 2 + t / 2, apex + 4, tail, beamY + 8 * scale, lineColor, 3 * scale);
  out += rect(x + s * 0.1, beamY - 26 * scale, 70 * scale, 28 * scale, mix(color, p.light, 0.35));
  const trolley = x + s / 2 + dir * rng.range(0.3, 1) * (fwd - 20);
  const drop = rng.range(120, 260) * scale;
  out += rect(trolley - 14 * scale, beamY + 20 * scale, 28 * scale, 12 * scale, lineColor);
  out += line(trolley, beamY + 30 * scale, trolley, beamY + drop, lineColor, 2.5 * scale);
  out += rect(trolley - 34 * scale, beamY + drop, 68 * scale, 9 * scale, lineColor);
  return out;
}

/** A shipping container, front view, with ribs. */
function container(ctx: Ctx, x: number, y: number, w: number, h: number, color: string): string {
  if (!ctx.defs.some((d) => d.includes('id="ribs"'))) {
    ctx.defs.push(
      `<pattern id="ribs" width="9" height="10" patternUnits="userSpaceOnUse"><rect width="2" height="10" fill="${ctx.p.near}" opacity="0.35"/></pattern>`,
    );
  }
  return rect(x, y, w, h, color) + rect(x + 3, y + 3, w - 6, h - 5, 'url(#ribs)');
}

function containerColors(ctx: Ctx): string[] {
  const { p } = ctx;
  return [
    p.accent,
    mix(p.accent, p.near, 0.35),
    mix(p.mid, p.light, 0.25),
    p.mid,
    mix(p.far, p.light, 0.2),
    mix(p.accent, p.light, 0.4),
    mix(p.near, p.mid, 0.5),
  ];
}

export function port(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const quay = 600;
  let out = sky(ctx, quay);
  out += sun(ctx, rng.range(0.15, 0.85) * W, rng.range(120, 300), 46);
  out += clouds(ctx, rng.int(2, 4), 60, 260);
  out += hills(ctx, quay - 40, 18, mix(p.far, p.skyBottom, 0.35), quay + 5);
  out += skyline(ctx, quay, 20, 70, mix(p.far, p.skyBottom, 0.15), { minW: 30, maxW: 80 });
  // stacks of containers on the quay, behind the ship
  const colors = containerColors(ctx);
  let x = rng.range(-40, 0);
  while (x < W) {
    const tiers = rng.int(1, 4);
    for (let t = 0; t < tiers; t++) {
      const c = rng.pick(colors);
      out += container(ctx, x, quay - 26 * (t + 1), 62, 25, c);
    }
    x += 64 + (rng.chance(0.15) ? rng.range(30, 80) : 0);
  }
  out += rect(0, quay, W, 14, mix(p.near, p.mid, 0.3));
  // the cranes
  const craneColor = p.night ? mix(p.accent, p.near, 0.45) : mix(p.accent, p.near, 0.15);
  const count = Math.max(2, Math.round(W / rng.range(380, 520)));
  const gap = W / count;
  for (let i = 0; i < count; i++) {
    const cx = gap * i + rng.range(0.15, 0.45) * gap;
    const scale = rng.range(0.85, 1.1);
    out += crane(ctx, cx, quay + 4, scale, craneColor, rng.chance(0.5) ? 1 : -1);
  }
  // the ship at berth, with containers on deck
  const shipX = rng.range(-0.1, 0.35) * W;
  const shipL = rng.range(0.55, 0.85) * W;
  const deck = quay + 48;
  let cx = shipX + shipL * 0.22;
  while (cx < shipX + shipL * 0.9) {
    const tiers = rng.int(2, 5);
    for (let t = 0; t < tiers; t++) {
      const c = rng.pick(colors);
      out += container(ctx, cx, deck - 24 * (t + 1), 50, 23, c);
    }
    cx += 52;
  }
  const bridgeX = shipX + shipL * 0.06;
  out += rect(bridgeX, deck - 150, 90, 150, mix(p.light, p.far, 0.15));
  out += rect(bridgeX - 12, deck - 160, 114, 16, mix(p.light, p.far, 0.3));
  for (let r = 0; r < 4; r++) {
    out += rect(
      bridgeX + 10,
      deck - 138 + r * 32,
      70,
      12,
      p.night ? p.light : mix(p.near, p.mid, 0.4),
    );
  }
  out += rect(bridgeX + 30, deck - 200, 30, 42, p.accent);
  const hull = mix(p.near, p.mid, 0.2);
  out += path(
    `M${n(shipX)} ${n(deck)}L${n(shipX + shipL)} ${n(deck - 12)}Q${n(shipX + shipL - 20)} ${n(deck + 60)} ${n(shipX + shipL - 70)} ${n(deck + 92)}L${n(shipX + 30)} ${n(deck + 92)}Q${n(shipX + 6)} ${n(deck + 50)} ${n(shipX)} ${n(deck)}Z`,
    hull,
  );
  out += rect(shipX + 24, deck + 74, shipL - 100, 12, mix(p.accent, p.near, 0.3));
  // the water in front
  out += water(ctx, deck + 80);
  out += path(
    `M${n(shipX + 30)} ${n(deck + 92)}L${n(shipX + shipL - 70)} ${n(deck + 92)}L${n(shipX + shipL - 110)} ${n(deck + 150)}L${n(shipX + 60)} ${n(deck + 150)}Z`,
    hull,
    'opacity="0.25"',
  );
  return out;
}

function boat(ctx: Ctx, x: number, y: number, s: number, depth: number): string {
  const { p, rng } = ctx;
  const hullColor = mix(
    rng.pick([p.accent, p.mid, p.light, mix(p.accent, p.mid, 0.5)]),
    p.skyBottom,
    depth,
  );
  const dark = mix(p.near, p.skyBottom, depth);
  const len = 220 * s;
  const dir = rng.chance(0.5) ? 1 : -1;
  const bow = x + (dir * len) / 2;
  const stern = x - (dir * len) / 2;
  let out = '';
  // mast, boom and rigging
  const mastX = x + dir * len * 0.15;
  out += line(mastX, y - 150 * s, mastX, y, dark, 4 * s);
  out += line(mastX, y - 130 * s, stern + dir * 10 * s, y - 20 * s, dark, 2 * s);
  out += line(mastX, y - 150 * s, bow, y - 20 * s, dark, 1.5 * s);
  out += poly(
    [
      [mastX, y - 150 * s],
      [mastX - dir * 26 * s, y - 142 * s],
      [mastX, y - 134 * s],
    ],
    p.accent,
  );
  // the wheelhouse
  const cab = x - dir * len * 0.12;
  out += rect(cab - 30 * s, y - 62 * s, 60 * s, 50 * s, mix(p.light, p.skyBottom, depth));
  out += rect(cab - 22 * s, y - 52 * s, 44 * s, 14 * s, dark);
  out += rect(cab - 36 * s, y - 68 * s, 72 * s, 8 * s, dark);
  // the hull
  out += path(
    `M${n(stern)} ${n(y - 26 * s)}L${n(bow + dir * 14 * s)} ${n(y - 34 * s)}Q${n(bow - dir * 20 * s)} ${n(y + 30 * s)} ${n(bow - dir * 60 * s)} ${n(y + 30 * s)}L${n(stern + dir * 20 * s)} ${n(y + 30 * s)}Q${n(stern)} ${n(y + 10 * s)} ${n(stern)} ${n(y - 26 * s)}Z`,
    hullColor,
  );
  out += line(stern + dir * 4 * s, y - 16 * s, bow, y - 22 * s, dark, 5 * s);
  return out;
}

function waveBand(ctx: Ctx, y: number, amp: number, color: string, bottom = VH): string {
  const { rng, W } = ctx;
  const step = rng.range(70, 120);
  let d = `M-20 ${n(bottom)}L-20 ${n(y)}`;
  for (let x = -20; x < W + step; x += step) {
    d += `Q${n(x + step / 2)} ${n(y - amp * rng.range(0.6, 1.4))} ${n(x + step)} ${n(y)}`;
  }
  d += `L${n(W + step)} ${n(bottom)}Z`;
  return path(d, color);
}

export function sea(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const horizon = rng.range(470, 540);
  let out = sky(ctx, horizon);
  const sunX = rng.range(0.2, 0.8) * W;
  out += sun(ctx, sunX, horizon - rng.range(60, 200), 52);
  out += clouds(ctx, rng.int(2, 5), 60, horizon - 120);
  const coastRight = rng.chance(0.5);
  out += path(
    coastRight
      ? `M${n(W * 0.6)} ${n(horizon)}Q${n(W * 0.8)} ${n(horizon - 70)} ${n(W + 10)} ${n(horizon - 90)}L${n(W + 10)} ${n(horizon)}Z`
      : `M-10 ${n(horizon - 90)}Q${n(W * 0.2)} ${n(horizon - 70)} ${n(W * 0.4)} ${n(horizon)}L-10 ${n(horizon)}Z`,
    mix(p.far, p.skyBottom, 0.3),
  );
  out += water(ctx, horizon);
  // the sun's path on the water
  for (let i = 0; i < 14; i++) {
    const y = horizon + 8 + i * i * 1.9;
    const w = 20 + i * 9;
    out += line(
      sunX - w / 2 + rng.range(-10, 10),
      y,
      sunX + w / 2,
      y,
      p.light,
      2 + i * 0.3,
      'stroke-linecap="round" opacity="0.5"',
    );
  }
  const boats = rng.int(3, 5);
  const layers = [
    [horizon + 60, 0.7, 0.4],
    [horizon + 170, 1.1, 0.15],
    [horizon + 300, 1.6, 0],
  ] as const;
  for (let i = 0; i < boats; i++) {
    const [y, s, depth] = layers[i % 3] ?? layers[0];
    const bx = ((i + rng.range(0.2, 0.8)) / boats) * W;
    out += boat(ctx, bx, y + rng.range(-10, 10), s, depth);
    out += waveBand(
      ctx,
      y + 22 * s,
      8 * s,
      mix(p.mid, p.skyBottom, 0.15 + depth * 0.5),
      y + 120 * s,
    );
  }
  out += waveBand(ctx, VH - 50, 16, mix(p.mid, p.near, 0.4));
  for (let i = 0; i < rng.int(3, 6); i++) {
    const gx = rng.range(0, W);
    const gy = rng.range(80, horizon - 100);
    const gs = rng.range(8, 16);
    out += stroke(
      [
        [gx - gs, gy - gs * 0.4],
        [gx - gs * 0.4, gy - gs * 0.6],
        [gx, gy],
        [gx + gs * 0.4, gy - gs * 0.6],
        [gx + gs, gy - gs * 0.4],
      ],
      p.near,
      2.5,
      'stroke-linejoin="round" stroke-linecap="round"',
    );
  }
  return out;
}

export function factory(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const ground = 720;
  let out = sky(ctx, ground);
  out += sun(ctx, rng.range(0.1, 0.9) * W, rng.range(110, 250), 44);
  out += hills(ctx, ground - 130, 30, mix(p.far, p.skyBottom, 0.4), ground);
  // chimneys and their smoke
  const chimneys = rng.int(2, 4);
  const smoke = p.night ? mix(p.far, p.light, 0.3) : mix(p.light, p.skyBottom, 0.35);
  for (let i = 0; i < chimneys; i++) {
    const cx = ((i + rng.range(0.2, 0.8)) / chimneys) * W * 0.9 + W * 0.05;
    const top = rng.range(170, 330);
    const w = rng.range(34, 52);
    const drift = rng.range(0.9, 1.4);
    let r = w * 0.5;
    let sx = cx;
    let sy = top - r;
    for (let k = 0; k < 9; k++) {
      out += circle(sx, sy, r, smoke, `opacity="${n(0.8 - k * 0.07)}"`);
      sx += r * drift;
      sy -= r * 0.35;
      r *= 1.12;
    }
    out += poly(
      [
        [cx - w / 2, top],
        [cx + w / 2, top],
        [cx + w * 0.65, ground],
        [cx - w * 0.65, ground],
      ],
      p.mid,
    );
    out += rect(cx - w / 2 - 3, top, w + 6, 12, mix(p.mid, p.near, 0.3));
    out += rect(cx - w * 0.53, top + 30, w * 1.06, 14, p.accent);
  }
  // two rows of sheds with saw-tooth roofs; the glazed faces catch the light
  const rows = [
    [ground - 40, 120, 70, mix(p.mid, p.far, 0.45)],
    [ground + 60, 150, 90, mix(p.near, p.mid, 0.35)],
  ] as const;
  for (const [base, wall, tooth, color] of rows) {
    let x = rng.range(-120, -20);
    while (x < W) {
      const teeth = rng.int(4, 8);
      const width = teeth * tooth;
      const top = base - wall + rng.range(-15, 15);
      out += rect(x, top, width, base - top + 160, color);
      for (let t = 0; t < teeth; t++) {
        const tx = x + t * tooth;
        out += poly(
          [
            [tx, top + 1],
            [tx, top - tooth * 0.55],
            [tx + tooth, top + 1],
          ],
          color,
        );
        out += poly(
          [
            [tx + 3, top - 3],
            [tx + 3, top - tooth * 0.5],
            [tx + tooth * 0.18, top - tooth * 0.42],
            [tx + tooth * 0.18, top - 3],
          ],
          p.night ? p.light : mix(p.light, p.skyBottom, 0.4),
        );
      }
      const winColor = p.night ? p.light : mix(color, p.light, 0.35);
      for (let wx = x + 18; wx < x + width - 40; wx += 56)
        out += rect(wx, top + 24, 30, wall * 0.3, winColor);
      if (rng.chance(0.6))
        out += rect(
          x + width * 0.45,
          base - wall * 0.55,
          tooth * 0.8,
          wall * 0.55,
          mix(color, p.near, 0.5),
        );
      x += width + rng.range(30, 90);
    }
  }
  out += rect(0, ground + 70, W, VH - ground, mix(p.near, p.mid, 0.15));
  // a fence in front
  const fence = mix(p.near, p.far, 0.25);
  out +=
    line(0, ground + 95, W, ground + 95, fence, 3) +
    line(0, ground + 130, W, ground + 130, fence, 3);
  for (let x = 10; x < W; x += 26) out += line(x, ground + 80, x, ground + 150, fence, 3);
  return out;
}

export function mountains(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  let out = sky(ctx, 640);
  out += sun(ctx, rng.range(0.1, 0.9) * W, rng.range(90, 200), 40);
  out += clouds(ctx, rng.int(1, 3), 70, 220);
  // two ranges of peaks, the far one snow-capped
  const ranges = [
    [rng.range(140, 200), 470, mix(p.far, p.skyBottom, 0.3), true],
    [rng.range(330, 400), 560, mix(p.mid, p.far, 0.4), false],
  ] as const;
  for (const [peakY, baseY, color, snow] of ranges) {
    let x = -rng.range(50, 250);
    const pts: [number, number][] = [[x, VH]];
    const caps: string[] = [];
    const shade: string[] = [];
    while (x < W + 200) {
      const w = rng.range(220, 420);
      const top = peakY + rng.range(0, baseY - peakY) * rng.float();
      const px = x + w / 2;
      pts.push([x, baseY], [px - w * 0.06, top + 12], [px, top], [px + w * 0.08, top + 18]);
      shade.push(
        poly(
          [
            [px, top],
            [px + w * 0.08, top + 18],
            [x + w, baseY],
            [px + w * 0.12, baseY],
          ],
          mix(color, p.near, 0.18),
        ),
      );
      if (snow && top < baseY - 200) {
        const d = (baseY - top) * rng.range(0.22, 0.3);
        const k = (d / (baseY - top)) * (w / 2);
        caps.push(
          poly(
            [
              [px - k, top + d],
              [px - w * 0.06, top + 12],
              [px, top],
              [px + w * 0.08, top + 18],
              [px + k, top + d],
              [px + k * 0.4, top + d * 0.75],
              [px, top + d * 1.1],
              [px - k * 0.4, top + d * 0.7],
            ],
            p.light,
          ),
        );
      }
      x += w;
    }
    pts.push([x, baseY], [x, VH]);
    out += poly(pts, color) + shade.join('') + caps.join('');
  }
  // terraced hills in front: strips that follow the slope, each with a stone edge
  const greens = [NATURE.grass, NATURE.wheat, NATURE.leaf, NATURE.clay].map((c) => natural(p, c));
  const stone = natural(p, NATURE.soil, 0.5);
  const mounds = [
    [rng.range(-0.2, 0.3) * W, rng.range(0.9, 1.3) * W, rng.range(470, 540), 0.25],
    [rng.range(0.4, 0.8) * W, rng.range(0.8, 1.1) * W, rng.range(560, 620), 0],
  ] as const;
  mounds.forEach(([cx, width, top, haze], m) => {
    const hill = `M${n(cx - width / 2)} ${n(VH)}Q${n(cx)} ${n(top - (VH - top) * 0.9)} ${n(cx + width / 2)} ${n(VH)}Z`;
    ctx.defs.push(`<clipPath id="mound${m}"><path d="${hill}"/></clipPath>`);
    let strips = '';
    for (let i = 0, y = 0; y < VH; i++, y += 26 + i * 3) {
      strips += `<path d="${hill}" transform="translate(0 ${n(y)})" fill="${stone}"/>`;
      strips += `<path d="${hill}" transform="translate(0 ${n(y + 5)})" fill="${mix(greens[(i + m) % greens.length] ?? stone, p.skyBottom, haze)}"/>`;
    }
    out += `${path(hill, stone)}<g clip-path="url(#mound${m})">${strips}</g>`;
  });
  // an adobe house on a terrace, and two condors
  const [mx, mw, mtop] = mounds[1];
  const hx = mx + rng.range(-0.2, 0.2) * mw;
  const t = (hx - (mx - mw / 2)) / mw;
  const ctrl = mtop - (VH - mtop) * 0.9;
  const hy = (1 - t) ** 2 * VH + 2 * t * (1 - t) * ctrl + t * t * VH + 40;
  out += rect(hx, hy - 40, 70, 40, mix(p.accent, p.far, 0.5));
  out += poly(
    [
      [hx - 8, hy - 38],
      [hx + 35, hy - 62],
      [hx + 78, hy - 38],
    ],
    mix(p.near, p.accent, 0.3),
  );
  out += rect(hx + 28, hy - 26, 14, 26, p.near);
  for (let i = 0; i < 2; i++) {
    const bx = rng.range(0.1, 0.9) * W;
    const by = rng.range(90, 260);
    const bs = rng.range(16, 26);
    out += path(
      `M${n(bx - bs * 2)} ${n(by - bs * 0.3)}Q${n(bx - bs)} ${n(by - bs * 0.7)} ${n(bx)} ${n(by)}Q${n(bx + bs)} ${n(by - bs * 0.7)} ${n(bx + bs * 2)} ${n(by - bs * 0.3)}Q${n(bx + bs)} ${n(by - bs * 0.3)} ${n(bx)} ${n(by + bs * 0.25)}Q${n(bx - bs)} ${n(by - bs * 0.3)} ${n(bx - bs * 2)} ${n(by - bs * 0.3)}Z`,
      p.near,
    );
  }
  return out;
}

export function fields(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const horizon = rng.range(440, 520);
  let out = sky(ctx, horizon);
  out += sun(ctx, rng.range(0.1, 0.9) * W, rng.range(110, horizon - 150), 48);
  out += clouds(ctx, rng.int(2, 5), 60, horizon - 160);
  out += hills(ctx, horizon - 20, 25, mix(p.far, p.skyBottom, 0.35), horizon + 20);
  const crops = [NATURE.grass, NATURE.wheat, NATURE.leaf, NATURE.clay, NATURE.grass].map((c) =>
    natural(p, c, 0.25),
  );
  // distant fields as bands, with a farmhouse and a tree
  let y = horizon;
  let band = 14;
  let k = rng.int(0, crops.length - 1);
  while (y < 660) {
    out += path(
      `M-10 ${n(y + rng.range(-6, 6))}L${n(W + 10)} ${n(y + rng.range(-6, 6))}L${n(W + 10)} ${n(VH)}L-10 ${n(VH)}Z`,
      crops[k % crops.length] ?? p.mid,
    );
    y += band;
    band *= 1.45;
    k++;
  }
  const fx = rng.range(0.05, 0.8) * W;
  out +=
    rect(fx, horizon + 4, 60, 34, p.light) +
    poly(
      [
        [fx - 6, horizon + 6],
        [fx + 30, horizon - 16],
        [fx + 66, horizon + 6],
      ],
      p.accent,
    );
  const tx = fx + rng.range(120, 300);
  out +=
    rect(tx - 4, horizon - 10, 8, 30, p.near) +
    circle(tx, horizon - 28, 26, mix(p.mid, p.near, 0.4));
  // the near field: furrows converging towards the horizon
  const top = 660;
  const vx = rng.range(0.3, 0.7) * W;
  out += rect(0, top, W, VH - top, crops[k % crops.length] ?? p.mid);
  const furrow = mix(crops[k % crops.length] ?? p.mid, p.near, 0.3);
  const t = (top - horizon) / (VH - horizon);
  for (let i = -30; i <= 30; i++) {
    const xb = vx + i * 110;
    const xt = vx + (xb - vx) * t;
    out += poly(
      [
        [xt, top],
        [xt + 110 * t * 0.45, top],
        [xb + 50, VH],
        [xb, VH],
      ],
      furrow,
    );
  }
  // the farmer with a hoe
  const px = rng.range(0.15, 0.85) * W;
  const py = rng.range(800, 860);
  const h = rng.range(250, 300);
  const dir = rng.chance(0.5) ? 1 : -1;
  out += line(
    px + dir * h * 0.08,
    py - h * 0.82,
    px + dir * h * 0.32,
    py - 6,
    mix(p.near, p.mid, 0.2),
    6,
    'stroke-linecap="round"',
  );
  out += poly(
    [
      [px + dir * h * 0.3, py - 10],
      [px + dir * h * 0.42, py - 6],
      [px + dir * h * 0.38, py + 6],
    ],
    p.near,
  );
  out += person(px, py, h, p.near, { hat: true, armUp: 0 });
  out += line(
    px + dir * h * 0.1,
    py - h * 0.82,
    px + dir * h * 0.15,
    py - h * 0.55,
    p.near,
    h * 0.05,
    'stroke-linecap="round"',
  );
  for (let i = 0; i < rng.int(3, 6); i++) {
    const gx = rng.range(0, W);
    const gy = rng.range(80, horizon - 120);
    const gs = rng.range(7, 13);
    out += stroke(
      [
        [gx - gs, gy - gs * 0.4],
        [gx, gy],
        [gx + gs, gy - gs * 0.4],
      ],
      p.near,
      2.5,
      'stroke-linejoin="round" stroke-linecap="round"',
    );
  }
  return out;
}
