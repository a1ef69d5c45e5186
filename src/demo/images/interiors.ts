/* Indoor scenes: classroom, books, cinema. The sky shows through windows or on the screen. */
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
  poly,
  rect,
  sun,
  VH,
  vGradient,
} from './kit.ts';

/** A window onto the palette's sky, with frame and glazing bars. */
function skyWindow(ctx: Ctx, x: number, y: number, w: number, h: number, frame: string): string {
  const { p } = ctx;
  const id = `win${ctx.defs.length}`;
  const fill = vGradient(ctx, `g${id}`, [
    [0, p.skyTop],
    [1, p.skyBottom],
  ]);
  ctx.defs.push(
    `<clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/></clipPath>`,
  );
  let view = rect(x, y, w, h, fill);
  view += circle(
    x + w * 0.7,
    y + h * 0.3,
    Math.min(w, h) * 0.12,
    p.night ? p.light : mix(p.accent, p.light, 0.4),
  );
  view += path(
    `M${n(x)} ${n(y + h)}L${n(x)} ${n(y + h * 0.75)}Q${n(x + w * 0.4)} ${n(y + h * 0.55)} ${n(x + w)} ${n(y + h * 0.72)}L${n(x + w)} ${n(y + h)}Z`,
    mix(p.far, p.skyBottom, 0.2),
  );
  let out = rect(x - 12, y - 12, w + 24, h + 24, frame);
  out += `<g clip-path="url(#${id})">${view}</g>`;
  out += rect(x + w / 2 - 4, y, 8, h, frame) + rect(x, y + h * 0.45 - 4, w, 8, frame);
  return out + rect(x - 22, y + h + 8, w + 44, 14, mix(frame, '#ffffff', 0.2));
}

/** Things a teacher leaves on the board: geometry, a graph, lines of (unreadable) writing. */
function chalkDrawings(ctx: Ctx): string {
  const { p, rng } = ctx;
  const chalk = mix(p.light, '#ffffff', 0.4);
  const style = `fill="none" stroke="${chalk}" stroke-width="4" stroke-linejoin="round" stroke-linecap="round" opacity="0.85"`;
  const panels: ((x: number) => string)[] = [
    (x) => `<path d="M${x} 200L${x + 150} 200L${x} 70Z" ${style}/>`,
    (x) =>
      `<circle cx="${x + 80}" cy="132" r="62" ${style}/><path d="M${x + 80} 132L${x + 142} 132" ${style}/>`,
    (x) =>
      `<path d="M${x} 40L${x} 220L${x + 190} 220" ${style}/><path d="M${x} 210Q${x + 70} 20 ${x + 180} 90" fill="none" stroke="${p.accent}" stroke-width="4"/>`,
    (x) => {
      let lines = '';
      for (let i = 0; i < 4; i++) {
        const w = rng.range(90, 180);
        const y = 60 + i * 44;
        lines += `<path d="M${x} ${y}q${n(w / 6)} -10 ${n(w / 3)} 0t${n(w / 3)} 0t${n(w / 3)} 0" ${style}/>`;
      }
      return lines;
    },
  ];
  const skip = rng.int(0, panels.length - 1);
  const chosen = panels.filter((_, i) => i !== skip);
  if (rng.chance(0.5)) chosen.reverse();
  return chosen.map((draw, i) => draw(30 + i * 230)).join('');
}

/** A school desk and its chair seen from behind (pupils face the board), feet on the floor at y. */
function desk(ctx: Ctx, x: number, y: number, s: number, wood: string, metal: string): string {
  const { p, rng } = ctx;
  const w = 150 * s;
  let out = rect(x - w / 2, y - 110 * s, w, 14 * s, wood, `rx="${n(3 * s)}"`);
  out += line(x - w / 2 + 10 * s, y - 96 * s, x - w / 2 + 10 * s, y - 16 * s, metal, 6 * s);
  out += line(x + w / 2 - 10 * s, y - 96 * s, x + w / 2 - 10 * s, y - 16 * s, metal, 6 * s);
  if (rng.chance(0.5)) out += rect(x + 10 * s, y - 118 * s, 44 * s, 8 * s, p.light);
  if (rng.chance(0.65)) {
    // a pupil, seen from behind
    const shirt = mix(rng.pick([p.accent, p.mid, p.far, NATURE.clay, NATURE.grass]), p.light, 0.15);
    const hair = mix(rng.pick(['#2b2118', '#4a3222', '#1c1c1c', '#7a5232']), p.near, 0.2);
    out += rect(x - 36 * s, y - 150 * s, 72 * s, 100 * s, shirt, `rx="${n(24 * s)}"`);
    out += circle(x, y - 172 * s, 25 * s, hair);
  }
  out += rect(
    x - w * 0.3,
    y - 96 * s,
    w * 0.6,
    46 * s,
    mix(wood, p.near, 0.15),
    `rx="${n(6 * s)}"`,
  );
  out +=
    line(x - w * 0.26, y - 50 * s, x - w * 0.26, y, metal, 5 * s) +
    line(x + w * 0.26, y - 50 * s, x + w * 0.26, y, metal, 5 * s);
  return out;
}

