// The parts of the Chinese date grammar that need more than one token:
// Chinese-numeral and two-digit years (二零一六年九月三号, 15年3月2日), 明日,
// 大大后天, 下周周六, 八月份的第一个周二, 十月31, 6·30, 20240307, the lunar
// calendar (农历八月二十三, 腊月十八, 2023年大年三十). These run before the general
// rules of resolve-date.ts so that the longer reading claims the words.
import { addDays, isValidDate, mondayOf, nextMonthDay, type LocalDate } from './calendar.js';
import { lunarToSolar } from './holidays.js';
import { parseNum } from '../text.js';

export type DateRule = [RegExp, (m: RegExpExecArray, today: LocalDate) => LocalDate | undefined, boolean];

/** A day or month count in Arabic or Chinese numerals; shared with resolve-date.ts. */
export const CN_N = '[0-9零一二两三四五六七八九十]+';
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A Chinese weekday word to its ISO number (周日/周天 = 7); shared with resolve-date.ts. */
export const ZH_WEEKDAY: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};

/** 二零一六 → 2016, 一六 / 16 → 2016, 九八 → 1998 (a two-digit year up to 20 years ahead is this century). */
function year(s: string, today: LocalDate): number | undefined {
  const digits = /^\d+$/.test(s) ? s : [...s].map((c) => DIGITS[c] ?? -1).join('');
  if (!/^\d{2}$|^\d{4}$/.test(digits)) return undefined;
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n <= (today.y % 100) + 20 ? 2000 + n : 1900 + n;
}

function ymd(y: number | undefined, m: number | undefined, d: number | undefined): LocalDate | undefined {
  return y !== undefined && m !== undefined && d !== undefined && isValidDate(y, m, d) ? { y, m, d } : undefined;
}

/** Lunar day words: 初一 … 初十, 十一 … 二十, 廿一 … 廿九, 三十. */
function lunarDay(s: string): number | undefined {
  const t = s.replace(/^初/, '').replace(/^廿/, '二十').replace(/^卅/, '三十');
  return parseNum(t);
}

const LUNAR_MONTH: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };
function lunarMonth(s: string): number | undefined {
  return LUNAR_MONTH[s] ?? parseNum(s);
}

/** The first solar date on or after `from` of lunar month/day, or in lunar year `y` when given. */
function lunarDate(m: number, d: number, from: LocalDate, y?: number): LocalDate | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 30) return undefined;
  const at = (ly: number): LocalDate | undefined => {
    try {
      return lunarToSolar(ly, m, d);
    } catch {
      return undefined; // 三十 in a 29-day month
    }
  };
  if (y !== undefined) return at(y);
  for (let ly = from.y - 1; ly <= from.y + 1; ly++) {
    const s = at(ly);
    if (s && s.y * 400 + s.m * 32 + s.d >= from.y * 400 + from.m * 32 + from.d) return s;
  }
  return undefined;
}

/** The n-th weekday `wd` (ISO) of month m of year y. */
function nthWeekday(y: number, m: number, n: number, wd: number): LocalDate | undefined {
  const first = { y, m, d: 1 };
  const firstWd = new Date(Date.UTC(y, m - 1, 1)).getUTCDay() || 7;
  const d = 1 + ((wd - firstWd + 7) % 7) + (n - 1) * 7;
  return isValidDate(y, m, d) ? { ...first, d } : undefined;
}

