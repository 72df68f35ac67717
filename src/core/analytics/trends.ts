// Each top customer's monthly revenue, and whether it is falling: the last
// `window` months against the `window` before them, down by more than `drop`.
import { monthOf, monthRange, type OrderPoint } from './money.js';

export interface CustomerTrend {
  customerId: string;
  months: string[];
  revenue: number[];
  recent: number;
  before: number;
  /** (recent − before) / before; null when nothing before. */
  change: number | null;
  falling: boolean;
}

export function monthlyTrends(
  orders: OrderPoint[],
  customerIds: string[],
  lastMonth: string,
  opts: { months?: number; window?: number; drop?: number } = {},
): CustomerTrend[] {
  const n = opts.months ?? 24;
  const w = opts.window ?? 6;
  const drop = opts.drop ?? 0.3;
  const [y, m] = lastMonth.split('-').map(Number) as [number, number];
  const startIdx = y * 12 + (m - 1) - (n - 1);
  const first = `${Math.floor(startIdx / 12)}-${String((startIdx % 12) + 1).padStart(2, '0')}`;
  const months = monthRange(first, lastMonth);
  return customerIds.map((customerId) => {
    const per = new Map<string, number>();
    for (const o of orders)
      if (o.customerId === customerId)
        per.set(monthOf(o.orderedAt), (per.get(monthOf(o.orderedAt)) ?? 0) + o.amountCents);
    const revenue = months.map((mo) => per.get(mo) ?? 0);
    const recent = revenue.slice(-w).reduce((a, b) => a + b, 0);
    const before = revenue.slice(-2 * w, -w).reduce((a, b) => a + b, 0);
    const change = before > 0 ? (recent - before) / before : null;
    return { customerId, months, revenue, recent, before, change, falling: change !== null && change < -drop };
  });
}
