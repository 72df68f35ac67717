// "Customer says not now": pause the cadence for a quarter with the reason, and
// wake the customer up when the pause runs out (the pause-wake job).
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { pauseUntil } from '../../core/cadence/rules.js';
import { recomputeNextFollowUp } from './on-contact.js';

export async function pauseCustomer(tx: Db, customerId: string, reason: string, by: string | null, now: Date, policy: CadencePolicy, tz: string): Promise<Date> {
  const until = pauseUntil(now, policy, tz);
  await tx.updateTable('customers').set({ paused_until: until, pause_reason: reason, next_follow_up_at: null, updated_at: now })
    .where('id', '=', customerId).execute();
  await tx.insertInto('audit_log').values({
    at: now, actor: by, action: 'cadence.pause', entity: 'customer', entity_id: customerId,
    details: sql`${JSON.stringify({ until: until.toISOString(), reason })}::jsonb`,
  }).execute();
  return until;
}

/** Clear pauses that ran out and schedule each customer's next follow-up. Idempotent. */
export async function wakePaused(db: Db, now: Date, policy: CadencePolicy, tz: string): Promise<number> {
  const due = await db.selectFrom('customers').select(['id', 'paused_until']).where('paused_until', '<=', now).execute();
  for (const c of due) {
    await db.transaction().execute(async (tx) => {
      // Schedule from the wake-up day, then clear the pause (the recompute reads it to pick the day).
      await recomputeNextFollowUp(tx, c.id, now, policy, tz);
      await tx.updateTable('customers').set({ paused_until: null, updated_at: now }).where('id', '=', c.id)
        .where('paused_until', '=', c.paused_until).execute();
    });
  }
  return due.length;
}
