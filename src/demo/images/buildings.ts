/* Buildings and streets: city, hospital, houses, parliament, train. */
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
  sun,
  VH,
  windows,
} from './kit.ts';

/** A round tree or a tall poplar standing at ground level y. */
function tree(ctx: Ctx, x: number, y: number, s: number): string {
  const { p, rng } = ctx;
  const leaf = natural(p, rng.pick([NATURE.leaf, NATURE.grass]), 0.35);
  let out = rect(x - 5 * s, y - 60 * s, 10 * s, 60 * s, mix(p.near, NATURE.soil, 0.3));
  if (rng.chance(0.5)) {
    out += circle(x, y - 95 * s, 48 * s, leaf) + circle(x - 28 * s, y - 70 * s, 30 * s, leaf);
    out += circle(x + 26 * s, y - 74 * s, 32 * s, mix(leaf, p.near, 0.15));
  } else {
    out += ellipse(x, y - 120 * s, 30 * s, 90 * s, leaf);
  }
  return out;
}

function lamp(ctx: Ctx, x: number, y: number, h: number): string {
  const { p } = ctx;
  let out = rect(x - 3, y - h, 6, h, p.near) + rect(x - 14, y - h - 4, 28, 8, p.near, 'rx="3"');
  const glow = p.night ? p.light : mix(p.light, p.accent, 0.25);
  if (p.night) out += circle(x, y - h + 8, 26, p.light, 'opacity="0.18"');
  return out + ellipse(x, y - h + 6, 9, 5, glow);
}

function street(ctx: Ctx, y: number): string {
  const { p, W, rng } = ctx;
  let out = rect(0, y, W, VH - y, mix(p.near, p.mid, 0.15));
  out += rect(0, y, W, 22, mix(p.mid, p.light, 0.3));
  for (let x = rng.range(0, 100); x < W; x += 150)
    out += rect(x, y + 70, 80, 7, mix(p.light, p.mid, 0.4));
  return out;
}

