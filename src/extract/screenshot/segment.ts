// Layout before text: where the header ends, which flat-coloured regions are bubbles, which side
// each is on, and which centred strips are time dividers. Works on raw RGB pixels only; OCR comes after.
import { distance, near, type Rgb } from './colour.js';
import type { Pixels } from './image.js';
import { matchPalette, type Palette } from './layouts.js';
import type { Box, ScreenshotLayout } from './types.js';
import { Yielder } from './yielder.js';

export interface Region {
  kind: 'bubble' | 'divider';
  side?: 'left' | 'right';
  box: Box;
  /** The region's fill colour (bubbles and pills) — the text on it is the other colour. */
  fill: Rgb;
  /** The bubble's own time in its bottom-right corner (WhatsApp), read apart from the text. */
  time?: Box;
}

export interface Segmentation {
  layout: ScreenshotLayout;
  palette?: Palette;
  background: Rgb;
  /** The title bar, when the picture has one above the messages. */
  header?: Box;
  headerFill?: Rgb;
  /** Bubbles and dividers top to bottom. */
  regions: Region[];
}

const q = (data: Buffer, o: number): number =>
  ((data[o]! >> 3) << 10) | ((data[o + 1]! >> 3) << 5) | (data[o + 2]! >> 3);

/** Mean colour of each 5-bit bucket, the most frequent first. */
async function histogram(
  p: Pixels,
  y0: number,
  y1: number,
  yl: Yielder,
  skip?: (o: number) => boolean,
): Promise<{ c: Rgb; n: number }[]> {
  const n = new Uint32Array(32768);
  const sr = new Float64Array(32768);
  const sg = new Float64Array(32768);
  const sb = new Float64Array(32768);
  for (let y = y0; y < y1; y++) {
    await yl.maybe();
    for (let x = 0; x < p.width; x++) {
      const o = (y * p.width + x) * 3;
      if (skip?.(o)) continue;
      const k = q(p.data, o);
      n[k]!++;
      sr[k]! += p.data[o]!;
      sg[k]! += p.data[o + 1]!;
      sb[k]! += p.data[o + 2]!;
    }
  }
  const out: { c: Rgb; n: number }[] = [];
  for (let k = 0; k < n.length; k++)
    if (n[k]! > 0)
      out.push({ c: [sr[k]! / n[k]!, sg[k]! / n[k]!, sb[k]! / n[k]!].map(Math.round) as unknown as Rgb, n: n[k]! });
  return out.sort((a, b) => b.n - a.n);
}

/** The colour most of the row has, if one colour covers `share` of it. */
function rowColour(p: Pixels, y: number, share = 0.9): Rgb | undefined {
  const o0 = y * p.width * 3;
  const first: Rgb = [p.data[o0]!, p.data[o0 + 1]!, p.data[o0 + 2]!];
  // the row's middle pixel is a better guess than its edge for a bar with an icon at the left
  const mid = o0 + Math.floor(p.width / 2) * 3;
  for (const c of [first, [p.data[mid]!, p.data[mid + 1]!, p.data[mid + 2]!] as Rgb]) {
    let same = 0;
    for (let x = 0; x < p.width; x++) if (near(p.data, o0 + x * 3, c, 6)) same++;
    if (same >= share * p.width) return c;
  }
  return undefined;
}

function findHeader(p: Pixels, bg: Rgb): { end: number; fill?: Rgb } {
  const limit = Math.min(Math.floor(p.height * 0.2), 220);
  let end = 0;
  let fill: Rgb | undefined;
  for (let y = 0; y < limit; y++) {
    const c = rowColour(p, y);
    if (c && distance(c, bg) > 6) {
      end = y + 1;
      // the bar's colour is its most common flat row colour, not the hairline under it
      if (!fill || y < end - 2) fill ??= c;
    }
  }
  return end > 0 ? { end, fill: fill ?? bg } : { end: 0 };
}

interface Component {
  box: Box;
  area: number;
}

