// Limits first, then pixels: a picture is refused on its header's size and pixel count before a
// single pixel is decoded, so a 30 MB upload or a decompression bomb costs nothing but a metadata read.
import sharp from 'sharp';
import { ScreenshotReadError } from './types.js';

export const MAX_BYTES = 30 * 1024 * 1024;
export const MAX_PIXELS = 60_000_000;
const FORMATS = new Set(['png', 'jpeg', 'webp']);

/** RGB pixels, 3 bytes each, row by row. */
export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

export interface ImageLimits {
  maxBytes?: number;
  maxPixels?: number;
}

export async function checkImage(image: Buffer, limits: ImageLimits = {}): Promise<{ width: number; height: number }> {
  const maxBytes = limits.maxBytes ?? MAX_BYTES;
  const maxPixels = limits.maxPixels ?? MAX_PIXELS;
  if (image.length > maxBytes)
    throw new ScreenshotReadError(
      'too-large',
      `The picture is ${(image.length / 1048576).toFixed(1)} MB; screenshots up to ${Math.round(maxBytes / 1048576)} MB are read.`,
    );
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // metadata reads the header only; limitInputPixels is off here so the count can be reported
    meta = await sharp(image, { limitInputPixels: false }).metadata();
  } catch {
    throw new ScreenshotReadError('not-an-image', 'This is not a PNG, JPEG or WebP picture.');
  }
  if (!meta.format || !FORMATS.has(meta.format) || !meta.width || !meta.height)
    throw new ScreenshotReadError('not-an-image', 'This is not a PNG, JPEG or WebP picture.');
  const pixels = meta.width * meta.height;
  if (pixels > maxPixels)
    throw new ScreenshotReadError(
      'too-many-pixels',
      `The picture has ${(pixels / 1e6).toFixed(0)} megapixels; screenshots up to ${Math.round(maxPixels / 1e6)} megapixels are read.`,
    );
  return { width: meta.width, height: meta.height };
}

/** Decodes to RGB (EXIF rotation applied, alpha flattened on white), with the pixel limit enforced by sharp too. */
export async function decodePixels(image: Buffer, maxPixels = MAX_PIXELS): Promise<Pixels> {
  try {
    const { data, info } = await sharp(image, { limitInputPixels: maxPixels })
      .rotate()
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/pixel limit/i.test(msg))
      throw new ScreenshotReadError('too-many-pixels', 'The picture has too many pixels to read.');
    throw new ScreenshotReadError('not-an-image', 'The picture could not be decoded.');
  }
}
