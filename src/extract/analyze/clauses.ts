// The one reading of a message's clauses that every kind shares: which part
// is an instruction addressed to an AI or a system (no need at all), which
// sentence is hypothetical ("if the price is ok we may order 5000"), which
// clause talks about a past order ("last time we took 3000"), and which is a
// question or negated. Masks blank a part with spaces, so offsets never move
// and a rule run on a mask simply does not see that part.
import {
  CONDITIONAL,
  FUTURE,
  INJECTION_CUES,
  INJECTION_OPENERS,
  NEGATION,
  PAST,
  PRESENT,
  QUESTION_END,
  QUESTION_WORDS,
  TENTATIVE,
} from '../lexicon/clause-words.js';
import { PhraseSet } from './phrase-set.js';

const INJECTION = new PhraseSet(INJECTION_CUES);
const OPENERS = new Set(INJECTION_OPENERS.map((s) => s.toLowerCase()));
const CONDITION = new PhraseSet(CONDITIONAL);
const TENTATIVE_SET = new PhraseSet(TENTATIVE);
const FUTURE_SET = new PhraseSet(FUTURE);
const PAST_SET = new PhraseSet(PAST);
const PRESENT_SET = new PhraseSet(PRESENT);
/** The negation words, read once for every rule (不要, 唔使 read as 不使, no, not, …). */
export const NEGATIONS = new PhraseSet(NEGATION);
const NEG_SET = NEGATIONS;
const Q_WORDS = new PhraseSet(QUESTION_WORDS);
const Q_END = new Set(QUESTION_END);

export interface Span {
  start: number;
  end: number;
}

export interface ClauseReading {
  /** The reading text with injected lines blanked. */
  open: string;
  /** `open` with hypothetical sentences and past clauses blanked too. */
  firm: string;
  /** Some part of the message spoke to an AI or a system. */
  injected: boolean;
  /** Every sentence of the message is a question. */
  question: boolean;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '、']);

/** Spans between the given separators (an English ". " ends a sentence too). */
export function pieces(text: string, ends: Set<string>): Span[] {
  const out: Span[] = [];
  let a = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const stop = i === text.length || ends.has(c!) || (c === '.' && isSpace(text[i + 1]) && !isDigit(text[i - 1]));
    if (!stop) continue;
    if (i + 1 > a) out.push({ start: a, end: Math.min(text.length, i + 1) });
    a = i + 1;
  }
  return out;
}

const isSpace = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

function maskSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + blank(text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}

/** Lines (or the rest of a line from the injected sentence on) that address a machine. */
export function injectedSpans(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const end = lineStart + line.length;
    const opener = /^\s*[[【(（]?\s*([A-Za-z\u4e00-\u9fff]{2,8})\s*[\]】)）]?\s*[:：]/.exec(line);
    if (opener && OPENERS.has(opener[1]!.toLowerCase())) out.push({ start: lineStart, end });
    else {
      const hit = INJECTION.findAll(line)[0];
      if (hit) {
        let s = hit.start;
        while (s > 0 && !SENTENCE_END.has(line[s - 1]!) && !(line[s - 1] === '.' && /\s/.test(line[s] ?? ''))) s--;
        out.push({ start: lineStart + s, end });
      }
    }
    lineStart = end + 1;
  }
  return out;
}

export function isQuestion(sentence: string): boolean {
  const t = sentence.trim().replace(/[。.!！~～\s]+$/, '');
  if (!t) return false;
  if (t.endsWith('?') || t.endsWith('？')) return true;
  const last = t[t.length - 1]!;
  if (Q_END.has(last) && /[\u4e00-\u9fff]/.test(last)) return last !== '不' && last !== '没' ? true : t.length > 2;
  return Q_WORDS.matchAt(t, 0) !== undefined && /^[A-Za-z]/.test(t);
}

export function isNegated(clause: string): boolean {
  return NEG_SET.has(clause);
}

/** A negation word in the few characters before `at` ("不要黑色", "唔要磨砂" read as 不要), within its clause. */
export function negatedBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 4), at);
  // a negation in an earlier clause ("款式不变，暗红色") does not reach this one
  const clause = window.slice(Math.max(...[...'，,。.;；!！?？、'].map((c) => window.lastIndexOf(c))) + 1);
  return NEG_SET.findAll(clause).length > 0;
}

// between a negation and the value it refuses: "不是304", "not CIF", "no use LC"
const NEG_LINK = /^\s*(?:是|要|用|做|走|be|use|using)?\s*$/i;
/**
 * A value named right after a negation is the one refused: "we do CFR not CIF", "不是304，要316".
 * A negation earlier in the clause ("不要太贵的 …") does not reach it.
 */
export function negatedRightBefore(text: string, start: number): boolean {
  for (const h of NEG_SET.findAll(text, Math.max(0, start - 10), start))
    if (NEG_LINK.test(text.slice(h.end, start))) return true;
  return false;
}

export function readClauses(reading: string): ClauseReading {
  const inj = injectedSpans(reading);
  const open = maskSpans(reading, inj);
  const hide: Span[] = [];
  const sentences = pieces(open, SENTENCE_END);
  let questions = 0;
  let real = 0;
  for (const s of sentences) {
    const text = open.slice(s.start, s.end);
    if (!text.trim()) continue;
    real++;
    if (isQuestion(text)) questions++;
    if (CONDITION.has(text) && TENTATIVE_SET.has(text)) {
      hide.push(s);
      continue;
    }
    if (FUTURE_SET.has(text) && TENTATIVE_SET.has(text)) {
      hide.push(s);
      continue;
    }
    // a later order on a condition ("先一个柜，如果卖得好，后面每个月两个柜"): from the condition on
    if (FUTURE_SET.has(text) && CONDITION.has(text)) {
      const from = pieces(text, CLAUSE_END).find((c) => CONDITION.has(text.slice(c.start, c.end)));
      if (from) hide.push({ start: s.start + from.start, end: s.end });
      continue;
    }
    if (PAST_SET.has(text) && !PRESENT_SET.has(text)) {
      hide.push(s);
      continue;
    }
    // "last time 3000, this time 5000": only the past clause goes; but a question about
    // now ("上次那款，还有没得做？") asks for the goods of that past clause again
    if (PRESENT_SET.has(text) && isQuestion(text)) continue;
    for (const c of pieces(text, CLAUSE_END)) {
      const ct = text.slice(c.start, c.end);
      if (PAST_SET.has(ct) && !PRESENT_SET.has(ct)) hide.push({ start: s.start + c.start, end: s.start + c.end });
    }
  }
  return { open, firm: maskSpans(open, hide), injected: inj.length > 0, question: real > 0 && questions === real };
}
