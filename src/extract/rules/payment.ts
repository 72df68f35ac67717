// Payment terms: method (T/T, L/C, D/P, D/A, O/A, PayPal, Western Union),
// deposit percentage and credit days. A deposit/balance split with no method
// named is T/T (contract).
import { allMatches, NUM, parseNum, sentenceAround } from '../text.js';
import type { Mention } from './mention.js';
import { isQuestion, pieces } from '../analyze/clauses.js';
import { PhraseSet, type PhraseHit } from '../analyze/phrase-set.js';
import { alternation } from '../lexicon/terms.js';
import {
  AMBIGUOUS_METHODS,
  AT_SIGHT,
  CREDIT_COUNT_FROM,
  CREDIT_FROM,
  CREDIT_WORDS,
  DAY_UNITS,
  DEPOSIT_WORDS as DEPOSIT_LEXICON,
  METHOD_NAMES,
  MONTH_UNITS,
  PAY_AFTER_CONDITION,
  PAY_CONDITIONS,
  PAY_WORDS,
} from '../lexicon/payment.js';

const METHOD = new PhraseSet(METHOD_NAMES);
const PAY = new PhraseSet(PAY_WORDS);
const CONDITION = new PhraseSet(PAY_CONDITIONS);
const AMBIGUOUS = new Set(AMBIGUOUS_METHODS);
const CREDIT = new PhraseSet(CREDIT_WORDS);
const DAY_UNIT = new PhraseSet(DAY_UNITS);
const SIGHT = new PhraseSet(AT_SIGHT);
const FROM = new PhraseSet(CREDIT_FROM);
const MONTH = new PhraseSet(MONTH_UNITS);
const PAY_ONE = new PhraseSet(PAY_AFTER_CONDITION);
const CN_COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** The line of `text` around offset `at`: a credit term is read within one line of a form. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  const b = text.indexOf('\n', at);
  return { start: a, end: b < 0 ? text.length : b };
}
/** A one-character paying verb a few characters after a payment condition: "到货付70%", "货到验完付全款". */
function payVerbAfter(clause: string, from: number): { start: number; end: number } | undefined {
  for (let k = from; k <= from + 4 && k < clause.length; k++) {
    if (/[，,。.;；!！?？\d%\n]/.test(clause[k]!)) return undefined;
    const h = PAY_ONE.matchAt(clause, k);
    if (h) return h;
  }
  return undefined;
}
const UNITLESS = new Set(['net', '月结', '账期']);
// methods that can carry credit days (a T/T or PayPal payment has none)
const CREDIT_METHODS = new Set(['L/C', 'D/A', 'D/P', 'O/A']);
// "L/C, 60 days", "账期票到60天", "OA at 60 days": the days a little after the credit word
const NUMBER_AT = new RegExp(String.raw`^\s*[,，]?\s*(?:(?:${alternation(CREDIT_COUNT_FROM)})\s*)?(${NUM})\s*`, 'i');
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s*');
const DEPOSIT_WORDS = DEPOSIT_LEXICON.map(escape).join('|');
const DEPOSIT_AFTER = new RegExp(
  String.raw`(?<![\d.])(\d{1,2}(?:\.\d)?)\s*(?:%\s*(?:T\s*\/\s*T\s*)?(?:的)?(?:${DEPOSIT_WORDS})|(?:advance|deposit|定金|订金))(?![A-Za-z])`,
  'gi',
);
const DEPOSIT_BEFORE = new RegExp(String.raw`(?:${DEPOSIT_WORDS})[^%，,。.;\d]{0,8}(\d{1,2}(?:\.\d)?)\s*%`, 'gi');
// "三成订金" = 30%: 成 counts tenths
const CN_TENTHS: Record<string, number> = {
  一: 10,
  二: 20,
  两: 20,
  三: 30,
  四: 40,
  五: 50,
  六: 60,
  七: 70,
  八: 80,
  九: 90,
};
const DEPOSIT_TENTHS = new RegExp(
  String.raw`([一二两三四五六七八九])成\s*(?:的)?(?:${DEPOSIT_WORDS})|(?:${DEPOSIT_WORDS})\s*(?:付|给)?\s*([一二两三四五六七八九])成|(?:先付|预付|首付)\s*([一二两三四五六七八九])成`,
  'gi',
);
// "三七开" / "五五开": a deposit/balance split in tenths
const SPLIT_TENTHS = /([一二两三四五六七八九])([一二两三四五六七八九])开/;
const SPLIT = /(?:T\s*\/\s*T\s*)?(\d{1,2})\s*(?:%\s*)?\/\s*(\d{1,2})\s*%?(?:\s*T\s*\/\s*T)?/g;
const BALANCE =
  /(\d{1,2})\s*%[^%]{0,30}?(?:\d{1,2})\s*%\s*(?:的)?(?:余款|尾款)?\s*(?:before|against|after|upon|on|when|见|发货|装柜|出货|提单|验收|货到|balance)/gi;
