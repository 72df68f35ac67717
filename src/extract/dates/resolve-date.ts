// Date expressions in zh and en, resolved against the message's own date.
// Conventions (../shared/eval/README.md): 下周X is that weekday in the next
// Monday–Sunday week, 下下周X one week later; 月底 / end of (next) month is the
// month's last day; a month/day without year is its next occurrence; holidays
// are their next date on or after the message.
import {
  addDays,
  addMonths,
  endOfMonth,
  isValidDate,
  mondayOf,
  nextMonthDay,
  isoWeekday,
  type LocalDate,
} from './calendar.js';
import { chronoDates } from './english-chrono.js';
import { HOLIDAY_WORDS, nextHoliday } from './holidays.js';
import { CN_N, ZH_RULES, ZH_WEEKDAY } from './zh-grammar.js';
import { allMatches, parseNum } from '../text.js';

export interface DateHit {
  date: LocalDate;
  start: number;
  end: number;
  /** Relative to the message date ("in 6 weeks", "下周五") rather than absolute. */
  relative: boolean;
  /** Set when a weekday was written with the date ("Tuesday, 10 January", "3月11日(周五)"): false when they disagree. */
  weekdayAgrees?: boolean;
}

export interface DateOptions {
  /** The file's own day/month order for numeric dates (WhatsApp decides it per file); unknown: only unambiguous ones. */
  dayFirst?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_RE = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const monthOf = (s: string): number =>
  MONTHS[
    s
      .toLowerCase()
      .replace('.', '')
      .slice(0, s.toLowerCase().startsWith('sept') ? 4 : 3)
  ] ?? 0;

const EN_WD: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

function ymd(y: number, m: number, d: number): LocalDate | undefined {
  return isValidDate(y, m, d) ? { y, m, d } : undefined;
}
function monthDay(today: LocalDate, m: number, d: number): LocalDate | undefined {
  return isValidDate(2000, m, d) ? nextMonthDay(today, m, d) : undefined;
}
/** Weekday `wd` in the week `weeks` after this one (0 = this week). */
function weekday(today: LocalDate, wd: number, weeks: number): LocalDate {
  return addDays(mondayOf(today), weeks * 7 + wd - 1);
}
function upcoming(today: LocalDate, wd: number): LocalDate {
  return addDays(today, (wd - isoWeekday(today) + 7) % 7);
}
function dayOfMonth(today: LocalDate, d: number, monthsAhead: number): LocalDate | undefined {
  const base = addMonths({ y: today.y, m: today.m, d: 1 }, monthsAhead);
  return ymd(base.y, base.m, d);
}
function span(n: number, unit: string): { days?: number; months?: number } {
  if (/月|month/i.test(unit)) return { months: n };
  if (/周|星期|礼拜|week/i.test(unit)) return { days: n * 7 };
  return { days: n };
}
function yearOf(s: string | undefined, today: LocalDate): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  return n < 100 ? 2000 + n : n || today.y;
}

function partOfMonth(y: number, m: number, part: string): LocalDate {
  if (/底|末|下旬/.test(part)) return endOfMonth(y, m);
  if (/上旬/.test(part)) return { y, m, d: 10 };
  if (/中旬/.test(part)) return { y, m, d: 20 };
  if (/初/.test(part)) return { y, m, d: 5 };
  return { y, m, d: 15 };
}

type Rule = [RegExp, (m: RegExpExecArray, t: LocalDate, o: DateOptions) => LocalDate | undefined, boolean];

