// Read-only figures for the cadence: per-rep completion and response times, and
// what a rep should know before calling (one batched query per source).
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface DueRow {
  memberId: string | null;
  dueAt: Date;
  doneAt: Date | null;
}
export interface SlaFigures {
  ownerId: string | null;
  avgMin: number | null;
  breaches: number;
}

export async function duesBetween(db: Db, memberIds: string[], start: Date, end: Date): Promise<DueRow[]> {
  const rows = await db
    .selectFrom('cadence_dues')
    .select(['member_id', 'due_at', 'done_at'])
    .where('member_id', 'in', memberIds)
    .where('due_at', '>=', start)
    .where('due_at', '<', end)
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    dueAt: new Date(r.due_at),
    doneAt: r.done_at ? new Date(r.done_at) : null,
  }));
}

/** Overdue, unpaused customers per owner. */
export async function overdueCounts(db: Db, memberIds: string[], now: Date): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('customers')
    .select(['owner_id', sql<number>`count(*)::int`.as('n')])
    .where('owner_id', 'in', memberIds)
    .where('paused_until', 'is', null)
    .where('next_follow_up_at', '<', now)
    .groupBy('owner_id')
    .execute();
  return new Map(rows.map((r) => [r.owner_id!, Number(r.n)]));
}

/** Average minutes to the first response (answered clocks) and breaches, per owner, of clocks started in [start, end). */
export async function slaFigures(db: Db, memberIds: string[], start: Date, end: Date): Promise<SlaFigures[]> {
  const rows = await db
    .selectFrom('sla_clocks')
    .select([
      'owner_id',
      sql<
        number | null
      >`avg(extract(epoch from (stopped_at - started_at)) / 60) filter (where stopped_at is not null)`.as('avg_min'),
      sql<number>`count(*) filter (where breached_at is not null)::int`.as('breaches'),
    ])
    .where('owner_id', 'in', memberIds)
    .where('started_at', '>=', start)
    .where('started_at', '<', end)
    .groupBy('owner_id')
    .execute();
  return rows.map((r) => ({
    ownerId: r.owner_id,
    avgMin: r.avg_min === null || r.avg_min === undefined ? null : Number(r.avg_min),
    breaches: Number(r.breaches ?? 0),
  }));
}

export async function currentNeedValues(
  db: Db,
  customerIds: string[],
): Promise<{ customerId: string; kind: string; value: unknown }[]> {
  const rows = await db
    .selectFrom('needs')
    .select(['customer_id', 'kind', 'value'])
    .where('customer_id', 'in', customerIds)
    .where('status', '=', 'current')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, kind: r.kind, value: r.value }));
}

export async function lastFollowUps(
  db: Db,
  customerIds: string[],
): Promise<{ customerId: string; summary: string; happenedAt: Date }[]> {
  const rows = await db
    .selectFrom('follow_ups')
    .distinctOn('customer_id')
    .select(['customer_id', 'summary', 'happened_at'])
    .where('customer_id', 'in', customerIds)
    .orderBy('customer_id')
    .orderBy('happened_at', 'desc')
    .execute();
  return rows.map((r) => ({
    customerId: r.customer_id,
    summary: r.summary ?? '',
    happenedAt: new Date(r.happened_at),
  }));
}

/** The last message about each customer: tagged to it, or posted in one of its linked chats. */
export async function lastMessages(
  db: Db,
  customerIds: string[],
): Promise<{ customerId: string; text: string; sentAt: Date }[]> {
  const msgs = await sql<{ customer_id: string; text: string; sent_at: Date }>`
    select distinct on (x.customer_id) x.customer_id, x.text, x.sent_at from (
      select m.customer_id, m.text, m.sent_at from messages m where m.customer_id in (${sql.join(customerIds)})
      union all
      select l.customer_id, m.text, m.sent_at from customer_chats l join messages m on m.chat_id = l.chat_id
        where l.customer_id in (${sql.join(customerIds)})
    ) x order by x.customer_id, x.sent_at desc`.execute(db);
  return msgs.rows.map((m) => ({ customerId: m.customer_id, text: m.text, sentAt: new Date(m.sent_at) }));
}

/** Each customer's main contact: the primary one, else the first recorded. */
export async function mainContacts(db: Db, customerIds: string[]): Promise<{ customerId: string; name: string }[]> {
  const rows = await db
    .selectFrom('contacts')
    .distinctOn('customer_id')
    .select(['customer_id', 'name'])
    .where('customer_id', 'in', customerIds)
    .orderBy('customer_id')
    .orderBy('is_primary', 'desc')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, name: r.name }));
}

/** The cadence-stats repository: bound to a database in createRepositories(). */
export const cadenceStatsQueries = {
  duesBetween,
  overdueCounts,
  slaFigures,
  currentNeedValues,
  lastFollowUps,
  lastMessages,
  mainContacts,
};
