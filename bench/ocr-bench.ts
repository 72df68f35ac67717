// Issue 19's speed targets for the screenshot reader: one 390×800 chat screenshot read in at most
// 3 s, and the main thread's event loop free meanwhile (OCR runs in tesseract child processes; the
// pixel work in this process must not stall it past 100 ms). Reads the committed WhatsApp fixture
// a few times after one warm-up read (tesseract's --list-langs check, opencc's tables).
// The bench runner calls benchOcr().
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { createScreenshotReader } from '../src/extract/screenshot/index.js';
import { readyzDuringOcr } from './ocr-readyz.js';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = 5;

export async function benchOcr(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const name = 'ocr (screenshot reader, tesseract in child processes)';
  const reader = createScreenshotReader();
  const av = await reader.available();
  if (!av.ok) return { name, figures: { note: `skipped: ${av.reason}` } };
  const png = readFileSync(join(here, '../test/fixtures/screenshots/whatsapp-light-long-1.png'));
  const meta = await sharp(png).metadata();
  const opts = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Tom'], timeoutMs: 60_000 };
  const warm = await reader.read(png, opts);
  const h = monitorEventLoopDelay({ resolution: 10 });
  const times: number[] = [];
  let bubbles = 0;
  h.enable();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await reader.read(png, opts);
    times.push(performance.now() - t0);
    bubbles = r.transcript.messages.length;
  }
  h.disable();
  // the same watch with nothing to do, as long: on a shared machine other processes delay this
  // one's event loop too, and only the difference is the reader's
  const idle = monitorEventLoopDelay({ resolution: 10 });
  const spent = times.reduce((a, b) => a + b, 0);
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, spent));
  idle.disable();
  times.sort((a, b) => a - b);
  const server = await readyzDuringOcr(png);
  const ms = (ns: number): number => Math.round(ns / 1e5) / 10;
  return {
    name,
    figures: {
      picture: `${meta.width}×${meta.height} px, ${bubbles} bubbles, ${warm.layout}`,
      'read, median (target ≤ 3000 ms)': `${Math.round(times[Math.floor(times.length / 2)]!)} ms`,
      'read, slowest of 5': `${Math.round(times[times.length - 1]!)} ms`,
      'first read (cold)': `${warm.ms} ms`,
      'event-loop delay p99 (target ≪ 100 ms)': `${ms(h.percentile(99))} ms`,
      'event-loop delay max': `${ms(h.max)} ms`,
      'idle baseline p99 / max': `${ms(idle.percentile(99))} ms / ${ms(idle.max)} ms`,
      ...server,
      'load average (1 min)': loadavg()[0]!.toFixed(1),
    },
  };
}
