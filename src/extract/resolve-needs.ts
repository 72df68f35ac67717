// From per-message mentions to the final needs and their changes.
// A customer's mention is a need. A rep's mention becomes one only when the
// customer's next reply accepts it ("OK", "行", "好的") without a value of
// its own for that need; a declined or countered offer is dropped. Later
// values replace earlier ones of the same slot and are listed as changes.
import { needSlot, type ExtractedNeed, type NeedChange, type NeedKind } from '../core/needs.js';
import { addDays, formatDate, parseIsoDate } from './dates/calendar.js';
import type { Mention } from './rules/mention.js';
import type { TranscriptMessage } from './types.js';
import { isQuestion, pieces } from './analyze/clauses.js';
import { PhraseSet } from './analyze/phrase-set.js';
import {
  ADDITIVE_CUES,
  ARRIVE_WORDS,
  SHIP_WORDS,
  ASKS_ABOUT,
  CHANGE_CUES,
  CONDITIONAL,
  DEFER_CUES,
  PROPOSAL_CUES,
} from './lexicon/clause-words.js';

const CHANGE = new PhraseSet(CHANGE_CUES);
const BARE_CONTAINER = ['柜', '集装箱', 'container', 'cntr', 'ctnr'];
const ADDITIVE = new PhraseSet(ADDITIVE_CUES);
const DEFER = new PhraseSet(DEFER_CUES);
const PROPOSAL = new PhraseSet(PROPOSAL_CUES);
const ASKS = new PhraseSet(ASKS_ABOUT);
const IF = new PhraseSet(CONDITIONAL);
const SHIP = new PhraseSet(SHIP_WORDS);
const ARRIVE = new PhraseSet(ARRIVE_WORDS);

/** Whether a delivery date's clause says the goods leave ("春节前要出货") or arrive ("1月10号要到仓库"). */
function dateSide(a: Accepted): 'ship' | 'arrive' | undefined {
  const clause = around(a.reading, a.mention.start, CLAUSE_END);
  const ship = SHIP.has(clause);
  const arrive = ARRIVE.has(clause);
  return ship === arrive ? undefined : ship ? 'ship' : 'arrive';
}
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '、']);

/** The sentence (or clause) of `text` around offset `at`. */
function around(text: string, at: number, ends: Set<string>): string {
  const p = pieces(text, ends).find((s) => s.start <= at && at < s.end);
  return p ? text.slice(p.start, p.end) : text;
}

export interface MessageMentions {
  message: TranscriptMessage;
  mentions: Mention[];
  /** Customer messages and unattributed ones count as the customer's. */
  fromCustomer: boolean;
  /** The message's reading text (Simplified Mandarin, injected lines blanked); else its text. */
  reading?: string;
}

