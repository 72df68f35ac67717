import { describe, expect, it } from 'vitest';
import { revenueBridge } from '../../../src/core/analytics/revenue-bridge.js';
import { concentration } from '../../../src/core/analytics/concentration.js';
import { monthlyTrends } from '../../../src/core/analytics/trends.js';
import { funnel, furthestStage, FUNNEL_STAGES } from '../../../src/core/analytics/funnel.js';
import { followUpStats, responseStats } from '../../../src/core/analytics/follow-up-stats.js';
import type { OrderPoint } from '../../../src/core/analytics/money.js';

const o = (customerId: string, orderedAt: string, amountCents: number): OrderPoint => ({
  customerId,
  orderedAt,
  amountCents,
});

describe('revenue bridge', () => {
  const orders = [
    o('a', '2025-01-10', 100_00),
    o('b', '2025-02-01', 50_00),
    o('a', '2025-04-03', 80_00),
    o('c', '2025-05-05', 30_00), // b lost, c new, a −20
    o('a', '2025-07-01', 90_00),
    o('b', '2025-08-01', 40_00),
    o('c', '2025-09-09', 35_00), // b returns
    o('c', '2025-10-01', 10_00), // a, b lost
  ];
  const rows = revenueBridge(orders);

  it('new + lost + existing change = total change, every quarter', () => {
    expect(rows.map((r) => r.quarter)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
    for (const r of rows) {
      expect(r.newCustomers + r.lost + r.existingChange).toBe(r.totalChange);
      expect(r.previous + r.totalChange).toBe(r.revenue);
    }
  });

  it('splits the parts as defined', () => {
    const [q2, q3, q4] = rows;
    expect(q2).toMatchObject({
      revenue: 110_00,
      previous: 150_00,
      newCustomers: 30_00,
      lost: -50_00,
      existingChange: -20_00,
      newCount: 1,
      lostCount: 1,
    });
    expect(q3).toMatchObject({ newCustomers: 40_00, returning: 40_00, lost: 0, existingChange: 10_00 + 5_00 });
    expect(q4).toMatchObject({ revenue: 10_00, lost: -130_00, existingChange: -25_00, lostCount: 2 });
  });

  it('keeps sums exact over random data (cents, no float drift)', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const many: OrderPoint[] = [];
    for (let i = 0; i < 2000; i++) {
      const m = 1 + Math.floor(rnd() * 24);
      many.push(
        o(
          `c${Math.floor(rnd() * 40)}`,
          `${2024 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-15`,
          Math.floor(rnd() * 1e7),
        ),
      );
    }
    const r = revenueBridge(many);
    expect(r).toHaveLength(7);
    for (const q of r) expect(q.newCustomers + q.lost + q.existingChange).toBe(q.totalChange);
    const total = many.reduce((s, x) => s + x.amountCents, 0);
    const first = many.filter((x) => x.orderedAt < '2024-04').reduce((s, x) => s + x.amountCents, 0);
    expect(first + r.reduce((s, q) => s + q.revenue, 0)).toBe(total);
  });

  it('counts a quarter with no orders as all lost', () => {
    const r = revenueBridge([o('a', '2025-01-01', 10_00), o('a', '2025-07-01', 10_00)]);
    expect(r.map((x) => [x.quarter, x.revenue, x.lost, x.newCustomers])).toEqual([
      ['2025-Q2', 0, -10_00, 0],
      ['2025-Q3', 10_00, 0, 10_00],
    ]);
  });
});

