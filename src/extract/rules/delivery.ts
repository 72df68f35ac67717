// Delivery dates, shifts of the current date ("提前10天") and lead times.
// Convention: "in N days/weeks" is a date; "within N days", "N天内交货",
// "交期N天", "lead time N days" are lead times.
import { formatDate } from '../dates/calendar.js';
import { findDates, findShifts, type DateHit } from '../dates/resolve-date.js';
import { allMatches, clauseAround, NUM, parseNum, sentenceAround } from '../text.js';
import type { Mention, RuleContext } from './mention.js';
import { LEAD_EVENTS } from '../lexicon/lead-events.js';
import { alternation } from '../lexicon/terms.js';

// A date is a delivery date when its clause names delivery (STRONG), or
// names only a deadline (WEAK: 前 / before / by) in a message that asks for
// something. "春节前应该没有新单了" names a holiday, not a delivery.
const STRONG_CUE =
  /交货|交期|货期|发货|出货|到货|送到|送货|送|到港|到仓|到达|抵达|交付|装柜|装船|出运|船期|上船|要货|交|发到|发|运到|(?<!收|得|做|拿|找|想|看|听|遇|碰)到(?!时|期)|deliver|delivery|ship|shipment|arriv|reach|land|ready(?! to (?:move|go|order|proceed|place|start|buy|sign))|\bETA\b|\bETD\b|load|dispatch|\bmust be\b|\bneed (?:it|them|the goods)|in (?:our|the) (?:warehouse|store|port)/i;
const WEAK_CUE = /前|之前|以前|最晚|最迟|截止|必须|before|\bby\b|until|\btill\b|latest|no later/i;
const NEED_VERB =
  /要(?!是)|需要|必须|得(?=[在到])|一定|务必|麻烦|请|\bmust\b|\bneed|\bshould\b|have to|\bwant|\brequire|\bplease\b|\bpls\b/i;
// the other side just asked when: a bare "圣诞节前" / "before Christmas" answers it
const WHEN_ASKED = /什么时候|几时|哪天|多久|when\b|what date|交期|交货|到货|deliver|ship|need the goods/i;
const NO_ORDER =
  /没有(?:新)?(?:单|订单)|不会(?:再)?下单|不下单|no (?:new |more )?orders?|not (?:order|buy)|won'?t (?:order|need)|anything more/i;
// "请12月25号前确认" sets a deadline to confirm or order, not to deliver.
const CONFIRM_DEADLINE = /确认|下单|回复|定下来|confirm|place (?:the |your )?order|reply|let (?:me|us) know/i;
// "如果有春节前要出货的订单…": a hypothetical order, not a proposal
const CONDITIONAL =
  /(?:如果|要是|假如|假设)有|\bif (?:you|there) (?:have|has|are|is|get) (?:any )?(?:new )?(?:orders?|goods|shipments?)/i;
const NOT_DELIVERY =
  /\bcall\b|\bmeeting\b|\bvideo\b|会议|开会|电话|视频|发你|发给你|发您|发过来|send (?:you|me)|\bPI\b|报价|quot|invoice|发票|reach out|再聊|联系|放假|休假|\bclos(?:e|ed|ing)\b|holidays? from|开工|回来|back to work|付款|\bpay|定金|deposit|样品|样衣|\bsamples?\b|artwork|文件|图纸|上次|last (?:time|order|year)|去年/i;