export const ZH_RULES: DateRule[] = [
  // 二零一六年，九月三号 / 一六年9月3日 / 15年3月2日 (a 4-digit 2016年9月3日 is resolve-date's)
  [
    new RegExp(
      String.raw`(?<![\d零〇一二三四五六七八九])([零〇一二三四五六七八九]{4}|[零〇一二三四五六七八九]{2}|\d{2})\s*年\s*[，,]?\s*(${CN_N})\s*月\s*(${CN_N})\s*[日号]?`,
      'g',
    ),
    (m, t) => ymd(year(m[1]!, t), parseNum(m[2]!), parseNum(m[3]!)),
    false,
  ],
  // 1991年农历8月23号, 农历八月二十三, 腊月十八, 正月初八
  [
    new RegExp(
      String.raw`(?:(\d{4}|[零〇一二三四五六七八九]{4})\s*年\s*)?(?:农历|阴历)\s*(${CN_N}|正|冬|腊)\s*月(?:份)?\s*(初[一二三四五六七八九十]|廿[一二三四五六七八九]|卅|[0-9一二三四五六七八九十]+)\s*[日号]?`,
      'g',
    ),
    (m, t) => {
      const m2 = lunarMonth(m[2]!);
      const d = lunarDay(m[3]!);
      const y = m[1] ? year(m[1], t) : undefined;
      return m2 && d ? lunarDate(m2, d, t, y) : undefined;
    },
    false,
  ],
  [
    /(?<!农历|阴历)(正|冬|腊)月\s*(初[一二三四五六七八九十]|廿[一二三四五六七八九]|卅|[0-9一二三四五六七八九十]+)\s*[日号]?/g,
    (m, t) => {
      const d = lunarDay(m[2]!);
      return d ? lunarDate(LUNAR_MONTH[m[1]!]!, d, t) : undefined;
    },
    false,
  ],
  // 2023年大年三十 / 2023年除夕: the eve of the next lunar year
  [
    /(\d{4})\s*年\s*(?:的)?\s*(?:大年三十|除夕)/g,
    (m) => {
      const ny = lunarToSolar(Number(m[1]) + 1, 1, 1);
      return addDays(ny, -1);
    },
    false,
  ],
  // 八月份的第一个周二 / 9月第二个星期五 / 下个月的第一个周一
  [
    new RegExp(
      String.raw`(${CN_N}|下个?|这个?|本)\s*月\s*(?:份)?\s*的?\s*第\s*(${CN_N})\s*个\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])`,
      'g',
    ),
    (m, t) => {
      const n = parseNum(m[2]!) ?? 0;
      const wd = ZH_WEEKDAY[m[3]!]!;
      let mo: number;
      let y = t.y;
      if (/^下/.test(m[1]!)) {
        mo = t.m === 12 ? 1 : t.m + 1;
        if (t.m === 12) y++;
      } else if (/^[这本]/.test(m[1]!)) mo = t.m;
      else {
        mo = parseNum(m[1]!) ?? 0;
        const next = nextMonthDay(t, mo, 1, 31);
        y = next.y;
      }
      const d = nthWeekday(y, mo, n, wd);
      if (d && !/^[这本下]/.test(m[1]!) && d.y * 400 + d.m * 32 + d.d < t.y * 400 + t.m * 32 + t.d)
        return nthWeekday(y + 1, mo, n, wd);
      return d;
    },
    false,
  ],
  // 下周周六 / 下个星期的周五 / 下下周星期二 (the weekday of that Monday–Sunday week)
  [
    /(下下|下|这|本)\s*(?:个)?\s*(?:周|星期|礼拜)\s*的?\s*(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    (m, t) => addDays(mondayOf(t), (m[1] === '下下' ? 14 : m[1] === '下' ? 7 : 0) + ZH_WEEKDAY[m[2]!]! - 1),
    true,
  ],
  [/大大后天/g, (_m, t) => addDays(t, 4), true],
  [/明日|翌日|次日/g, (_m, t) => addDays(t, 1), true],
  // 十月31 / 5月20前 (a day number without 号/日, not followed by a unit)
  [
    new RegExp(
      String.raw`(?<![\d年])(${CN_N})\s*月\s*(\d{1,2})(?![\d.%]|\s*(?:个|件|只|套|箱|台|吨|号|日|天|pcs|pc|sets?|kg|米|元|块|万|千|百|批|柜|包|袋|条|张|把|支|瓶|盒|对|双|卷|桶|%|[a-zA-Z]))`,
      'g',
    ),
    (m, t) => {
      const mo = parseNum(m[1]!) ?? 0;
      const d = Number(m[2]);
      return isValidDate(2000, mo, d) ? nextMonthDay(t, mo, d) : undefined;
    },
    false,
  ],
  // 6·30 (a month and day joined by a middle dot)
  [
    /(?<![\d.])(\d{1,2})\s*[·•]\s*(\d{1,2})(?![\d])/g,
    (m, t) => {
      const mo = Number(m[1]);
      const d = Number(m[2]);
      return isValidDate(2000, mo, d) ? nextMonthDay(t, mo, d) : undefined;
    },
    false,
  ],
  // 20240307: a compact date, only near the present (order numbers are not dates)
  [
    /(?<![\d\w-])(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d\w-])/g,
    (m, t) => {
      const y = Number(m[1]);
      return Math.abs(y - t.y) <= 5 ? ymd(y, Number(m[2]), Number(m[3])) : undefined;
    },
    false,
  ],
];
