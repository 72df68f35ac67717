// OCR of the committed rendered fixtures against the chats they were rendered from: every bubble,
// on its side, in order, its text within a few characters, and the times the screen showed.
import { describe, expect, it } from 'vitest';
import { createScreenshotReader } from '../../../src/extract/screenshot/index.js';
import { chat, hasTesseract, png, similarity, SKIP_NOTE } from './helpers.js';

const reader = createScreenshotReader();

// each fixture is read once and its reading shared by the tests that look at it: OCR is the slow part
const cache = new Map<string, ReturnType<typeof readOnce>>();
const readFixture = (name: string): ReturnType<typeof readOnce> =>
  cache.get(name) ?? cache.set(name, readOnce(name)).get(name)!;

async function readOnce(name: string, file = `${name}.png`) {
  const spec = chat(name.replace(/-\d$/, ''));
  // a generous budget: this machine may be busy, and tests check what was read, not how fast
  const reading = await reader.read(png(file), {
    now: new Date(spec.now),
    tz: 'Asia/Shanghai',
    reps: spec.reps,
    timeoutMs: 120_000,
  });
  return { spec, reading };
}

describe.skipIf(!hasTesseract)(`screenshot reader OCR${SKIP_NOTE}`, () => {
  for (const [name, lang] of [
    ['wechat-zh', 'chi_sim+eng'],
    ['whatsapp-light-en', 'chi_sim+eng'],
    ['whatsapp-dark-mixed', 'chi_sim+eng'],
    ['dingtalk-traditional', 'chi_tra+eng'],
  ] as const)
    it(`${name}: each bubble's text, side and role, the header as the customer's name`, async () => {
      const { spec, reading } = await readFixture(name);
      const want = spec.items.flatMap((i) => (i.kind === 'msg' ? [i] : []));
      const got = reading.transcript.messages;
      expect(reading.lang).toBe(lang);
      expect(reading.title).toBe(spec.title);
      expect(got.map((m) => m.role)).toEqual(want.map((w) => (w.side === 'right' ? 'rep' : 'customer')));
      expect(got.map((m) => m.speaker)).toEqual(want.map((w) => (w.side === 'right' ? spec.reps[0] : spec.title)));
      const sims = got.map((m, i) => similarity(m.text, want[i]!.text));
      // a word may be misread here and there; the chat as a whole must read nearly exactly
      expect(Math.min(...sims)).toBeGreaterThan(0.6);
      expect(sims.reduce((a, b) => a + b, 0) / sims.length).toBeGreaterThan(0.9);
      expect(reading.bubbles.map((b) => b.side)).toEqual(want.map((w) => w.side));
      expect(reading.confidence).toBeGreaterThan(0);
      expect(reading.confidence).toBeLessThanOrEqual(1);
    });

  it('Chinese lines of one bubble join without a space, English lines with one', async () => {
    const zh = (await readFixture('wechat-zh')).reading.transcript.messages;
    // "我们要2万个卡通PVC鞋花，上面要印我们自己的logo" wraps onto two lines in the bubble
    expect(zh[2]!.text).toMatch(/鞋花[，,]上面/);
    expect(zh[2]!.text).not.toMatch(/\n/);
    const en = (await readFixture('whatsapp-light-en')).reading.transcript.messages;
    expect(en[0]!.text).toMatch(/lights 600x600 for an office project/);
  });

  it("dates WhatsApp bubbles from the date pill and each bubble's own time", async () => {
    const { spec, reading } = await readFixture('whatsapp-light-en');
    const want = spec.items.flatMap((i) => (i.kind === 'msg' ? [i] : []));
    expect(reading.transcript.messages.map((m) => m.at)).toEqual(want.map((w) => `2026-11-10T${w.time}:00+08:00`));
    expect(reading.bubbles.map((b) => b.time)).toEqual(want.map((w) => w.time));
  });

  it('dates WeChat bubbles from the divider above them', async () => {
    const { reading } = await readFixture('wechat-zh');
    expect(reading.transcript.messages.map((m) => m.at)).toEqual([
      '2026-11-12T10:05:00+08:00',
      '2026-11-12T10:05:00+08:00',
      '2026-11-12T10:05:00+08:00',
      '2026-11-12T14:30:00+08:00',
      '2026-11-12T14:30:00+08:00',
    ]);
  });
});
