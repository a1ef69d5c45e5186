/* Scenes about people: a crowd with placards, a delivery rider, a samba drum group. */
import {
  type Ctx,
  circle,
  clouds,
  ellipse,
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
} from './kit.ts';

const ROUND = 'stroke-linecap="round" stroke-linejoin="round"';

/** Head and shoulders seen from behind or in front, running off the bottom edge. */
function bust(x: number, y: number, s: number, color: string): string {
  const r = 17 * s;
  const w = 44 * s;
  const top = y + r + 6 * s;
  return (
    circle(x, y, r, color) +
    rect(x - 7 * s, y + r - 4 * s, 14 * s, 12 * s, color) +
    path(
      `M${n(x - w)} ${n(VH + 10)}L${n(x - w)} ${n(top + 26 * s)}Q${n(x - w)} ${n(top)} ${n(x - w + 24 * s)} ${n(top)}L${n(x + w - 24 * s)} ${n(top)}Q${n(x + w)} ${n(top)} ${n(x + w)} ${n(top + 26 * s)}L${n(x + w)} ${n(VH + 10)}Z`,
      color,
    )
  );
}

/** A placard: a board on a stick with a few abstract marks (never readable text). */
function placard(ctx: Ctx, x: number, y: number, s: number, board: string, ink: string): string {
  const { rng } = ctx;
  const w = rng.range(70, 110) * s;
  const h = rng.range(50, 70) * s;
  const tilt = rng.range(-8, 8);
  let marks = '';
  const lines = rng.int(1, 3);
  for (let i = 0; i < lines; i++) {
    const ly = y - h + (h * (i + 1)) / (lines + 1);
    const lw = w * rng.range(0.45, 0.8);
    marks += line(x - lw / 2, ly, x + lw / 2, ly, ink, 7 * s, 'stroke-linecap="round"');
  }
  return `<g transform="rotate(${n(tilt)} ${n(x)} ${n(y + 80 * s)})">${line(x, y, x, y + 110 * s, mix(ink, board, 0.3), 5 * s)}${rect(x - w / 2, y - h, w, h, board, `rx="${n(3 * s)}"`)}${marks}</g>`;
}

function flag(ctx: Ctx, x: number, y: number, s: number, color: string, pole: string): string {
  const w = ctx.rng.range(70, 100) * s;
  const h = 50 * s;
  return (
    line(x, y, x, y + 150 * s, pole, 4 * s) +
    path(
      `M${n(x)} ${n(y)}Q${n(x + w / 2)} ${n(y - 14 * s)} ${n(x + w)} ${n(y + 6 * s)}L${n(x + w)} ${n(y + h + 6 * s)}Q${n(x + w / 2)} ${n(y + h - 14 * s)} ${n(x)} ${n(y + h)}Z`,
      color,
    )
  );
}

