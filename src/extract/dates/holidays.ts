// Holidays chats use as deadlines. Each resolves to its next date on or after
// the message's date; Chinese festivals follow the lunar calendar.
import { createRequire } from 'node:module';
import { addDays, isoWeekday, toDays, type LocalDate } from './calendar.js';

interface LunarApi {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): { getYear(): number; getMonth(): number; getDay(): number } } };
}

let lunarApi: LunarApi | undefined;
function lunar(): LunarApi {
  // Loaded on first use only: most chats name no lunar festival.
  lunarApi ??= createRequire(import.meta.url)('lunar-javascript') as LunarApi;
  return lunarApi;
}

/** Solar date of a lunar month/day in lunar year `y`. */
export function lunarToSolar(y: number, m: number, d: number): LocalDate {
  const s = lunar().Lunar.fromYmd(y, m, d).getSolar();
  return { y: s.getYear(), m: s.getMonth(), d: s.getDay() };
}

export type HolidayName =
  | 'christmas' | 'new-year' | 'national-day' | 'labour-day' | 'chinese-new-year' | 'mid-autumn'
  | 'dragon-boat' | 'lantern' | 'thanksgiving' | 'black-friday' | 'singles-day' | 'valentine' | 'halloween';

function fixed(m: number, d: number): (y: number) => LocalDate {
  return (y) => ({ y, m, d });
}

function thanksgiving(y: number): LocalDate {
  const first = { y, m: 11, d: 1 };
  const offset = (4 - isoWeekday(first) + 7) % 7; // first Thursday
  return addDays(first, offset + 21);
}

const RULES: Record<HolidayName, (y: number) => LocalDate> = {
  christmas: fixed(12, 25),
  'new-year': fixed(1, 1),
  'national-day': fixed(10, 1),
  'labour-day': fixed(5, 1),
  'singles-day': fixed(11, 11),
  valentine: fixed(2, 14),
  halloween: fixed(10, 31),
  thanksgiving,
  'black-friday': (y) => addDays(thanksgiving(y), 1),
  'chinese-new-year': (y) => lunarToSolar(y, 1, 1),
  lantern: (y) => lunarToSolar(y, 1, 15),
  'dragon-boat': (y) => lunarToSolar(y, 5, 5),
  'mid-autumn': (y) => lunarToSolar(y, 8, 15),
};

/** The holiday's first date on or after `from`. */
const yearCache = new Map<string, LocalDate>();

/** The holiday's date in year `y` (cached: lunar conversions are slow). */
function holidayIn(name: HolidayName, y: number): LocalDate {
  const k = `${name}|${y}`;
  let d = yearCache.get(k);
  if (!d) {
    d = RULES[name](y);
    yearCache.set(k, d);
  }
  return d;
}

export function nextHoliday(name: HolidayName, from: LocalDate): LocalDate {
  const rule = (y: number): LocalDate => holidayIn(name, y);
  for (let y = from.y - 1; y <= from.y + 1; y++) {
    const d = rule(y);
    if (toDays(d) >= toDays(from)) return d;
  }
  return rule(from.y + 1);
}

/** Words for each holiday, zh and en; longest alternatives first. */
export const HOLIDAY_WORDS: [RegExp, HolidayName][] = [
  [/圣诞节?|平安夜|\bX-?mas\b|\bChristmas\b/i, 'christmas'],
  [/春节|过年|农历新年|大年初一|年前|\bChinese New Year\b|\bCNY\b|\bLunar New Year\b|\bSpring Festival\b/i, 'chinese-new-year'],
  [/元旦|(?<!Chinese |Lunar )\bNew Year(?:'s)?(?: Day)?\b/i, 'new-year'],
  [/国庆节?|十一长假|\bNational Day\b|\bGolden Week\b/i, 'national-day'],
  [/五一|劳动节|\bLabou?r Day\b|\bMay Day\b/i, 'labour-day'],
  [/中秋节?|\bMid-?Autumn\b/i, 'mid-autumn'],
  [/端午节?|\bDragon Boat\b/i, 'dragon-boat'],
  [/元宵节?|\bLantern Festival\b/i, 'lantern'],
  [/感恩节|\bThanksgiving\b/i, 'thanksgiving'],
  [/黑五|黑色星期五|\bBlack Friday\b/i, 'black-friday'],
  [/双十一|双11|\bSingles'? Day\b/i, 'singles-day'],
  [/情人节|\bValentine'?s?(?: Day)?\b/i, 'valentine'],
  [/万圣节|\bHalloween\b/i, 'halloween'],
];
