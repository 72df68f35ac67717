// Named holidays that chats use as deadlines ("圣诞节前", "before CNY") and that
// templates mention. Fixed dates, weekday rules and lunar festivals; each
// resolves to its date in a year, or its next date on or after a day.
import { addDays, isoWeekday, toDays, type LocalDate } from './calendar.js';
import { lunarNewYear, lunarToSolar } from './lunar.js';

export type HolidayName =
  | 'christmas'
  | 'new-year'
  | 'national-day'
  | 'labour-day'
  | 'chinese-new-year'
  | 'chinese-new-years-eve'
  | 'mid-autumn'
  | 'dragon-boat'
  | 'lantern'
  | 'qixi'
  | 'double-ninth'
  | 'laba'
  | 'little-new-year'
  | 'qingming'
  | 'womens-day'
  | 'childrens-day'
  | 'mothers-day'
  | 'fathers-day'
  | 'thanksgiving'
  | 'black-friday'
  | 'singles-day'
  | 'valentine'
  | 'halloween';

function fixed(m: number, d: number): (y: number) => LocalDate {
  return (y) => ({ y, m, d });
}

/** The n-th ISO weekday `wd` of month m in year y. */
function nth(y: number, m: number, n: number, wd: number): LocalDate {
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
}

// 清明 is a solar term, 4 or 5 April: the usual 21st-century formula (day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋).
function qingming(y: number): LocalDate {
  const d = Math.floor((y % 100) * 0.2422 + 4.81) - Math.floor((y % 100) / 4);
  return { y, m: 4, d };
}

const RULES: Record<HolidayName, (y: number) => LocalDate> = {
  christmas: fixed(12, 25),
  'new-year': fixed(1, 1),
  'national-day': fixed(10, 1),
  'labour-day': fixed(5, 1),
  'singles-day': fixed(11, 11),
  valentine: fixed(2, 14),
  halloween: fixed(10, 31),
  'womens-day': fixed(3, 8),
  'childrens-day': fixed(6, 1),
  'mothers-day': (y) => nth(y, 5, 2, 7),
  'fathers-day': (y) => nth(y, 6, 3, 7),
  thanksgiving: (y) => nth(y, 11, 4, 4),
  'black-friday': (y) => addDays(nth(y, 11, 4, 4), 1),
  'chinese-new-year': (y) => lunarNewYear(y),
  // 除夕 closes the lunar year: the eve that falls in solar year y is the day before the next CNY
  'chinese-new-years-eve': (y) => addDays(lunarNewYear(y), -1),
  lantern: (y) => lunarToSolar(y, 1, 15),
  'dragon-boat': (y) => lunarToSolar(y, 5, 5),
  qixi: (y) => lunarToSolar(y, 7, 7),
  'mid-autumn': (y) => lunarToSolar(y, 8, 15),
  'double-ninth': (y) => lunarToSolar(y, 9, 9),
  // 腊八 and 小年 belong to the lunar year that began the solar year before
  laba: (y) => lunarToSolar(y - 1, 12, 8),
  'little-new-year': (y) => lunarToSolar(y - 1, 12, 23),
  qingming,
};

const yearCache = new Map<string, LocalDate>();

/** The holiday's date in (solar) year `y`. */
export function holidayIn(name: HolidayName, y: number): LocalDate {
  const k = `${name}|${y}`;
  let d = yearCache.get(k);
  if (!d) {
    d = RULES[name](y);
    yearCache.set(k, d);
  }
  return { ...d };
}

/** The holiday's first date on or after `from`. */
export function nextHoliday(name: HolidayName, from: LocalDate): LocalDate {
  for (let y = from.y - 1; y <= from.y + 1; y++) {
    const d = holidayIn(name, y);
    if (toDays(d) >= toDays(from)) return d;
  }
  return holidayIn(name, from.y + 1);
}
