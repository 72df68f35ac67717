// How a departing rep's customers are shared among several receivers. Balanced
// (the default) gives each receiver the same number of customers of each tier,
// within one, and spreads revenue by handing the biggest customers out first to
// whoever holds the least; round-robin just deals them out in order.

export type SplitMode = 'round_robin' | 'balanced';

export interface SplitItem {
  id: string;
  tier: string;
  revenue: number;
}

const TIERS = ['A', 'B', 'C', 'D'];

export function splitCustomers<T extends SplitItem>(
  items: T[],
  receivers: string[],
  mode: SplitMode,
): Map<string, T[]> {
  if (receivers.length === 0) throw new Error('splitCustomers needs at least one receiver');
  const out = new Map<string, T[]>(receivers.map((r) => [r, []]));
  if (mode === 'round_robin') {
    items.forEach((it, i) => out.get(receivers[i % receivers.length]!)!.push(it));
    return out;
  }
  const total = new Map(receivers.map((r) => [r, { count: 0, revenue: 0 }]));
  const tierRank = (t: string) => (TIERS.indexOf(t) === -1 ? TIERS.length : TIERS.indexOf(t));
  const byTier = new Map<string, T[]>();
  for (const it of items) byTier.set(it.tier, [...(byTier.get(it.tier) ?? []), it]);
  const tiers = [...byTier.keys()].sort((a, b) => tierRank(a) - tierRank(b));
  for (const tier of tiers) {
    const inTier = new Map(receivers.map((r) => [r, 0]));
    const sorted = [...byTier.get(tier)!].sort((a, b) => b.revenue - a.revenue || a.id.localeCompare(b.id));
    for (const it of sorted) {
      // Fewest of this tier first, then fewest overall, then least revenue: tiers and
      // head-counts stay within one of each other and revenue evens out.
      const pick = [...receivers].sort(
        (a, b) =>
          inTier.get(a)! - inTier.get(b)! ||
          total.get(a)!.count - total.get(b)!.count ||
          total.get(a)!.revenue - total.get(b)!.revenue,
      )[0]!;
      out.get(pick)!.push(it);
      inTier.set(pick, inTier.get(pick)! + 1);
      const tt = total.get(pick)!;
      tt.count += 1;
      tt.revenue += it.revenue;
    }
  }
  return out;
}