export function classroom(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const floorY = 600;
  const wall = p.night ? mix(p.far, p.light, 0.2) : mix(p.light, p.far, 0.3);
  let out = rect(0, 0, W, floorY, wall) + rect(0, floorY - 160, W, 160, mix(wall, p.mid, 0.18));
  out += rect(0, floorY, W, VH - floorY, natural(p, NATURE.wheat, 0.35));
  for (let y = floorY + 30; y < VH; y += 40 + (y - floorY) * 0.15)
    out += line(0, y, W, y, natural(p, NATURE.soil, 0.35), 2, 'opacity="0.4"');
  const frame = mix(p.light, p.mid, 0.15);
  // windows on one side, the blackboard in the middle
  const boardW = Math.min(W * 0.42, 700);
  const boardLeft = rng.chance(0.5);
  const bx = boardLeft ? W * 0.08 : W * 0.92 - boardW;
  const winX = boardLeft ? bx + boardW + 80 : 60;
  const winSpan = boardLeft ? W - winX - 40 : bx - 140;
  const panes = Math.max(1, Math.floor(winSpan / 260));
  for (let i = 0; i < panes; i++)
    out += skyWindow(ctx, winX + i * (winSpan / panes) + 20, 110, winSpan / panes - 60, 300, frame);
  const wood = natural(p, NATURE.soil, 0.25);
  out += rect(bx - 14, 116, boardW + 28, 292, wood);
  out += rect(bx, 130, boardW, 264, mix('#2f4f3f', p.near, 0.3));
  // chalk drawings, drawn on a 700 × 264 board and scaled to the real one
  const k = Math.min(1, boardW / 700);
  out += `<g transform="translate(${n(bx + (boardW - 700 * k) / 2)} ${n(130 + (264 - 264 * k) / 2)}) scale(${k.toFixed(3)})">${chalkDrawings(ctx)}</g>`;
  out += rect(bx - 20, 394, boardW + 40, 12, wood);
  // a clock above the board
  const cx = bx + boardW / 2;
  out +=
    circle(cx, 64, 34, frame) +
    circle(cx, 64, 28, '#ffffff') +
    line(cx, 64, cx, 44, p.near, 4) +
    line(cx, 64, cx + 14, 70, p.near, 4);
  // the teacher's desk with a globe
  const tx = bx + boardW * rng.range(0.2, 0.8);
  out +=
    rect(tx - 120, floorY - 110, 240, 110, mix(wood, p.near, 0.15)) +
    rect(tx - 130, floorY - 120, 260, 14, wood);
  out +=
    rect(tx + 40, floorY - 140, 40, 20, mix(p.near, p.mid, 0.3)) +
    circle(tx + 60, floorY - 176, 34, natural(p, '#4f8fc0', 0.2));
  out += path(
    `M${n(tx + 40)} ${n(floorY - 190)}Q${n(tx + 60)} ${n(floorY - 170)} ${n(tx + 82)} ${n(floorY - 180)}L${n(tx + 76)} ${n(floorY - 160)}Q${n(tx + 56)} ${n(floorY - 160)} ${n(tx + 36)} ${n(floorY - 168)}Z`,
    natural(p, NATURE.grass, 0.2),
  );
  // rows of desks, back to front
  const metal = mix(p.near, p.mid, 0.3);
  const rows = [
    [floorY + 90, 0.7],
    [floorY + 180, 0.9],
    [floorY + 300, 1.2],
  ] as const;
  for (const [y, s] of rows) {
    const gap = 280 * s;
    const count = Math.ceil(W / gap) + 1;
    const start = (W - (count - 1) * gap) / 2 + rng.range(-0.2, 0.2) * gap;
    for (let i = 0; i < count; i++)
      out += desk(ctx, start + i * gap, y, s, natural(p, NATURE.clay, 0.25), metal);
  }
  return out;
}