/** 4-connected regions of pixels within `tol` of `c`, below `y0`. */
async function components(p: Pixels, y0: number, c: Rgb, tol: number, yl: Yielder): Promise<Component[]> {
  const { width: w, height: h, data } = p;
  const mask = new Uint8Array(w * h);
  for (let y = y0; y < h; y++) {
    await yl.maybe();
    for (let x = 0; x < w; x++) if (near(data, (y * w + x) * 3, c, tol)) mask[y * w + x] = 1;
  }
  const out: Component[] = [];
  const stack = new Int32Array(w * h);
  for (let i = y0 * w; i < w * h; i++) {
    if (i % w === 0) await yl.maybe();
    if (mask[i] !== 1) continue;
    let top = 0;
    stack[top++] = i;
    mask[i] = 2;
    let x0 = w,
      x1 = 0,
      yy0 = h,
      yy1 = 0,
      area = 0;
    while (top > 0) {
      const j = stack[--top]!;
      const x = j % w;
      const y = (j - x) / w;
      area++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < yy0) yy0 = y;
      if (y > yy1) yy1 = y;
      if (x > 0 && mask[j - 1] === 1) {
        mask[j - 1] = 2;
        stack[top++] = j - 1;
      }
      if (x < w - 1 && mask[j + 1] === 1) {
        mask[j + 1] = 2;
        stack[top++] = j + 1;
      }
      if (y > y0 && mask[j - w] === 1) {
        mask[j - w] = 2;
        stack[top++] = j - w;
      }
      if (y < h - 1 && mask[j + w] === 1) {
        mask[j + w] = 2;
        stack[top++] = j + w;
      }
    }
    out.push({ box: { x: x0, y: yy0, width: x1 - x0 + 1, height: yy1 - yy0 + 1 }, area });
  }
  return out;
}

/** Share of the box's pixels that are not the fill colour: text. A flat avatar has none. */
function inkShare(p: Pixels, b: Box, fill: Rgb): number {
  let ink = 0;
  for (let y = b.y; y < b.y + b.height; y++)
    for (let x = b.x; x < b.x + b.width; x++)
      if (
        distance(fill, [
          p.data[(y * p.width + x) * 3]!,
          p.data[(y * p.width + x) * 3 + 1]!,
          p.data[(y * p.width + x) * 3 + 2]!,
        ]) > 40
      )
        ink++;
  return ink / (b.width * b.height);
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
}

/** Centred bare-text strips between bubbles: WeChat's and DingTalk's time dividers. */
async function textDividers(p: Pixels, y0: number, bg: Rgb, taken: Box[], yl: Yielder): Promise<Box[]> {
  const { width: w, height: h, data } = p;
  const xa = Math.floor(w * 0.18);
  const xb = Math.ceil(w * 0.82);
  const rows: { y: number; min: number; max: number }[] = [];
  for (let y = y0; y < h; y++) {
    await yl.maybe();
    if (taken.some((b) => y >= b.y - 2 && y < b.y + b.height + 2 && b.x < xb && b.x + b.width > xa)) continue;
    let min = w,
      max = -1;
    for (let x = xa; x < xb; x++)
      if (!near(data, (y * w + x) * 3, bg, 24)) {
        min = Math.min(min, x);
        max = x;
      }
    if (max >= 0) rows.push({ y, min, max });
  }
  const out: Box[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]!.y - rows[j]!.y <= 2) j++;
    const band = rows.slice(i, j + 1);
    const top = band[0]!.y;
    const height = band[band.length - 1]!.y - top + 1;
    const min = Math.min(...band.map((r) => r.min));
    const max = Math.max(...band.map((r) => r.max));
    const centre = (min + max) / 2;
    if (height >= 6 && height <= 34 && Math.abs(centre - w / 2) < w * 0.08)
      out.push({
        x: Math.max(0, min - 6),
        y: Math.max(0, top - 4),
        width: Math.min(w, max + 6) - Math.max(0, min - 6),
        height: height + 8,
      });
    i = j + 1;
  }
  return out;
}

