// "Customer says not now": pause the cadence for a quarter with the reason, and
// wake the customer up when the pause runs out (the pause-wake job).
import type { Repositories } from '../../deps.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { pauseUntil } from '../../core/cadence/rules.js';
import { recomputeNextFollowUp } from './on-contact.js';

export async function pauseCustomer(
  tx: Repositories,
  customerId: string,
  reason: string,
  by: string | null,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<Date> {
  const until = pauseUntil(now, policy, tz);
  await tx.cadence.pauseCustomerUntil(customerId, until, reason, now);
  await tx.audit.writeAudit([
    {
      at: now,
      actor: by,
      action: 'cadence.pause',
      entity: 'customer',
      entityId: customerId,
      details: { until: until.toISOString(), reason },
    },
  ]);
  return until;
}

/** Clear pauses that ran out and schedule each customer's next follow-up. Idempotent. */
export async function wakePaused(repos: Repositories, now: Date, policy: CadencePolicy, tz: string): Promise<number> {
  const due = await repos.cadence.pausesEndedBy(now);
  for (const c of due) {
    await repos.transaction(async (tx) => {
      // Schedule from the wake-up day, then clear the pause (the recompute reads it to pick the day).
      await recomputeNextFollowUp(tx, c.id, now, policy, tz);
      await tx.cadence.clearEndedPause(c.id, c.pausedUntil, now);
    });
  }
  return due.length;
}
