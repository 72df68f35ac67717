// A fake of the screenshot reader port (issue 19), the internal seam between the pipeline and OCR:
// it answers a picture with the reading the test gave for that picture's width, so a test knows
// exactly what "was recognised". Calls are recorded; `gate` holds a reading back until released.
import sharp from 'sharp';
import { sniffImage } from '../../src/core/image-info.js';
import type { ScreenshotReader, ScreenshotReading } from '../../src/extract/screenshot/types.js';
import { ScreenshotReadError } from '../../src/extract/screenshot/types.js';
import type { TranscriptMessage } from '../../src/extract/types.js';

/** A small real PNG whose width tells the fake reader which reading it is. */
export async function pngOf(width: number, height = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 240, g: 240, b: 240 } } })
    .png()
    .toBuffer();
}

export async function jpegOf(width: number, height = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 220, b: 240 } } })
    .jpeg()
    .toBuffer();
}

/** A reading of these lines ("speaker|role|text"), every bubble at `confidence`. */
export function readingOf(
  lines: { speaker?: string; role: 'rep' | 'customer'; text: string; at?: string }[],
  opts: { title?: string; confidence?: number; lowBubble?: number } = {},
): ScreenshotReading {
  const messages: TranscriptMessage[] = lines.map((l, index) => ({
    index,
    speaker: l.speaker,
    text: l.text,
    role: l.role,
    ...(l.at ? { at: l.at, atDate: new Date(l.at) } : {}),
  }));
  const c = opts.confidence ?? 0.95;
  const bubbles = lines.map((l, index) => ({
    index,
    side: l.role === 'rep' ? ('right' as const) : ('left' as const),
    box: { x: 0, y: index * 60, width: 300, height: 50 },
    confidence: index === opts.lowBubble ? Math.min(c, 0.4) : c,
  }));
  return {
    layout: 'wechat',
    title: opts.title,
    transcript: { format: 'lines', messages },
    bubbles,
    confidence: Math.min(...bubbles.map((b) => b.confidence)),
    width: 390,
    height: 800,
    ms: 5,
  };
}

export interface FakeReader extends ScreenshotReader {
  calls: { width?: number; reps: string[] }[];
  ok: boolean;
  /** While set, read() waits for it. */
  gate?: Promise<void>;
}

export function fakeReader(byWidth: Map<number, ScreenshotReading | ScreenshotReadError>): FakeReader {
  const r: FakeReader = {
    calls: [],
    ok: true,
    async available() {
      return r.ok ? { ok: true } : { ok: false, reason: 'tesseract not found' };
    },
    async read(image, opts) {
      const width = sniffImage(image)?.width;
      r.calls.push({ width, reps: opts.reps });
      if (!r.ok) throw new ScreenshotReadError('ocr-unavailable', 'tesseract not found');
      await r.gate;
      const out = width === undefined ? undefined : byWidth.get(width);
      if (out instanceof ScreenshotReadError) throw out;
      if (!out) throw new ScreenshotReadError('no-chat-found', 'no chat in this picture');
      return out;
    },
  };
  return r;
}
