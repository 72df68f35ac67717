// Chats that want to hear about need changes: of one customer, of one kind of need, or both
// (customer_id / kind null means "any").
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface Subscription {
  id: string;
  chatId: string;
  customerId: string | null;
  kind: string | null;
  createdBy: string | null;
}

type Row = { id: string; chat_id: string; customer_id: string | null; kind: string | null; created_by: string | null };
const toSub = (r: Row): Subscription => ({
  id: r.id,
  chatId: r.chat_id,
  customerId: r.customer_id,
  kind: r.kind,
  createdBy: r.created_by,
});

/** Returns false when the chat already had this subscription. */
export async function subscribe(
  db: Db,
  s: { chatId: string; customerId: string | null; kind: string | null; createdBy: string | null },
  at: Date,
): Promise<boolean> {
  const exists = await findSubscription(db, s.chatId, s.customerId, s.kind);
  if (exists) return false;
  await db
    .insertInto('subscriptions')
    .values({ chat_id: s.chatId, customer_id: s.customerId, kind: s.kind, created_by: s.createdBy, created_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return true;
}

export async function findSubscription(
  db: Db,
  chatId: string,
  customerId: string | null,
  kind: string | null,
): Promise<Subscription | undefined> {
  let q = db.selectFrom('subscriptions').selectAll().where('chat_id', '=', chatId);
  q = customerId ? q.where('customer_id', '=', customerId) : q.where('customer_id', 'is', null);
  q = kind ? q.where('kind', '=', kind) : q.where('kind', 'is', null);
  const r = await q.executeTakeFirst();
  return r ? toSub(r) : undefined;
}

/** Returns false when there was nothing to remove. */
export async function unsubscribe(
  db: Db,
  chatId: string,
  customerId: string | null,
  kind: string | null,
): Promise<boolean> {
  const s = await findSubscription(db, chatId, customerId, kind);
  if (!s) return false;
  await db.deleteFrom('subscriptions').where('id', '=', s.id).execute();
  return true;
}

export async function subscriptionsOfChat(db: Db, chatId: string): Promise<Subscription[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .selectAll()
    .where('chat_id', '=', chatId)
    .orderBy('created_at')
    .execute();
  return rows.map(toSub);
}

/** Subscriptions that match a change of `kind` for `customerId`. */
export async function subscribersFor(db: Db, customerId: string, kind: string): Promise<Subscription[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .selectAll()
    .where((eb) => eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customerId)]))
    .where((eb) => eb.or([eb('kind', 'is', null), eb('kind', '=', kind)]))
    .orderBy(sql`chat_id`)
    .execute();
  return rows.map(toSub);
}

/** The subscriptions repository: bound to a database in createRepositories(). */
export const subscriptionsQueries = { subscribe, findSubscription, unsubscribe, subscriptionsOfChat, subscribersFor };