export function hospital(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const ground = 740;
  let out = sky(ctx, ground);
  out += sun(ctx, rng.range(0.05, 0.95) * W, rng.range(90, 200), 40);
  out += clouds(ctx, rng.int(1, 3), 60, 240);
  out += skyline(ctx, ground, 120, 300, mix(p.far, p.skyBottom, 0.3), { minW: 70, maxW: 150 });
  const wall = p.night ? mix(p.far, p.light, 0.25) : mix(p.light, p.far, 0.18);
  const shade = mix(wall, p.mid, 0.25);
  const glass = p.night ? mix(p.mid, p.near, 0.3) : mix(p.skyTop, p.mid, 0.4);
  const bw = Math.min(W * 0.46, 760);
  const bx = W / 2 - bw / 2 + rng.range(-0.12, 0.12) * W;
  const top = ground - rng.range(380, 440);
  // the lower wing on one side, then the main block
  const wingLeft = rng.chance(0.5);
  const wx = wingLeft ? bx - bw * 0.5 : bx + bw;
  out += rect(wx, ground - 220, bw * 0.5, 220, shade);
  out += windows(ctx, wx + 14, ground - 200, bw * 0.5 - 28, 150, {
    cols: 6,
    rows: 3,
    dark: glass,
    lit: p.night ? 0.7 : 0.15,
  });
  out += rect(bx, top, bw, ground - top, wall);
  out += rect(bx - 10, top - 16, bw + 20, 18, shade);
  const rows = Math.round((ground - top - 120) / 54);
  out += windows(ctx, bx + 20, top + 30, bw - 40, rows * 54, {
    cols: Math.round(bw / 62),
    rows,
    dark: glass,
    lit: p.night ? 0.7 : 0.15,
  });
  // the red cross on a white sign on the roof
  const red = mix('#d8403a', p.accent, 0.15);
  const sx = bx + bw / 2;
  const sy = top - 90;
  out += rect(sx - 6, top - 20, 12, 20, p.near);
  out += rect(sx - 62, sy - 62, 124, 124, p.night ? p.light : '#ffffff', 'rx="16"');
  out += rect(sx - 16, sy - 46, 32, 92, red) + rect(sx - 46, sy - 16, 92, 32, red);
  // the entrance with its canopy
  const ex = bx + bw / 2;
  out += rect(ex - 80, ground - 100, 160, 100, glass);
  out += rect(ex - 110, ground - 120, 220, 22, red);
  out += line(ex, ground - 100, ex, ground, wall, 4);
  out += street(ctx, ground);
  // the ambulance at the door
  const ax = ex + (rng.chance(0.5) ? 150 : -470);
  const ay = ground + 90;
  const white = p.night ? mix(p.light, p.far, 0.2) : '#fbfbf7';
  out += path(
    `M${n(ax)} ${n(ay)}L${n(ax)} ${n(ay - 130)}L${n(ax + 220)} ${n(ay - 130)}L${n(ax + 260)} ${n(ay - 80)}L${n(ax + 300)} ${n(ay - 66)}L${n(ax + 300)} ${n(ay)}Z`,
    white,
  );
  out += path(
    `M${n(ax + 226)} ${n(ay - 120)}L${n(ax + 256)} ${n(ay - 82)}L${n(ax + 226)} ${n(ay - 82)}Z`,
    glass,
  );
  out += rect(ax, ay - 54, 300, 16, red);
  out += rect(ax + 70, ay - 118, 22, 58, red) + rect(ax + 52, ay - 100, 58, 22, red);
  out += rect(
    ax + 150,
    ay - 142,
    40,
    12,
    p.night ? '#4f7dff' : mix('#4f7dff', p.mid, 0.3),
    'rx="4"',
  );
  for (const wx2 of [ax + 60, ax + 240])
    out += circle(wx2, ay, 26, p.near) + circle(wx2, ay, 11, mix(p.near, p.light, 0.4));
  // trees on either side
  out += tree(ctx, bx - 40 - rng.range(0, 100), ground + 20, 1.1);
  out += tree(ctx, bx + bw + 60 + rng.range(0, 100), ground + 20, 1.2);
  return out;
}

/** A row house with a gabled roof, door and windows. */
function rowHouse(ctx: Ctx, x: number, y: number, w: number, h: number): string {
  const { p, rng } = ctx;
  const body = natural(
    p,
    rng.pick([NATURE.clay, NATURE.wheat, '#d9d2c3', '#b9c6c9', '#c99c8e']),
    p.night ? 0.3 : 0.2,
  );
  const roof = mix(p.near, NATURE.soil, 0.35);
  const lit = p.night ? p.light : mix(p.light, p.skyBottom, 0.25);
  const dark = mix(body, p.near, 0.55);
  let out = rect(x, y - h, w, h, body);
  out += poly(
    [
      [x - 8, y - h + 2],
      [x + w / 2, y - h - w * 0.42],
      [x + w + 8, y - h + 2],
    ],
    roof,
  );
  out += rect(x + w * 0.68, y - h - w * 0.4, 16, w * 0.22, roof);
  const win = (wx: number, wy: number) =>
    rect(wx, wy, w * 0.22, h * 0.2, rng.chance(p.night ? 0.7 : 0.3) ? lit : dark) +
    rect(wx - 3, wy + h * 0.2, w * 0.22 + 6, 5, mix(body, p.light, 0.4));
  out +=
    win(x + w * 0.15, y - h * 0.82) +
    win(x + w * 0.63, y - h * 0.82) +
    win(x + w * 0.15, y - h * 0.42);
  out += rect(x + w * 0.6, y - h * 0.45, w * 0.24, h * 0.45, mix(p.accent, p.near, 0.3));
  return out;
}