/**
 * Credit days: a number with a day unit right after a method or a credit word
 * ("OA 60 days", "L/C 90天", "net 30"), or right before one ("60 days credit",
 * "90天远期"). `anchors` are the method and credit words of the text.
 */
function creditDays(text: string, anchors: PhraseHit[]): { days: number; start: number; end: number } | undefined {
  for (const a of anchors) {
    const m = NUMBER_AT.exec(text.slice(a.end, a.end + 16));
    if (!m) continue;
    const unitAt = a.end + m[0].length;
    const unit = DAY_UNIT.matchAt(text, unitAt);
    // "net 30", "月结30" count days without the unit
    if (!unit && !UNITLESS.has(a.word.toLowerCase())) continue;
    const n = parseNum(m[1]!);
    if (n !== undefined) return { days: n, start: a.start, end: unit ? unit.end : unitAt };
  }
  // "30 days", and months at 30 days each ("验收后一个月付", "2 months credit")
  const units = [
    ...DAY_UNIT.findAll(text).map((u) => ({ ...u, per: 1 })),
    ...MONTH.findAll(text).map((u) => ({ ...u, per: 30 })),
  ].sort((x, y) => x.start - y.start);
  for (const u of units) {
    const m = /(\d{1,3})\s*$/.exec(text.slice(Math.max(0, u.start - 6), u.start));
    const cn = u.per === 30 && !m ? CN_COUNT[text[u.start - 1] ?? ''] : undefined;
    if (!m && !cn) continue;
    const count = m ? Number(m[1]) : cn!;
    const from = m ? u.start - m[0].length : u.start - 1;
    const next = text.slice(u.end).replace(/^\s+/, '');
    // "60 days credit", "90天远期", "30 days after B/L", "60 days L/C"
    const after = CREDIT.matchAt(next, 0) ?? METHOD.matchAt(next, 0) ?? SIGHT.matchAt(next, 0);
    const afterDoc = FROM.matchAt(next, 0);
    if (after || afterDoc) return { days: count * u.per, start: from, end: u.end };
    // "收货后30日内过数", "payment 60 days after receipt": days counted from a payment condition, on the same line
    const line = lineAround(text, u.start);
    const cond = CONDITION.findAll(text.slice(Math.max(line.start, u.start - 16), Math.min(line.end, u.end + 24)));
    const near =
      PAY.findAll(text.slice(Math.max(line.start, u.start - 24), Math.min(line.end, u.end + 12))).length > 0 ||
      payVerbAfter(text.slice(0, line.end), u.end) !== undefined;
    if (cond.length && near) return { days: count * u.per, start: from, end: u.end };
  }
  return undefined;
}
const CLAUSE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);
const PERCENT = /(?<![\d.])\d{1,3}\s*%/g;
// after a deposit, a bare share is the balance: "50 advance 50 against bl copy"
const SHARE = /(?<![\d.])\d{1,3}\s*%?(?![\d.])/g;

/**
 * The condition a payment waits for ("70% against copy of B/L", "余款见提单",
 * "货到我就过数"): from the payment word or share next to it to the condition.
 */
