// What the reader refuses, and why, before any pixel is decoded or any OCR runs.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createScreenshotReader, ScreenshotReadError } from '../../../src/extract/screenshot/index.js';
import { hasTesseract, png, SKIP_NOTE } from './helpers.js';

const opts = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Lily'] };

/** A small real PNG whose header claims `width`×`height` (IHDR rewritten, CRC fixed). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const buf = Buffer.from(
    await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer(),
  );
  // signature (8) + length (4) + "IHDR" (4), then width and height
  buf.writeUInt32BE(width, 16);
  buf.writeUInt32BE(height, 20);
  buf.writeUInt32BE(crc32(buf.subarray(12, 29)) >>> 0, 29);
  return buf;
}

async function refusal(p: Promise<unknown>): Promise<ScreenshotReadError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ScreenshotReadError);
  return err as ScreenshotReadError;
}

describe('screenshot limits', () => {
  const reader = createScreenshotReader();

  it('refuses a file over 30 MB as too-large, with the sizes in the message', async () => {
    const big = Buffer.concat([png('wechat-zh.png'), Buffer.alloc(30 * 1024 * 1024)]);
    const err = await refusal(reader.read(big, opts));
    expect(err.reason).toBe('too-large');
    expect(err.message).toMatch(/30 MB/);
  });

  it('refuses over 60 megapixels as too-many-pixels from the header alone', async () => {
    const bomb = await pngClaiming(10_000, 7_000); // 70 MP claimed, a few hundred bytes sent
    expect((await sharp(bomb).metadata()).width).toBe(10_000);
    const err = await refusal(reader.read(bomb, opts));
    expect(err.reason).toBe('too-many-pixels');
    expect(err.message).toMatch(/70 megapixels/);
  });

  it('reads a picture just under the pixel limit past the limits (refused later for another reason)', async () => {
    const small = createScreenshotReader({ maxPixels: 1000 });
    expect((await refusal(small.read(await pngClaiming(40, 40), opts))).reason).toBe('too-many-pixels');
    expect((await refusal(small.read(await pngClaiming(30, 30), opts))).reason).not.toBe('too-many-pixels');
  });

  it('refuses what is not a PNG, JPEG or WebP', async () => {
    expect((await refusal(reader.read(Buffer.from('hello, not a picture'), opts))).reason).toBe('not-an-image');
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect((await refusal(reader.read(gif, opts))).reason).toBe('not-an-image');
  });

  it('without tesseract: available() says what to install, read() refuses with ocr-unavailable', async () => {
    const none = createScreenshotReader({ tesseract: '/nonexistent/tesseract' });
    const av = await none.available();
    expect(av.ok).toBe(false);
    if (!av.ok) expect(av.reason).toMatch(/tesseract-ocr-chi-sim/);
    const err = await refusal(none.read(png('wechat-zh.png'), opts));
    expect(err.reason).toBe('ocr-unavailable');
  });

  it.skipIf(!hasTesseract)(`gives up past its time budget with timeout${SKIP_NOTE}`, async () => {
    const err = await refusal(reader.read(png('whatsapp-light-long-1.png'), { ...opts, timeoutMs: 50 }));
    expect(err.reason).toBe('timeout');
  });

  it.skipIf(!hasTesseract)(`a picture with no chat bubbles is no-chat-found${SKIP_NOTE}`, async () => {
    const flat = await sharp({ create: { width: 390, height: 800, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    expect((await refusal(reader.read(flat, opts))).reason).toBe('no-chat-found');
  });
});