export function houses(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const ground = 760;
  let out = sky(ctx, ground);
  out += sun(ctx, rng.range(0.05, 0.95) * W, rng.range(80, 170), 38);
  out += clouds(ctx, rng.int(1, 3), 50, 200);
  // apartment blocks behind, with balconies
  let x = rng.range(-80, 0);
  while (x < W) {
    const w = rng.range(220, 340);
    const h = rng.range(330, 480);
    const color = mix(mix(p.mid, p.far, 0.5), rng.pick([NATURE.clay, '#c8c2b6', p.far]), 0.2);
    const top = ground - 120 - h;
    out += rect(x, top, w, h + 120, color);
    const rows = Math.floor(h / 46);
    const cols = Math.round(w / 44);
    out += windows(ctx, x + 12, top + 16, w - 24, rows * 46, {
      cols,
      rows,
      dark: mix(color, p.near, 0.45),
      lit: p.night ? 0.6 : 0.25,
    });
    for (let r = 1; r < rows; r += 2)
      out += rect(x + 8, top + 16 + r * 46 + 34, w - 16, 8, mix(color, p.light, 0.3));
    x += w + rng.range(40, 120);
  }
  // row houses in front
  x = rng.range(-60, 0);
  const base = ground + 20;
  while (x < W) {
    const w = rng.range(130, 180);
    out += rowHouse(ctx, x, base, w, rng.range(170, 220));
    x += w + 2;
  }
  out += street(ctx, base);
  for (let lx = rng.range(60, 200); lx < W; lx += rng.range(300, 480))
    out += lamp(ctx, lx, base + 16, 200);
  return out;
}

