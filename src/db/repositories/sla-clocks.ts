// First-response clocks: one running clock per customer (a unique index keeps the
// earlier start); the run that flips breached_at from null is the one that tells.
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface SlaSubject {
  tier: string;
  stage: string;
  ownerId: string | null;
  flagged: boolean;
}
export interface NewSlaClock {
  customerId: string;
  chatId: string | null;
  messageId: string | null;
  ownerId: string | null;
  slaClass: string;
  startedAt: Date;
  dueAt: Date;
}
export interface BreachedClock {
  id: string;
  customerId: string;
  ownerId: string | null;
  slaClass: string;
  startedAt: Date;
  dueAt: Date;
  chatId: string | null;
}

export async function slaSubject(db: Db, customerId: string): Promise<SlaSubject | undefined> {
  const c = await db
    .selectFrom('customers')
    .select(['tier', 'stage', 'owner_id', sql<boolean>`sla_flagged`.as('flagged')])
    .where('id', '=', customerId)
    .executeTakeFirst();
  return c ? { tier: c.tier, stage: c.stage, ownerId: c.owner_id, flagged: c.flagged } : undefined;
}

/** True when a clock was started; false when one is already running for the customer. */
export async function startClock(db: Db, c: NewSlaClock): Promise<boolean> {
  const r =
    await sql`insert into sla_clocks (customer_id, chat_id, start_message_id, owner_id, sla_class, started_at, due_at)
    values (${c.customerId}, ${c.chatId}, ${c.messageId}, ${c.ownerId}, ${c.slaClass}, ${c.startedAt}, ${c.dueAt})
    on conflict do nothing`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

export async function stopClock(db: Db, customerId: string, at: Date, by: string): Promise<void> {
  await db
    .updateTable('sla_clocks')
    .set({ stopped_at: at, stopped_by: by })
    .where('customer_id', '=', customerId)
    .where('stopped_at', 'is', null)
    .where('started_at', '<=', at)
    .execute();
}

/** Flag the running clocks that are past due; returns the ones this call flagged. */
export async function flagBreached(db: Db, now: Date): Promise<BreachedClock[]> {
  const rows = await db
    .updateTable('sla_clocks')
    .set({ breached_at: now })
    .where('stopped_at', 'is', null)
    .where('breached_at', 'is', null)
    .where('due_at', '<=', now)
    .returning(['id', 'customer_id', 'owner_id', 'sla_class', 'started_at', 'due_at', 'chat_id'])
    .execute();
  return rows.map((b) => ({
    id: b.id,
    customerId: b.customer_id,
    ownerId: b.owner_id,
    slaClass: b.sla_class,
    startedAt: new Date(b.started_at),
    dueAt: new Date(b.due_at),
    chatId: b.chat_id,
  }));
}

/** The sla-clocks repository: bound to a database in createRepositories(). */
export const slaClocksQueries = { slaSubject, startClock, stopClock, flagBreached };
