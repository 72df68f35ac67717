// Unit prices. Explicit ("$2.5/pc", "0.3元", "USD 1.15/pc", "45元一件") or a
// bare number in a price negotiation ("10.40 is ok", "0.042行不行").
import { allMatches, hasCjk, NUM, parseNum } from '../text.js';
import { overlaps, type Mention, type RuleContext } from './mention.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, PRICE_UNITS } from '../lexicon/currencies.js';
import { alternation } from '../lexicon/terms.js';
import { UNITS } from '../lexicon/units.js';

// alternations built from the currency lexicon, longest spelling first
const words = (pairs: readonly [string, string][]): string => alternation(pairs.map(([w]) => w));
const CUR_BEFORE = `(${words(CURRENCY_BEFORE)})`;
const CUR_AFTER = `(${words(CURRENCY_AFTER)})`;
const CODE = new Map([...CURRENCY_BEFORE, ...CURRENCY_AFTER].map(([w, c]) => [w.toLowerCase(), c]));
const UNIT_OF = new Map(PRICE_UNITS.map(([w, u]) => [w.toLowerCase(), u]));
// the unit after "/", "per", 每 or 一: "2.5美元一个" keeps 一 for the unit, never for the amount
const PER = String.raw`(?:\s*(?:\/|per|每|一)\s*(${words(PRICE_UNITS)}))?`;
const EXPLICIT_BEFORE = new RegExp(String.raw`${CUR_BEFORE}\s?(${NUM})${PER}`, 'gi');
const EXPLICIT_AFTER = new RegExp(String.raw`(?<![\d.])(${NUM})\s?${CUR_AFTER}(?![A-Za-z])${PER}`, 'gi');
const BARE =
  /(?<![\d.,$¥€£/#A-Za-z-])(\d+(?:\.\d+)?)(?![\d.]?\d)(?![A-Za-z%]|\s*(?:%|[xX×*]\s*\d|(?:V|W|L|kg|pcs|mm|cm|m|units?|sets?|days?|weeks?|months?|years?|USD|RMB)\b|天|号|日|月|年|周|个|件|只|支|套|箱|米|台|把|张|条|美金|美元|元|块|欧|[:：]|-\d|\/\d))/g;
const PRICE_CUE =
  /价|price|\brate\b|target|\bdo\b|\bdone\b|\bat\b|confirm|can you do|could you do|give me|best|最低|能做|能不能|做到|行不行|行吗|可以吗|ok\b|accept|deal|and we close|吧|啦|喇|得唔得|可唔可以|行|成交|就这个|(\d+(?:\.\d+)?)就\1|可以(?!吗)|没问题|no problem|\bfine\b|agreed/i;
const FEE_BEFORE =
  /(fee|费|运费|邮费|freight|shipping|加|extra|deposit|定金|订金|总价|总共|合计|total|invoice|发票|sample|样品|warranty|charge)[^，,。.!?\d]{0,12}$/i;
const DECLINED_AFTER =
  /^[^，,。.!?]{0,10}(太贵|太高|贵了|贵|有点高|偏高|高了|too (?:high|expensive)|is high|expensive|(?<!行)不行(?!吗|就|的话)|不能接受|can'?t accept|no way)/i;

// measure words from the units lexicon, longest first ("平方米" before "米")
const CJK_UNITS = alternation(UNITS.map(([w]) => w).filter(hasCjk));
// "16块5", "十六块五", "12蚊半", "3块5毛": a spoken dollar word followed by one digit counts dimes
const SPOKEN_DOLLAR = new Set(['块', '块钱', '元', '蚊']);
const DIMES = new RegExp(
  String.raw`^([0-9一二三四五六七八九半])(?:毛|角|毫)?(?![\d.,%]|\s*(?:${CJK_UNITS}|号|日|月|天|pcs))`,
);
// "29.5一条", "三十八一个": an amount per piece with no currency word
const PER_PIECE_ZH = new RegExp(
  String.raw`(?<![\d.,零〇一二两三四五六七八九十百千万])(${NUM})\s*(?:一|每)(${CJK_UNITS})(?![\d一二两三四五六七八九十])`,
  'g',
);
// "三十九吧": a counter-offer in Chinese numerals, ending its clause or followed by a particle of assent
const BARE_ZH =
  /(?<![零〇一二两三四五六七八九十百千万\d.])([一二两三四五六七八九十][零〇一二两三四五六七八九十百]*)(?=吧|啦|行|可以|好了|就好|得不得|$|[，,。！!？?\s])/g;

// currencies a bare "$" may stand for
const DOLLARS = new Set(['USD', 'HKD', 'TWD', 'SGD', 'AUD', 'CAD']);

function currencyOf(s: string | undefined): string | undefined {
  return s ? CODE.get(s.toLowerCase()) : undefined;
}

function unitOf(s: string | undefined): string | undefined {
  return s ? (UNIT_OF.get(s.toLowerCase()) ?? 'other') : undefined;
}

export function findPrices(text: string, ctx: RuleContext, masked: { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  const spans = [...masked];
  const push = (
    start: number,
    end: number,
    amount: number | undefined,
    currency: string,
    unit: string | undefined,
  ): void => {
    if (amount === undefined || !(amount > 0) || overlaps({ start, end }, spans)) return;
    if (FEE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return;
    if (ctx.fromCustomer && DECLINED_AFTER.test(text.slice(end, end + 24))) return;
    spans.push({ start, end });
    const value: Record<string, unknown> = { amount, currency };
    if (unit) value.unit = unit;
    out.push({ kind: 'price_target', value, evidence: text.slice(start, end).trim(), start, end, confidence: 0.75 });
  };
  // amount-then-currency first: in "2.5美元一个" the 一 is the unit's, never an amount after 美元
  for (const m of allMatches(EXPLICIT_AFTER, text)) {
    const currency = m[2] === '蚊' && ctx.localDollar ? ctx.localDollar : currencyOf(m[2]);
    const dimes = m[3] ? undefined : DIMES.exec(text.slice(m.index + m[0].length));
    const amount = parseNum(m[1]!);
    const tenth = dimes && SPOKEN_DOLLAR.has(m[2]!) ? (dimes[1] === '半' ? 5 : parseNum(dimes[1]!)) : undefined;
    const end = m.index + m[0].length + (tenth !== undefined ? dimes![0].length : 0);
    push(
      m.index,
      end,
      amount !== undefined && tenth !== undefined ? Math.round((amount + tenth / 10) * 100) / 100 : amount,
      currency ?? 'CNY',
      unitOf(m[3]),
    );
  }
  // a bare "$" is the chat's own dollar: the last one named (HK$380 … "$360?"), or Hong Kong's
  const ownDollar =
    (ctx.lastCurrency && DOLLARS.has(ctx.lastCurrency) ? ctx.lastCurrency : undefined) ??
    (ctx.localDollar === 'HKD' ? 'HKD' : undefined);
  for (const m of allMatches(EXPLICIT_BEFORE, text)) {
    const currency = (m[1] === '$' && ownDollar) || (currencyOf(m[1]) ?? 'USD');
    push(m.index, m.index + m[0].length, parseNum(m[2]!), currency, unitOf(m[3]));
  }
  const fallbackCurrency = ctx.lastCurrency ?? (hasCjk(text) ? 'CNY' : 'USD');
  const nearRecent = (n: number): boolean => ctx.recentPrices.some((p) => n >= p * 0.5 && n <= p * 1.5);
  // "29.5一条", "三十八一个": an amount per piece with no currency word is a price in Chinese
  for (const m of allMatches(PER_PIECE_ZH, text)) {
    const n = parseNum(m[1]!);
    const clause = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 8);
    const perOne = m[0].includes('一'); // "38一个" is said of prices only; "38每个" wants a cue
    if (n === undefined || !(perOne || m[1]!.includes('.') || nearRecent(n) || PRICE_CUE.test(clause))) continue;
    push(m.index, m.index + m[0].length, n, fallbackCurrency, unitOf(m[2]));
  }
  // "三十九吧": a counter-offer in Chinese numerals near the prices just said
  for (const m of allMatches(BARE_ZH, text)) {
    const n = parseNum(m[1]!);
    if (n !== undefined && n >= 1 && nearRecent(n))
      push(m.index, m.index + m[1]!.length, n, fallbackCurrency, undefined);
  }
  for (const m of allMatches(BARE, text)) {
    const n = Number(m[1]);
    const a = m.index;
    const b = a + m[0].length;
    const clause = text.slice(Math.max(0, a - 20), Math.min(text.length, b + 14));
    const near = ctx.recentPrices.some((p) => n >= p * 0.5 && n <= p * 1.5);
    const decimal = m[1]!.includes('.');
    const priceWord = /(?:价格?|price|target|单价)[^，,。.!?\d]{0,8}$/i.test(text.slice(Math.max(0, a - 14), a));
    if (!(near && (decimal || PRICE_CUE.test(clause))) && !priceWord) continue;
    push(a, b, n, fallbackCurrency, undefined);
  }
  return out.sort((x, y) => x.start - y.start);
}
