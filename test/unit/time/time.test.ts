// The one time module (src/core/time): ISO weekdays, zones, lunar festivals and the
// mainland working-day calendar that extraction and cadence share.
import { describe, expect, it } from 'vitest';
import { isoWeekday, mondayOf, nextMonthDay } from '../../../src/core/time/calendar.js';
import { holidayIn, nextHoliday } from '../../../src/core/time/holidays.js';
import { lunarNewYear, lunarToSolar } from '../../../src/core/time/lunar.js';
import {
  isMakeupWorkday,
  isPublicHoliday,
  isSpringFestival,
  isWorkday,
  nextWorkday,
} from '../../../src/core/time/working-days.js';
import { isoWithOffset, startOfLocalWeek, zonedInstant, zonedParts } from '../../../src/core/time/zone.js';

const day = (s: string) => ({ y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) });

describe('calendar', () => {
  it('one weekday numbering: ISO, Monday 1 … Sunday 7', () => {
    expect(isoWeekday(day('2026-11-23'))).toBe(1);
    expect(isoWeekday(day('2026-11-29'))).toBe(7);
    expect(mondayOf(day('2026-11-29'))).toEqual(day('2026-11-23'));
    expect(zonedParts(new Date('2026-11-29T12:00:00Z'), 'Asia/Shanghai').weekday).toBe(7);
  });

  it('a month/day a few days past is that day; further back it is next year', () => {
    expect(nextMonthDay(day('2026-12-12'), 12, 10)).toEqual(day('2026-12-10'));
    expect(nextMonthDay(day('2026-12-20'), 12, 10)).toEqual(day('2027-12-10'));
  });
});

describe('zones', () => {
  it('local wall time ↔ instant, DST gaps resolve forward', () => {
    expect(isoWithOffset({ ...day('2026-11-16'), hh: 9, mi: 20, ss: 47 }, 'Asia/Shanghai').iso).toBe(
      '2026-11-16T09:20:47+08:00',
    );
    // 2026-03-29 02:30 does not exist in Berlin: one hour later
    expect(zonedInstant(day('2026-03-29'), 2, 30, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(startOfLocalWeek(new Date('2026-11-29T20:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-29T16:00:00.000Z',
    );
  });
});

describe('lunar calendar and festivals', () => {
  it('converts lunar dates once, for extraction and cadence', () => {
    expect(lunarNewYear(2027)).toEqual(day('2027-02-06'));
    expect(lunarToSolar(2026, 8, 15)).toEqual(day('2026-09-25'));
    expect(holidayIn('chinese-new-years-eve', 2027)).toEqual(day('2027-02-05'));
    expect(holidayIn('qingming', 2026)).toEqual(day('2026-04-05'));
    expect(holidayIn('mothers-day', 2026)).toEqual(day('2026-05-10'));
    expect(nextHoliday('mid-autumn', day('2026-10-01'))).toEqual(day('2027-09-15'));
  });
});

describe('working days (chinese-days, statutory pattern beyond its data)', () => {
  it('public holidays and make-up working days of a covered year', () => {
    expect(isPublicHoliday(day('2026-10-01'))).toBe(true);
    expect(isPublicHoliday(day('2026-05-01'))).toBe(true);
    expect(isPublicHoliday(day('2026-11-28'))).toBe(false); // an ordinary Saturday
    expect(isMakeupWorkday(day('2026-10-10'))).toBe(true);
    expect(isWorkday(day('2026-10-10'))).toBe(true);
    expect(isWorkday(day('2026-10-05'))).toBe(false);
    expect(nextWorkday(day('2026-10-01'))).toEqual(day('2026-10-08'));
  });

  it('a year the dataset does not cover falls back to the statutory pattern', () => {
    expect(isPublicHoliday(day('2031-10-03'))).toBe(true);
    expect(isPublicHoliday(day('2031-05-02'))).toBe(true);
    expect(isPublicHoliday(day('2031-10-09'))).toBe(false);
    expect(isSpringFestival(lunarNewYear(2031))).toBe(true);
    expect(isPublicHoliday(lunarNewYear(2031))).toBe(true);
  });
});
