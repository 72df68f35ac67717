// Escalations: a follow-up overdue beyond its tier's threshold, or a customer whose
// owner has left, goes to the supervisor once per cause; the cadence_escalations row
// (unique per customer, reason and cause) is the claim.
import type { Db } from '../client.js';

export interface EscalationCandidate {
  customerId: string;
  name: string;
  code: string;
  tier: string;
  ownerId: string | null;
  nextFollowUpAt: Date | null;
}

function toCandidate(r: {
  id: string;
  name: string;
  code: string;
  tier: string;
  owner_id: string | null;
  next_follow_up_at: Date | null;
}): EscalationCandidate {
  return {
    customerId: r.id,
    name: r.name,
    code: r.code,
    tier: r.tier,
    ownerId: r.owner_id,
    nextFollowUpAt: r.next_follow_up_at ? new Date(r.next_follow_up_at) : null,
  };
}

/** Customers of a tier overdue since before `before` whose owner is still on the team. */
export async function overdueWithActiveOwner(db: Db, tier: string, before: Date): Promise<EscalationCandidate[]> {
  const rows = await db
    .selectFrom('customers as c')
    .innerJoin('team_members as m', 'm.id', 'c.owner_id')
    .select(['c.id', 'c.name', 'c.code', 'c.tier', 'c.owner_id', 'c.next_follow_up_at'])
    .where('c.tier', '=', tier)
    .where('c.next_follow_up_at', '<', before)
    .where('c.paused_until', 'is', null)
    .where('m.active', '=', true)
    .where('m.left_at', 'is', null)
    .execute();
  return rows.map(toCandidate);
}

/** Customers (not lost) whose owner has left the team by `now`. */
export async function orphanedCustomers(db: Db, now: Date): Promise<EscalationCandidate[]> {
  const rows = await db
    .selectFrom('customers as c')
    .innerJoin('team_members as m', 'm.id', 'c.owner_id')
    .select(['c.id', 'c.name', 'c.code', 'c.tier', 'c.owner_id', 'c.next_follow_up_at'])
    .where((eb) => eb.or([eb('m.active', '=', false), eb('m.left_at', '<=', now)]))
    .where('c.stage', '<>', 'lost')
    .execute();
  return rows.map(toCandidate);
}

/** Claim one escalation per customer, reason and cause; returns its id, or undefined when it was raised before. */
export async function claimEscalation(
  db: Db,
  e: {
    customerId: string;
    reason: 'overdue' | 'owner_left';
    causeKey: string;
    memberId: string | null;
    supervisorId: string;
    dueAt: Date | null;
    at: Date;
  },
): Promise<string | undefined> {
  const r = await db
    .insertInto('cadence_escalations')
    .values({
      customer_id: e.customerId,
      reason: e.reason,
      cause_key: e.causeKey,
      member_id: e.memberId,
      supervisor_id: e.supervisorId,
      due_at: e.dueAt,
      escalated_at: e.at,
    })
    .onConflict((oc) => oc.columns(['customer_id', 'reason', 'cause_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id;
}

/** Escalations raised in [start, end) for a supervisor (the weekly summary repeats them). */
export async function escalationsBetween(
  db: Db,
  supervisorId: string,
  start: Date,
  end: Date,
): Promise<
  { name: string; code: string; reason: 'overdue' | 'owner_left'; memberId: string | null; escalatedAt: Date }[]
> {
  const rows = await db
    .selectFrom('cadence_escalations as e')
    .innerJoin('customers as c', 'c.id', 'e.customer_id')
    .select(['c.name', 'c.code', 'e.reason', 'e.member_id', 'e.escalated_at'])
    .where('e.supervisor_id', '=', supervisorId)
    .where('e.escalated_at', '>=', start)
    .where('e.escalated_at', '<', end)
    .orderBy('e.escalated_at')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    code: r.code,
    reason: r.reason,
    memberId: r.member_id,
    escalatedAt: new Date(r.escalated_at),
  }));
}

/** The cadence-escalations repository: bound to a database in createRepositories(). */
export const cadenceEscalationsQueries = {
  overdueWithActiveOwner,
  orphanedCustomers,
  claimEscalation,
  escalationsBetween,
};
