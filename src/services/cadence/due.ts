// Customers due for a follow-up. The query is shaped for the partial index
// customers_next_follow_up (next_follow_up_at) where paused_until is null.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';

export interface DueCustomer {
  id: string; code: string; name: string; tier: string; stage: string; ownerId: string; language: string | null;
  nextFollowUpAt: Date;
  lastContactAt: Date | null;
}

export function dueQuery(db: Db, until: Date, tiers?: string[]) {
  let q = db.selectFrom('customers')
    .select(['id', 'code', 'name', 'tier', 'stage', 'owner_id', 'language', 'next_follow_up_at', 'last_contact_at'])
    .where('next_follow_up_at', '<', until)
    .where('paused_until', 'is', null)
    .where('owner_id', 'is not', null);
  if (tiers) q = q.where('tier', 'in', tiers.length ? tiers : ['-']);
  return q.orderBy('next_follow_up_at');
}

export async function listDue(db: Db, until: Date, tiers?: string[]): Promise<DueCustomer[]> {
  const rows = await dueQuery(db, until, tiers).execute();
  return rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, tier: r.tier, stage: r.stage, ownerId: r.owner_id!, language: r.language,
    nextFollowUpAt: new Date(r.next_follow_up_at!), lastContactAt: r.last_contact_at ? new Date(r.last_contact_at) : null,
  }));
}

/** Record every follow-up that has fallen due (the completion rate's denominator); idempotent. */
export async function registerDues(db: Db, now: Date): Promise<void> {
  await sql`insert into cadence_dues (customer_id, due_at, member_id, tier)
    select id, next_follow_up_at, owner_id, tier from customers
    where next_follow_up_at <= ${now} and paused_until is null and owner_id is not null
    on conflict do nothing`.execute(db);
}
