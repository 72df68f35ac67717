// Quarter-over-quarter revenue bridge. For each quarter q against q-1:
//   new      = revenue in q of customers with none in q-1 (first-time or returning)
//   lost     = −(revenue in q-1 of customers with none in q)
//   existing = Σ (R(q) − R(q-1)) over customers with revenue in both
// so new + lost + existing = R(q) − R(q-1) exactly (all in cents).
import { quarterOf, quarterRange, type OrderPoint } from './money.js';

export interface BridgeRow {
  quarter: string;
  revenue: number;
  previous: number;
  newCustomers: number;
  /** Of newCustomers: customers who had bought before q-1 (returning). */
  returning: number;
  lost: number;
  existingChange: number;
  totalChange: number;
  newCount: number;
  lostCount: number;
}

export function revenueBridge(orders: OrderPoint[], quarters?: string[]): BridgeRow[] {
  if (orders.length === 0) return [];
  const byQ = new Map<string, Map<string, number>>();
  for (const o of orders) {
    const q = quarterOf(o.orderedAt);
    const m = byQ.get(q) ?? new Map<string, number>();
    m.set(o.customerId, (m.get(o.customerId) ?? 0) + o.amountCents);
    byQ.set(q, m);
  }
  const all = [...byQ.keys()].sort();
  const qs = quarters ?? quarterRange(all[0]!, all[all.length - 1]!);
  const everBefore = new Set<string>();
  const rows: BridgeRow[] = [];
  let prev = new Map<string, number>();
  for (const [i, q] of qs.entries()) {
    const cur = byQ.get(q) ?? new Map<string, number>();
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    let newC = 0,
      returning = 0,
      lost = 0,
      existing = 0,
      newCount = 0,
      lostCount = 0;
    for (const [c, r] of cur) {
      const p = prev.get(c) ?? 0;
      if (p === 0) {
        newC += r;
        newCount += 1;
        if (everBefore.has(c)) returning += r;
      } else existing += r - p;
    }
    for (const [c, p] of prev)
      if (!cur.has(c) && p !== 0) {
        lost -= p;
        lostCount += 1;
      }
    if (i > 0 || quarters) {
      rows.push({
        quarter: q,
        revenue: sum(cur),
        previous: sum(prev),
        newCustomers: newC,
        returning,
        lost,
        existingChange: existing,
        totalChange: sum(cur) - sum(prev),
        newCount,
        lostCount,
      });
    }
    for (const c of prev.keys()) everBefore.add(c);
    prev = cur;
  }
  return rows;
}
