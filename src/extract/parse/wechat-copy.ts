// WeChat / WeCom copies. Header layouts, each followed by the message lines:
//   NAME YYYY-MM-DD HH:MM(:SS)     NAME YYYY/M/D HH:MM     Tom 2026-01-15 2:30 PM     张三 2026-01-15 下午2:30
//   YYYY-MM-DD HH:MM NAME          (time first)
//   NAME (YYYY-MM-DD HH:MM:SS):text  (the PC exporter: text on the same line)
//   NAME HH:MM                       (inside a merged forward, after a "—— 2026-01-15 ——" date line)
// `[图片]`, `[语音]`, recall notices … are placeholders (placeholders.ts).
import type { LocalDateTime } from '../dates/calendar.js';
import { isPlaceholder, stripPlaceholders } from './placeholders.js';
import { joinLines, stripMarks, type RawMessage } from './raw.js';

const AMPM = String.raw`(?:\s*(AM|PM|am|pm|上午|下午|早上|中午|晚上))?`;
const PRE = String.raw`(?:(上午|下午|早上|中午|晚上)\s*)?`;
const DATE = String.raw`(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s+${PRE}(\d{1,2}):(\d{2})(?::(\d{2}))?${AMPM}`;
const NAME_FIRST = new RegExp(String.raw`^(\S.{0,40}?)\s+${DATE}\s*$`);
const TIME_FIRST = new RegExp(String.raw`^${DATE}\s+(\S.{0,40}?)\s*$`);
const EXPORTER = new RegExp(String.raw`^(\S.{0,40}?)\s*[(（]${DATE}[)）]\s*[:：]\s?(.*)$`);
const TIME_ONLY = /^(\S.{0,30}?)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DAY_LINE = /^[\s—–\-=─]*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[\s—–\-=─]*$/;

function hour(h: number, a?: string, b?: string): number {
  const w = a ?? b;
  if (!w) return h;
  if (/PM|pm|下午|晚上/.test(w) && h < 12) return h + 12;
  if (/中午/.test(w) && h < 11) return h + 12;
  if (/AM|am|上午|早上/.test(w) && h === 12) return 0;
  return h;
}

function local(m: RegExpExecArray, o: number): LocalDateTime {
  return {
    y: Number(m[o]),
    m: Number(m[o + 1]),
    d: Number(m[o + 2]),
    hh: hour(Number(m[o + 4]), m[o + 3], m[o + 7]),
    mi: Number(m[o + 5]),
    ss: m[o + 6] ? Number(m[o + 6]) : 0,
  };
}

export interface WechatHeader {
  speaker: string;
  local: LocalDateTime;
  /** Text on the header line itself (the PC exporter's layout). */
  text?: string;
}

export function wechatHeader(line: string, day?: { y: number; m: number; d: number }): WechatHeader | undefined {
  const l = stripMarks(line).trim();
  let m = EXPORTER.exec(l);
  if (m) return { speaker: m[1]!.trim(), local: local(m, 2), text: m[10] ?? '' };
  m = NAME_FIRST.exec(l);
  if (m && !/[:：]$/.test(m[1]!)) return { speaker: m[1]!.trim(), local: local(m, 2) };
  m = TIME_FIRST.exec(l);
  if (m && !/[:：]/.test(m[9]!)) return { speaker: m[9]!.trim(), local: local(m, 1) };
  if (day) {
    m = TIME_ONLY.exec(l);
    if (m && !/[:：]/.test(m[1]!))
      return {
        speaker: m[1]!.trim(),
        local: { ...day, hh: Number(m[2]), mi: Number(m[3]), ss: m[4] ? Number(m[4]) : 0 },
      };
  }
  return undefined;
}

function dayLine(line: string): { y: number; m: number; d: number } | undefined {
  const m = DAY_LINE.exec(stripMarks(line));
  return m && /[—–\-=─]{2}/.test(line) ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

export function looksLikeWechat(lines: string[]): number {
  let n = 0;
  let day: { y: number; m: number; d: number } | undefined;
  for (const l of lines) {
    day = dayLine(l) ?? day;
    if (wechatHeader(l, day)) n++;
  }
  return n;
}

export function parseWechat(lines: string[]): RawMessage[] {
  const out: RawMessage[] = [];
  let cur: { speaker: string; local: LocalDateTime; lines: string[] } | undefined;
  let day: { y: number; m: number; d: number } | undefined;
  const flush = (): void => {
    if (!cur) return;
    const joined = joinLines(cur.lines);
    const text = joined && !isPlaceholder(joined) ? stripPlaceholders(joined) : '';
    if (text) out.push({ speaker: cur.speaker, local: cur.local, text });
    cur = undefined;
  };
  for (const line of lines) {
    const dl = dayLine(line);
    if (dl) {
      flush();
      day = dl;
      continue;
    }
    const h = wechatHeader(line, day);
    if (h) {
      flush();
      cur = { speaker: h.speaker, local: h.local, lines: h.text !== undefined ? [h.text] : [] };
    } else if (cur) cur.lines.push(line);
  }
  flush();
  return out;
}
