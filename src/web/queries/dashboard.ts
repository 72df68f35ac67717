// Raw material for the supervisor's dashboard (repos.web.dashboardRows), with money in cents.
import type { Repositories } from '../../deps.js';
import type { DashboardRows } from '../../db/repositories/web-dashboard.js';
import type { Scope } from '../../db/repositories/web-scope.js';
import { toCents, type OrderPoint } from '../../core/analytics/money.js';

export type DashboardData = Omit<DashboardRows, 'orders'> & { orders: OrderPoint[] };

export async function loadDashboardData(repos: Repositories, scope: Scope, now: Date): Promise<DashboardData> {
  const rows = await repos.web.dashboardRows(scope, now);
  return {
    ...rows,
    orders: rows.orders.map((o) => ({
      customerId: o.customerId,
      amountCents: toCents(o.amountCny),
      orderedAt: o.orderedAt,
    })),
  };
}