export function parliament(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const ground = 720;
  let out = sky(ctx, ground);
  out += sun(
    ctx,
    rng.chance(0.5) ? rng.range(0.05, 0.25) * W : rng.range(0.75, 0.95) * W,
    rng.range(90, 200),
    44,
  );
  out += clouds(ctx, rng.int(1, 3), 60, 220);
  out += hills(ctx, ground - 90, 30, mix(natural(p, NATURE.leaf, 0.5), p.skyBottom, 0.45), ground);
  const stone = p.night ? mix(p.far, p.light, 0.3) : mix(p.light, p.far, 0.2);
  const shadow = mix(stone, p.mid, 0.3);
  const dark = mix(stone, p.near, 0.55);
  const cx = W / 2 + rng.range(-0.1, 0.1) * W;
  const cols = rng.pick([6, 8, 10]);
  const colW = 30;
  const gap = rng.range(34, 44);
  const portico = cols * colW + (cols - 1) * gap;
  const left = cx - portico / 2;
  const podium = ground - 80;
  const colTop = podium - rng.range(190, 230);
  // wings
  const wingW = rng.range(0.18, 0.26) * W;
  for (const wx of [left - wingW - 20, left + portico + 20]) {
    out += rect(wx, colTop + 20, wingW, podium - colTop - 20, stone);
    out += rect(wx - 6, colTop + 8, wingW + 12, 16, shadow);
    out += windows(ctx, wx + 16, colTop + 40, wingW - 32, podium - colTop - 70, {
      cols: Math.max(3, Math.round(wingW / 50)),
      rows: 2,
      dark,
      lit: p.night ? 0.6 : 0,
      size: 0.45,
    });
  }
  // drum, dome, lantern and flag
  const domeR = Math.min(portico * rng.range(0.3, 0.38), 190);
  const drumTop = colTop - 130;
  out += rect(cx - domeR * 1.05, drumTop, domeR * 2.1, 140, stone);
  for (let i = 0; i < 9; i++) {
    const x = cx - domeR + (domeR * 2 * (i + 0.5)) / 9;
    out += rect(x - 6, drumTop + 30, 12, 60, dark, 'rx="6"');
  }
  out += rect(cx - domeR * 1.15, drumTop - 12, domeR * 2.3, 16, shadow);
  const domeTop = drumTop - domeR * rng.range(0.85, 1.05);
  out += path(
    `M${n(cx - domeR)} ${n(drumTop - 10)}Q${n(cx - domeR)} ${n(domeTop)} ${n(cx)} ${n(domeTop)}Q${n(cx + domeR)} ${n(domeTop)} ${n(cx + domeR)} ${n(drumTop - 10)}Z`,
    mix(stone, p.accent, 0.12),
  );
  for (const k of [-0.6, -0.25, 0.25, 0.6])
    out += path(
      `M${n(cx + k * domeR)} ${n(drumTop - 10)}Q${n(cx + k * domeR * 0.8)} ${n(domeTop + 10)} ${n(cx)} ${n(domeTop)}`,
      'none',
      `stroke="${shadow}" stroke-width="3"`,
    );
  out += rect(cx - 16, domeTop - 44, 32, 46, stone) + ellipse(cx, domeTop - 44, 18, 12, shadow);
  out += line(cx, domeTop - 56, cx, domeTop - 130, p.near, 3);
  out += path(
    `M${n(cx)} ${n(domeTop - 130)}Q${n(cx + 30)} ${n(domeTop - 140)} ${n(cx + 58)} ${n(domeTop - 128)}L${n(cx + 58)} ${n(domeTop - 96)}Q${n(cx + 30)} ${n(domeTop - 108)} ${n(cx)} ${n(domeTop - 98)}Z`,
    p.accent,
  );
  // the portico: pediment, entablature, columns
  const ped = colTop - 50;
  out += poly(
    [
      [left - 30, ped],
      [cx, ped - portico * 0.2],
      [left + portico + 30, ped],
    ],
    stone,
  );
  out += poly(
    [
      [left, ped - 6],
      [cx, ped - portico * 0.2 + 18],
      [left + portico, ped - 6],
    ],
    shadow,
  );
  out +=
    rect(left - 30, ped, portico + 60, 50, stone) +
    rect(left - 20, ped + 38, portico + 40, 12, shadow);
  out += rect(left - 10, colTop, portico + 20, podium - colTop, mix(shadow, p.near, 0.25));
  for (let i = 0; i < cols; i++) {
    const x = left + i * (colW + gap);
    out +=
      rect(x - 6, colTop, colW + 12, 12, stone) +
      rect(x, colTop + 12, colW, podium - colTop - 24, stone);
    out += rect(x + colW * 0.62, colTop + 12, colW * 0.22, podium - colTop - 24, shadow);
    out += rect(x - 6, podium - 12, colW + 12, 12, stone);
  }
  // podium, steps and the square
  out += rect(left - wingW - 30, podium, portico + wingW * 2 + 60, 14, shadow);
  out += rect(0, ground - 8, W, VH - ground, mix(natural(p, NATURE.wheat, 0.5), p.light, 0.2));
  for (let s = 0; s < 5; s++) {
    const w = portico + 40 + s * 40;
    out += rect(cx - w / 2, podium + 14 + s * 14, w, 14, s % 2 ? stone : shadow);
  }
  for (let i = 0; i < rng.int(3, 7); i++) {
    const px = cx + rng.range(-0.45, 0.45) * W;
    out += person(
      px,
      rng.range(ground + 60, VH - 30),
      rng.range(70, 100),
      mix(p.near, p.mid, 0.2),
      { skirt: rng.chance(0.4) },
    );
  }
  out +=
    tree(ctx, left - wingW - 90, ground + 20, 1.3) +
    tree(ctx, left + portico + wingW + 90, ground + 20, 1.3);
  return out;
}

