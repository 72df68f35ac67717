// Raw material for the web workspace's dashboard, limited to the customers the viewer may see.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { visibleSql, type Scope } from './web-scope.js';

export interface DashboardRows {
  customers: {
    id: string;
    name: string;
    tier: string;
    stage: string;
    ownerId: string | null;
    nextFollowUpAt: Date | null;
    paused: boolean;
  }[];
  orderCounts: Map<string, number>;
  /** amountCny as the database's numeric text, converted to cents by the caller. */
  orders: { customerId: string; amountCny: string; orderedAt: string }[];
  dues: { memberId: string | null; dueAt: Date; doneAt: Date | null }[];
  responseMinutes: { ownerId: string | null; minutes: number }[];
  reps: { id: string; name: string }[];
}

export async function dashboardRows(db: Db, scope: Scope, now: Date): Promise<DashboardRows> {
  const since = new Date(now.getTime() - 90 * 86400_000);
  const customers = await db
    .selectFrom('customers')
    .select(['id', 'name', 'tier', 'stage', 'owner_id', 'next_follow_up_at', 'paused_until'])
    .where(visibleSql(scope))
    .execute();
  const ids = customers.map((c) => c.id);
  const none = ids.length === 0;
  const inScope = sql<boolean>`customer_id in (select customers.id from customers where ${visibleSql(scope)})`;
  const [orders, dues, sla, reps] = await Promise.all([
    none
      ? []
      : db
          .selectFrom('orders')
          .select(['customer_id', sql<string>`to_char(ordered_at, 'YYYY-MM-DD')`.as('day'), 'amount_cny'])
          .where(inScope)
          .where('status', '!=', 'cancelled')
          .execute(),
    none
      ? []
      : db
          .selectFrom('cadence_dues')
          .select(['member_id', 'due_at', 'done_at'])
          .where(inScope)
          .where('due_at', '>=', since)
          .where('due_at', '<=', now)
          .execute(),
    none
      ? []
      : db
          .selectFrom('sla_clocks')
          .select(['owner_id', 'started_at', 'stopped_at'])
          .where(inScope)
          .where('started_at', '>=', since)
          .where('stopped_at', 'is not', null)
          .execute(),
    db
      .selectFrom('team_members')
      .select(['id', 'name'])
      .where('role', 'in', ['rep', 'supervisor'])
      .where('active', '=', true)
      .orderBy('id')
      .execute(),
  ]);
  const orderCounts = new Map<string, number>();
  for (const o of orders) orderCounts.set(o.customer_id, (orderCounts.get(o.customer_id) ?? 0) + 1);
  const owners = new Set(customers.map((c) => c.owner_id));
  return {
    customers: customers.map((c) => ({
      id: c.id,
      name: c.name,
      tier: c.tier,
      stage: c.stage,
      ownerId: c.owner_id,
      nextFollowUpAt: c.next_follow_up_at ? new Date(c.next_follow_up_at) : null,
      paused: c.paused_until !== null,
    })),
    orderCounts,
    orders: orders.map((o) => ({
      customerId: o.customer_id,
      amountCny: String(o.amount_cny),
      orderedAt: o.day,
    })),
    dues: dues.map((d) => ({
      memberId: d.member_id,
      dueAt: new Date(d.due_at),
      doneAt: d.done_at ? new Date(d.done_at) : null,
    })),
    responseMinutes: sla.map((s) => ({
      ownerId: s.owner_id,
      minutes: (new Date(s.stopped_at!).getTime() - new Date(s.started_at).getTime()) / 60_000,
    })),
    reps: reps.filter((r) => owners.has(r.id)),
  };
}