export function crowd(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  let out = sky(ctx, 620);
  out += sun(ctx, rng.range(0.05, 0.95) * W, rng.range(80, 180), 40);
  out += clouds(ctx, rng.int(1, 3), 50, 200);
  out += skyline(ctx, 560, 120, 330, mix(p.far, p.skyBottom, 0.3), { minW: 70, maxW: 160 });
  const boards = [p.light, mix(p.accent, p.light, 0.15), p.accent, mix(p.light, p.skyBottom, 0.3)];
  const rows = [
    { y: 480, s: 0.55, t: 0.55 },
    { y: 550, s: 0.75, t: 0.38 },
    { y: 640, s: 1.0, t: 0.2 },
    { y: 760, s: 1.5, t: 0 },
  ];
  const bannerRow = rng.int(1, 2);
  rows.forEach((row, r) => {
    const color = mix(mix(p.near, p.mid, 0.3), p.skyBottom, row.t);
    const step = 62 * row.s;
    let items = '';
    let people = '';
    for (let x = rng.range(-20, 10); x < W + 40; x += step * rng.range(0.8, 1.25)) {
      const y = row.y + rng.range(-12, 12) * row.s;
      people += bust(x, y, row.s, mix(color, p.far, rng.range(0, 0.14)));
      const roll = rng.float();
      if (roll < 0.13)
        items += placard(
          ctx,
          x + rng.range(-10, 10),
          y - rng.range(90, 130) * row.s,
          row.s,
          rng.pick(boards),
          color,
        );
      else if (roll < 0.2)
        items += flag(
          ctx,
          x,
          y - 150 * row.s,
          row.s,
          mix(p.accent, p.skyBottom, row.t * 0.6),
          color,
        );
      else if (roll < 0.3) {
        const side = rng.chance(0.5) ? 1 : -1;
        const hx = x + side * 60 * row.s;
        const hy = y - 75 * row.s;
        people +=
          line(x + side * 34 * row.s, y + 45 * row.s, hx, hy, color, 16 * row.s, ROUND) +
          circle(hx, hy - 6 * row.s, 12 * row.s, color);
      }
    }
    if (r === bannerRow) {
      // a wide banner carried on two poles, with abstract marks
      const bw = Math.min(W * 0.5, 820) * rng.range(0.8, 1);
      const bx = rng.range(0.05, 0.95) * (W - bw);
      const by = row.y - 170 * row.s;
      const bh = 120 * row.s;
      const cloth = mix(p.accent, p.skyBottom, row.t * 0.5);
      const ink = mix(p.light, cloth, 0.05);
      items +=
        line(bx, by - 20, bx, row.y + 60, color, 6 * row.s) +
        line(bx + bw, by - 20, bx + bw, row.y + 60, color, 6 * row.s);
      items += path(
        `M${n(bx)} ${n(by)}Q${n(bx + bw / 2)} ${n(by + 18 * row.s)} ${n(bx + bw)} ${n(by)}L${n(bx + bw)} ${n(by + bh)}Q${n(bx + bw / 2)} ${n(by + bh + 18 * row.s)} ${n(bx)} ${n(by + bh)}Z`,
        cloth,
      );
      items += circle(bx + bh * 0.62, by + bh * 0.55, bh * 0.3, ink);
      items += line(
        bx + bh * 1.2,
        by + bh * 0.42,
        bx + bw - bh * 0.4,
        by + bh * 0.42,
        ink,
        14 * row.s,
        'stroke-linecap="round"',
      );
      items += line(
        bx + bh * 1.2,
        by + bh * 0.72,
        bx + bw * 0.7,
        by + bh * 0.72,
        ink,
        10 * row.s,
        'stroke-linecap="round" opacity="0.8"',
      );
    }
    out += items + people;
  });
  return out;
}

