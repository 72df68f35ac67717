// Mainland China's working-day calendar, shared by extraction and the
// follow-up cadence: public holidays and make-up working days (调休) from the
// maintained `chinese-days` dataset; for years it does not cover yet, the
// statutory pattern (元旦, 春节 除夕–初六, 清明, 五一 1–5 May, 端午, 中秋, 国庆 1–7 Oct).
import { createRequire } from 'node:module';
import { addDays, daysBetween, formatDate, isWeekend, type LocalDate } from './calendar.js';
import { holidayIn } from './holidays.js';
import { lunarNewYear } from './lunar.js';

interface ChineseDays {
  getDayDetail(date: string): { date: string; work: boolean; name: string };
  getHolidaysInRange(start: string, end: string, includeWeekends?: boolean): string[];
}

let api: ChineseDays | undefined;
function chineseDays(): ChineseDays {
  api ??= createRequire(import.meta.url)('chinese-days') as ChineseDays;
  return api;
}

const covered = new Map<number, boolean>();
/** Whether the dataset has the official schedule of year `y` (it is published each November). */
function hasYear(y: number): boolean {
  let c = covered.get(y);
  if (c === undefined) {
    c = chineseDays().getHolidaysInRange(`${y}-01-01`, `${y}-12-31`, false).length > 0;
    covered.set(y, c);
  }
  return c;
}

/** 除夕 … 初六: the week most Chinese teams and suppliers are off. */
export function isSpringFestival(day: LocalDate): boolean {
  const offset = daysBetween(lunarNewYear(day.y), day);
  return offset >= -1 && offset <= 5;
}

function statutoryHoliday(day: LocalDate): boolean {
  if (isSpringFestival(day)) return true;
  const { m, d } = day;
  if ((m === 1 && d === 1) || (m === 5 && d <= 5) || (m === 10 && d <= 7)) return true;
  return (['qingming', 'dragon-boat', 'mid-autumn'] as const).some(
    (h) => formatDate(holidayIn(h, day.y)) === formatDate(day),
  );
}

/** A public holiday (not an ordinary weekend): 国庆, 五一, 春节 … */
export function isPublicHoliday(day: LocalDate): boolean {
  if (!hasYear(day.y)) return statutoryHoliday(day);
  const detail = chineseDays().getDayDetail(formatDate(day));
  // named days carry "English,中文,days"; ordinary weekends are named after the weekday
  return !detail.work && detail.name.includes(',');
}

/** A weekend day worked in exchange for a holiday (调休上班). */
export function isMakeupWorkday(day: LocalDate): boolean {
  if (!isWeekend(day) || !hasYear(day.y)) return false;
  return chineseDays().getDayDetail(formatDate(day)).work;
}

export function isWorkday(day: LocalDate): boolean {
  if (isMakeupWorkday(day)) return true;
  return !isWeekend(day) && !isPublicHoliday(day);
}

/** The first working day on or after `day`. */
export function nextWorkday(day: LocalDate): LocalDate {
  let d = day;
  for (let i = 0; i < 40 && !isWorkday(d); i++) d = addDays(d, 1);
  return d;
}
