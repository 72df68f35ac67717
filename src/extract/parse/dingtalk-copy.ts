// DingTalk copy and plain `NAME: text` lines. DingTalk puts a `MM-DD HH:MM`
// (or `YYYY-MM-DD HH:MM`) line before a run of messages; `MM-DD` takes the year
// of --now. Lines without a speaker continue the message above.
import type { LocalDateTime } from '../dates/calendar.js';
import { joinLines, splitNameLine, stripMarks, type RawMessage } from './raw.js';

const STAMP = /^(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export function dingtalkStamp(line: string, year: number): LocalDateTime | undefined {
  const m = STAMP.exec(stripMarks(line).trim());
  if (!m) return undefined;
  return {
    y: m[1] ? Number(m[1]) : year,
    m: Number(m[2]),
    d: Number(m[3]),
    hh: Number(m[4]),
    mi: Number(m[5]),
    ss: m[6] ? Number(m[6]) : 0,
  };
}

export function countStamps(lines: string[]): number {
  let n = 0;
  for (const l of lines) if (STAMP.test(stripMarks(l).trim())) n++;
  return n;
}

export function countNameLines(lines: string[]): {
  named: number;
  nonEmpty: number;
  speakers: number;
  repeated: number;
} {
  let named = 0;
  let nonEmpty = 0;
  const speakers = new Map<string, number>();
  for (const l of lines) {
    const t = stripMarks(l).trim();
    if (!t || STAMP.test(t)) continue;
    nonEmpty++;
    const s = splitNameLine(t);
    if (s) {
      named++;
      speakers.set(s.name, (speakers.get(s.name) ?? 0) + 1);
    }
  }
  // how many names speak more than once: a form's labels each occur once
  const repeated = [...speakers.values()].filter((n) => n > 1).length;
  return { named, nonEmpty, speakers: speakers.size, repeated };
}

/** Parses both `dingtalk-copy` (with stamps) and `lines` (without). */
export function parseNameLines(lines: string[], year: number): RawMessage[] {
  const out: RawMessage[] = [];
  let stamp: LocalDateTime | undefined;
  let cur: { speaker: string; local?: LocalDateTime; lines: string[] } | undefined;
  const flush = (): void => {
    if (!cur) return;
    const text = joinLines(cur.lines);
    if (text) out.push({ speaker: cur.speaker, local: cur.local, text });
    cur = undefined;
  };
  for (const line of lines) {
    const st = dingtalkStamp(line, year);
    if (st) {
      flush();
      stamp = st;
      continue;
    }
    const s = splitNameLine(stripMarks(line).trim());
    if (s) {
      flush();
      cur = { speaker: s.name, local: stamp, lines: [s.text] };
    } else if (cur) cur.lines.push(line);
    else if (line.trim()) cur = { speaker: '', local: stamp, lines: [line] };
  }
  flush();
  return out.map((m) => (m.speaker ? m : { text: m.text, local: m.local }));
}