const RULES: Rule[] = [
  ...ZH_RULES,
  // absolute with year
  // (a month over 12 is a year/day/month order: the date still wins over the order)
  [
    /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g,
    (m) => ymd(+m[1]!, +m[2]!, +m[3]!) ?? (+m[2]! > 12 ? ymd(+m[1]!, +m[3]!, +m[2]!) : undefined),
    false,
  ],
  // 2022 11 23 (spaces only: near the present, so that "2022 11 23" in a spec list is not a date)
  [
    /(?<![\d.,])(20\d{2}) (\d{1,2}) (\d{1,2})(?![\d.,%])/g,
    (m, t) => (Math.abs(+m[1]! - t.y) <= 5 ? ymd(+m[1]!, +m[2]!, +m[3]!) : undefined),
    false,
  ],
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH_RE},?\s*(\d{4})?\b`, 'gi'),
    (m, t) => {
      const y = yearOf(m[3], t);
      const mo = monthOf(m[2]!);
      return y ? ymd(y, mo, +m[1]!) : monthDay(t, mo, +m[1]!);
    },
    false,
  ],
  [
    new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4}))?`, 'gi'),
    (m, t) => {
      const y = yearOf(m[3], t);
      const mo = monthOf(m[1]!);
      return y ? ymd(y, mo, +m[2]!) : monthDay(t, mo, +m[2]!);
    },
    false,
  ],
  [
    new RegExp(String.raw`(?:end|late|the end) of\s+${MONTH_RE}`, 'gi'),
    (m, t) => {
      const d = monthDay(t, monthOf(m[1]!), 1);
      return d ? endOfMonth(d.y, d.m) : undefined;
    },
    false,
  ],
  [new RegExp(String.raw`(?:mid|middle of)[-\s]+${MONTH_RE}`, 'gi'), (m, t) => monthDay(t, monthOf(m[1]!), 15), false],
  // 12月20号 / 1月10日 / 12月10前
  [
    new RegExp(String.raw`(${CN_N})\s*月\s*(${CN_N})\s*(?:[日号]|(?=\s*(?:前|之前|以前|左右|到)))`, 'g'),
    (m, t) => monthDay(t, parseNum(m[1]!) ?? 0, parseNum(m[2]!) ?? 0),
    false,
  ],
  // 15.12. / 15.12.2026 (European day.month)
  [
    /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?![\d])/g,
    (m, t) => {
      const y = yearOf(m[3], t);
      return y ? ymd(y, +m[2]!, +m[1]!) : monthDay(t, +m[2]!, +m[1]!);
    },
    false,
  ],
  // month ends and parts of a month. As "by" deadlines a part ends its span:
  // 上旬 → 10th, 中旬 → 20th, 下旬 / 底 / 末 → last day; 月中 → 15th; 月初 /
  // early / beginning of → 5th (a chosen convention: "early in the month").
  [
    new RegExp(String.raw`(${CN_N})\s*月\s*(底|末|中旬|上旬|下旬|初|中)`, 'g'),
    (m, t) => {
      const d = monthDay(t, parseNum(m[1]!) ?? 0, 1);
      return d ? partOfMonth(d.y, d.m, m[2]!) : undefined;
    },
    false,
  ],
  [
    /(下下|下|这|本)个?月\s*(上旬|中旬|下旬|初)/g,
    (m, t) => {
      const x = addMonths({ ...t, d: 1 }, m[1] === '下下' ? 2 : m[1] === '下' ? 1 : 0);
      return partOfMonth(x.y, x.m, m[2]!);
    },
    true,
  ],
  [
    /\b(?:early|beginning of|start of|the beginning of|the start of)\s+(next|this)\s+month\b/gi,
    (m, t) => {
      const x = addMonths({ ...t, d: 1 }, m[1]!.toLowerCase() === 'next' ? 1 : 0);
      return { ...x, d: 5 };
    },
    true,
  ],
  [
    new RegExp(String.raw`\b(?:early|beginning of|start of|the beginning of|the start of)\s+${MONTH_RE}`, 'gi'),
    (m, t) => monthDay(t, monthOf(m[1]!), 5),
    false,
  ],
  // numeric 12/18 (M/D) or 18/12 (D/M) when only one reading is a valid month
  [
    /(?<![\d/.:\-])(\d{1,2})\/(\d{1,2})(?![\d/%:])(?!\s*(?:不锈钢|钢|stainless|steel|SS|ss\b))/g,
    (m, t, o) => {
      const a = +m[1]!;
      const b = +m[2]!;
      if (a === 24 && b === 7) return undefined; // "24/7"
      if (a >= 1 && a <= 12 && b > 12) return monthDay(t, a, b);
      if (b >= 1 && b <= 12 && a > 12) return monthDay(t, b, a);
      // both readings are dates: only the file's own order decides (never guessed line by line)
      if (o.dayFirst === true) return monthDay(t, b, a);
      if (o.dayFirst === false) return monthDay(t, a, b);
      // Chinese writing puts the month first ("12/5前到仓" is December 5)
      // (a fraction of an inch, "3/4英寸", is no date)
      if (/[\u4e00-\u9fff]/.test(m.input) && !/^\s*(?:英寸|寸|分|inch|")/i.test(m.input.slice(m.index + m[0].length)))
        return monthDay(t, a, b);
      return undefined;
    },
    false,
  ],
  [
    /下下个?月\s*(?:底|末)|end of the month after next/gi,
    (_m, t) => {
      const x = addMonths({ ...t, d: 1 }, 2);
      return endOfMonth(x.y, x.m);
    },
    true,
  ],
  [
    /下个?月\s*(?:底|末)|end of next month|next month'?s? end/gi,
    (_m, t) => {
      const x = addMonths({ ...t, d: 1 }, 1);
      return endOfMonth(x.y, x.m);
    },
    true,
  ],
  [
    /(?:这个?|本)?月\s*(?:底|末)|end of (?:this|the) month|end of month|month[-\s]end|this month end/gi,
    (_m, t) => endOfMonth(t.y, t.m),
    true,
  ],
  [/(?:今年)?年\s*(?:底|末)|end of (?:this|the) year|year[-\s]end/gi, (_m, t) => ({ y: t.y, m: 12, d: 31 }), true],
  [
    new RegExp(String.raw`(?:下下个?月)\s*(${CN_N})\s*[日号]`, 'g'),
    (m, t) => dayOfMonth(t, parseNum(m[1]!) ?? 0, 2),
    true,
  ],
  [
    new RegExp(String.raw`(?:下个?月)\s*(${CN_N})\s*[日号]`, 'g'),
    (m, t) => dayOfMonth(t, parseNum(m[1]!) ?? 0, 1),
    true,
  ],
  [
    new RegExp(String.raw`(?:这个?月|本月)\s*(${CN_N})\s*[日号]`, 'g'),
    (m, t) => dayOfMonth(t, parseNum(m[1]!) ?? 0, 0),
    true,
  ],
  [
    /下下个?月\s*中|下个?月\s*中|(?:这个?|本)月\s*中|mid[-\s]next month/g,
    (m, t) => dayOfMonth(t, 15, m[0].startsWith('下下') ? 2 : m[0].startsWith('下') || /next/.test(m[0]) ? 1 : 0),
    true,
  ],
  // weekdays
  [
    /(下下|下|这|本)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    (m, t) => {
      const wd = ZH_WEEKDAY[m[2]!]!;
      if (m[1] === '下下') return weekday(t, wd, 2);
      if (m[1] === '下') return weekday(t, wd, 1);
      if (m[1]) return weekday(t, wd, 0);
      return upcoming(t, wd);
    },
    true,
  ],
  [
    /\b(?:(the week after next|next|this|coming)\s+)?(mon|tue|wed|thu|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b(?:\s+(after next|next week))?/gi,
    (m, t) => {
      const wd = EN_WD[m[2]!.toLowerCase().slice(0, 3)]!;
      const q = (m[1] ?? '').toLowerCase();
      if (q === 'the week after next' || m[3]?.toLowerCase() === 'after next') return weekday(t, wd, 2);
      if (q === 'next' || m[3]?.toLowerCase() === 'next week') return weekday(t, wd, 1);
      if (q === 'this') return weekday(t, wd, 0);
      return upcoming(t, wd);
    },
    true,
  ],
  [/下下周|下下个?星期|the week after next/gi, (_m, t) => weekday(t, 1, 2), true],
  [/下周|下个?星期|下个?礼拜|next week/gi, (_m, t) => weekday(t, 1, 1), true],
  // in N days / N周后
  [
    new RegExp(String.raw`(${CN_N})\s*(?:个)?\s*(天|日|周|星期|礼拜|月)\s*(?:后|以后|之后)`, 'g'),
    (m, t) => {
      const s = span(parseNum(m[1]!) ?? 0, m[2]!);
      return s.months ? addMonths(t, s.months) : addDays(t, s.days ?? 0);
    },
    true,
  ],
  [
    /\bin\s+(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(days?|weeks?|months?)(?!\s+(?:earlier|later|sooner))/gi,
    (m, t) => {
      const w = {
        a: 1,
        one: 1,
        two: 2,
        three: 3,
        four: 4,
        five: 5,
        six: 6,
        seven: 7,
        eight: 8,
        nine: 9,
        ten: 10,
        twelve: 12,
      } as Record<string, number>;
      const n = w[m[1]!.toLowerCase()] ?? Number(m[1]);
      const s = span(n, m[2]!);
      return s.months ? addMonths(t, s.months) : addDays(t, s.days ?? 0);
    },
    true,
  ],
  [/大后天/g, (_m, t) => addDays(t, 3), true],
  [/后天|day after tomorrow/gi, (_m, t) => addDays(t, 2), true],
  [/明天|\btomorrow\b/gi, (_m, t) => addDays(t, 1), true],
  // (not 现在: "现在到哪了" asks where the goods are now, it names no day)
  [/今天|今日|本日|\btoday\b/gi, (_m, t) => t, true],
  // bare day of month: 28号前
  [
    new RegExp(String.raw`(?<![月\d])(${CN_N})\s*号`, 'g'),
    (m, t) => {
      const d = parseNum(m[1]!) ?? 0;
      return dayOfMonth(t, d, d >= t.d ? 0 : 1);
    },
    true,
  ],
];

const HOLIDAYS = HOLIDAY_WORDS.map(
  ([re, n]) => [new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), n] as const,
);
// Cheap gate: most messages hold no date at all.
const MAYBE_DATE =
  /\d|日|夕|重阳|腊八|清明|六一|小年|qtr|quarter|later|now|couple|节|[一二三四五六七八九十两]\s*[月号周天日]|周|星期|礼拜|月|年|天|节|春节|元旦|国庆|五一|中秋|端午|元宵|today|tomorrow|week|month|year|day|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|xmas|cny|new year|festival|thanksgiving|valentine|halloween/i;

/** Every date expression in `text`, earliest first, overlapping matches removed. */
export function findDates(text: string, today: LocalDate, opts: DateOptions = {}): DateHit[] {
  const hits: DateHit[] = [];
  if (!MAYBE_DATE.test(text)) return hits;
  const taken: [number, number][] = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  for (const [name, h] of HOLIDAYS) {
    for (const m of allMatches(name, text)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      taken.push([a, b]);
      hits.push({ date: nextHoliday(h, today), start: a, end: b, relative: false });
    }
  }
  for (const [re, fn, relative] of RULES) {
    for (const m of allMatches(re, text)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      const date = fn(m, today, opts);
      if (!date) continue;
      taken.push([a, b]);
      hits.push({ date, start: a, end: b, relative });
    }
  }
  return withChrono(
    text,
    today,
    opts,
    mergeWeekdays(
      text,
      hits.sort((x, y) => x.start - y.start),
    ),
  );
}

/** English expressions only chrono reads; a chrono reading that strictly contains Baton's hits replaces them. */
function withChrono(text: string, today: LocalDate, opts: DateOptions, hits: DateHit[]): DateHit[] {
  const extra = chronoDates(text, today, opts.dayFirst);
  if (extra.length === 0) return hits;
  let out = hits;
  for (const c of extra) {
    const inside = out.filter((h) => h.start >= c.start && h.end <= c.end);
    const overlaps = out.some((h) => h.start < c.end && h.end > c.start && !(h.start >= c.start && h.end <= c.end));
    if (overlaps) continue;
    const covered = inside.reduce((n, h) => n + (h.end - h.start), 0);
    // Baton's rules keep their words unless chrono read clearly more of the phrase
    if (inside.length > 0 && c.end - c.start - covered < 2) continue;
    out = out.filter((h) => !inside.includes(h));
    out.push({ date: c.date, start: c.start, end: c.end, relative: c.relative });
  }
  return out.sort((x, y) => x.start - y.start);
}

const WEEKDAY_ONLY = /^(?:(?:周|星期|礼拜)[一二三四五六日天1-7]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)$/i;
const GAP = /^[\s,，、.。()（）]*$/;

/**
 * A weekday written next to a date ("Tuesday, 10 January", "3月11日(周五)", "周五（3.11）") is one
 * expression: the date wins, and a weekday that disagrees is kept as a doubt.
 */
function mergeWeekdays(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const n = hits[i + 1];
    if (n && GAP.test(text.slice(h.end, n.start))) {
      const hw = WEEKDAY_ONLY.test(text.slice(h.start, h.end).trim());
      const nw = WEEKDAY_ONLY.test(text.slice(n.start, n.end).trim());
      if (hw !== nw) {
        const [wd, date] = hw ? [h, n] : [n, h];
        const end = text.slice(n.end).match(/^\s*[)）]/)?.[0].length ?? 0;
        out.push({
          ...date,
          start: h.start,
          end: n.end + end,
          weekdayAgrees: isoWeekday(wd.date) === isoWeekday(date.date),
        });
        i++;
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

export interface ShiftHit {
  days: number;
  start: number;
  end: number;
}

const SHIFT_ZH = new RegExp(
  String.raw`(提前|提早|(?<![最尽])早|推迟|延后|延迟|推后|往后推|往后延|后推|后延|延期|顺延|(?<![最太])晚)\s*了?\s*(${CN_N}|半)\s*(?:个)?\s*(天|日|周|星期|礼拜|月)`,
  'g',
);
// "push back the delivery 5 days", "bring the loading date forward one week",
// "delay by a week", "postpone shipment by 10 days": verb, up to three object
// words, an optional particle, then the amount.
const SHIFT_OBJ = String.raw`(?:(?:the|our|my|this|that|it|its|them|delivery|deliveries|shipment|shipping|loading|dispatch|arrival|departure|date|dates|eta|etd|order|goods|container|production|schedule|time)\s+){0,3}`;
const SHIFT_VERB = String.raw`push(?:ed|ing)?\s+${SHIFT_OBJ}(?:back|out)|bring(?:ing)?\s+${SHIFT_OBJ}(?:forward|up)|brought\s+${SHIFT_OBJ}(?:forward|up)|mov(?:e|ed|ing)\s+${SHIFT_OBJ}(?:back|forward|up|earlier|later)|pull(?:ed|ing)?\s+${SHIFT_OBJ}(?:in|forward)|postpon(?:e|ed|ing)|delay(?:ed|ing)?|defer(?:red)?|advanc(?:e|ed|ing)|expedit(?:e|ed|ing)`;
const SHIFT_EN = new RegExp(
  String.raw`\b(\d+|a|one|two|three|four|five|six|seven|ten)\s+(days?|weeks?|months?)\s+(earlier|sooner|later|ahead)\b|\b(${SHIFT_VERB})\s+${SHIFT_OBJ}(?:by\s+)?(?:about\s+|around\s+)?(\d+|a|one|two|three|four|five|six|ten)\s+(days?|weeks?|months?)`,
  'gi',
);
const EN_N: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

/** "提前10天", "延后一周", "10 days earlier", "push back a week" → signed day shifts. */
export function findShifts(text: string): ShiftHit[] {
  const out: ShiftHit[] = [];
  for (const m of allMatches(SHIFT_ZH, text)) {
    const n = m[2] === '半' ? 0.5 : (parseNum(m[2]!) ?? 0);
    const s = span(n, m[3]!);
    const days = Math.round(s.months ? s.months * 30 : (s.days ?? 0));
    const earlier = /提前|提早|早/.test(m[1]!);
    out.push({ days: earlier ? -days : days, start: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(SHIFT_EN, text)) {
    const nRaw = (m[1] ?? m[5])!.toLowerCase();
    const n = EN_N[nRaw] ?? Number(nRaw);
    const s = span(n, (m[2] ?? m[6])!);
    const days = s.months ? s.months * 30 : (s.days ?? 0);
    const verb = (m[3] ?? m[4] ?? '').toLowerCase();
    const earlier = /earlier|sooner|ahead|forward|\bup\b|\bin$|pull|advanc|expedit/.test(verb);
    out.push({ days: earlier ? -days : days, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