export function bicycle(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const road = 700;
  let out = sky(ctx, road);
  out += sun(ctx, rng.range(0.05, 0.95) * W, rng.range(80, 200), 40);
  out += clouds(ctx, rng.int(1, 4), 50, 240);
  out += skyline(ctx, road - 40, 120, 380, mix(p.far, p.skyBottom, 0.3), { minW: 60, maxW: 150 });
  out += skyline(ctx, road - 20, 80, 220, mix(p.mid, p.far, 0.4), {
    windows: true,
    minW: 90,
    maxW: 180,
  });
  const leaf = natural(p, NATURE.leaf, 0.4);
  for (let x = rng.range(0, 150); x < W; x += rng.range(200, 340)) {
    out +=
      rect(x - 5, road - 110, 10, 110, p.near) + circle(x, road - 140, rng.range(36, 52), leaf);
  }
  out += rect(0, road - 20, W, 20, mix(p.mid, p.light, 0.35));
  out += rect(0, road, W, VH - road, mix(p.near, p.mid, 0.2));
  out += rect(0, road + 20, W, 130, mix(p.mid, p.far, 0.55));
  out += rect(0, road + 150, W, 8, mix(p.light, p.mid, 0.2));
  for (let x = rng.range(0, 120); x < W; x += 160)
    out += rect(x, VH - 50, 90, 8, mix(p.light, p.mid, 0.4));
  // the rider, facing left or right
  const dir = rng.chance(0.5) ? 1 : -1;
  const x0 = W / 2 + rng.range(-0.18, 0.18) * W;
  const wy = 790;
  const s = rng.range(0.95, 1.1);
  const X = (dx: number) => x0 + dir * dx * s;
  const Y = (dy: number) => wy + dy * s;
  const ink = p.near;
  const frame = mix(p.light, p.mid, 0.15);
  const tyre = mix(p.near, p.mid, 0.1);
  let g = '';
  g += stroke(
    [
      [X(-150), Y(-8)],
      [X(-120), Y(-40)],
      [X(-95), Y(-8)],
    ],
    mix(p.light, p.mid, 0.4),
    3,
    `${ROUND} opacity="0.7"`,
  );
  for (const hub of [-130, 130]) {
    g += circle(X(hub), Y(0), 74 * s, 'none', `stroke="${tyre}" stroke-width="${n(10 * s)}"`);
    g += circle(
      X(hub),
      Y(0),
      62 * s,
      'none',
      `stroke="${mix(p.light, p.mid, 0.5)}" stroke-width="1.5"`,
    );
    g += circle(X(hub), Y(0), 7 * s, ink);
  }
  const bb: [number, number] = [X(-5), Y(5)];
  const seatTop: [number, number] = [X(-45), Y(-125)];
  const headTop: [number, number] = [X(95), Y(-140)];
  const headBottom: [number, number] = [X(105), Y(-100)];
  g += stroke([[X(-130), Y(0)], bb, seatTop, [X(-130), Y(0)]], frame, 9 * s, ROUND);
  g += stroke([seatTop, headTop, headBottom, bb], frame, 9 * s, ROUND);
  g += stroke([headBottom, [X(130), Y(0)]], frame, 8 * s, ROUND);
  g += stroke([headTop, [X(88), Y(-170)], [X(112), Y(-176)]], ink, 7 * s, ROUND);
  g += ellipse(X(-48), Y(-140), 26 * s, 8 * s, ink);
  // the rider: legs, torso, arm, head with cap
  const hip: [number, number] = [X(-42), Y(-158)];
  const shoulder: [number, number] = [X(40), Y(-285)];
  g += stroke([hip, [X(30), Y(-95)], [X(-20), Y(30)]], mix(ink, p.mid, 0.25), 22 * s, ROUND);
  g += stroke([hip, [X(50), Y(-120)], [X(12), Y(-25)]], ink, 24 * s, ROUND);
  g += stroke([hip, shoulder], ink, 50 * s, ROUND);
  g += stroke([shoulder, [X(80), Y(-215)], [X(105), Y(-172)]], ink, 17 * s, ROUND);
  g += circle(X(70), Y(-325), 27 * s, ink);
  g += path(
    `M${n(X(42))} ${n(Y(-330))}Q${n(X(70))} ${n(Y(-372))} ${n(X(100))} ${n(Y(-332))}L${n(X(118))} ${n(Y(-326))}L${n(X(42))} ${n(Y(-322))}Z`,
    p.accent,
  );
  // the delivery box on the rider's back
  const box = p.accent;
  const bx = X(-30);
  const by = Y(-300);
  const tilt = dir * -18;
  g += `<g transform="rotate(${tilt} ${n(bx)} ${n(by)})">${rect(bx - 70 * s, by - 62 * s, 140 * s, 124 * s, box, `rx="${n(8 * s)}"`)}${rect(bx - 70 * s, by - 62 * s, 140 * s, 26 * s, mix(box, p.near, 0.25), `rx="${n(8 * s)}"`)}${circle(bx, by + 16 * s, 24 * s, mix(box, p.light, 0.6))}</g>`;
  g += line(X(20), Y(-270), X(-10), Y(-330), mix(ink, p.mid, 0.3), 8 * s, ROUND);
  // speed lines behind
  for (let i = 0; i < 4; i++) {
    const ly = Y(-260 + i * 60);
    g += line(
      X(-190 - i * 20),
      ly,
      X(-300 - i * 30),
      ly,
      mix(p.light, p.mid, 0.3),
      5,
      `${ROUND} opacity="0.6"`,
    );
  }
  return out + g;
}

/** A surdo (bass drum) hanging at the waist of a musician standing at x. */
function drum(x: number, y: number, s: number, shell: string, skin: string, rope: string): string {
  const w = 62 * s;
  const h = 80 * s;
  let out =
    rect(x - w, y, w * 2, h, shell) +
    ellipse(x, y + h, w, 14 * s, shell) +
    ellipse(x, y, w, 14 * s, skin);
  const zig: [number, number][] = [];
  for (let i = 0; i <= 8; i++)
    zig.push([x - w + (w * 2 * i) / 8, y + (i % 2 ? h - 4 * s : 12 * s)]);
  out += stroke(zig, rope, 3 * s, 'stroke-linejoin="round"');
  return out;
}

