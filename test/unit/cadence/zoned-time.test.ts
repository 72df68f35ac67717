import { describe, expect, it } from 'vitest';
import {
  addMonths,
  localDay,
  offsetMinutes,
  startOfLocalWeek,
  zonedInstant,
  zonedParts,
} from '../../../src/core/cadence/zoned-time.js';

describe('zoned time (Intl only)', () => {
  it('Asia/Shanghai is UTC+8 all year', () => {
    expect(zonedInstant({ y: 2026, m: 1, d: 15 }, 9, 0, 'Asia/Shanghai').toISOString()).toBe(
      '2026-01-15T01:00:00.000Z',
    );
    expect(zonedInstant({ y: 2026, m: 7, d: 15 }, 9, 0, 'Asia/Shanghai').toISOString()).toBe(
      '2026-07-15T01:00:00.000Z',
    );
  });

  it('Europe/Berlin: 09:00 local is 08:00Z before the March switch and 07:00Z after; back in October', () => {
    expect(zonedInstant({ y: 2026, m: 3, d: 27 }, 9, 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-27T08:00:00.000Z',
    );
    expect(zonedInstant({ y: 2026, m: 3, d: 30 }, 9, 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(zonedInstant({ y: 2026, m: 10, d: 23 }, 9, 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-23T07:00:00.000Z',
    );
    expect(zonedInstant({ y: 2026, m: 10, d: 26 }, 9, 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    expect(offsetMinutes(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe(120);
  });

  it('a wall time skipped by DST resolves forward, and midnight of the switch day exists', () => {
    const skipped = zonedInstant({ y: 2026, m: 3, d: 29 }, 2, 30, 'Europe/Berlin');
    expect(zonedParts(skipped, 'Europe/Berlin').hour).toBe(3);
    expect(zonedInstant({ y: 2026, m: 3, d: 29 }, 0, 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
  });

  it('local day and week boundaries follow the zone, not UTC', () => {
    const lateUtc = new Date('2026-11-22T17:00:00Z'); // Monday 01:00 in Shanghai
    expect(localDay(lateUtc, 'Asia/Shanghai')).toEqual({ y: 2026, m: 11, d: 23 });
    expect(localDay(lateUtc, 'Europe/Berlin')).toEqual({ y: 2026, m: 11, d: 22 });
    expect(startOfLocalWeek(lateUtc, 'Asia/Shanghai').toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths({ y: 2026, m: 11, d: 30 }, 3)).toEqual({ y: 2027, m: 2, d: 28 });
    expect(addMonths({ y: 2026, m: 1, d: 31 }, 1)).toEqual({ y: 2026, m: 2, d: 28 });
  });
});