function conditionDetails(text: string, split: boolean): { details: string; start: number; end: number } | undefined {
  for (const c of pieces(text, CLAUSE_END)) {
    const clause = text.slice(c.start, c.end);
    if (isQuestion(clause)) continue; // "可以货到付款吗？" asks, it does not agree
    const cond = CONDITION.findAll(clause)[0];
    if (!cond) continue;
    const anchors = [
      ...PAY.findAll(clause).map((h) => ({ start: h.start, end: h.end })),
      ...[...clause.matchAll(split ? SHARE : PERCENT)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
    ].filter((h) => h.end <= cond.start || h.start >= cond.end);
    const before = anchors.filter((h) => h.end <= cond.start).sort((x, y) => y.start - x.start)[0];
    // a paying verb right after the condition closes it: "货到我就过数", "出货前付清"
    const after = PAY.findAll(clause, cond.end).find((h) => h.start - cond.end <= 6) ?? payVerbAfter(clause, cond.end);
    const own = PAY.is(cond.word); // "月结" is itself a payment term
    if (!before && !after && !own) continue;
    // "100% inspection before shipment" is quality control, not payment
    if (!own && !after && !PAY.has(text) && !METHOD.has(text)) continue;
    const a = c.start + (before ? before.start : cond.start);
    const b = c.start + (after ? after.end : cond.end);
    return { details: text.slice(a, b).trim(), start: a, end: b };
  }
  return undefined;
}

export function findPayment(said: string): Mention[] {
  // "一半定金", "先转一半": half is five tenths; same length, so offsets stay those of the text
  const text = said.includes('一半') ? said.split('一半').join('五成') : said;
  const condPay = CONDITION.findAll(text).some((c) => payVerbAfter(text, c.end));
  if (!PAY.has(text) && !METHOD.has(text) && !DEPOSIT_AFTER.test(text) && !condPay) return [];
  DEPOSIT_AFTER.lastIndex = 0;
  const value: Record<string, unknown> = {};
  let start = -1;
  let end = -1;
  const mark = (a: number, b: number): void => {
    if (start < 0 || a < start) start = a;
    if (b > end) end = b;
  };
  // "tt"/"lc" in lower case are not methods; spelled-out ones ("wire transfer") are
  const methods = METHOD.findAll(text);
  // DP/DA/OA name a method only where payment is talked about ("DP at sight", "OA 60 days")
  const aboutPay = PAY.has(text) || SIGHT.has(text) || DAY_UNIT.has(text);
  const method = methods.find(
    (h) =>
      // a Chinese name ("电汇") has no case to tell it by
      (h.word.length > 3 || !/[a-z]/i.test(h.word) || text.slice(h.start, h.end) !== h.word.toLowerCase()) &&
      (!AMBIGUOUS.has(h.word) || (aboutPay && text.slice(h.start, h.end) === h.word)),
  );
  if (method) {
    value.method = method.value;
    mark(method.start, method.end);
  }
  const dep = [...allMatches(DEPOSIT_AFTER, text), ...allMatches(DEPOSIT_BEFORE, text)].sort(
    (a, b) => a.index - b.index,
  )[0];
  const tenths = dep ? undefined : allMatches(DEPOSIT_TENTHS, text)[0];
  if (dep) {
    value.deposit_percent = Number(dep[1]);
    mark(dep.index, dep.index + dep[0].length);
  } else if (tenths) {
    value.deposit_percent = CN_TENTHS[(tenths[1] ?? tenths[2] ?? tenths[3])!];
    mark(tenths.index, tenths.index + tenths[0].length);
  } else {
    const sp = allMatches(SPLIT, text).find((m) => Number(m[1]) + Number(m[2]) === 100);
    const bal = sp ?? allMatches(BALANCE, text)[0];
    const cn = SPLIT_TENTHS.exec(text);
    if (!bal && cn && CN_TENTHS[cn[1]!]! + CN_TENTHS[cn[2]!]! === 100) {
      value.deposit_percent = CN_TENTHS[cn[1]!];
      mark(cn.index, cn.index + cn[0].length);
    } else if (bal && Number(bal[1]) < 100) {
      value.deposit_percent = Number(bal[1]);
      mark(bal.index, bal.index + bal[0].length);
    }
  }
  const sight = SIGHT.findAll(text)[0];
  const days = creditDays(
    text,
    [...methods.filter((h) => CREDIT_METHODS.has(h.value)), ...CREDIT.findAll(text)].sort((x, y) => x.start - y.start),
  );
  if (sight && (!days || sight.start < days.start) && value.method !== 'O/A') {
    value.days = 0;
    mark(sight.start, sight.end);
  } else if (days) {
    value.days = days.days;
    mark(days.start, days.end);
  }
  const cond = conditionDetails(text, value.deposit_percent !== undefined);
  if (cond) {
    value.details = said.slice(cond.start, cond.end).trim();
    mark(cond.start, cond.end);
  }
  if (start < 0) return [];
  if (value.method === undefined && value.deposit_percent !== undefined) value.method = 'T/T';
  if (value.method === undefined && value.days === undefined && value.details === undefined) return [];
  return [{ kind: 'payment_terms', value, evidence: sentenceAround(said, start, end), start, end, confidence: 0.8 }];
}
