// Days on which nobody should be reminded to chase customers: the shared
// working-day calendar (src/core/time/working-days.ts: mainland public holidays
// from `chinese-days`, Spring Festival from the lunar calendar).
import { addDays, type LocalDate } from '../time/calendar.js';
import { lunarNewYear } from '../time/lunar.js';

export { lunarNewYear, lunarToSolar } from '../time/lunar.js';
export { isMakeupWorkday, isPublicHoliday, isSpringFestival, isWorkday } from '../time/working-days.js';

/** The first day of Spring Festival week (除夕) of year `y`. */
export function springFestivalEve(y: number): LocalDate {
  return addDays(lunarNewYear(y), -1);
}
