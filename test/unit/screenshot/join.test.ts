// Several screenshots of one chat read as one: order kept, the bubbles both show kept once.
import { describe, expect, it } from 'vitest';
import { createScreenshotReader, joinReadings, type ScreenshotReading } from '../../../src/extract/screenshot/index.js';
import type { TranscriptMessage } from '../../../src/extract/types.js';
import { chat, hasTesseract, png, similarity, SKIP_NOTE } from './helpers.js';

function reading(msgs: [TranscriptMessage['role'], string, string?][], title = 'Sarah'): ScreenshotReading {
  const messages: TranscriptMessage[] = msgs.map(([role, text, at], index) => ({
    index,
    role,
    text,
    ...(at ? { at, atDate: new Date(at) } : {}),
  }));
  return {
    layout: 'whatsapp-light',
    title,
    transcript: { format: 'lines', messages },
    bubbles: messages.map((m) => ({
      index: m.index,
      side: m.role === 'rep' ? 'right' : 'left',
      box: { x: 0, y: m.index * 40, width: 100, height: 30 },
      confidence: 0.9,
    })),
    confidence: 0.9,
    width: 390,
    height: 800,
    ms: 1000,
    tz: 'Asia/Shanghai',
  };
}

describe('joinReadings', () => {
  it('drops the bubbles that the next screenshot repeats, even when OCR read them slightly differently', () => {
    const a = reading([
      ['customer', 'We need 400 units'],
      ['rep', 'Price is USD 138 per unit FOB Shenzhen'],
      ['customer', 'Too high for us. Can you do USD 125?'],
    ]);
    const b = reading([
      ['customer', 'Too high for us. Can you do USD 125 ?'],
      ['rep', 'Let me check with my boss'],
    ]);
    const j = joinReadings([a, b]);
    expect(j.transcript.messages.map((m) => m.text)).toEqual([
      'We need 400 units',
      'Price is USD 138 per unit FOB Shenzhen',
      'Too high for us. Can you do USD 125?',
      'Let me check with my boss',
    ]);
    expect(j.transcript.messages.map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(j.bubbles.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    expect(j.ms).toBe(2000);
  });

  it('drops a repeat read in the other script or punctuation width on the next screen', () => {
    const a = reading([['customer', '老规矩哈，先付一半，发货前付清']]);
    const b = reading([
      ['customer', '老規矩哈,先付一半,發貨前付清'],
      ['rep', '好的'],
    ]);
    expect(joinReadings([a, b]).transcript.messages.map((m) => m.text)).toEqual([
      '老规矩哈，先付一半，发货前付清',
      '好的',
    ]);
  });

  it('keeps a repeated short reply that is not an overlap, and the same text from the other side', () => {
    const a = reading([
      ['customer', 'Can you ship in May?'],
      ['rep', 'ok'],
    ]);
    const b = reading([
      ['customer', 'ok'],
      ['rep', 'ok'],
    ]);
    expect(joinReadings([a, b]).transcript.messages.map((m) => `${m.role}:${m.text}`)).toEqual([
      'customer:Can you ship in May?',
      'rep:ok',
      'customer:ok',
      'rep:ok',
    ]);
  });

  it("dates a later screenshot's undated bubbles from where the earlier one ended", () => {
    const a = reading([['customer', 'We need 400 units', '2026-11-17T08:12:00+08:00']]);
    const b = reading([['rep', 'Boss agreed USD 128']]);
    b.bubbles[0]!.time = '10:02';
    const c = reading([['customer', 'Deal']]);
    const j = joinReadings([a, b, c]);
    expect(j.transcript.messages.map((m) => m.at)).toEqual([
      '2026-11-17T08:12:00+08:00',
      '2026-11-17T10:02:00+08:00',
      '2026-11-17T10:02:00+08:00',
    ]);
  });

  it.skipIf(!hasTesseract)(`joins the two rendered screens of a long chat into the chat${SKIP_NOTE}`, async () => {
    const spec = chat('whatsapp-light-long');
    const reader = createScreenshotReader();
    const opts = { now: new Date(spec.now), tz: 'Asia/Shanghai', reps: spec.reps, timeoutMs: 120_000 };
    const parts = [];
    for (const f of ['whatsapp-light-long-1.png', 'whatsapp-light-long-2.png'])
      parts.push(await reader.read(png(f), opts));
    const want = spec.items.flatMap((i) => (i.kind === 'msg' ? [i] : []));
    // the screens overlap: together they show more bubbles than the chat has
    expect(parts[0]!.transcript.messages.length + parts[1]!.transcript.messages.length).toBeGreaterThan(want.length);
    const j = joinReadings(parts);
    expect(j.transcript.messages.map((m) => m.role)).toEqual(
      want.map((w) => (w.side === 'right' ? 'rep' : 'customer')),
    );
    j.transcript.messages.forEach((m, i) => expect(similarity(m.text, want[i]!.text)).toBeGreaterThan(0.8));
    // the second screen has no date pill: its bubbles keep the first screen's day
    expect(j.transcript.messages.at(-1)!.at).toBe(`2026-11-17T${want.at(-1)!.time}:00+08:00`);
    expect(j.title).toBe(spec.title);
  });
});
