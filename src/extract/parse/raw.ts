// What every format parser produces before roles and time zones are applied.
import type { LocalDateTime } from '../dates/calendar.js';

export interface RawMessage {
  speaker?: string;
  /** Wall-clock time as written in the transcript (business time zone). */
  local?: LocalDateTime;
  text: string;
}

/** Leading direction marks that WhatsApp (iOS) and some copies insert. */
export function stripMarks(line: string): string {
  return line.replace(/^[\u200e\u200f\u202a-\u202e\ufeff]+/, '');
}

/** Join a message's lines, dropping blank lines at either end. */
export function joinLines(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b).map((l) => l.replace(/\s+$/, '')).join('\n');
}

const NAME_BAD = /[,，。!！?？;；"“”()（）\[\]<>{}|@#$%^&*=+~`]|https?$|^\d+$/;

/** `NAME: text` / `NAME：text` with a plausible speaker name, else undefined. */
export function splitNameLine(line: string): { name: string; text: string } | undefined {
  const m = /^([^:：\n]{1,32}?)\s*[:：]\s?(.*)$/.exec(line);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if (!name || NAME_BAD.test(name) || name.split(/\s+/).length > 4) return undefined;
  if (/^\/\//.test(m[2]!)) return undefined; // a URL, not a speaker
  return { name, text: m[2]! };
}

export function twoDigitYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}
