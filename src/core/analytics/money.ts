// Money is summed in integer cents so that parts add up exactly to totals.
export const toCents = (amount: number | string): number => Math.round(Number(amount) * 100);
export const fromCents = (cents: number): number => cents / 100;

export interface OrderPoint {
  customerId: string;
  orderedAt: string /* YYYY-MM-DD */;
  amountCents: number;
}

export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function quarterOf(isoDate: string): string {
  const m = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Consecutive months from `from` to `to` inclusive (YYYY-MM). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function quarterRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, q] = [Number(from.slice(0, 4)), Number(from.slice(6))];
  const [ty, tq] = [Number(to.slice(0, 4)), Number(to.slice(6))];
  while (y < ty || (y === ty && q <= tq)) {
    out.push(`${y}-Q${q}`);
    q += 1;
    if (q > 4) {
      q = 1;
      y += 1;
    }
  }
  return out;
}
