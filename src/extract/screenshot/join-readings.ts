// Several screenshots of one chat, forwarded in a row, read as one: in order, with the bubbles a
// scroll left on both pictures (same side, the same or nearly the same text at the end of one and
// the start of the next) kept once. Undated bubbles of a later picture take the date the earlier
// ones ended on, as the app's own date divider scrolled out of view.
import { isoWithOffset } from '../dates/zone.js';
import { parseIsoDate } from '../dates/calendar.js';
import type { TranscriptMessage } from '../types.js';
import { readingText } from '../analyze/normalize.js';
import type { BubbleReading, ScreenshotReading } from './types.js';

/** Edit distance over code points, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[y.length]!;
}

// one script and one punctuation width: the two screens may have been read with different models
const norm = (s: string): string =>
  readingText(s)
    .replace(/\s+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();

/** The same bubble read twice: OCR may differ by a character or two on another crop. */
export function sameBubble(a: TranscriptMessage, b: TranscriptMessage): boolean {
  if (a.role !== b.role) return false;
  const x = norm(a.text);
  const y = norm(b.text);
  if (x === y) return true;
  const len = Math.max([...x].length, [...y].length);
  if (len < 4) return false;
  return distance(x, y, Math.floor(len * 0.15)) <= Math.floor(len * 0.15);
}

/** How many bubbles at the start of `next` repeat the end of `prev` (the longest such run). */
function overlapLength(prev: TranscriptMessage[], next: TranscriptMessage[]): number {
  const most = Math.min(prev.length, next.length);
  for (let k = most; k > 0; k--) {
    let all = true;
    for (let i = 0; i < k && all; i++) all = sameBubble(prev[prev.length - k + i]!, next[i]!);
    if (all) return k;
  }
  return 0;
}

export function joinReadings(readings: ScreenshotReading[]): ScreenshotReading {
  if (readings.length === 0) throw new Error('joinReadings needs at least one reading');
  const first = readings[0]!;
  const messages: TranscriptMessage[] = [];
  const bubbles: BubbleReading[] = [];
  let ms = 0;
  let height = 0;
  for (const r of readings) {
    ms += r.ms;
    height += r.height;
    const skip = overlapLength(messages, r.transcript.messages);
    const lastAt = [...messages].reverse().find((m) => m.at)?.at;
    r.transcript.messages.slice(skip).forEach((m) => {
      const b = r.bubbles.find((x) => x.index === m.index);
      const out: TranscriptMessage = { ...m, index: messages.length };
      if (!out.at && lastAt) {
        const day = parseIsoDate(lastAt);
        const tz = r.tz ?? first.tz;
        if (b?.time && day && tz) {
          // the bubble's own time on the day the earlier picture ended
          const [hh, mi] = b.time.split(':').map(Number) as [number, number];
          const { iso, date } = isoWithOffset({ ...day, hh, mi, ss: 0 }, tz);
          out.at = iso;
          out.atDate = date;
        } else if (!b?.time) {
          // no time of its own: the last divider's time still applies
          const prev = [...messages].reverse().find((x) => x.at)!;
          out.at = prev.at;
          if (prev.atDate) out.atDate = prev.atDate;
        }
      }
      messages.push(out);
      if (b) bubbles.push({ ...b, index: out.index });
    });
  }
  const title = readings.find((r) => r.title)?.title;
  const roles = new Map<string, NonNullable<ScreenshotReading['transcript']['roles']>[number]>();
  for (const r of readings)
    for (const g of r.transcript.roles ?? []) if (!roles.has(g.speaker)) roles.set(g.speaker, g);
  // a later picture without the header still shows the same chat: its left side is the title's
  if (title) for (const m of messages) if (m.role === 'customer' && !m.speaker) m.speaker = title;
  const joined: ScreenshotReading = {
    layout: first.layout,
    transcript: { format: first.transcript.format, messages, roles: [...roles.values()] },
    bubbles,
    confidence: bubbles.length ? Math.min(...bubbles.map((b) => b.confidence)) : first.confidence,
    width: first.width,
    height,
    ms,
  };
  if (title) {
    joined.title = title;
    joined.transcript.participants = [title];
  }
  if (first.tz) joined.tz = first.tz;
  if (first.lang) joined.lang = readings.map((r) => r.lang).find((l) => l && l !== first.lang) ?? first.lang;
  return joined;
}
