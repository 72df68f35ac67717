// MERGE POINT (issue 19): the one place the pipeline gets its chat-screenshot reader and the join
// of several screenshots of one chat. Until the OCR reader lands in this folder, the factory
// returns a reader that is never available (Baton then says screenshots need Tesseract and keeps
// the picture), and joinReadings is a plain in-order concatenation that drops a repeated bubble
// at the seam. When the reader merges, replace the two bodies below with re-exports of its own:
//   export { createScreenshotReader } from './<its factory>.js';
//   export { joinReadings } from './<its join>.js';
// keeping these signatures (src/main.ts calls createScreenshotReader(config.screenshots.timeoutMs)).
import type { TranscriptMessage } from '../types.js';
import { ScreenshotReadError, type ScreenshotReader, type ScreenshotReading } from './types.js';

export function createScreenshotReader(_timeoutMs?: number): ScreenshotReader {
  const reason = 'the chat-screenshot reader (Tesseract OCR) is not installed in this build';
  return {
    available: async () => ({ ok: false, reason }),
    read: async () => {
      throw new ScreenshotReadError('ocr-unavailable', reason);
    },
  };
}

const same = (a: TranscriptMessage, b: TranscriptMessage) => a.role === b.role && a.text.trim() === b.text.trim();

/**
 * Several screenshots of one chat, in the order forwarded, as one reading. Consecutive screenshots
 * usually overlap by a few bubbles: the longest run at the end of the chat so far that the next
 * screenshot starts with is taken once.
 */
export function joinReadings(readings: ScreenshotReading[]): ScreenshotReading {
  const [first, ...rest] = readings;
  if (!first) throw new Error('joinReadings: no readings');
  const messages = [...first.transcript.messages];
  const bubbles = [...first.bubbles];
  for (const r of rest) {
    const next = r.transcript.messages;
    let overlap = 0;
    for (let n = Math.min(messages.length, next.length); n > 0; n--) {
      const tail = messages.slice(messages.length - n);
      if (tail.every((m, i) => same(m, next[i]!))) {
        overlap = n;
        break;
      }
    }
    for (const m of next.slice(overlap)) {
      const index = messages.length;
      const bubble = r.bubbles.find((b) => b.index === m.index);
      messages.push({ ...m, index });
      if (bubble) bubbles.push({ ...bubble, index });
    }
  }
  return {
    ...first,
    title: readings.find((r) => r.title)?.title,
    transcript: { ...first.transcript, messages },
    bubbles,
    confidence: Math.min(...readings.map((r) => r.confidence)),
    height: readings.reduce((h, r) => h + r.height, 0),
    ms: readings.reduce((t, r) => t + r.ms, 0),
  };
}