describe('concentration', () => {
  it('gives the top customer and top-5 shares', () => {
    const c = concentration(
      new Map([
        ['a', 500],
        ['b', 200],
        ['c', 100],
        ['d', 100],
        ['e', 50],
        ['f', 50],
      ]),
    );
    expect(c.total).toBe(1000);
    expect(c.top1Share).toBeCloseTo(0.5);
    expect(c.top5Share).toBeCloseTo(0.95);
    expect(c.top.map((t) => t.customerId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(c.top.reduce((s, t) => s + t.revenue, 0) + 50).toBe(c.total);
  });
  it('is zero without revenue', () => {
    expect(concentration(new Map()).top1Share).toBe(0);
  });
});

describe('monthly trends', () => {
  it('flags a customer whose last 6 months fell by more than 30%', () => {
    const orders: OrderPoint[] = [];
    for (let m = 1; m <= 12; m++) {
      const d = `2025-${String(m).padStart(2, '0')}-01`;
      orders.push(o('steady', d, 100_00), o('falling', d, m <= 6 ? 100_00 : 50_00));
    }
    const [steady, falling] = monthlyTrends(orders, ['steady', 'falling'], '2025-12', { months: 12 });
    expect(steady!.months).toHaveLength(12);
    expect(steady!.revenue.reduce((a, b) => a + b, 0)).toBe(1200_00);
    expect(steady!.falling).toBe(false);
    expect(falling!.change).toBeCloseTo(-0.5);
    expect(falling!.falling).toBe(true);
  });
});

describe('funnel', () => {
  const input = [
    ...Array(5).fill({ stage: 'lead', lost: false }),
    ...Array(3).fill({ stage: 'inquiry', lost: true }),
    ...Array(4).fill({ stage: 'sample', lost: false }),
    ...Array(2).fill({ stage: 'first_order', lost: true }),
    ...Array(3).fill({ stage: 'repeat', lost: false }),
    ...Array(1).fill({ stage: 'loyal', lost: false }),
  ];
  const rows = funnel(input);
  it('reached = converted + lost + stayed at every stage, and everyone reached the first', () => {
    expect(rows.map((r) => r.stage)).toEqual([...FUNNEL_STAGES]);
    for (const r of rows) expect(r.converted + r.lost + r.stayed).toBe(r.reached);
    expect(rows[0]!.reached).toBe(input.length);
    for (let i = 0; i + 1 < rows.length; i++) expect(rows[i]!.converted).toBe(rows[i + 1]!.reached);
  });
  it('computes conversion and loss per stage', () => {
    const inquiry = rows[1]!;
    expect(inquiry).toMatchObject({ reached: 13, lost: 3, converted: 10 });
    expect(inquiry.conversion).toBeCloseTo(10 / 13);
    expect(rows[6]!.conversion).toBeNull();
  });
  it('infers how far lost customers got from their orders', () => {
    expect(furthestStage('lost', 3)).toEqual({ stage: 'repeat', lost: true });
    expect(furthestStage('lost', 0)).toEqual({ stage: 'inquiry', lost: true });
    expect(furthestStage('paused', 1)).toEqual({ stage: 'first_order', lost: false });
    expect(furthestStage('sample', 0)).toEqual({ stage: 'sample', lost: false });
  });
});

describe('follow-up stats', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const d = (s: string) => new Date(s);
  it('counts done, on time and overdue per rep', () => {
    const r = followUpStats(
      [
        { memberId: 'lily', dueAt: d('2026-02-01'), doneAt: d('2026-02-01T05:00:00Z') },
        { memberId: 'lily', dueAt: d('2026-02-10'), doneAt: d('2026-02-15') },
        { memberId: 'lily', dueAt: d('2026-02-20'), doneAt: null },
        { memberId: 'lily', dueAt: d('2026-04-01'), doneAt: null }, // not due yet
        { memberId: 'bob', dueAt: d('2026-02-01'), doneAt: null },
      ],
      [
        { ownerId: 'lily', nextFollowUpAt: d('2026-02-20'), active: true },
        { ownerId: 'lily', nextFollowUpAt: d('2026-03-05'), active: true },
        { ownerId: 'bob', nextFollowUpAt: null, active: true },
      ],
      now,
      ['lily', 'bob'],
    );
    expect(r[0]).toMatchObject({ memberId: 'lily', due: 3, done: 2, onTime: 1, customers: 2, overdue: 1 });
    expect(r[0]!.completion).toBeCloseTo(2 / 3);
    expect(r[1]).toMatchObject({ due: 1, done: 0, completion: 0, overdue: 0 });
  });
  it('gives median and p90 of response times', () => {
    expect(responseStats([5, 1, 3, 10, 2, 8, 4, 6, 9, 7])).toEqual({ count: 10, median: 5, p90: 9 });
    expect(responseStats([])).toEqual({ count: 0, median: null, p90: null });
  });
});