export function music(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const ground = 780;
  let out = sky(ctx, ground);
  out += sun(ctx, rng.range(0.05, 0.95) * W, rng.range(80, 160), 36);
  out += hills(ctx, 520, 30, mix(p.far, p.skyBottom, 0.4), ground);
  // colourful façades of the old town
  let x = rng.range(-60, 0);
  while (x < W) {
    const w = rng.range(150, 230);
    const h = rng.range(220, 320);
    const c = mix(
      natural(p, rng.pick([NATURE.clay, NATURE.wheat, '#6fa6b8', '#d98c9b', '#9bbf7a']), 0.25),
      p.skyBottom,
      0.3,
    );
    out +=
      rect(x, ground - h, w, h, c) + rect(x - 4, ground - h - 12, w + 8, 14, mix(c, p.near, 0.2));
    for (let wx = x + 24; wx < x + w - 40; wx += 58) {
      for (let wy = ground - h + 30; wy < ground - 90; wy += 90) {
        out += rect(wx, wy, 30, 54, p.night ? p.light : mix(c, p.near, 0.45), 'rx="15"');
      }
    }
    x += w;
  }
  // strings of bunting across the street
  const pennants = [p.accent, p.light, mix(p.accent, p.mid, 0.5), natural(p, NATURE.grass, 0.2)];
  for (let k = 0; k < 2; k++) {
    const y0 = 140 + k * 110 + rng.range(-20, 20);
    const sag = 60;
    out += path(
      `M-10 ${n(y0)}Q${n(W / 2)} ${n(y0 + sag * 2)} ${n(W + 10)} ${n(y0)}`,
      'none',
      `stroke="${p.near}" stroke-width="2"`,
    );
    for (let bx = 10; bx < W; bx += 46) {
      const t = bx / W;
      const by = (1 - t) * (1 - t) * y0 + 2 * t * (1 - t) * (y0 + sag * 2) + t * t * y0;
      out += poly(
        [
          [bx - 14, by],
          [bx + 14, by],
          [bx, by + 36],
        ],
        pennants[((bx / 46 + k) % pennants.length) | 0] ?? p.accent,
      );
    }
  }
  out += rect(0, ground, W, VH - ground, mix(natural(p, NATURE.soil, 0.4), p.near, 0.3));
  // the drummers, and one trumpeter
  const count = Math.max(3, Math.min(6, Math.round(W / rng.range(280, 380))));
  const ink = mix(p.near, p.mid, 0.1);
  const trumpeter = rng.int(0, count - 1);
  for (let i = 0; i < count; i++) {
    const px = ((i + 0.5 + rng.range(-0.15, 0.15)) / count) * W;
    const h = rng.range(360, 420);
    const py = ground + rng.range(40, 90);
    if (i === trumpeter) {
      const dir = px < W / 2 ? 1 : -1;
      out += person(px, py, h, ink, { skirt: rng.chance(0.4) });
      const my = py - h * 0.86;
      const gold = mix(p.accent, p.light, p.night ? 0.2 : 0.1);
      out += line(px + dir * 20, my + 40, px + dir * 60, my + 26, ink, h * 0.055, ROUND);
      out += line(px + dir * 6, my, px + dir * 120, my - 8, gold, 8);
      out += poly(
        [
          [px + dir * 115, my - 8],
          [px + dir * 160, my - 34],
          [px + dir * 160, my + 18],
        ],
        gold,
      );
      out += rect(px + dir * 50 - 12, my - 4, 24, 20, gold, 'rx="4"');
      continue;
    }
    const up = rng.chance(0.5) ? 1 : -1;
    out += person(px, py, h, ink, { armUp: up, skirt: rng.chance(0.4), hat: rng.chance(0.3) });
    const hx = px + up * (h * 0.13 * 0.85 + h * 0.06);
    const hy = py - h + h * 0.085 * 2.6 - h * 0.3;
    out +=
      line(hx, hy, hx + up * 30, hy - 50, mix(p.light, p.far, 0.3), 6, ROUND) +
      circle(hx + up * 30, hy - 52, 7, mix(p.light, p.far, 0.3));
    out += drum(
      px,
      py - h * 0.5,
      h / 400,
      rng.pick([p.accent, mix(p.light, p.far, 0.2), mix(p.accent, p.mid, 0.4)]),
      mix(p.light, p.skyBottom, 0.2),
      ink,
    );
    out += line(px - up * 40, py - h * 0.62, px - up * 10, py - h * 0.52, ink, h * 0.05, ROUND);
  }
  // confetti
  for (let i = 0; i < 60; i++) {
    const cx = rng.range(0, W);
    const cy = rng.range(0, ground);
    out += rect(
      cx,
      cy,
      8,
      14,
      rng.pick(pennants),
      `transform="rotate(${rng.int(0, 90)} ${n(cx)} ${n(cy)})" opacity="0.85"`,
    );
  }
  return out;
}
