// Cadence's view of the shared time module (src/core/time): local days, zone
// conversions and "HH:MM" windows. Weekdays are ISO (Monday 1 … Sunday 7);
// policy windows store theirs as 0 = Sunday … 6 = Saturday (see policyWeekday).
export type { LocalDay } from '../time/calendar.js';
export { addDays, addMonths, daysBetween } from '../time/calendar.js';
export type { ZonedParts } from '../time/zone.js';
export {
  isoDay,
  localDay,
  offsetMinutes,
  parseHm,
  parseIsoDay,
  startOfLocalDay,
  startOfLocalWeek,
  zonedInstant,
  zonedParts,
} from '../time/zone.js';
