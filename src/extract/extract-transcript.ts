// The offline rules extractor: transcript text → parsed messages → needs and
// changes. Pure, synchronous and fast (regexes are compiled at module load).
// The bot's forward-a-chat flow and the LLM extractor import these three names.
import type { ExtractOptions, ExtractionResult, ParsedTranscript, TranscriptMessage } from './types.js';
import { parseIsoDate, type LocalDate } from './dates/calendar.js';
import { isoWithOffset, toLocal } from './dates/zone.js';
import { parseByFormat } from './parse/detect-format.js';
import { guessRoles } from './parse/roles.js';
import { messageMentions } from './rules/message-rules.js';
import { readClauses } from './analyze/clauses.js';
import { readingText, traditionalCount } from './analyze/normalize.js';
import { verbatimMentions } from './analyze/verbatim.js';
import { onePerSlot } from './analyze/one-per-slot.js';
import {
  asksWhichGoods,
  bestProduct,
  countOfProduct,
  plausibleProduct,
  productCandidates,
  productMention,
  type ProductCandidate,
  withoutNote,
} from './rules/product-grammar.js';
import { findProducts } from './rules/product.js';
import { resolveNeeds, type MessageMentions } from './resolve-needs.js';

export function parseTranscript(text: string, opts: ExtractOptions): ParsedTranscript {
  const now = toLocal(opts.now, opts.tz);
  const { format, raw, dayFirst, participants } = parseByFormat(text, now.y);
  const guesses = guessRoles(raw, opts.reps);
  const roles = new Map(guesses.map((g) => [g.speaker, g.role]));
  const messages: TranscriptMessage[] = raw.map((r, index) => {
    const m: TranscriptMessage = {
      index,
      text: r.text,
      role: r.speaker ? (roles.get(r.speaker) ?? 'unknown') : 'unknown',
    };
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

/** Whether the firm reading blanked a candidate (or the act that names it): said of a past order. */
const pastSaid = (firm: string, c: ProductCandidate): boolean =>
  c.act !== undefined ? firm[c.act]?.trim() === '' : firm.slice(c.start, c.end).trim() === '';

export function extractWithRules(t: ParsedTranscript, opts: ExtractOptions): ExtractionResult {
  const nowLocal = toLocal(opts.now, opts.tz);
  const nowDate: LocalDate = { y: nowLocal.y, m: nowLocal.m, d: nowLocal.d };
  const recentPrices: number[] = [];
  let lastCurrency: string | undefined;
  const list: MessageMentions[] = [];
  // one reading per message: Simplified Mandarin text of the same length, clause masks
  const readings = t.messages.map((m) => readClauses(readingText(m.text)));
  // a chat written in Traditional characters is from Hong Kong when it says 蚊; in Simplified, from Guangdong
  const traditional = t.messages.reduce((n, m) => n + traditionalCount(m.text), 0);
  const localDollar = traditional >= 2 ? 'HKD' : 'CNY';
  t.messages.forEach((message, i) => {
    const fromCustomer = message.role !== 'rep';
    let prevAt = -1;
    for (let j = i - 1; j >= 0; j--)
      if ((t.messages[j]!.role !== 'rep') !== fromCustomer) {
        prevAt = j;
        break;
      }
    const today = (message.at && parseIsoDate(message.at)) || nowDate;
    const r = readings[i]!;
    const ctx = {
      today,
      lastCurrency,
      recentPrices: recentPrices.slice(-4),
      prevOther: prevAt >= 0 ? readings[prevAt]!.open : undefined,
      fromCustomer,
      dayFirst: t.dayFirst,
      localDollar,
    };
    const mentions = onePerSlot(verbatimMentions(messageMentions(r.open, ctx, r.firm), message.text, r.open), r.open);
    for (const m of mentions) {
      if (m.kind !== 'price_target') continue;
      recentPrices.push(Number(m.value.amount));
      lastCurrency = String(m.value.currency);
    }
    list.push({ message, mentions, fromCustomer, reading: r.open });
  });
  // the product is chosen across the chat: the best-supported noun phrase of the customer's purchase acts
  const candidatesOf = (i: number, offer = false): ProductCandidate[] => {
    const r = readings[i]!;
    // the message answers the other side's "which … do you need?"
    const prev = t.messages[i - 1];
    const asked = !!prev && (prev.role !== 'rep') !== list[i]!.fromCustomer && asksWhichGoods(readings[i - 1]!.open);
    const grammar = productCandidates(r.open, offer, asked);
    // the legacy reader's name inside a noun phrase the grammar read whole is that phrase cut
    // short ("carbon" of "carbon spinning rod"): the grammar's reading stands
    const legacy = findProducts(r.open).filter(
      (m) => !grammar.some((g) => g.start <= m.start && g.end >= m.end && g.end - g.start > m.end - m.start),
    );
    return [
      ...grammar,
      ...legacy.map((m) => ({
        name: String(m.value.name),
        start: m.start,
        end: m.end,
        weight: m.confidence,
      })),
    ]
      .map(withoutNote)
      .filter((c) => plausibleProduct(c.name, r.open, c.start));
  };
  const perMessage = list.flatMap((mm, i) => {
    if (!mm.fromCustomer) return [];
    const r = readings[i]!;
    const candidates = candidatesOf(i);
    // a candidate the firm reading blanked was said about a past order
    return [
      {
        index: i,
        candidates,
        past: candidates.length > 0 && pastSaid(r.firm, candidates[0]!),
      },
    ];
  });
  const best = bestProduct(perMessage);
  if (best) {
    const mm = list[best.index]!;
    // goods named only about a past order do not make a chat with needs on their own
    const past = perMessage.find((p) => p.index === best.index)?.past ?? false;
    mm.mentions.push(
      ...verbatimMentions(
        [productMention(best.candidate, past ? 0.5 : 0.7)],
        mm.message.text,
        readings[best.index]!.open,
      ),
    );
  }
  // goods the customer never names but the rep offers ("这款焖烧杯1500个可以吗？" — "可以"): the rep's
  // first goods become an offer like any rep mention, a need only if the customer's reply accepts it
  if (!best) {
    const offer = list.findIndex(
      (mm, i) => !mm.fromCustomer && list[i + 1]?.fromCustomer && candidatesOf(i, true).length,
    );
    const c =
      offer >= 0 ? bestProduct([{ index: offer, candidates: candidatesOf(offer, true), past: false }]) : undefined;
    if (c)
      list[offer]!.mentions.push(
        ...verbatimMentions([productMention(c.candidate, 0.6)], list[offer]!.message.text, readings[offer]!.open),
      );
  }
  // a count with no unit counts the chat's own goods only (weak: a unit count anywhere wins)
  if (best)
    list.forEach((mm, i) => {
      if (!mm.fromCustomer || mm.mentions.some((m) => m.kind === 'quantity')) return;
      const q = countOfProduct(readings[i]!.firm, best.candidate.name);
      if (q) mm.mentions.push(...verbatimMentions([q], mm.message.text, readings[i]!.open));
    });
  const { needs, changes } = resolveNeeds(list);
  return { format: t.format, messages: t.messages.length, needs, changes, extractor: 'rules' };
}

export function extractTranscript(text: string, opts: ExtractOptions): ExtractionResult {
  return extractWithRules(parseTranscript(text, opts), opts);
}