export function train(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const rail = 660;
  let out = sky(ctx, rail);
  out += sun(ctx, rng.range(0.05, 0.95) * W, rng.range(80, 180), 38);
  out += clouds(ctx, rng.int(1, 3), 60, 200);
  out += hills(ctx, 470, 30, mix(p.far, p.skyBottom, 0.35), rail);
  out += skyline(ctx, rail - 60, 60, 200, mix(p.far, p.mid, 0.3), {
    windows: true,
    minW: 70,
    maxW: 130,
  });
  // the station canopy on one side
  const canopyLeft = rng.chance(0.5);
  const cw = W * rng.range(0.35, 0.5);
  const cx0 = canopyLeft ? -20 : W - cw + 20;
  const roof = mix(p.near, p.mid, 0.3);
  out += rect(cx0, rail - 40, cw, 40, mix(p.mid, p.light, 0.35));
  out += rect(cx0, rail - 44, cw, 8, p.accent);
  for (let x = cx0 + 40; x < cx0 + cw; x += 170) out += rect(x, 250, 12, rail - 290, roof);
  out += path(
    `M${n(cx0)} 250Q${n(cx0 + cw / 2)} 205 ${n(cx0 + cw)} 250L${n(cx0 + cw)} 272L${n(cx0)} 272Z`,
    roof,
  );
  // overhead line: masts, catenary and contact wire
  const wire = mix(p.near, p.mid, 0.2);
  const span = rng.range(260, 340);
  for (let x = rng.range(0, span); x < W + span; x += span) {
    out += rect(x - 6, 300, 12, rail - 300, wire) + rect(x - 6, 316, 70, 8, wire);
    out += path(
      `M${n(x + 40)} 320Q${n(x + 40 + span / 2)} 350 ${n(x + 40 + span)} 320`,
      'none',
      `stroke="${wire}" stroke-width="2"`,
    );
  }
  out += line(0, 370, W, 370, wire, 2.5);
  // the train
  const car = 430;
  const len = W * rng.range(0.75, 1.05);
  const dir = rng.chance(0.5) ? 1 : -1;
  const nose = dir === 1 ? rng.range(0.55, 0.95) * W : rng.range(0.05, 0.45) * W;
  const tail = nose - dir * len;
  const [x1, x2] = dir === 1 ? [tail, nose] : [nose, tail];
  const body = p.night ? mix(p.light, p.far, 0.35) : mix(p.light, p.far, 0.1);
  const top = 420;
  const bottom = 600;
  const front =
    dir === 1
      ? `M${n(x1)} ${top}L${n(x2 - 90)} ${top}Q${n(x2 + 10)} ${top} ${n(x2 + 20)} ${bottom - 40}L${n(x2 + 20)} ${bottom}L${n(x1)} ${bottom}Z`
      : `M${n(x2)} ${top}L${n(x1 + 90)} ${top}Q${n(x1 - 10)} ${top} ${n(x1 - 20)} ${bottom - 40}L${n(x1 - 20)} ${bottom}L${n(x2)} ${bottom}Z`;
  out += path(front, body);
  out += rect(x1, bottom - 60, x2 - x1, 24, p.accent);
  const windowColor = p.night ? p.light : mix(p.skyTop, p.near, 0.45);
  for (let wx = x1 + 30; wx < x2 - 120; wx += car / 4) {
    const isDoor = Math.round((wx - x1 - 30) / (car / 4)) % 4 === 2;
    out += isDoor
      ? rect(wx, top + 22, 56, bottom - top - 36, mix(body, p.near, 0.3), 'rx="4"') +
        rect(wx + 8, top + 34, 40, 54, windowColor, 'rx="3"')
      : rect(wx, top + 30, 74, 58, windowColor, 'rx="8"');
  }
  for (let gx = x1 + car; gx < x2 - 60; gx += car)
    out += rect(gx - 3, top, 6, bottom - top, mix(body, p.near, 0.4));
  const cabX = dir === 1 ? x2 - 70 : x1 + 70;
  out += path(
    `M${n(cabX - 20 * dir)} ${top + 30}L${n(cabX + 40 * dir)} ${top + 30}L${n(cabX + 70 * dir)} ${top + 100}L${n(cabX - 20 * dir)} ${top + 100}Z`,
    windowColor,
  );
  out += circle(cabX + 72 * dir, bottom - 24, 7, p.night ? p.light : mix(p.light, p.accent, 0.3));
  for (let gx = x1 + 200; gx < x2; gx += car) {
    out += poly(
      [
        [gx, top],
        [gx + 30, 390],
        [gx + 60, 370],
        [gx + 90, 390],
        [gx + 120, top],
      ],
      'none',
      `stroke="${wire}" stroke-width="4"`,
    );
  }
  for (let bx = x1 + 60; bx < x2 - 40; bx += car / 2)
    out +=
      rect(bx, bottom, 100, 24, p.near, 'rx="6"') +
      circle(bx + 22, bottom + 26, 14, p.near) +
      circle(bx + 78, bottom + 26, 14, p.near);
  // tracks and ballast
  out += rect(0, bottom + 36, W, VH - bottom, mix(p.mid, p.near, 0.5));
  out += rect(0, bottom + 36, W, 30, mix(p.far, p.mid, 0.5));
  const sleeper = mix(NATURE.soil, p.near, 0.5);
  for (let x = 0; x < W; x += 34) out += rect(x, bottom + 42, 20, 18, sleeper);
  out += rect(0, bottom + 36, W, 6, p.near);
  for (let x = -40; x < W; x += 60)
    out += poly(
      [
        [x, 760],
        [x + 40, 760],
        [x + 60, 820],
        [x + 10, 820],
      ],
      sleeper,
    );
  out +=
    rect(0, 770, W, 10, mix(p.light, p.mid, 0.5)) + rect(0, 815, W, 12, mix(p.light, p.mid, 0.5));
  return out;
}

