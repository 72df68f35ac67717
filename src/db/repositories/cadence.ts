// The follow-up cadence's tables: customer-linked chats, follow-ups that fell due,
// the per-customer dates the schedule reads and writes, pauses, reminder digests
// (escalations: cadence-escalations.ts). Each claim (digest, reminder) is a unique row, so a
// re-run or a second replica inserts nothing and sends nothing.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { DueCustomer } from '../../core/records.js';

export type { DueCustomer };

/** What the schedule needs to know about a customer to compute the next follow-up. */
export interface ScheduleFacts {
  tier: string;
  stage: string;
  lastContactAt: Date | null;
  createdAt: Date;
  pausedUntil: Date | null;
  /** Day (YYYY-MM-DD) of the first delivered order. */
  firstDeliveredOn: string | null;
  /** The last logged follow-up, with the rep's own "next contact" date if given. */
  lastPlan: { happenedAt: Date; nextAt: Date | null } | null;
}

const d = (x: Date | string | null): Date | null => (x ? new Date(x) : null);

// ── customer-linked chats ──

export async function linkChatToCustomer(
  db: Db,
  chatId: string,
  customerId: string,
  by: string | null,
  at: Date,
): Promise<void> {
  await db
    .insertInto('customer_chats')
    .values({ chat_id: chatId, customer_id: customerId, linked_by: by, linked_at: at })
    .onConflict((oc) => oc.column('chat_id').doUpdateSet({ customer_id: customerId, linked_by: by, linked_at: at }))
    .execute();
}

export async function customerOfChat(db: Db, chatId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('customer_chats')
    .select('customer_id')
    .where('chat_id', '=', chatId)
    .executeTakeFirst();
  return r?.customer_id;
}

// ── due follow-ups ──

/** Shaped for the partial index customers_next_follow_up (next_follow_up_at) where paused_until is null; the bench explains it. */
export function dueQuery(db: Db, until: Date, tiers?: string[]) {
  let q = db
    .selectFrom('customers')
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
    id: r.id,
    code: r.code,
    name: r.name,
    tier: r.tier,
    stage: r.stage,
    ownerId: r.owner_id!,
    language: r.language,
    nextFollowUpAt: new Date(r.next_follow_up_at!),
    lastContactAt: d(r.last_contact_at),
  }));
}

/** Record every follow-up that has fallen due (the completion rate's denominator); idempotent. */
export async function registerDues(db: Db, now: Date): Promise<void> {
  await sql`insert into cadence_dues (customer_id, due_at, member_id, tier)
    select id, next_follow_up_at, owner_id, tier from customers
    where next_follow_up_at <= ${now} and paused_until is null and owner_id is not null
    on conflict do nothing`.execute(db);
}

/**
 * A contact at `at`: a follow-up that fell due before it exists as a due row even if no
 * job saw it yet; an outbound contact completes the due rows and stops the running
 * first-response clock; last_contact_at only moves forward.
 */
export async function recordContact(
  db: Db,
  customerId: string,
  at: Date,
  outbound: { by: string } | null,
): Promise<boolean> {
  const c = await db
    .selectFrom('customers')
    .select(['owner_id', 'tier', 'next_follow_up_at'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!c) return false;
  if (c.next_follow_up_at && new Date(c.next_follow_up_at) <= at) {
    await db
      .insertInto('cadence_dues')
      .values({ customer_id: customerId, due_at: c.next_follow_up_at, member_id: c.owner_id, tier: c.tier })
      .onConflict((oc) => oc.columns(['customer_id', 'due_at']).doNothing())
      .execute();
  }
  if (outbound) {
    await db
      .updateTable('cadence_dues')
      .set({ done_at: at })
      .where('customer_id', '=', customerId)
      .where('done_at', 'is', null)
      .where('due_at', '<=', at)
      .execute();
    await db
      .updateTable('sla_clocks')
      .set({ stopped_at: at, stopped_by: outbound.by })
      .where('customer_id', '=', customerId)
      .where('stopped_at', 'is', null)
      .where('started_at', '<=', at)
      .execute();
  }
  await db
    .updateTable('customers')
    .set({ last_contact_at: sql`greatest(coalesce(last_contact_at, ${at}), ${at})`, updated_at: at })
    .where('id', '=', customerId)
    .execute();
  return true;
}

export async function scheduleFacts(db: Db, customerId: string): Promise<ScheduleFacts | undefined> {
  const c = await db
    .selectFrom('customers')
    .select(['tier', 'stage', 'last_contact_at', 'created_at', 'paused_until'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!c) return undefined;
  const first = await db
    .selectFrom('orders')
    .select(sql<string>`to_char(delivered_at, 'YYYY-MM-DD')`.as('delivered'))
    .where('customer_id', '=', customerId)
    .where('delivered_at', 'is not', null)
    .orderBy('ordered_at')
    .orderBy('delivered_at')
    .limit(1)
    .executeTakeFirst();
  const plan = await db
    .selectFrom('follow_ups')
    .select(['happened_at', 'next_at'])
    .where('customer_id', '=', customerId)
    .orderBy('happened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    tier: c.tier,
    stage: c.stage,
    lastContactAt: d(c.last_contact_at),
    createdAt: new Date(c.created_at),
    pausedUntil: d(c.paused_until),
    firstDeliveredOn: first?.delivered ?? null,
    lastPlan: plan ? { happenedAt: new Date(plan.happened_at), nextAt: d(plan.next_at) } : null,
  };
}

export async function setNextFollowUp(db: Db, customerId: string, at: Date | null): Promise<void> {
  await db.updateTable('customers').set({ next_follow_up_at: at }).where('id', '=', customerId).execute();
}

// ── the same, for many customers at once (an import of thousands of follow-ups) ──

/** Rows per statement: three bind parameters each, well inside the limit. */
const SET_CHUNK = 1000;
const inChunks = <T>(xs: T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / SET_CHUNK) }, (_, i) => xs.slice(i * SET_CHUNK, (i + 1) * SET_CHUNK));

