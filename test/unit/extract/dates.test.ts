import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/extract/dates/calendar.js';
import { nextHoliday } from '../../../src/extract/dates/holidays.js';
import { findDates, findShifts } from '../../../src/extract/dates/resolve-date.js';

const d = (s: string) => ({ y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) });
const first = (text: string, today: string): string | undefined => {
  const h = findDates(text, d(today))[0];
  return h ? formatDate(h.date) : undefined;
};

describe('date expressions', () => {
  it('下周X is that weekday of the next Monday–Sunday week; 下下周 one week later', () => {
    expect(first('下周五前要发货', '2026-11-16')).toBe('2026-11-27'); // Monday
    expect(first('下周五前发到成都', '2026-11-17')).toBe('2026-11-27'); // Tuesday
    expect(first('下下周三前送到', '2027-02-10')).toBe('2027-02-24');
    expect(first('by next Friday', '2026-11-13')).toBe('2026-11-20'); // Friday itself
    expect(first('next Monday', '2026-11-22')).toBe('2026-11-23'); // Sunday
  });

  it('月底 / end of (this|next) month', () => {
    expect(first('月底前要出货', '2026-11-22')).toBe('2026-11-30');
    expect(first('ship by end of this month', '2026-10-05')).toBe('2026-10-31');
    expect(first('end of next month', '2027-01-15')).toBe('2027-02-28');
    expect(first('下个月底', '2028-01-10')).toBe('2028-02-29');
  });

  it('in N weeks / N天后 count from the message date', () => {
    expect(first('in 6 weeks', '2026-11-10')).toBe('2026-12-22');
    expect(first('in two weeks', '2026-12-25')).toBe('2027-01-08');
    expect(first('3周后交货', '2026-11-01')).toBe('2026-11-22');
  });

  it('month/day without a year is the next occurrence', () => {
    expect(first('12月20号前', '2026-11-12')).toBe('2026-12-20');
    expect(first('那最晚1月10号到港', '2025-11-28')).toBe('2026-01-10');
    expect(first('Delivery latest 15.12. to Hamburg', '2026-11-03')).toBe('2026-12-15');
    expect(first('before 20th January 2027', '2026-11-22')).toBe('2027-01-20');
    expect(first('until 10 February 2027', '2026-11-22')).toBe('2027-02-10');
    expect(first('这个月28号之前', '2026-11-22')).toBe('2026-11-28');
    expect(first('下个月10号前', '2026-11-22')).toBe('2026-12-10');
  });

  it('holidays: Christmas, 元旦, 国庆 and the lunar new year', () => {
    expect(first('圣诞节前要到', '2025-11-28')).toBe('2025-12-25');
    expect(first('before Christmas', '2026-12-26')).toBe('2027-12-25');
    expect(first('元旦前必须到货', '2026-11-22')).toBe('2027-01-01');
    expect(first('国庆前要出货', '2027-08-02')).toBe('2027-10-01');
    expect(first('春节前要到港', '2026-11-10')).toBe('2027-02-06');
    expect(first('before CNY', '2027-03-01')).toBe('2028-01-26');
    expect(first('before Chinese New Year', '2027-12-01')).toBe('2028-01-26');
    expect(formatDate(nextHoliday('mid-autumn', d('2027-08-20')))).toBe('2027-09-15');
  });

  it('shifts: 提前N天, N days earlier, push back a week, 延后一周', () => {
    expect(findShifts('交货期提前10天').map((s) => s.days)).toEqual([-10]);
    expect(findShifts('能不能再提前两天发').map((s) => s.days)).toEqual([-2]);
    expect(findShifts('交货往后推3周吧').map((s) => s.days)).toEqual([21]);
    expect(findShifts('延后一周交货').map((s) => s.days)).toEqual([7]);
    expect(findShifts('can you ship 10 days earlier?').map((s) => s.days)).toEqual([-10]);
    expect(findShifts('please push back delivery by one week').map((s) => s.days)).toEqual([7]);
    expect(findShifts('最晚1月10号到港')).toEqual([]);
  });
});
