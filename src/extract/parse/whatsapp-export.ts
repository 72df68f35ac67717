// WhatsApp "Export chat" text (the line grammar is in whatsapp-head.ts).
// Continuation lines belong to the message above. A line whose head is not
// followed by "NAME: " is a system line, in any language; a message that is
// only a media/deleted/edited placeholder is dropped, and placeholders next to
// real words are stripped. Day/month order is decided once per file.
import type { LocalDateTime } from '../dates/calendar.js';
import { isValidDate } from '../dates/calendar.js';
import { isPlaceholder, stripPlaceholders } from './placeholders.js';
import { joinLines, stripMarks, type RawMessage } from './raw.js';
import { decideDayFirst, type DateSample } from './day-month-order.js';
import { parseWaHead, type WaHead } from './whatsapp-head.js';

// A speaker name never holds quotes or sentence punctuation ("X changed the subject to "A: B"").
const NAME = /^([^:"“”«»\n]{1,60}?):(?:\s|$)(.*)$/s;
// iOS writes system notices and media placeholders as "NAME: \u200e…".
const IOS_MARK = /^[\u200e\u200f]/;
// …except a shared location, which is the sender's: "\u200eLocation: https://maps.google.com/?q=…".
const IOS_LOCATION = /^[\u200e\u200f]+[\p{L}\p{M} ]{2,24}\s?:\s?https?:\/\/\S+$/u;
// Fallback when the marks were lost in a copy: notices WhatsApp puts under a name on iOS.
const IOS_NOTICE =
  /^(?:Messages (?:and calls )?(?:are|to this (?:group|chat) are now) (?:end-to-end encrypted|secured with end-to-end encryption)|消息和通话已进行端到端加密|Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt|Les messages et les appels sont chiffrés de bout en bout|Los mensajes y las llamadas están cifrados de extremo a extremo|As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta|.{1,40} (?:created (?:this )?group|added you|joined using this group's invite link))/i;

/** One entry of the export: a message, or a line WhatsApp wrote itself. */
export interface WaEntry {
  head: WaHead;
  speaker?: string;
  lines: string[];
  system: boolean;
}

function splitName(rest: string): { speaker: string; text: string } | undefined {
  const m = NAME.exec(rest);
  if (!m) return undefined;
  const speaker = stripMarks(m[1]!).replace(/^~\s?/, '').trim();
  if (!speaker) return undefined;
  return { speaker, text: m[2]! };
}

/** Every entry of the file (messages and system lines), in order. */
export function readWhatsappEntries(lines: string[]): WaEntry[] {
  const out: WaEntry[] = [];
  let cur: WaEntry | undefined;
  const heads = lines.map((l) => parseWaHead(l));
  const anyStrong = heads.some((h) => h?.strong);
  lines.forEach((line, i) => {
    const h = heads[i];
    const named = h ? splitName(h.rest) : undefined;
    // A bare-space head ("13. 6. 2018. 21:25:15 a: m") only counts with a speaker, and in a file
    // of " - " or "[…]" heads only when it keeps WhatsApp's comma (a log line pasted in a message has none).
    const weakOk = !!named && weakHead(h!, anyStrong);
    if (!h || (!h.strong && !weakOk)) {
      if (cur) cur.lines.push(line);
      return;
    }
    if (named) {
      // "NAME: \u200eimage omitted", "NAME: \u200e<attached: …>", "NAME: \u200eMessages and calls are
      // end-to-end encrypted.": iOS marks WhatsApp's own text this way, never the sender's.
      const system = IOS_MARK.test(named.text) && !IOS_LOCATION.test(named.text.trim());
      cur = { head: h, speaker: named.speaker, lines: [named.text], system };
    } else cur = { head: h, lines: [h.rest], system: true };
    out.push(cur);
  });
  return out;
}

// WhatsApp never writes a year-first date without a separator after the time, so
// "2026-11-12 10:05 陈经理: 你好" stays a DingTalk/WeChat line.
function weakHead(h: WaHead, anyStrong: boolean): boolean {
  return h.yearAt !== 0 && (!anyStrong || h.comma);
}

/** Count of lines that start a message or system entry (for format detection). */
export function looksLikeWhatsapp(lines: string[]): number {
  return readWhatsappEntries(lines).length;
}

function samples(entries: WaEntry[]): DateSample[] {
  return entries.map((e) => ({
    parts: e.head.parts,
    yearAt: e.head.yearAt,
    sep: e.head.sep,
    bracket: e.head.bracket,
    ampm: e.head.ampm,
    lowerAmpm: e.head.lowerAmpm,
    text: e.lines.join('\n'),
  }));
}

function localOf(h: WaHead, dayFirst: boolean): LocalDateTime {
  const [p0, p1, p2] = h.parts;
  let y: number, m: number, d: number;
  if (h.yearAt === 0) [y, m, d] = [p0, p1, p2];
  else if (h.yearAt === 1) [y, m, d] = [p1, p0, p2];
  else [y, m, d] = dayFirst ? [p2, p1, p0] : [p2, p0, p1];
  if (!isValidDate(y, m, d) && isValidDate(y, d, m)) [m, d] = [d, m];
  let hh = h.hh;
  if (h.ampm === 'P' && hh < 12) hh += 12;
  if (h.ampm === 'A' && hh === 12) hh = 0;
  return { y, m, d, hh: hh % 24, mi: h.mi, ss: h.ss };
}

export interface WhatsappRead {
  messages: RawMessage[];
  entries: number;
  dayFirst: boolean;
}

export function readWhatsapp(lines: string[]): WhatsappRead {
  const entries = readWhatsappEntries(lines);
  const dayFirst = decideDayFirst(samples(entries));
  const messages: RawMessage[] = [];
  for (const e of entries) {
    if (e.system || !e.speaker) continue;
    const first = e.lines[0]!;
    if (!e.lines.slice(1).some((l) => l.trim()) && IOS_NOTICE.test(stripMarks(first).trim())) continue;
    const joined = joinLines(e.lines);
    if (!joined || isPlaceholder(joined)) continue;
    const text = stripPlaceholders(joined);
    if (!text) continue;
    messages.push({ speaker: e.speaker, local: localOf(e.head, dayFirst), text });
  }
  return { messages, entries: entries.length, dayFirst };
}

export function parseWhatsapp(lines: string[]): RawMessage[] {
  return readWhatsapp(lines).messages;
}