const NEGATED_AFTER =
  /^[^，,。.!?]{0,6}(不行|来不及|不可以|赶不上|太晚|太急|too late|not possible|impossible|can'?t|cannot|有点赶)/i;
const AFTER = /之后|以后|\bafter\b|not before|no earlier/i;

export function findDeliveryDates(
  text: string,
  ctx: RuleContext,
  hits: DateHit[] = findDates(text, ctx.today, { dayFirst: ctx.dayFirst }),
): Mention[] {
  const out: Mention[] = [];
  // the other side's delivery dates: the customer saying one back ("10月10号也行") takes it
  let offered: string[] | undefined;
  const offeredDates = (): string[] =>
    (offered ??=
      ctx.fromCustomer && ctx.prevOther && STRONG_CUE.test(ctx.prevOther)
        ? findDates(ctx.prevOther, ctx.today, { dayFirst: ctx.dayFirst }).map((d) => formatDate(d.date))
        : []);
  // the other side just named a delivery date: a bare date in reply ("12月26号可以吗？",
  // "那就12月26号") answers about that delivery
  let talked: boolean | undefined;
  const deliveryTalk = (): boolean =>
    (talked ??=
      !!ctx.prevOther &&
      STRONG_CUE.test(ctx.prevOther) &&
      findDates(ctx.prevOther, ctx.today, { dayFirst: ctx.dayFirst }).length > 0);
  for (const h of hits) {
    const clause = clauseAround(text, h.start, h.end);
    const rest = clause.text.replace(text.slice(h.start, h.end), ' ');
    const echoed = !/[?？吗]/.test(clause.text) && offeredDates().includes(formatDate(h.date));
    const bare = rest.replace(/[\s，,。.!！?？~]/g, '').length <= 5 && deliveryTalk();
    const strong = STRONG_CUE.test(rest) || echoed;
    if (!strong && !bare && !(WEAK_CUE.test(rest) && (NEED_VERB.test(text) || WHEN_ASKED.test(ctx.prevOther ?? ''))))
      continue;
    if (NOT_DELIVERY.test(clause.text) || NO_ORDER.test(clause.text)) continue;
    if (!strong && CONFIRM_DEADLINE.test(rest)) continue;
    if (!ctx.fromCustomer && CONDITIONAL.test(sentenceAround(text, h.start, h.end))) continue;
    if (NEGATED_AFTER.test(text.slice(h.end, h.end + 14))) continue;
    const constraint =
      AFTER.test(text.slice(h.end, h.end + 6)) || /\bafter\s*$/i.test(text.slice(Math.max(0, h.start - 7), h.start))
        ? 'after'
        : 'by';
    out.push({
      kind: 'delivery_date',
      value: { date: formatDate(h.date), constraint },
      evidence: sentenceAround(text, h.start, h.end),
      start: h.start,
      end: h.end,
      confidence: h.relative ? 0.7 : 0.8,
    });
  }
  // a shift only moves an existing delivery date (resolve-needs), so any shift
  // counts unless it is about payment, samples or a meeting
  if (!/付款|付|\bpay|样|sample|会议|开会|meeting|电话|\bcall\b/i.test(text)) {
    for (const s of findShifts(text)) {
      out.push({
        kind: 'delivery_date',
        value: {},
        shiftDays: s.days,
        evidence: sentenceAround(text, s.start, s.end),
        start: s.start,
        end: s.end,
        confidence: 0.7,
      });
    }
  }
  return out;
}

// 月 followed by a day number is a date (12月20日), never a duration of months.
const UNIT = String.raw`(?:个)?\s*(天|日|工作日|working days?|business days?|days?|周|星期|weeks?|个月|月(?![\d一二三四五六七八九十])|months?)`;
const LT_BEFORE_CUE = new RegExp(
  String.raw`(?<![\d.月])(${NUM})\s*${UNIT}\s*(?:内|以内|之内)?\s*(?:就)?(?:能|可以)?(?:交货|交期|交|出货|发货|到货|完成|生产|做好|能出|出|lead time|delivery)`,
  'gi',
);
const LT_AFTER_CUE = new RegExp(
  String.raw`(?:交期|货期|交货期|生产周期|生产时间|lead[ -]?time|delivery time|production time|turnaround)\s*(?:是|要|为|:|：|大概|约|控制在|about|is|of|within)?\s*(${NUM})\s*${UNIT}`,
  'gi',
);
const LT_WITHIN = new RegExp(
  String.raw`\bwithin\s+(${NUM}|a|one|two|three|four|six)\s+(days?|weeks?|months?|working days?)|(${NUM})\s*${UNIT}\s*(?:内|以内|之内)`,
  'gi',
);
const EVENTS = alternation(LEAD_EVENTS).replace(/ /g, '\\s+');
// counted from an event: "23 days after artwork confirm", "收到定金后30天"
const LT_AFTER_EVENT = new RegExp(
  String.raw`(?<![\d.])(${NUM})\s*${UNIT}\s*(?:after|from|upon)\s+(?:the\s+|your\s+|our\s+)?(?:${EVENTS})(?![A-Za-z])|(?:${EVENTS})\s*(?:后|之后|以后)\s*(${NUM})\s*${UNIT}`,
  'gi',
);
const LT_NEG = /^[^，,。.!?]{0,6}(太长|太久|不行|too long|not ok|can'?t)/i;
const WORD_N: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, six: 6 };

function days(n: number, unit: string): number {
  if (/周|星期|week/i.test(unit)) return n * 7;
  if (/月|month/i.test(unit)) return n * 30;
  return n;
}

export function findLeadTimes(text: string): Mention[] {
  const out: Mention[] = [];
  const push = (m: RegExpExecArray, n: number | undefined, unit: string, needCue: boolean): void => {
    const a = m.index;
    const b = a + m[0].length;
    if (n === undefined || !(n > 0) || out.some((o) => a < o.end && o.start < b)) return;
    if (LT_NEG.test(text.slice(b, b + 10))) return;
    if (needCue && !/交|出货|发货|到货|生产|deliver|ship|lead|produc|ready/i.test(clauseAround(text, a, b).text))
      return;
    out.push({
      kind: 'lead_time',
      value: { days: days(n, unit) },
      evidence: sentenceAround(text, a, b),
      start: a,
      end: b,
      confidence: 0.75,
    });
  };
  for (const m of allMatches(LT_BEFORE_CUE, text)) push(m, parseNum(m[1]!), m[2]!, false);
  for (const m of allMatches(LT_AFTER_CUE, text)) push(m, parseNum(m[1]!), m[2]!, false);
  for (const m of allMatches(LT_AFTER_EVENT, text))
    if (m[1]) push(m, parseNum(m[1]), m[2]!, false);
    else push(m, parseNum(m[3]!), m[4]!, false);
  for (const m of allMatches(LT_WITHIN, text)) {
    if (m[1]) push(m, WORD_N[m[1].toLowerCase()] ?? parseNum(m[1]), m[2]!, true);
    else push(m, parseNum(m[3]!), m[4]!, true);
  }
  return out;
}
