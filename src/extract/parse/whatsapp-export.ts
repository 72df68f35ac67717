// WhatsApp "Export chat" text in its locale variants:
//   [15/01/2026, 14:30:12] NAME: text      (iOS, day first)
//   1/15/26, 2:30 PM - NAME: text          (Android, US: month first, 12-hour clock)
//   15.01.26, 14:30 - NAME: text           (Android, DE and others: day first)
// Continuation lines belong to the message above; media and system lines are skipped.
import type { LocalDateTime } from '../dates/calendar.js';
import { isValidDate } from '../dates/calendar.js';
import { joinLines, stripMarks, twoDigitYear, type RawMessage } from './raw.js';

const BRACKET = /^\[(\d{1,2})([/.\-])(\d{1,2})\2(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?\]\s?(.*)$/;
const DASH = /^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?\s+[-–]\s(.*)$/;

const SYSTEM = new RegExp(
  [
    'end-to-end encrypted', '<Media omitted>', '<媒体已省略>', '^(image|video|audio|sticker|document|GIF|Contact card) omitted$',
    '^[^\\s]+ omitted$', 'This message was deleted', 'You deleted this message', 'Missed (voice|video) call',
    'created group', 'changed the subject', 'changed this group', 'joined using this group', ' added ', ' left$',
    'security code changed', 'is a contact', 'disappearing messages',
  ].join('|'),
  'i',
);

interface Head {
  a: number;
  b: number;
  y: number;
  hh: number;
  mi: number;
  ss: number;
  ampm?: string;
  rest: string;
  bracket: boolean;
  sep: string;
}

function head(line: string): Head | undefined {
  const l = stripMarks(line);
  const m = BRACKET.exec(l) ?? DASH.exec(l);
  if (!m) return undefined;
  return {
    a: Number(m[1]), sep: m[2]!, b: Number(m[3]), y: twoDigitYear(Number(m[4])),
    hh: Number(m[5]), mi: Number(m[6]), ss: m[7] ? Number(m[7]) : 0,
    ampm: m[8]?.toUpperCase(), rest: m[9] ?? '', bracket: l.startsWith('['),
  };
}

export function looksLikeWhatsapp(lines: string[]): number {
  let n = 0;
  for (const l of lines) if (head(l)) n++;
  return n;
}

/** Decide day-first or month-first once for the whole file. */
function dayFirst(heads: Head[]): boolean {
  if (heads.some((h) => h.a > 12)) return true;
  if (heads.some((h) => h.b > 12)) return false;
  const h0 = heads[0];
  if (!h0) return true;
  if (h0.sep === '.' || h0.bracket) return true;
  return !h0.ampm; // a 12-hour clock with slashes is the US locale
}

export function parseWhatsapp(lines: string[]): RawMessage[] {
  const heads = lines.map(head);
  const dmy = dayFirst(heads.filter((h): h is Head => !!h));
  const out: RawMessage[] = [];
  let cur: { speaker?: string; local: LocalDateTime; lines: string[]; system: boolean } | undefined;
  const flush = (): void => {
    if (!cur || cur.system) return;
    const text = joinLines(cur.lines);
    if (!text || SYSTEM.test(stripMarks(text).trim())) return;
    out.push({ speaker: cur.speaker, local: cur.local, text });
  };
  lines.forEach((line, i) => {
    const h = heads[i];
    if (!h) {
      if (cur) cur.lines.push(line);
      return;
    }
    flush();
    let d = dmy ? h.a : h.b;
    let m = dmy ? h.b : h.a;
    if (!isValidDate(h.y, m, d)) [d, m] = [m, d];
    let hh = h.hh;
    if (h.ampm === 'P' && hh < 12) hh += 12;
    if (h.ampm === 'A' && hh === 12) hh = 0;
    const local = { y: h.y, m, d, hh, mi: h.mi, ss: h.ss };
    const colon = /^([^:]{1,60}?):\s?(.*)$/.exec(h.rest);
    if (!colon) {
      cur = { local, lines: [], system: true };
      return;
    }
    cur = { speaker: colon[1]!.trim(), local, lines: [colon[2]!], system: false };
  });
  flush();
  return out;
}
