// Payment terms: method (T/T, L/C, D/P, D/A, O/A, PayPal, Western Union),
// deposit percentage and credit days. A deposit/balance split with no method
// named is T/T (contract).
import { allMatches, NUM, parseNum, sentenceAround } from '../text.js';
import type { Mention } from './mention.js';

const METHODS: [RegExp, string][] = [
  [/\bT\s*\/\s*T\b|\bTT\b|电汇|wire transfer|bank transfer/i, 'T/T'],
  [/\bL\s*\/\s*C\b|\bLC\b|信用证|letter of credit/i, 'L/C'],
  [/\bD\s*\/\s*P\b|付款交单/i, 'D/P'],
  [/\bD\s*\/\s*A\b|承兑交单/i, 'D/A'],
  [/\bO\s*\/\s*A\b|open account|赊销/i, 'O/A'],
  [/pay\s?pal|贝宝/i, 'PayPal'],
  [/western union|西联/i, 'Western Union'],
];
const DEPOSIT_WORDS =
  '定金|订金|预付款?|预付|首付|先付|deposit|advance|down ?payment|prepayment|prepaid|upfront|up front|in advance';
const DEPOSIT_AFTER = new RegExp(
  String.raw`(\d{1,2}(?:\.\d)?)\s*%\s*(?:T\s*\/\s*T\s*)?(?:的)?(?:${DEPOSIT_WORDS})`,
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
const SPLIT = /(?:T\s*\/\s*T\s*)?(\d{1,2})\s*(?:%\s*)?\/\s*(\d{1,2})\s*%?(?:\s*T\s*\/\s*T)?/g;
const BALANCE =
  /(\d{1,2})\s*%[^%]{0,30}?(?:\d{1,2})\s*%\s*(?:的)?(?:余款|尾款)?\s*(?:before|against|after|upon|on|when|见|发货|装柜|出货|提单|验收|货到|balance)/gi;
const SIGHT = /at sight|即期|见票即付/i;
const DAYS = new RegExp(
  String.raw`(?:(?:L\s*\/?\s*C|D\s*\/\s*A|O\s*\/\s*A|net|credit|账期|月结|远期|usance|deferred)\s*(?:of\s*|at\s*)?(${NUM})\s*(?:days?|天|日)|(${NUM})\s*(?:days?|天|日)\s*(?:远期|账期|usance|credit|sight|after (?:B\/L|sight|invoice)|L\s*\/\s*C|O\s*\/\s*A|net)|月结\s*(${NUM})|net\s*(\d+))`,
  'gi',
);
const PAY_CUE =
  /payment|pay|付款|付|支付|结算|账期|月结|terms|定金|订金|deposit|advance|L\s*\/?\s*C\b|T\s*\/\s*T|O\s*\/\s*A|D\s*\/\s*[PA]|\bnet\s*\d|信用证|电汇|paypal|western union|西联/i;

export function findPayment(text: string): Mention[] {
  if (!PAY_CUE.test(text)) return [];
  const value: Record<string, unknown> = {};
  let start = -1;
  let end = -1;
  const mark = (a: number, b: number): void => {
    if (start < 0 || a < start) start = a;
    if (b > end) end = b;
  };
  for (const [re, name] of METHODS) {
    const m = re.exec(text);
    if (m && (start < 0 || m.index < start || value.method === undefined)) {
      if (value.method === undefined || m.index < start) value.method = name;
      mark(m.index, m.index + m[0].length);
    }
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
    if (bal && Number(bal[1]) < 100) {
      value.deposit_percent = Number(bal[1]);
      mark(bal.index, bal.index + bal[0].length);
    }
  }
  const sight = SIGHT.exec(text);
  const days = allMatches(DAYS, text)[0];
  if (sight && (!days || sight.index < days.index) && value.method !== 'O/A') {
    value.days = 0;
    mark(sight.index, sight.index + sight[0].length);
  } else if (days) {
    const n = parseNum((days[1] ?? days[2] ?? days[3] ?? days[4])!);
    if (n !== undefined) {
      value.days = n;
      mark(days.index, days.index + days[0].length);
    }
  }
  if (start < 0 || (value.method === undefined && value.deposit_percent === undefined && value.days === undefined))
    return [];
  if (value.method === undefined && value.deposit_percent !== undefined) value.method = 'T/T';
  if (value.method === undefined && /月结/.test(text)) value.details = '月结';
  if (value.method === undefined && value.days === undefined) return [];
  return [{ kind: 'payment_terms', value, evidence: sentenceAround(text, start, end), start, end, confidence: 0.8 }];
}
