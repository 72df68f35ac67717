// WeChat / WeCom desktop copy: a header line `NAME YYYY-MM-DD HH:MM(:SS)` (or
// `NAME YYYY/M/D HH:MM`, or time first `YYYY-MM-DD HH:MM NAME`), then the
// message lines, repeated.
import type { LocalDateTime } from '../dates/calendar.js';
import { joinLines, stripMarks, type RawMessage } from './raw.js';

const DATE = String.raw`(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?`;
const NAME_FIRST = new RegExp(String.raw`^(\S.{0,40}?)\s+${DATE}\s*$`);
const TIME_FIRST = new RegExp(String.raw`^${DATE}\s+(\S.{0,40}?)\s*$`);

function local(m: RegExpExecArray, o: number): LocalDateTime {
  return {
    y: Number(m[o]), m: Number(m[o + 1]), d: Number(m[o + 2]),
    hh: Number(m[o + 3]), mi: Number(m[o + 4]), ss: m[o + 5] ? Number(m[o + 5]) : 0,
  };
}

export function wechatHeader(line: string): { speaker: string; local: LocalDateTime } | undefined {
  const l = stripMarks(line).trim();
  let m = NAME_FIRST.exec(l);
  if (m) return { speaker: m[1]!.trim(), local: local(m, 2) };
  m = TIME_FIRST.exec(l);
  if (m && !/[:：]/.test(m[7]!)) return { speaker: m[7]!.trim(), local: local(m, 1) };
  return undefined;
}

export function looksLikeWechat(lines: string[]): number {
  let n = 0;
  for (const l of lines) if (wechatHeader(l)) n++;
  return n;
}

export function parseWechat(lines: string[]): RawMessage[] {
  const out: RawMessage[] = [];
  let cur: { speaker: string; local: LocalDateTime; lines: string[] } | undefined;
  const flush = (): void => {
    if (!cur) return;
    const text = joinLines(cur.lines);
    if (text) out.push({ speaker: cur.speaker, local: cur.local, text });
  };
  for (const line of lines) {
    const h = wechatHeader(line);
    if (h) {
      flush();
      cur = { ...h, lines: [] };
    } else if (cur) cur.lines.push(line);
  }
  flush();
  return out;
}