const ACCEPT =
  /^\s*(?:ok(?:ay)?|好的?|行|可以|没问题|对的?|是的?|嗯+|yes|yep|yeah|sure|fine|deal|agreed?|noted|同意|就这样|就这么定|确认|confirmed?|perfect|great|good|要|👍|👌|🤝|\[强\]|\[OK\]|\[好的\]|works|sounds good|that'?s fine|same as (?:last time|before)|收到)/i;
const DECLINE =
  /^\s*(?:不要|不用|不需要|不行|算了|免了|no\b|nope|not now|no thanks|太贵|too expensive|这次先不要|先不要|不考虑)/i;

const PARTIAL_ACCEPT: [RegExp, NeedKind][] = [
  [/(?:price|价格|单价)\s*(?:is\s*)?(?:ok|okay|fine|good|accepted|可以|没问题|行|能接受|同意)/i, 'price_target'],
  [
    /(?:payment|付款方式?|付款条件)\s*(?:terms?\s*)?(?:is\s*)?(?:ok|okay|fine|good|accepted|可以|没问题|行|同意)/i,
    'payment_terms',
  ],
  [/(?:交期|货期|lead ?time|delivery time)\s*(?:is\s*)?(?:ok|okay|fine|good|可以|没问题|行)/i, 'lead_time'],
];

type Verdict = 'accept' | 'decline' | 'none';

function verdict(text: string): Verdict {
  if (DECLINE.test(text)) return 'decline';
  // "好的，我考虑一下": polite, but it takes nothing up
  if (DEFER.has(text)) return 'none';
  if (ACCEPT.test(text)) return 'accept';
  return 'none';
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Key fields as the contract compares them; equal keys mean "same need". */
function key(kind: NeedKind, v: Record<string, unknown>): string {
  switch (kind) {
    case 'delivery_date':
      return String(v.date);
    case 'lead_time':
      return String(v.days);
    case 'quantity':
      return `${v.value}|${v.unit}`;
    case 'price_target':
      return `${v.amount}|${String(v.currency).toUpperCase()}`;
    case 'payment_terms':
      return `${v.method ?? ''}|${v.deposit_percent ?? ''}|${v.days ?? ''}`;
    case 'incoterm':
      return String(v.term);
    case 'destination':
      return `${v.country ?? ''}|${String(v.port ?? '').toLowerCase()}`;
    case 'spec':
      return String(v.value).toLowerCase().replace(/\s+/g, '');
    case 'logo':
    case 'sample':
      return String(v.required);
    case 'packaging':
      return String(v.style);
    default:
      return JSON.stringify(v);
  }
}

function restatesSpec(said: string, current: Map<string, ExtractedNeed>): boolean {
  if (said.length < 2) return false;
  for (const n of current.values())
    if (n.kind === 'spec') {
      const held = key('spec', n.value as Record<string, unknown>);
      if (held !== said && held.includes(said)) return true;
    }
  return false;
}

/** The new value only adds detail to the old one (no conflicting field): merge, not a change. */
function refine(
  kind: NeedKind,
  old: Record<string, unknown>,
  nw: Record<string, unknown>,
): Record<string, unknown> | undefined {
  if (kind === 'destination' && old.country && old.country === nw.country) return { ...nw, ...old };
  if (kind === 'destination' || kind === 'incoterm' || kind === 'payment_terms') {
    for (const k of Object.keys(nw)) {
      if (k === 'details') continue;
      if (old[k] !== undefined && nw[k] !== undefined && String(old[k]).toLowerCase() !== String(nw[k]).toLowerCase())
        return undefined;
    }
    return { ...old, ...nw };
  }
  return undefined;
}

interface Accepted {
  mention: Mention;
  message: TranscriptMessage;
  /** The message's reading text (same offsets as the message). */
  reading: string;
}

/**
 * A rep's count is something the customer can take up only when the rep puts it
 * to them (a suggestion, a question, an MOQ); "库存有8000个" states stock.
 */
function offered(m: Mention, reading: string): boolean {
  if (m.kind !== 'quantity') return true;
  const sentence = around(reading, m.start, SENTENCE_END);
  return PROPOSAL.has(sentence) || isQuestion(sentence);
}

/**
 * Why a later count of the customer does not replace the current one, if it does not:
 * another unit for the same goods ("2个高柜, 1500箱"), a question about price for a
 * count ("5000个的话单价多少？"), a condition ("if 3000…"), or another order line
 * ("另外帽子要500顶"). A change cue in the message ("改成", "make it") overrides all.
 */
function keepsQuantity(old: Record<string, unknown>, nw: Record<string, unknown>, a: Accepted): boolean {
  const reading = a.reading;
  if (CHANGE.has(reading)) return false;
  if (String(old.unit) !== String(nw.unit)) return true;
  const sentence = around(reading, a.mention.start, SENTENCE_END);
  if (isQuestion(sentence) && ASKS.has(sentence)) return true;
  if (IF.has(sentence)) return true;
  return ADDITIVE.has(around(reading, a.mention.start, CLAUSE_END));
}

/** Mentions that count as needs, in chat order. */
function acceptedMentions(list: MessageMentions[]): Accepted[] {
  const out: Accepted[] = [];
  let pending: Accepted[] = [];
  for (const mm of list) {
    if (!mm.fromCustomer) {
      const reading = mm.reading ?? mm.message.text;
      for (const m of mm.mentions)
        if (m.shiftDays === undefined && offered(m, reading))
          pending.push({ mention: m, message: mm.message, reading });
      continue;
    }
    const said = mm.reading ?? mm.message.text;
    if (pending.length) {
      const v = verdict(said);
      // "Price ok" / "价格可以" accepts the pending offer of that kind only
      const partial = PARTIAL_ACCEPT.filter(([re]) => re.test(said)).map(([, k]) => k);
      if (v !== 'accept' && partial.length) {
        for (const p of pending) if (partial.includes(p.mention.kind)) out.push(p);
      }
      if (v === 'accept') {
        const own = new Set(mm.mentions.map((m) => needSlot(m.kind, m.value)));
        for (const p of pending) if (!own.has(needSlot(p.mention.kind, p.mention.value))) out.push(p);
      }
      pending = [];
    }
    for (const m of mm.mentions) out.push({ mention: m, message: mm.message, reading: said });
  }
  return out;
}

function toNeed(a: Accepted, value: Record<string, unknown>): ExtractedNeed {
  const n: ExtractedNeed = {
    kind: a.mention.kind,
    value: value as ExtractedNeed['value'],
    evidence: a.mention.evidence,
    confidence: a.mention.confidence,
    messageIndex: a.message.index,
  };
  if (a.message.speaker) n.speaker = a.message.speaker;
  if (a.message.at) n.at = a.message.at;
  return n;
}

export function resolveNeeds(list: MessageMentions[]): { needs: ExtractedNeed[]; changes: NeedChange[] } {
  const customerHasOwn = list.some(
    (mm) =>
      mm.fromCustomer &&
      mm.mentions.some((m) => !m.weak && m.kind !== 'caution' && (m.kind !== 'product' || m.confidence >= 0.65)),
  );
  if (!customerHasOwn) return { needs: [], changes: [] }; // greetings and small talk
  const current = new Map<string, ExtractedNeed>();
  const order: string[] = [];
  const weak = new Map<string, ExtractedNeed>();
  const changes: NeedChange[] = [];
  let side: 'ship' | 'arrive' | undefined; // of the current delivery date
  for (const a of acceptedMentions(list)) {
    const m = a.mention;
    // a weak mention fills its slot only when no firm one does, and never revises one
    if (m.weak) {
      const slot = needSlot(m.kind, m.value);
      if (!weak.has(slot)) weak.set(slot, toNeed(a, m.value));
      continue;
    }
    let value = m.value;
    if (m.shiftDays !== undefined) {
      const cur = current.get('delivery_date');
      const d = cur && parseIsoDate(String((cur.value as Record<string, unknown>).date));
      if (!cur || !d || m.shiftDays === 0) continue;
      value = {
        date: formatDate(addDays(d, m.shiftDays)),
        constraint: (cur.value as Record<string, unknown>).constraint ?? 'by',
      };
    }
    const slot = needSlot(m.kind, value);
    const cur = current.get(slot);
    // "改成4个柜" after "3个20GP柜": a bare container count keeps the size already said
    if (cur && m.kind === 'quantity' && value.unit === 'other') {
      const unit = String((cur.value as Record<string, unknown>).unit);
      const said = a.reading.slice(m.start, m.end).toLowerCase();
      if (unit.endsWith('container') && BARE_CONTAINER.some((w) => said.includes(w))) value = { ...value, unit };
    }
    const thisSide = m.kind === 'delivery_date' && m.shiftDays === undefined ? dateSide(a) : undefined;
    // a spec value already held inside another spec's words is that spec said again, not a new
    // requirement: "12oz" after "12oz cotton", "304" after "304不锈钢"
    if (!cur && m.kind === 'spec' && restatesSpec(key('spec', value), current)) continue;
    if (!cur) {
      current.set(slot, toNeed(a, value));
      order.push(slot);
      if (m.kind === 'delivery_date') side = thisSide;
      continue;
    }
    const old = cur.value as Record<string, unknown>;
    if (m.kind === 'product' || m.kind === 'caution') continue; // the first naming stays
    // the rep promising arrival before the customer's deadline meets it; the deadline stays
    if (m.kind === 'delivery_date' && a.message.role === 'rep' && old.constraint === 'by' && value.constraint === 'by')
      if (String(value.date) < String(old.date)) continue;
    if (key(m.kind, old) === key(m.kind, value)) {
      const merged = { ...old, ...value };
      if (!sameJson(merged, old)) cur.value = merged as ExtractedNeed['value'];
      continue;
    }
    // a ship date after an arrival date (or the reverse) adds the other end, it revises nothing:
    // the stricter one stays
    if (m.kind === 'delivery_date' && side && thisSide && side !== thisSide && !CHANGE.has(a.reading)) {
      if (String(value.date) < String(old.date)) {
        cur.value = value as ExtractedNeed['value'];
        side = thisSide;
      }
      continue;
    }
    if (m.kind === 'delivery_date' && m.shiftDays === undefined) side = thisSide;
    // a customer's count that restates or asks about, rather than replaces, the need's
    if (m.kind === 'quantity' && a.message.role !== 'rep' && keepsQuantity(old, value, a)) continue;
    const refined = refine(m.kind, old, value);
    if (refined) {
      cur.value = refined as ExtractedNeed['value'];
      continue;
    }
    const next = toNeed(a, value);
    const ch: NeedChange = {
      kind: m.kind,
      from: old as NeedChange['from'],
      to: value as NeedChange['to'],
      evidence: m.evidence,
    };
    if (next.speaker) ch.speaker = next.speaker;
    if (next.at) ch.at = next.at;
    changes.push(ch);
    current.set(slot, next);
  }
  for (const [slot, n] of weak)
    if (!current.has(slot)) {
      current.set(slot, n);
      order.push(slot);
    }
  return { needs: order.map((s) => current.get(s)!), changes };
}
