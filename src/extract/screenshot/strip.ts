// Many crops, one OCR call: the crops of a screenshot (bubbles, dividers, the title) are prepared
// for Tesseract — dark text on white, upscaled 2x — and stacked into one tall strip with white gaps,
// so one process start and one model load serve a whole screen. Words are mapped back to their crop
// by their vertical position.
import sharp from 'sharp';
import { luminance, type Rgb } from './colour.js';
import type { Pixels } from './image.js';
import type { Box } from './types.js';

export interface Crop {
  box: Box;
  /** The colour behind the text; dark fills (dark mode) are inverted. */
  fill: Rgb;
  /** Parts of the crop painted over with the fill before reading (a bubble's time, read apart). */
  mask?: Box;
}

export interface Strip {
  png: Buffer;
  /** Per crop, its rows in the strip: [top, bottom). */
  spans: { top: number; bottom: number; scale: number }[];
}

const SCALE = 2;
const GAP = 28;
const MARGIN = 16;

async function prepare(p: Pixels, c: Crop): Promise<{ data: Buffer; width: number; height: number }> {
  // inside the rounded corners and the anti-aliased border
  const inset = Math.min(3, Math.floor(Math.min(c.box.width, c.box.height) / 8));
  const box = {
    left: c.box.x + inset,
    top: c.box.y + inset,
    width: Math.max(1, c.box.width - 2 * inset),
    height: Math.max(1, c.box.height - 2 * inset),
  };
  let src = p.data;
  if (c.mask) {
    // paint the masked part with the fill, in a copy: the time is read from its own crop
    src = Buffer.from(p.data);
    const m = c.mask;
    for (let y = Math.max(0, m.y); y < Math.min(p.height, m.y + m.height); y++)
      for (let x = Math.max(0, m.x); x < Math.min(p.width, m.x + m.width); x++) {
        const o = (y * p.width + x) * 3;
        src[o] = c.fill[0];
        src[o + 1] = c.fill[1];
        src[o + 2] = c.fill[2];
      }
  }
  let img = sharp(src, { raw: { width: p.width, height: p.height, channels: 3 } })
    .extract(box)
    .greyscale();
  if (luminance(c.fill) < 128) img = img.negate();
  const { data, info } = await img
    .normalise()
    .resize(box.width * SCALE, box.height * SCALE, { kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export async function buildStrip(p: Pixels, crops: Crop[]): Promise<Strip> {
  const parts = await Promise.all(crops.map((c) => prepare(p, c)));
  const width = Math.max(...parts.map((x) => x.width)) + 2 * MARGIN;
  const height = parts.reduce((s, x) => s + x.height + GAP, GAP);
  const canvas = Buffer.alloc(width * height, 255);
  const spans: Strip['spans'] = [];
  let y = GAP;
  for (const part of parts) {
    for (let r = 0; r < part.height; r++)
      part.data.copy(canvas, (y + r) * width + MARGIN, r * part.width, (r + 1) * part.width);
    spans.push({ top: y, bottom: y + part.height, scale: SCALE });
    y += part.height + GAP;
  }
  const png = await sharp(canvas, { raw: { width, height, channels: 1 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { png, spans };
}
