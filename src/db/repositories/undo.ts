// What /undo and /move need (issue 15): a member's last action on needs (the change rows
// one message caused), and the writes that take it back. Rows are marked, never deleted:
// the history keeps the action and that it was taken back.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { toChange, toNeed, type StoredChange, type StoredNeed } from './needs.js';

export interface LastAction {
  /** The message that caused the changes (the forward, an answer to a question, a /move). */
  viaMessageId: string;
  customerId: string;
  at: Date;
}

/** The member's newest action on needs since `since` that has not been taken back. */
export async function lastAction(db: Db, memberId: string, since: Date): Promise<LastAction | undefined> {
  const r = await db
    .selectFrom('need_changes')
    .select(['customer_id', 'created_at', sql<string>`coalesce(via_message_id, message_id)`.as('via')])
    .where('recorded_by', '=', memberId)
    .where('reverted_at', 'is', null)
    .where('created_at', '>=', since)
    .where(sql<boolean>`coalesce(via_message_id, message_id) is not null`)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? { viaMessageId: r.via, customerId: r.customer_id, at: new Date(r.created_at) } : undefined;
}

/** The change rows one message caused that are still in force, oldest first. */
export async function changesOfAction(db: Db, viaMessageId: string): Promise<StoredChange[]> {
  const rows = await db
    .selectFrom('need_changes')
    .selectAll()
    .where(sql<boolean>`coalesce(via_message_id, message_id) = ${viaMessageId}`)
    .where('reverted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toChange);
}

export async function needById(db: Db, id: string): Promise<StoredNeed | undefined> {
  const r = await db.selectFrom('needs').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toNeed(r) : undefined;
}

/** A need an undone action put in place leaves 'current' for good. */
export async function markNeedReverted(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('needs').set({ status: 'reverted', superseded_at: at }).where('id', '=', id).execute();
}

/** The version an undone action replaced is current again. */
export async function reviveNeed(db: Db, id: string): Promise<void> {
  await db
    .updateTable('needs')
    .set({ status: 'current', superseded_by: null, superseded_at: null })
    .where('id', '=', id)
    .execute();
}

export async function markChangeReverted(db: Db, id: string, by: string, at: Date): Promise<void> {
  await db.updateTable('need_changes').set({ reverted_at: at, reverted_by: by }).where('id', '=', id).execute();
}

/** Forget the contacts a forwarded chat taught us (its speakers filed under the wrong customer). */
export async function forgetLearntContacts(db: Db, messageId: string): Promise<string[]> {
  const rows = await db.deleteFrom('contacts').where('learnt_from_message', '=', messageId).returning('name').execute();
  return rows.map((r) => r.name);
}

/** The undo repository: bound to a database in createRepositories(). */
export const undoQueries = {
  lastAction,
  changesOfAction,
  needById,
  markNeedReverted,
  reviveNeed,
  markChangeReverted,
  forgetLearntContacts,
};
