// The offline rules extractor: transcript text → parsed messages → needs and
// changes. Pure, synchronous and fast (regexes are compiled at module load).
// The bot's forward-a-chat flow and the LLM extractor import these three names.
import type { ExtractOptions, ExtractionResult, ParsedTranscript, TranscriptMessage } from './types.js';
import { parseIsoDate, type LocalDate } from './dates/calendar.js';
import { isoWithOffset, toLocal } from './dates/zone.js';
import { parseByFormat } from './parse/detect-format.js';
import { guessRoles } from './parse/roles.js';
import { messageMentions } from './rules/message-rules.js';
import { resolveNeeds, type MessageMentions } from './resolve-needs.js';

export function parseTranscript(text: string, opts: ExtractOptions): ParsedTranscript {
  const now = toLocal(opts.now, opts.tz);
  const { format, raw, dayFirst, participants } = parseByFormat(text, now.y);
  const guesses = guessRoles(raw, opts.reps);
  const roles = new Map(guesses.map((g) => [g.speaker, g.role]));
  const messages: TranscriptMessage[] = raw.map((r, index) => {
    const m: TranscriptMessage = { index, text: r.text, role: r.speaker ? roles.get(r.speaker) ?? 'unknown' : 'unknown' };
    if (r.speaker) m.speaker = r.speaker;
    if (r.local) {
      const { iso, date } = isoWithOffset(r.local, opts.tz);
      m.at = iso;
      m.atDate = date;
    }
    return m;
  });
  const out: ParsedTranscript = { format, messages, roles: guesses };
  if (dayFirst !== undefined) out.dayFirst = dayFirst;
  if (participants.length) out.participants = participants;
  return out;
}

export function extractWithRules(t: ParsedTranscript, opts: ExtractOptions): ExtractionResult {
  const nowLocal = toLocal(opts.now, opts.tz);
  const nowDate: LocalDate = { y: nowLocal.y, m: nowLocal.m, d: nowLocal.d };
  const recentPrices: number[] = [];
  let lastCurrency: string | undefined;
  const list: MessageMentions[] = [];
  t.messages.forEach((message, i) => {
    const fromCustomer = message.role !== 'rep';
    const prev = t.messages.slice(0, i).reverse().find((p) => (p.role !== 'rep') !== fromCustomer);
    const today = (message.at && parseIsoDate(message.at)) || nowDate;
    const mentions = messageMentions(message.text, { today, lastCurrency, recentPrices: recentPrices.slice(-4), prevOther: prev?.text, fromCustomer, dayFirst: t.dayFirst });
    for (const m of mentions) {
      if (m.kind !== 'price_target') continue;
      recentPrices.push(Number(m.value.amount));
      lastCurrency = String(m.value.currency);
    }
    list.push({ message, mentions, fromCustomer });
  });
  const { needs, changes } = resolveNeeds(list);
  return { format: t.format, messages: t.messages.length, needs, changes, extractor: 'rules' };
}

export function extractTranscript(text: string, opts: ExtractOptions): ExtractionResult {
  return extractWithRules(parseTranscript(text, opts), opts);
}