export function city(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const street = 790;
  let out = sky(ctx, street);
  out += sun(ctx, rng.range(0.1, 0.9) * W, rng.range(100, 220), 42);
  out += clouds(ctx, rng.int(1, 4), 60, 260);
  out += skyline(ctx, 700, 180, 420, mix(p.far, p.skyBottom, 0.25), { minW: 50, maxW: 120 });
  out += skyline(ctx, street, 150, 380, mix(p.mid, p.far, 0.25), {
    windows: true,
    minW: 80,
    maxW: 170,
  });
  out += skyline(ctx, street, 70, 170, mix(p.near, p.mid, 0.35), {
    windows: true,
    minW: 110,
    maxW: 200,
  });
  out += rect(0, street, W, VH - street, mix(p.near, p.mid, 0.1));
  out += rect(0, street, W, 14, mix(p.mid, p.light, 0.2));
  for (let x = rng.range(0, 80); x < W; x += 140)
    out += rect(x, street + 58, 70, 7, mix(p.light, p.mid, 0.3));
  // trees and street lamps on the pavement
  const treeColor = mix(p.mid, p.near, 0.55);
  for (let x = rng.range(20, 140); x < W; x += rng.range(180, 320)) {
    if (rng.chance(0.5)) {
      out +=
        rect(x - 4, street - 70, 8, 80, p.near) +
        circle(x, street - 90, rng.range(28, 40), treeColor);
    } else {
      out += rect(x - 3, street - 150, 6, 160, p.near) + rect(x - 3, street - 150, 30, 5, p.near);
      out += ellipse(x + 26, street - 142, 10, 6, p.night ? p.light : mix(p.light, p.accent, 0.3));
    }
  }
  // a bus passing by
  const bx = rng.range(0.05, 0.7) * W;
  out += rect(bx, street - 10, 300, 90, p.accent, 'rx="14"');
  out += rect(
    bx + 16,
    street + 4,
    268,
    34,
    p.night ? p.light : mix(p.skyBottom, p.light, 0.3),
    'rx="4"',
  );
  for (let i = 1; i < 5; i++)
    out += line(bx + 16 + i * 53.6, street + 4, bx + 16 + i * 53.6, street + 38, p.accent, 5);
  out += circle(bx + 62, street + 82, 18, p.near) + circle(bx + 240, street + 82, 18, p.near);
  return out;
}
