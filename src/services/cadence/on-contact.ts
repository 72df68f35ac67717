// Called whenever a contact with a customer is recorded (a forwarded chat, a logged
// follow-up, a message in a customer-linked chat): the due follow-up it answers is
// marked done, the rep's reply stops a running first-response clock, and the next
// follow-up is recomputed from the policy.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';
import type { CadencePolicy, CadenceTier } from '../../core/cadence/policy.js';
import { nextFollowUp } from '../../core/cadence/schedule.js';
import { loadCadence } from './policy-store.js';

export interface ContactOptions {
  /** The effective policy (loaded from settings when absent). */
  policy?: CadencePolicy;
  tz?: string;
  /**
   * 'outbound' (default): the team reached the customer — completes a due follow-up and
   * stops the first-response clock. 'inbound': the customer wrote; only the dates move.
   */
  direction?: 'outbound' | 'inbound';
  /** Who made the contact (for the SLA record). */
  by?: string;
}

export async function onCustomerContact(db: Db, customerId: string, at: Date, opts: ContactOptions = {}): Promise<void> {
  const runtime = opts.policy && opts.tz ? { policy: opts.policy, tz: opts.tz } : await loadCadence(db);
  const policy = opts.policy ?? runtime.policy;
  const tz = opts.tz ?? runtime.tz;
  const c = await db.selectFrom('customers').select(['owner_id', 'tier', 'next_follow_up_at'])
    .where('id', '=', customerId).executeTakeFirst();
  if (!c) return;
  // A follow-up that fell due before this contact exists as a due row even if no job saw it yet.
  if (c.next_follow_up_at && new Date(c.next_follow_up_at) <= at) {
    await db.insertInto('cadence_dues')
      .values({ customer_id: customerId, due_at: c.next_follow_up_at, member_id: c.owner_id, tier: c.tier })
      .onConflict((oc) => oc.columns(['customer_id', 'due_at']).doNothing()).execute();
  }
  if ((opts.direction ?? 'outbound') === 'outbound') {
    await db.updateTable('cadence_dues').set({ done_at: at })
      .where('customer_id', '=', customerId).where('done_at', 'is', null).where('due_at', '<=', at).execute();
    await db.updateTable('sla_clocks').set({ stopped_at: at, stopped_by: opts.by ?? 'contact' })
      .where('customer_id', '=', customerId).where('stopped_at', 'is', null).where('started_at', '<=', at).execute();
  }
  await db.updateTable('customers')
    .set({ last_contact_at: sql`greatest(coalesce(last_contact_at, ${at}), ${at})`, updated_at: at })
    .where('id', '=', customerId).execute();
  await recomputeNextFollowUp(db, customerId, at, policy, tz);
}

/** Recompute and store customers.next_follow_up_at (call when tier, stage, pause or policy change). */
export async function recomputeNextFollowUp(db: Db, customerId: string, now: Date, policy?: CadencePolicy, tz?: string): Promise<Date | null> {
  if (!policy || !tz) {
    const runtime = await loadCadence(db);
    policy ??= runtime.policy;
    tz ??= runtime.tz;
  }
  const c = await db.selectFrom('customers')
    .select(['tier', 'stage', 'last_contact_at', 'created_at', 'paused_until'])
    .where('id', '=', customerId).executeTakeFirst();
  if (!c) return null;
  const first = await db.selectFrom('orders')
    .select(sql<string>`to_char(delivered_at, 'YYYY-MM-DD')`.as('delivered'))
    .where('customer_id', '=', customerId).where('delivered_at', 'is not', null)
    .orderBy('ordered_at').orderBy('delivered_at').limit(1).executeTakeFirst();
  // A follow-up logged as the last contact may carry the rep's own "next contact" date.
  const plan = await db.selectFrom('follow_ups').select(['happened_at', 'next_at'])
    .where('customer_id', '=', customerId).orderBy('happened_at', 'desc').limit(1).executeTakeFirst();
  const planned = plan?.next_at && c.last_contact_at && new Date(plan.happened_at) >= new Date(c.last_contact_at)
    ? new Date(plan.next_at) : null;
  const due = nextFollowUp({
    tier: c.tier as CadenceTier, stage: c.stage,
    lastContactAt: c.last_contact_at ? new Date(c.last_contact_at) : null,
    createdAt: new Date(c.created_at),
    pausedUntil: c.paused_until ? new Date(c.paused_until) : null,
    firstDeliveredOn: first?.delivered ?? null,
    plannedAt: planned,
    now,
  }, policy, tz);
  await db.updateTable('customers').set({ next_follow_up_at: due?.at ?? null }).where('id', '=', customerId).execute();
  return due?.at ?? null;
}