/** One shelf of books standing between x1 and x2, on a board at y, up to h high. */
function shelfOfBooks(
  ctx: Ctx,
  x1: number,
  x2: number,
  y: number,
  h: number,
  colors: string[],
): string {
  const { rng, p } = ctx;
  let out = '';
  let x = x1 + rng.range(0, 20);
  while (x < x2 - 30) {
    if (rng.chance(0.06)) {
      x += rng.range(30, 70);
      continue;
    }
    const w = rng.range(18, 40);
    const bh = h * rng.range(0.62, 0.92);
    const c = rng.pick(colors);
    const band = mix(c, p.light, 0.45);
    const leaning = rng.chance(0.07) && x + w + 40 < x2;
    const book =
      rect(x, y - bh, w, bh, c, 'rx="2"') +
      rect(x, y - bh * 0.86, w, 5, band) +
      rect(x, y - bh * 0.22, w, 4, band) +
      rect(x + w * 0.3, y - bh * 0.7, w * 0.4, bh * 0.3, mix(c, p.near, 0.2), 'rx="2"');
    if (leaning) {
      out += `<g transform="rotate(14 ${n(x + w)} ${n(y)})">${book}</g>`;
      x += w + bh * 0.25;
    } else {
      out += book;
      x += w + rng.range(0, 3);
    }
  }
  return out;
}

export function books(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const wall = p.night ? mix(p.mid, p.far, 0.4) : mix(p.light, p.far, 0.35);
  let out = rect(0, 0, W, VH, wall);
  const colors = [
    p.accent,
    mix(p.accent, p.near, 0.35),
    p.mid,
    mix(p.mid, p.light, 0.4),
    mix(p.far, p.light, 0.1),
    natural(p, NATURE.leaf, 0.2),
    natural(p, NATURE.wheat, 0.2),
    mix(p.near, p.mid, 0.4),
    natural(p, '#a84a3a', 0.15),
  ];
  const wood = natural(p, NATURE.soil, 0.2);
  const woodDark = mix(wood, p.near, 0.35);
  // a window on one side, a tall bookcase filling the rest
  const winW = Math.min(W * 0.22, 340);
  const winLeft = rng.chance(0.5);
  const wx = winLeft ? 90 : W - 90 - winW;
  out += skyWindow(ctx, wx, 110, winW, 420, mix(p.light, p.mid, 0.1));
  const caseX1 = winLeft ? wx + winW + 90 : 40;
  const caseX2 = winLeft ? W - 40 : wx - 90;
  out += rect(caseX1 - 20, 30, caseX2 - caseX1 + 40, 760, woodDark);
  const shelves = 4;
  const shelfH = 172;
  for (let i = 0; i < shelves; i++) {
    const y = 60 + (i + 1) * shelfH;
    out += rect(caseX1, y - shelfH + 14, caseX2 - caseX1, shelfH - 14, mix(woodDark, p.near, 0.3));
    out += shelfOfBooks(ctx, caseX1, caseX2, y, shelfH - 24, colors);
    out += rect(caseX1 - 20, y, caseX2 - caseX1 + 40, 16, wood);
  }
  // the reading table with a stack of books and a lamp
  out += rect(0, 760, W, VH - 760, mix(wood, p.near, 0.25));
  out += rect(0, 748, W, 16, wood);
  const sx = rng.range(0.25, 0.75) * W;
  let sy = 748;
  for (let i = 0; i < rng.int(4, 7); i++) {
    const w = rng.range(200, 280);
    const h = rng.range(26, 40);
    const x = sx - w / 2 + rng.range(-20, 20);
    const c = rng.pick(colors);
    out +=
      rect(x, sy - h, w, h, c, 'rx="3"') +
      rect(x + 8, sy - h + 6, w - 12, h - 12, mix(p.light, '#ffffff', 0.3)) +
      rect(x, sy - h, 10, h, mix(c, p.near, 0.2));
    sy -= h;
  }
  const open = sx + (sx < W / 2 ? 340 : -340);
  out += path(
    `M${n(open - 150)} 740Q${n(open - 70)} 710 ${n(open)} 736Q${n(open + 70)} 710 ${n(open + 150)} 740L${n(open + 150)} 748L${n(open - 150)} 748Z`,
    p.light,
  );
  out += line(open, 736, open, 748, mix(p.light, p.near, 0.3), 2);
  const lx = sx + (sx < W / 2 ? -260 : 260);
  out +=
    rect(lx - 50, 736, 100, 14, p.near, 'rx="5"') +
    line(lx, 736, lx + 40, 620, p.near, 8) +
    line(lx + 40, 620, lx - 10, 560, p.near, 8);
  out += poly(
    [
      [lx - 60, 600],
      [lx + 10, 520],
      [lx + 50, 570],
    ],
    p.accent,
  );
  out += path(
    `M${n(lx - 40)} 580L${n(lx - 180)} 748L${n(lx + 140)} 748L${n(lx + 30)} 560Z`,
    p.light,
    'opacity="0.16"',
  );
  return out;
}

