// Days on which nobody should be reminded to chase customers. Spring Festival
// (除夕 through 初六) follows the lunar calendar, so its solar dates move each year.
import { createRequire } from 'node:module';
import { addDays, daysBetween, type LocalDay } from './zoned-time.js';

interface LunarApi {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): { getYear(): number; getMonth(): number; getDay(): number } } };
}

let lunarApi: LunarApi | undefined;
function lunar(): LunarApi {
  lunarApi ??= createRequire(import.meta.url)('lunar-javascript') as LunarApi;
  return lunarApi;
}

/** Solar date of lunar month/day `m`/`d` in the lunar year starting in solar year `y`. */
export function lunarToSolar(y: number, m: number, d: number): LocalDay {
  const s = lunar().Lunar.fromYmd(y, m, d).getSolar();
  return { y: s.getYear(), m: s.getMonth(), d: s.getDay() };
}

const newYearCache = new Map<number, LocalDay>();

/** 正月初一 (Chinese New Year's day) of solar year `y`. */
export function lunarNewYear(y: number): LocalDay {
  let day = newYearCache.get(y);
  if (!day) {
    day = lunarToSolar(y, 1, 1);
    newYearCache.set(y, day);
  }
  return day;
}

/** 除夕 … 初六: the week most Chinese teams and suppliers are off. */
export function isSpringFestival(day: LocalDay): boolean {
  const offset = daysBetween(lunarNewYear(day.y), day);
  return offset >= -1 && offset <= 5;
}

/** The first day of Spring Festival week (除夕) of year `y`. */
export function springFestivalEve(y: number): LocalDay {
  return addDays(lunarNewYear(y), -1);
}