/**
 * recordContact for many customers (one contact each, outbound when `by` is set) together
 * with their recomputed next follow-up: per 1,000 customers, the due rows and clocks in
 * three statements and the customers themselves in one UPDATE … FROM (VALUES …).
 */
export async function recordContacts(
  db: Db,
  contacts: { customerId: string; at: Date; by: string | null; nextAt: Date | null }[],
): Promise<void> {
  for (const part of inChunks(contacts)) {
    const values = sql.join(
      part.map((c) => sql`(${c.customerId}::uuid, ${c.at}::timestamptz, ${c.by}::text, ${c.nextAt}::timestamptz)`),
    );
    const v = sql`(values ${values}) as v(id, at, by, next_at)`;
    // Before the customers move: a follow-up that fell due before the contact becomes a due row.
    await sql`insert into cadence_dues (customer_id, due_at, member_id, tier)
      select c.id, c.next_follow_up_at, c.owner_id, c.tier from customers c join ${v} on c.id = v.id
      where c.next_follow_up_at <= v.at
      on conflict (customer_id, due_at) do nothing`.execute(db);
    await sql`update cadence_dues d set done_at = v.at from ${v}
      where v.by is not null and d.customer_id = v.id and d.done_at is null and d.due_at <= v.at`.execute(db);
    await sql`update sla_clocks k set stopped_at = v.at, stopped_by = v.by from ${v}
      where v.by is not null and k.customer_id = v.id and k.stopped_at is null and k.started_at <= v.at`.execute(db);
    await sql`update customers c
      set last_contact_at = greatest(coalesce(c.last_contact_at, v.at), v.at), updated_at = v.at, next_follow_up_at = v.next_at
      from ${v} where c.id = v.id`.execute(db);
  }
}

/** scheduleFacts for many customers: one query per 1,000 (lateral first delivery and last plan). */
export async function scheduleFactsOf(db: Db, customerIds: string[]): Promise<Map<string, ScheduleFacts>> {
  const out = new Map<string, ScheduleFacts>();
  for (const part of inChunks([...new Set(customerIds)])) {
    const rows = await sql<{
      id: string;
      tier: string;
      stage: string;
      last_contact_at: Date | string | null;
      created_at: Date | string;
      paused_until: Date | string | null;
      delivered: string | null;
      plan_happened_at: Date | string | null;
      plan_next_at: Date | string | null;
    }>`select c.id, c.tier, c.stage, c.last_contact_at, c.created_at, c.paused_until,
        (select to_char(o.delivered_at, 'YYYY-MM-DD') from orders o
          where o.customer_id = c.id and o.delivered_at is not null
          order by o.ordered_at, o.delivered_at limit 1) as delivered,
        p.happened_at as plan_happened_at, p.next_at as plan_next_at
      from customers c
      left join lateral (select f.happened_at, f.next_at from follow_ups f
        where f.customer_id = c.id order by f.happened_at desc limit 1) p on true
      where c.id in (${sql.join(part)})`.execute(db);
    for (const r of rows.rows)
      out.set(r.id, {
        tier: r.tier,
        stage: r.stage,
        lastContactAt: d(r.last_contact_at),
        createdAt: new Date(r.created_at),
        pausedUntil: d(r.paused_until),
        firstDeliveredOn: r.delivered,
        lastPlan: r.plan_happened_at ? { happenedAt: new Date(r.plan_happened_at), nextAt: d(r.plan_next_at) } : null,
      });
  }
  return out;
}

