// Small date phrases reps use when logging a follow-up or correcting a date:
// 今天/昨天/明天/后天, 下周一, 3天后, 12月10日, 2026-12-10; today, tomorrow, next Monday,
// in 3 days, Dec 10. Pure: resolved against a local calendar date.
import { addDays, isoWeekday, type LocalDate } from '../../../extract/dates/calendar.js';

const ZH_DAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const EN_DAY: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const EN_MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZH_NUM: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (ZH_NUM[s] ?? NaN));

/** Monday–Sunday week after this one, on weekday `wd` (1 = Monday). */
function nextWeek(today: LocalDate, wd: number): LocalDate {
  return addDays(today, 7 - isoWeekday(today) + wd);
}

/** The next date (today or later, within a few days' grace) with this month and day. */
function monthDay(today: LocalDate, m: number, d: number): LocalDate {
  const thisYear = { y: today.y, m, d };
  const past = today.m > m || (today.m === m && today.d > d + 7);
  return past ? { y: today.y + 1, m, d } : thisYear;
}

/** The first date phrase in `text`, resolved from `today`; undefined when there is none. */
export function findWhen(text: string, today: LocalDate): { date: LocalDate; phrase: string } | undefined {
  const tests: [RegExp, (m: RegExpExecArray) => LocalDate | undefined][] = [
    [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! })],
    [/(\d{1,2})月(\d{1,2})[日号]?/, (m) => monthDay(today, +m[1]!, +m[2]!)],
    [/下(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/, (m) => nextWeek(today, ZH_DAY[m[1]!]!)],
    [
      /(?:这|本)?(?:周|星期|礼拜)([一二三四五六日天])/,
      (m) => {
        const wd = ZH_DAY[m[1]!]!;
        const cur = isoWeekday(today);
        return wd > cur ? addDays(today, wd - cur) : nextWeek(today, wd);
      },
    ],
    [/大后天/, () => addDays(today, 3)],
    [/后天/, () => addDays(today, 2)],
    [/明天/, () => addDays(today, 1)],
    [/昨天/, () => addDays(today, -1)],
    [/今天|今日/, () => today],
    [/(\d+|[一两二三四五六七八九十])\s*天(?:后|以后|之后)/, (m) => addDays(today, num(m[1]!))],
    [/下周/, () => nextWeek(today, 1)],
    [
      /\bnext\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
      (m) => nextWeek(today, EN_DAY[m[1]!.toLowerCase()]!),
    ],
    [
      /\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
      (m) => {
        const wd = EN_DAY[m[1]!.toLowerCase()]!;
        const cur = isoWeekday(today);
        return wd > cur ? addDays(today, wd - cur) : addDays(today, 7 - cur + wd);
      },
    ],
    [/\btomorrow\b/i, () => addDays(today, 1)],
    [/\byesterday\b/i, () => addDays(today, -1)],
    [/\btoday\b/i, () => today],
    [/\bin\s+(\d+)\s+days?\b/i, (m) => addDays(today, +m[1]!)],
    [/\bin\s+(\d+)\s+weeks?\b/i, (m) => addDays(today, 7 * +m[1]!)],
    [/\bnext\s+week\b/i, () => nextWeek(today, 1)],
    [
      /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/i,
      (m) => monthDay(today, EN_MONTH.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!),
    ],
    [
      /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i,
      (m) => monthDay(today, EN_MONTH.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!),
    ],
  ];
  let best: { date: LocalDate; phrase: string; index: number } | undefined;
  for (const [re, f] of tests) {
    const m = re.exec(text);
    if (!m) continue;
    const date = f(m);
    if (!date || Number.isNaN(date.d)) continue;
    if (!best || m.index < best.index) best = { date, phrase: m[0], index: m.index };
  }
  return best ? { date: best.date, phrase: best.phrase } : undefined;
}

/** The "next contact" part of a follow-up log: 下周一再联系 / follow up next Monday. */
export function splitFollowUpTimes(text: string, today: LocalDate): { happened: LocalDate; next?: LocalDate } {
  const nextRe =
    /(?:，|,|；|;|\s)\s*([^，,；;]*?)(?:再|又)?(?:联系|跟进|回访|沟通|打电话|call|follow[ -]?up|check in|contact)/i;
  const parts = text
    .split(/[，,；;。]|\band\b|\bthen\b/i)
    .map((s) => s.trim())
    .filter(Boolean);
  let happened = today;
  let next: LocalDate | undefined;
  for (const [i, p] of parts.entries()) {
    const w = findWhen(p, today);
    if (!w) continue;
    const isNext = i > 0 && (/再|下次|之后|以后|again|next|follow|then|check|contact|call/i.test(p) || nextRe.test(p));
    const future = w.date.y * 400 + w.date.m * 32 + w.date.d > today.y * 400 + today.m * 32 + today.d;
    if ((isNext || (i > 0 && future)) && !next) next = w.date;
    else if (i === 0 || !future) happened = w.date;
  }
  return next ? { happened, next } : { happened };
}
