// Revenue concentration: how much of the revenue the biggest customer and the top 5 bring.
export interface Concentration {
  total: number;
  top1Share: number;
  top5Share: number;
  top: { customerId: string; revenue: number; share: number }[];
  customers: number;
}

export function concentration(revenueByCustomer: Map<string, number>, topN = 5): Concentration {
  const list = [...revenueByCustomer.entries()].filter(([, r]) => r > 0).sort((a, b) => b[1] - a[1]);
  const total = list.reduce((s, [, r]) => s + r, 0);
  const share = (r: number) => (total > 0 ? r / total : 0);
  const top = list.slice(0, topN).map(([customerId, revenue]) => ({ customerId, revenue, share: share(revenue) }));
  return {
    total,
    customers: list.length,
    top,
    top1Share: share(list[0]?.[1] ?? 0),
    top5Share: share(list.slice(0, 5).reduce((s, [, r]) => s + r, 0)),
  };
}
