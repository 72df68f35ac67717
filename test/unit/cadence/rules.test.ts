import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, resolvePolicy } from '../../../src/core/cadence/policy.js';
import {
  escalationThresholdDays,
  isEscalationDue,
  onTimeDeadline,
  pauseUntil,
  previousWeek,
  quarterOf,
  slaClass,
  slaMinutes,
  tierFromRevenue,
  weekOf,
} from '../../../src/core/cadence/rules.js';

const SH = 'Asia/Shanghai';

describe('cadence rules', () => {
  it('escalates A after 2 days overdue, others after one interval', () => {
    expect(escalationThresholdDays('A', DEFAULT_POLICY)).toBe(2);
    expect(escalationThresholdDays('B', DEFAULT_POLICY)).toBe(7);
    expect(escalationThresholdDays('D', DEFAULT_POLICY)).toBe(90);
    const due = new Date('2026-11-23T01:00:00Z');
    expect(isEscalationDue(due, new Date('2026-11-25T01:00:00Z'), 'A', DEFAULT_POLICY)).toBe(false);
    expect(isEscalationDue(due, new Date('2026-11-25T01:15:00Z'), 'A', DEFAULT_POLICY)).toBe(true);
    expect(isEscalationDue(due, new Date('2026-11-29T01:00:00Z'), 'B', DEFAULT_POLICY)).toBe(false);
  });

  it('tiers from revenue with inclusive lower bounds', () => {
    const b = DEFAULT_POLICY.tierRevenue;
    expect([500_000, 499_999.99, 200_000, 50_000, 49_999, 0].map((x) => tierFromRevenue(x, b))).toEqual([
      'A',
      'B',
      'B',
      'C',
      'D',
      'D',
    ]);
  });

  it('SLA classes: A or flagged 5 min, B/C 15, D or a new lead 30', () => {
    expect(slaMinutes(slaClass({ tier: 'A', flagged: false, stage: 'inquiry' }), DEFAULT_POLICY)).toBe(5);
    expect(slaMinutes(slaClass({ tier: 'C', flagged: true, stage: 'inquiry' }), DEFAULT_POLICY)).toBe(5);
    expect(slaMinutes(slaClass({ tier: 'B', flagged: false, stage: 'repeat' }), DEFAULT_POLICY)).toBe(15);
    expect(slaMinutes(slaClass({ tier: 'C', flagged: false, stage: 'lead' }), DEFAULT_POLICY)).toBe(30);
    expect(slaMinutes(slaClass({ tier: 'D', flagged: false, stage: 'inquiry' }), DEFAULT_POLICY)).toBe(30);
  });

  it('pauses one quarter, to the start of that local day', () => {
    expect(pauseUntil(new Date('2026-11-30T05:00:00Z'), DEFAULT_POLICY, SH).toISOString()).toBe(
      '2027-02-27T16:00:00.000Z',
    );
  });

  it('on time means by the end of the due local day (plus grace)', () => {
    expect(onTimeDeadline(new Date('2026-11-23T01:00:00Z'), DEFAULT_POLICY, SH).toISOString()).toBe(
      '2026-11-23T16:00:00.000Z',
    );
    expect(
      onTimeDeadline(new Date('2026-11-23T01:00:00Z'), resolvePolicy({ onTimeGraceDays: 1 }), SH).toISOString(),
    ).toBe('2026-11-24T16:00:00.000Z');
  });

  it('weeks run Monday to Monday locally; quarters are calendar quarters', () => {
    const w = weekOf(new Date('2026-11-25T04:00:00Z'), SH);
    expect(w.key).toBe('week-2026-11-23');
    expect(w.start.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(previousWeek(new Date('2026-11-30T01:00:00Z'), SH).key).toBe('week-2026-11-23');
    expect(quarterOf(new Date('2026-12-31T17:00:00Z'), SH).key).toBe('2027-Q1');
    expect(quarterOf(new Date('2026-11-25T04:00:00Z'), SH).key).toBe('2026-Q4');
  });

  it('validates policies: a bad field or an unknown window is rejected with its name', () => {
    expect(() => resolvePolicy({ tiers: { A: { intervalDays: 0 } } })).toThrow(/intervalDays/);
    expect(() => resolvePolicy({ tiers: { B: { windows: ['lunch'] } } })).toThrow(/lunch/);
    expect(() => resolvePolicy({ tierRevenue: { A: 10, B: 20 } })).toThrow(/descend/);
    expect(() => resolvePolicy({ windows: { morning: { days: [1], start: '12:00', end: '09:00' } } })).toThrow(
      /before/,
    );
    expect(resolvePolicy({ tiers: { A: { intervalDays: 2 } } }).tiers.A).toEqual({
      ...DEFAULT_POLICY.tiers.A,
      intervalDays: 2,
    });
  });
});
