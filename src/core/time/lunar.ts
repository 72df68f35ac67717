// The one lunar-calendar loader (lunar-javascript), for festivals (春节, 中秋,
// 端午 …) in extraction and cadence. Loaded on first use: most chats and most
// days need no lunar date.
import { createRequire } from 'node:module';
import type { LocalDate } from './calendar.js';

interface LunarApi {
  Lunar: {
    fromYmd(
      y: number,
      m: number,
      d: number,
    ): { getSolar(): { getYear(): number; getMonth(): number; getDay(): number } };
  };
}

let api: LunarApi | undefined;
function lunar(): LunarApi {
  api ??= createRequire(import.meta.url)('lunar-javascript') as LunarApi;
  return api;
}

const cache = new Map<string, LocalDate>();

/** Solar date of lunar month/day `m`/`d` in the lunar year that starts in solar year `y` (throws for a day the month lacks). */
export function lunarToSolar(y: number, m: number, d: number): LocalDate {
  const k = `${y}-${m}-${d}`;
  let day = cache.get(k);
  if (!day) {
    const s = lunar().Lunar.fromYmd(y, m, d).getSolar();
    day = { y: s.getYear(), m: s.getMonth(), d: s.getDay() };
    if (cache.size > 5_000) cache.clear();
    cache.set(k, day);
  }
  return { ...day };
}

/** 正月初一 (Chinese New Year's Day) of solar year `y`. */
export function lunarNewYear(y: number): LocalDate {
  return lunarToSolar(y, 1, 1);
}
