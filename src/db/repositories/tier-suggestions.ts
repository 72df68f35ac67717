// Quarterly tier suggestions from the last 12 months' orders, numbered per
// supervisor so they can answer "accept 1,3".
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface RevenueRow {
  id: string;
  name: string;
  code: string;
  tier: string;
  ownerId: string | null;
  revenue: string;
}
export interface PendingSuggestion {
  id: string;
  seq: number;
  quarter: string;
  customerId: string;
  fromTier: string;
  toTier: string;
  name: string;
}

/** Customers (not lost) with orders in the two years before `now`, with their last-12-months revenue. */
export async function orderingCustomersRevenue(db: Db, now: Date): Promise<RevenueRow[]> {
  const rows = await sql<{
    id: string;
    name: string;
    code: string;
    tier: string;
    owner_id: string | null;
    revenue: string;
  }>`
    select c.id, c.name, c.code, c.tier, c.owner_id,
           coalesce(sum(o.amount_cny) filter (where o.ordered_at >= (${now}::timestamptz - interval '1 year')::date and o.status <> 'cancelled'), 0) as revenue
    from customers c join orders o on o.customer_id = c.id
    where o.ordered_at >= (${now}::timestamptz - interval '2 years')::date and c.stage <> 'lost'
    group by c.id order by c.name`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    name: r.name,
    code: r.code,
    tier: r.tier,
    ownerId: r.owner_id,
    revenue: r.revenue,
  }));
}

export async function insertSuggestion(
  db: Db,
  s: {
    quarter: string;
    seq: number;
    supervisorId: string;
    customerId: string;
    fromTier: string;
    toTier: string;
    revenue: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('tier_suggestions')
    .values({
      quarter: s.quarter,
      seq: s.seq,
      supervisor_id: s.supervisorId,
      customer_id: s.customerId,
      from_tier: s.fromTier,
      to_tier: s.toTier,
      revenue_cny: s.revenue,
      created_at: s.at,
    })
    .onConflict((oc) => oc.columns(['quarter', 'customer_id']).doNothing())
    .execute();
}

export async function pendingSuggestions(db: Db, supervisorId: string): Promise<PendingSuggestion[]> {
  const rows = await db
    .selectFrom('tier_suggestions as s')
    .innerJoin('customers as c', 'c.id', 's.customer_id')
    .select(['s.id', 's.seq', 's.quarter', 's.customer_id', 's.from_tier', 's.to_tier', 'c.name'])
    .where('s.supervisor_id', '=', supervisorId)
    .where('s.status', '=', 'pending')
    .orderBy('s.quarter', 'desc')
    .orderBy('s.seq')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    quarter: r.quarter,
    customerId: r.customer_id,
    fromTier: r.from_tier,
    toTier: r.to_tier,
    name: r.name,
  }));
}

/** Mark a suggestion accepted and give the customer its new tier. */
export async function acceptSuggestion(
  db: Db,
  s: { id: string; customerId: string; toTier: string },
  by: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('tier_suggestions')
    .set({ status: 'accepted', decided_by: by, decided_at: now })
    .where('id', '=', s.id)
    .execute();
  await db.updateTable('customers').set({ tier: s.toTier, updated_at: now }).where('id', '=', s.customerId).execute();
}

/** The tier-suggestions repository: bound to a database in createRepositories(). */
export const tierSuggestionsQueries = {
  orderingCustomersRevenue,
  insertSuggestion,
  pendingSuggestions,
  acceptSuggestion,
};
