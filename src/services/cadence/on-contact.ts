// Called whenever a contact with a customer is recorded (a forwarded chat, a logged
// follow-up, a message in a customer-linked chat): the due follow-up it answers is
// marked done, the rep's reply stops a running first-response clock, and the next
// follow-up is recomputed from the policy.
import type { Repositories } from '../../deps.js';
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

export async function onCustomerContact(
  repos: Repositories,
  customerId: string,
  at: Date,
  opts: ContactOptions = {},
): Promise<void> {
  const runtime = opts.policy && opts.tz ? { policy: opts.policy, tz: opts.tz } : await loadCadence(repos);
  const policy = opts.policy ?? runtime.policy;
  const tz = opts.tz ?? runtime.tz;
  const outbound = (opts.direction ?? 'outbound') === 'outbound' ? { by: opts.by ?? 'contact' } : null;
  if (!(await repos.cadence.recordContact(customerId, at, outbound))) return;
  await recomputeNextFollowUp(repos, customerId, at, policy, tz);
}

/** Recompute and store customers.next_follow_up_at (call when tier, stage, pause or policy change). */
export async function recomputeNextFollowUp(
  repos: Repositories,
  customerId: string,
  now: Date,
  policy?: CadencePolicy,
  tz?: string,
): Promise<Date | null> {
  if (!policy || !tz) {
    const runtime = await loadCadence(repos);
    policy ??= runtime.policy;
    tz ??= runtime.tz;
  }
  const c = await repos.cadence.scheduleFacts(customerId);
  if (!c) return null;
  const at = nextFollowUpOf(c, now, policy, tz);
  await repos.cadence.setNextFollowUp(customerId, at);
  return at;
}

/**
 * onCustomerContact for many customers at once (an import): the facts are read in one
 * query, the plans computed here, and contacts and plans written together in a few
 * set-based statements per 1,000 customers, not ten queries each. A contact's
 * `plannedAt` (the rep's own "next contact" date) wins when it is the latest contact.
 */
export async function onCustomerContacts(
  repos: Repositories,
  contacts: { customerId: string; at: Date; by: string; plannedAt?: Date | null }[],
  opts: { policy: CadencePolicy; tz: string },
): Promise<void> {
  if (contacts.length === 0) return;
  const facts = await repos.cadence.scheduleFactsOf(contacts.map((c) => c.customerId));
  const rows = contacts
    .filter((c) => facts.has(c.customerId))
    .map((c) => {
      const f = facts.get(c.customerId)!;
      // What recordContact leaves behind: the last contact only moves forward.
      const latest = !f.lastContactAt || f.lastContactAt <= c.at;
      const after = { ...f, lastContactAt: latest ? c.at : f.lastContactAt };
      const nextAt = c.plannedAt && latest ? c.plannedAt : nextFollowUpOf(after, c.at, opts.policy, opts.tz);
      return { customerId: c.customerId, at: c.at, by: c.by, nextAt };
    });
  await repos.cadence.recordContacts(rows);
}

type ScheduleFacts = NonNullable<Awaited<ReturnType<Repositories['cadence']['scheduleFacts']>>>;

/** The next follow-up from a customer's schedule facts (pure). */
function nextFollowUpOf(c: ScheduleFacts, now: Date, policy: CadencePolicy, tz: string): Date | null {
  // A follow-up logged as the last contact may carry the rep's own "next contact" date.
  const plan = c.lastPlan;
  const planned = plan?.nextAt && c.lastContactAt && plan.happenedAt >= c.lastContactAt ? plan.nextAt : null;
  const due = nextFollowUp(
    {
      tier: c.tier as CadenceTier,
      stage: c.stage,
      lastContactAt: c.lastContactAt,
      createdAt: c.createdAt,
      pausedUntil: c.pausedUntil,
      firstDeliveredOn: c.firstDeliveredOn,
      plannedAt: planned,
      now,
    },
    policy,
    tz,
  );
  return due?.at ?? null;
}
