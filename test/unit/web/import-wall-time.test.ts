// Sheet times are wall-clock times in the team's zone; the offset cache (one answer per
// quarter hour) must still give the right instant on both sides of a DST change.
import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '../../../src/services/import/values.js';

const at = (y: number, m: number, d: number, hh: number, mm: number, tz: string) =>
  wallTimeToInstant({ y, m, d, hh, mm }, tz).toISOString();

describe('wall-clock sheet times to instants', () => {
  it('uses the offset in force at each time, across a DST change', () => {
    expect(at(2026, 3, 29, 1, 30, 'Europe/Berlin')).toBe('2026-03-29T00:30:00.000Z');
    expect(at(2026, 3, 29, 3, 30, 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(at(2026, 10, 25, 12, 0, 'Europe/Berlin')).toBe('2026-10-25T11:00:00.000Z');
    expect(at(2026, 10, 24, 12, 0, 'Europe/Berlin')).toBe('2026-10-24T10:00:00.000Z');
  });

  it('handles half-hour zones and the same quarter hour asked twice', () => {
    expect(at(2026, 11, 22, 10, 0, 'Asia/Kolkata')).toBe('2026-11-22T04:30:00.000Z');
    expect(at(2026, 11, 22, 10, 7, 'Asia/Shanghai')).toBe('2026-11-22T02:07:00.000Z');
    expect(at(2026, 11, 22, 10, 7, 'Asia/Shanghai')).toBe('2026-11-22T02:07:00.000Z');
  });
});