export function cinema(ctx: Ctx): string {
  const { p, rng, W } = ctx;
  const dark = mix(p.near, '#000000', 0.45);
  let out = rect(0, 0, W, VH, dark);
  // the screen shows a landscape under the palette's sky
  const sw = Math.min(W * 0.62, 1000);
  const sx = W / 2 - sw / 2;
  const sy = 110;
  const sh = sw * 0.42;
  ctx.defs.push(
    `<clipPath id="screen"><rect x="${n(sx)}" y="${sy}" width="${n(sw)}" height="${n(sh)}"/></clipPath>`,
  );
  const skyFill = vGradient(ctx, 'screenSky', [
    [0, p.skyTop],
    [1, p.skyBottom],
  ]);
  let film =
    rect(sx, sy, sw, sh, skyFill) +
    sun(ctx, sx + sw * rng.range(0.2, 0.8), sy + sh * 0.35, sh * 0.1);
  film += clouds(ctx, 2, sy + 20, sy + sh * 0.3).replace(
    /<g opacity="[^"]*">/g,
    '<g opacity="0.7">',
  );
  film +=
    hills(ctx, sy + sh * 0.72, 24, mix(p.far, p.skyBottom, 0.2), sy + sh) +
    hills(ctx, sy + sh * 0.85, 20, p.mid, sy + sh);
  out += rect(sx - 14, sy - 14, sw + 28, sh + 28, mix(dark, p.near, 0.5));
  out += `<g clip-path="url(#screen)">${film}</g>`;
  // curtains
  const curtain = mix(p.accent === '#ffd23f' ? '#b3202a' : '#9e2433', p.accent, 0.15);
  for (const side of [-1, 1]) {
    const x0 = side < 0 ? 0 : sx + sw + 30;
    const x1 = side < 0 ? sx - 30 : W;
    for (let x = x0; x < x1; x += 36)
      out += rect(x, 0, 36, 660, (x - x0) % 72 ? mix(curtain, '#000000', 0.3) : curtain);
  }
  for (let x = 0; x < W; x += 90)
    out += path(
      `M${n(x)} 0L${n(x + 90)} 0L${n(x + 90)} 50Q${n(x + 45)} 90 ${n(x)} 50Z`,
      mix(curtain, '#000000', 0.15),
    );
  // rows of seats and the heads of the audience
  const seat = mix(curtain, dark, 0.45);
  const rows = [
    [600, 0.7],
    [700, 0.9],
    [820, 1.2],
  ] as const;
  for (const [y, s] of rows) {
    const w = 90 * s;
    for (let x = -rng.range(0, w); x < W + w; x += w + 6 * s) {
      if (rng.chance(0.55)) {
        const hx = x + w / 2 + rng.range(-6, 6);
        out +=
          circle(hx, y - 60 * s, 22 * s, mix(dark, p.near, 0.2)) +
          rect(
            hx - 32 * s,
            y - 40 * s,
            64 * s,
            50 * s,
            mix(dark, p.near, 0.2),
            `rx="${n(20 * s)}"`,
          );
      }
      out += rect(x, y - 30 * s, w, 90 * s, seat, `rx="${n(14 * s)}"`);
      out += rect(
        x + 6 * s,
        y - 24 * s,
        w - 12 * s,
        6 * s,
        mix(seat, p.light, 0.2),
        `rx="${n(3 * s)}"`,
      );
    }
  }
  // the projector's beam from behind the audience
  const beam = vGradient(ctx, 'beam', [
    [0, p.light, 0.04],
    [1, p.light, 0.3],
  ]);
  out += poly(
    [
      [W / 2 - 30, VH],
      [sx + 10, sy + 10],
      [sx + sw - 10, sy + 10],
      [W / 2 + 30, VH],
    ],
    beam,
  );
  // a film strip along the bottom edge
  out += rect(0, VH - 46, W, 46, '#111111');
  for (let x = 8; x < W; x += 40)
    out +=
      rect(x, VH - 38, 22, 12, mix(p.light, '#999999', 0.3), 'rx="3"') +
      rect(x, VH - 18, 22, 10, mix(p.light, '#999999', 0.3), 'rx="3"');
  out += ellipse(W / 2, VH + 20, 40, 20, p.light, 'opacity="0.6"');
  return out;
}
