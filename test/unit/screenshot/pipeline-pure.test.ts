// The pure parts of the screenshot pipeline (issue 19): magic bytes and pixel size from headers,
// strict base64, the stub join's overlap rule, and the words that answer a screenshot check.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { decodeBase64Image, sniffImage } from '../../../src/core/image-info.js';
import { decodeConsoleImage } from '../../../src/http/console/image-body.js';
import { joinReadings } from '../../../src/extract/screenshot/index.js';
import { checkAnswer } from '../../../src/services/bot/handlers/screenshot-check.js';
import { readingOf } from '../../fakes/fake-screenshot-reader.js';

describe('sniffImage', () => {
  it('reads PNG and JPEG (baseline and progressive) sizes from their headers', async () => {
    const base = sharp({ create: { width: 390, height: 844, channels: 3, background: '#eee' } });
    expect(sniffImage(await base.clone().png().toBuffer())).toEqual({ mime: 'image/png', width: 390, height: 844 });
    expect(sniffImage(await base.clone().jpeg().toBuffer())).toEqual({ mime: 'image/jpeg', width: 390, height: 844 });
    expect(sniffImage(await base.clone().jpeg({ progressive: true }).toBuffer())).toEqual({
      mime: 'image/jpeg',
      width: 390,
      height: 844,
    });
  });

  it('refuses what is neither', async () => {
    expect(sniffImage(Buffer.from('GIF89a....'))).toBeUndefined();
    expect(
      sniffImage(
        await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
          .webp()
          .toBuffer(),
      ),
    ).toBeUndefined();
    expect(sniffImage(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('decodeBase64Image', () => {
  it('takes plain base64 and data: URLs, with line breaks', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const b64 = bytes.toString('base64');
    expect(decodeBase64Image(b64)?.equals(bytes)).toBe(true);
    expect(decodeBase64Image(`data:image/png;base64,${b64}`)?.equals(bytes)).toBe(true);
    expect(decodeBase64Image(`${b64.slice(0, 4)}\n${b64.slice(4)}`)?.equals(bytes)).toBe(true);
  });

  it('refuses what is not base64', () => {
    expect(decodeBase64Image('not base64!')).toBeUndefined();
    expect(decodeBase64Image('abc')).toBeUndefined();
    expect(decodeBase64Image('')).toBeUndefined();
  });
});

describe('joinReadings (the stub until the reader lands)', () => {
  it('joins in order, takes the overlapping bubbles once, keeps the lowest confidence', () => {
    const a = readingOf(
      [
        { role: 'customer', speaker: 'A', text: 'one' },
        { role: 'rep', speaker: 'B', text: 'two' },
      ],
      { title: 'A' },
    );
    const b = readingOf(
      [
        { role: 'rep', speaker: 'B', text: 'two' },
        { role: 'customer', speaker: 'A', text: 'three' },
      ],
      { confidence: 0.7 },
    );
    const j = joinReadings([a, b]);
    expect(j.transcript.messages.map((m) => [m.index, m.text])).toEqual([
      [0, 'one'],
      [1, 'two'],
      [2, 'three'],
    ]);
    expect(j.bubbles.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(j.confidence).toBe(0.7);
    expect(j.title).toBe('A');
  });

  it('keeps a repeated line that is not an overlap (said again later)', () => {
    const a = readingOf([
      { role: 'customer', text: 'ok' },
      { role: 'rep', text: 'price?' },
    ]);
    const b = readingOf([{ role: 'customer', text: 'ok' }]);
    expect(joinReadings([a, b]).transcript.messages.map((m) => m.text)).toEqual(['ok', 'price?', 'ok']);
  });
});

describe('checkAnswer', () => {
  it('reads yes and cancel in both languages, and nothing else', () => {
    expect(['yes', 'OK', '确认', '对', '好的'].map(checkAnswer)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
    expect(['cancel', 'no', '取消', '不对'].map(checkAnswer)).toEqual(['no', 'no', 'no', 'no']);
    expect(['yes please file it under ACME', 'ACME 要什么？', ''].map(checkAnswer)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('decodeConsoleImage limits', () => {
  const png = async (): Promise<Buffer> =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: '#eee' } })
      .png()
      .toBuffer();
  const status = (f: () => unknown): number | undefined => {
    try {
      f();
    } catch (err) {
      return (err as { status?: number }).status;
    }
    return undefined;
  };

  it('refuses a far oversized picture from its base64 length alone, even when it is not base64', () => {
    // not base64 at all: only the length is looked at, so this is a 413, not a 400
    expect(status(() => decodeConsoleImage('!'.repeat(4000), 1000))).toBe(413);
  });

  it('measures a picture near the limit exactly: a data: URL and line breaks do not count against it', async () => {
    const data = await png();
    const wrapped = `data:image/png;base64,${data.toString('base64').replace(/.{76}/g, '$&\n')}`;
    expect(decodeConsoleImage(wrapped, data.length).data.equals(data)).toBe(true);
    expect(status(() => decodeConsoleImage(wrapped, data.length - 1))).toBe(413);
  });
});