/** Customers whose schedule follows the policy now (not paused). */
export async function unpausedCustomerIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('customers').select('id').where('paused_until', 'is', null).execute();
  return rows.map((r) => r.id);
}

// ── pauses ──

export async function pauseCustomerUntil(
  db: Db,
  customerId: string,
  until: Date,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('customers')
    .set({ paused_until: until, pause_reason: reason, next_follow_up_at: null, updated_at: now })
    .where('id', '=', customerId)
    .execute();
}

export async function pausesEndedBy(db: Db, now: Date): Promise<{ id: string; pausedUntil: Date }[]> {
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'paused_until'])
    .where('paused_until', '<=', now)
    .execute();
  return rows.map((r) => ({ id: r.id, pausedUntil: r.paused_until! }));
}

/** Clear a pause that ran out, unless it was changed since it was read. */
export async function clearEndedPause(db: Db, customerId: string, pausedUntil: Date, now: Date): Promise<void> {
  await db
    .updateTable('customers')
    .set({ paused_until: null, updated_at: now })
    .where('id', '=', customerId)
    .where('paused_until', '=', pausedUntil)
    .execute();
}

export async function resumeCustomer(db: Db, customerId: string, now: Date): Promise<void> {
  await db
    .updateTable('customers')
    .set({ paused_until: null, pause_reason: null, updated_at: now })
    .where('id', '=', customerId)
    .execute();
}

export async function setSlaFlag(db: Db, customerId: string, flagged: boolean): Promise<void> {
  await sql`update customers set sla_flagged = ${flagged} where id = ${customerId}`.execute(db);
}

// ── reminder digests ──

export async function claimDigest(
  db: Db,
  memberId: string,
  day: string,
  windowName: string,
  now: Date,
): Promise<boolean> {
  const claimed = await db
    .insertInto('cadence_digests')
    .values({ member_id: memberId, day, window_name: windowName, created_at: now })
    .onConflict((oc) => oc.columns(['member_id', 'day', 'window_name']).doNothing())
    .returning('member_id')
    .execute();
  return claimed.length > 0;
}

export async function finishDigest(
  db: Db,
  memberId: string,
  day: string,
  windowName: string,
  done: { outboxId: string | null; due: number; overdue: number },
): Promise<void> {
  await db
    .updateTable('cadence_digests')
    .set({ outbox_id: done.outboxId, due_count: done.due, overdue_count: done.overdue })
    .where('member_id', '=', memberId)
    .where('day', '=', day)
    .where('window_name', '=', windowName)
    .execute();
}

export async function remindedSince(
  db: Db,
  customerIds: string[],
  since: Date,
): Promise<{ customerId: string; remindedAt: Date }[]> {
  if (customerIds.length === 0) return [];
  const rows = await db
    .selectFrom('cadence_reminders')
    .select(['customer_id', 'reminded_at'])
    .where('customer_id', 'in', customerIds)
    .where('reminded_at', '>', since)
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, remindedAt: new Date(r.reminded_at) }));
}

/** Claim today's reminder per customer; returns the customers this call claimed. */
export async function claimReminders(
  db: Db,
  items: { customerId: string; dueAt: Date }[],
  memberId: string,
  day: string,
  windowName: string,
  now: Date,
): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const rows = await db
    .insertInto('cadence_reminders')
    .values(
      items.map((c) => ({
        customer_id: c.customerId,
        day,
        member_id: memberId,
        window_name: windowName,
        due_at: c.dueAt,
        reminded_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['customer_id', 'day']).doNothing())
    .returning('customer_id')
    .execute();
  return new Set(rows.map((r) => r.customer_id));
}

/** Of these customers, the ones with an order delivered in the 60 days before `now`. */
export async function deliveredWithin60Days(db: Db, customerIds: string[], now: Date): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const delivered = await db
    .selectFrom('orders')
    .select('customer_id')
    .distinct()
    .where('customer_id', 'in', customerIds)
    .where('delivered_at', 'is not', null)
    .where(sql<boolean>`delivered_at >= (${now}::timestamptz - interval '60 days')::date`)
    .execute();
  return new Set(delivered.map((r) => r.customer_id));
}

/** The cadence repository: bound to a database in createRepositories(). */
export const cadenceQueries = {
  linkChatToCustomer,
  customerOfChat,
  listDue,
  registerDues,
  recordContact,
  scheduleFacts,
  setNextFollowUp,
  recordContacts,
  scheduleFactsOf,
  unpausedCustomerIds,
  pauseCustomerUntil,
  pausesEndedBy,
  clearEndedPause,
  resumeCustomer,
  setSlaFlag,
  claimDigest,
  finishDigest,
  remindedSince,
  claimReminders,
  deliveredWithin60Days,
};
