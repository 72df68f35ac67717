// Many crops, one OCR call: the crops of a screenshot (bubbles, dividers, the title) are prepared
// for Tesseract — dark text on white, upscaled 2x (small print 3x) — and stacked into one tall strip with white gaps,
// so one process start and one model load serve a whole screen. Words are mapped back to their crop
// by their vertical position.
import sharp from 'sharp';
import { luminance, type Rgb } from './colour.js';
import type { Pixels } from './image.js';
import type { Box } from './types.js';
import { Yielder } from './yielder.js';

export interface Crop {
  box: Box;
  /** The colour behind the text; dark fills (dark mode) are inverted. */
  fill: Rgb;
  /** Parts of the crop painted over with the fill before reading (a bubble's time, read apart). */
  mask?: Box;
  /** Upscaling factor: one per kind of text, so a strip's letters are of one size (psm 6 wants that). */
  scale?: number;
}

export interface Strip {
  png: Buffer;
  /** Per crop, its rows in the strip: [top, bottom). */
  spans: { top: number; bottom: number; scale: number }[];
}

const SCALE = 2;
const GAP = 28;
const MARGIN = 16;

/** Grey levels of the crop with the fill mapped to white and the darkest ink to black. */
async function flatten(p: Pixels, c: Crop, box: Box, yl: Yielder): Promise<Buffer> {
  const dark = luminance(c.fill) < 128;
  const lum = (o: number): number => {
    const v = 0.299 * p.data[o]! + 0.587 * p.data[o + 1]! + 0.114 * p.data[o + 2]!;
    return dark ? 255 - v : v;
  };
  const inMask = (x: number, y: number): boolean =>
    !!c.mask && x >= c.mask.x && x < c.mask.x + c.mask.width && y >= c.mask.y && y < c.mask.y + c.mask.height;
  const out = Buffer.alloc(box.width * box.height);
  const fill = dark ? 255 - luminance(c.fill) : luminance(c.fill);
  let lo = fill;
  for (let y = 0; y < box.height; y++) {
    await yl.maybe();
    for (let x = 0; x < box.width; x++) lo = Math.min(lo, lum(((box.y + y) * p.width + box.x + x) * 3));
  }
  const span = Math.max(24, fill - lo);
  for (let y = 0; y < box.height; y++) {
    await yl.maybe();
    for (let x = 0; x < box.width; x++) {
      const X = box.x + x;
      const Y = box.y + y;
      if (inMask(X, Y)) {
        out[y * box.width + x] = 255;
        continue;
      }
      const v = (255 * (lum((Y * p.width + X) * 3) - lo)) / span;
      out[y * box.width + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return out;
}

async function prepare(
  p: Pixels,
  c: Crop,
  yl: Yielder,
): Promise<{ data: Buffer; width: number; height: number; scale: number }> {
  // inside the rounded corners and the anti-aliased border
  const inset = Math.min(3, Math.floor(Math.min(c.box.width, c.box.height) / 8));
  const x = Math.max(0, c.box.x + inset);
  const y = Math.max(0, c.box.y + inset);
  const box: Box = {
    x,
    y,
    width: Math.max(1, Math.min(p.width - x, c.box.width - 2 * inset)),
    height: Math.max(1, Math.min(p.height - y, c.box.height - 2 * inset)),
  };
  const scale = c.scale ?? SCALE;
  const { data, info } = await sharp(await flatten(p, c, box, yl), {
    raw: { width: box.width, height: box.height, channels: 1 },
  })
    .resize(box.width * scale, box.height * scale, { kernel: 'lanczos3' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, scale };
}

export async function buildStrip(p: Pixels, crops: Crop[]): Promise<Strip> {
  const yl = new Yielder();
  const parts = [];
  for (const c of crops) parts.push(await prepare(p, c, yl));
  const width = Math.max(...parts.map((x) => x.width)) + 2 * MARGIN;
  const height = parts.reduce((s, x) => s + x.height + GAP, GAP);
  const canvas = Buffer.alloc(width * height, 255);
  const spans: Strip['spans'] = [];
  let y = GAP;
  for (const part of parts) {
    await yl.maybe();
    for (let r = 0; r < part.height; r++)
      part.data.copy(canvas, (y + r) * width + MARGIN, r * part.width, (r + 1) * part.width);
    spans.push({ top: y, bottom: y + part.height, scale: part.scale });
    y += part.height + GAP;
  }
  const png = await sharp(canvas, { raw: { width, height, channels: 1 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { png, spans };
}