/** WhatsApp prints hh:mm in the bubble's bottom-right corner, a gap away from the last word. */
function timeBox(p: Pixels, b: Box, fill: Rgb): Box | undefined {
  const y0 = Math.max(b.y, b.y + b.height - 22);
  const y1 = b.y + b.height - 2;
  const inkCol = (x: number): boolean => {
    for (let y = y0; y < y1; y++) {
      const o = (y * p.width + x) * 3;
      if (distance(fill, [p.data[o]!, p.data[o + 1]!, p.data[o + 2]!]) > 40) return true;
    }
    return false;
  };
  let x = b.x + b.width - 3;
  while (x > b.x && !inkCol(x)) x--;
  const right = x;
  let gap = 0;
  while (x > b.x && gap < 6) {
    gap = inkCol(x) ? 0 : gap + 1;
    x--;
  }
  const left = x + gap + 1;
  const width = right - left + 1;
  if (width < 16 || width > 70 || right < b.x + b.width - 24) return undefined;
  // rows of the time's ink only
  let top = y1;
  let bottom = y0;
  for (let y = y0; y < y1; y++)
    for (let xx = left; xx <= right; xx++) {
      const o = (y * p.width + xx) * 3;
      if (distance(fill, [p.data[o]!, p.data[o + 1]!, p.data[o + 2]!]) > 40) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  // the time is small print standing alone: ink reaching the band's top is a glyph of the text
  if (top <= y0 + 1 || bottom - top < 5 || bottom - top > 13) return undefined;
  for (let xx = left; xx <= right; xx++) {
    const o = ((top - 2) * p.width + xx) * 3;
    if (distance(fill, [p.data[o]!, p.data[o + 1]!, p.data[o + 2]!]) > 40) return undefined;
  }
  return { x: left - 3, y: top - 3, width: width + 6, height: bottom - top + 7 };
}

export async function segment(p: Pixels): Promise<Segmentation> {
  const yl = new Yielder();
  const { width: w, height: h } = p;
  // the page background is the commonest colour of the side margins below the title bar: bubbles
  // never touch the screen's edges, and one long bubble may cover most of the page
  const bodyTop = Math.floor(h * 0.2);
  const edge = Math.max(2, Math.floor(w * 0.015));
  const hist = await histogram(p, bodyTop, h, yl, (o) => {
    const x = (o / 3) % w;
    return x >= edge && x < w - edge;
  });
  const background = hist[0]!.c;
  const header = findHeader(p, background);
  const y0 = header.end;
  const bodyArea = w * (h - y0);
  // candidate bubble colours: large flat colours other than the background
  const candidates = (await histogram(p, y0, h, yl, (o) => near(p.data, o, background, 8)))
    .filter((e) => e.n >= bodyArea * 0.004)
    .slice(0, 6)
    .map((e) => e.c);
  const palette = matchPalette(background, candidates);
  const fills = palette ? [palette.right, palette.left] : candidates;
  const found: { box: Box; fill: Rgb }[] = [];
  for (const fill of fills) {
    for (const c of await components(p, y0, fill, 10, yl)) {
      await yl.maybe();
      const { box } = c;
      if (box.width < 24 || box.height < 18 || box.width > w * 0.97) continue;
      if (c.area < 0.5 * box.width * box.height) continue;
      const ink = inkShare(p, box, fill);
      if (ink < 0.01 || ink > 0.6) continue; // avatars are flat, photos are all ink
      if (found.some((f) => overlap(f.box, box) > 0.6)) continue;
      found.push({ box, fill });
    }
  }
  const regions: Region[] = [];
  const pillsPossible = palette ? palette.pills : true;
  for (const f of found) {
    const { box } = f;
    const cx = box.x + box.width / 2;
    const centred = box.x > w * 0.12 && box.x + box.width < w * 0.88 && Math.abs(cx - w / 2) < w * 0.05;
    if (
      pillsPossible &&
      centred &&
      box.height < 40 &&
      (!palette || distance(f.fill, palette.left) <= 10 || !palette.pills)
    ) {
      regions.push({ kind: 'divider', box, fill: f.fill });
      continue;
    }
    let side: 'left' | 'right';
    if (palette && distance(f.fill, palette.right) <= 10) side = 'right';
    else if (palette && distance(f.fill, palette.left) <= 10) side = 'left';
    else side = box.x < w - (box.x + box.width) ? 'left' : 'right';
    const region: Region = { kind: 'bubble', side, box, fill: f.fill };
    if (palette?.bubbleTimes) {
      const t = timeBox(p, box, f.fill);
      if (t) region.time = t;
    }
    regions.push(region);
  }
  if (!palette?.pills)
    for (const box of await textDividers(
      p,
      y0,
      background,
      regions.map((r) => r.box),
      yl,
    ))
      regions.push({ kind: 'divider', box, fill: background });
  regions.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  // a generic chat must show both sides' colours; otherwise it is not a chat we can read
  const layout: ScreenshotLayout = palette?.layout ?? 'generic';
  const seg: Segmentation = { layout, background, regions };
  if (palette) seg.palette = palette;
  if (y0 > 0) {
    seg.header = { x: 0, y: 0, width: w, height: y0 };
    if (header.fill) seg.headerFill = header.fill;
  }
  return seg;
}
