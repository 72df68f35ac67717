// Inbound messages: stored once per platform message id, then claimed by workers
// with FOR UPDATE SKIP LOCKED and a lease, so a crash or a second replica neither
// loses nor doubles work.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { dbNowPlus } from '../sql-time.js';
import { storableJson } from '../../core/storable-text.js';
import type { Platform } from '../../core/types.js';
import type { StoredMessage } from '../../core/records.js';
import type { NewImage } from '../../core/message-image.js';

export type { StoredMessage };

type Row = {
  id: string;
  platform: string;
  external_id: string;
  chat_id: string | null;
  chat_external_id: string | null;
  chat_kind: 'direct' | 'group' | null;
  sender_member_id: string | null;
  sender_external_id: string;
  sender_name: string | null;
  text: string;
  sent_at: Date;
  received_at: Date;
  reply_hint: unknown;
  attempts: number;
  customer_id: string | null;
};

/**
 * A claimed message. `chatId` is null while its chat is not resolved yet: the ack stored it
 * as it came (migration 0020), and the worker resolves sender and chat before anything else.
 */
export type ClaimedMessage = Omit<StoredMessage, 'chatId'> & {
  chatId: string | null;
  chatExternalId: string | null;
  chatKind: 'direct' | 'group' | null;
};

function toClaimedMessage(r: Row): ClaimedMessage {
  return {
    id: r.id,
    platform: r.platform as Platform,
    externalId: r.external_id,
    chatId: r.chat_id,
    chatExternalId: r.chat_external_id,
    chatKind: r.chat_kind,
    senderMemberId: r.sender_member_id,
    senderExternalId: r.sender_external_id,
    senderName: r.sender_name,
    text: r.text,
    sentAt: new Date(r.sent_at),
    receivedAt: new Date(r.received_at),
    replyHint: (r.reply_hint as Record<string, unknown> | null) ?? null,
    attempts: r.attempts,
    customerId: r.customer_id,
  };
}

/** A verified inbound message as the ack stores it: who sent it and in which chat, as the platform says. */
export interface InboxMessage {
  platform: Platform;
  externalId: string;
  chatExternalId: string;
  chatKind: 'direct' | 'group';
  senderExternalId: string;
  senderName?: string;
  text: string;
  sentAt: Date;
  receivedAt: Date;
  raw: unknown;
  replyHint?: Record<string, unknown>;
  /** Its pictures (issue 19), stored with it by src/db/inbox-write.ts. */
  images?: NewImage[];
}

/**
 * Store a batch in one statement (the ack path's group commit): each message unless its
 * platform id was seen before. Returns, in input order, the new id or undefined for a
 * duplicate (a platform retry, or the same id twice in the batch: the first one is kept).
 */
export async function insertInbox(db: Db, batch: InboxMessage[]): Promise<(string | undefined)[]> {
  if (batch.length === 0) return [];
  const rows = await db
    .insertInto('messages')
    .values(
      batch.map((m) => ({
        platform: m.platform,
        external_id: m.externalId,
        chat_id: null,
        chat_external_id: m.chatExternalId,
        chat_kind: m.chatKind,
        sender_member_id: null,
        sender_external_id: m.senderExternalId,
        sender_name: m.senderName ?? null,
        text: m.text,
        sent_at: m.sentAt,
        received_at: m.receivedAt,
        raw: storableJson(m.raw),
        reply_hint: m.replyHint ? JSON.stringify(m.replyHint) : null,
      })),
    )
    .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing())
    .returning(['id', 'platform', 'external_id'])
    .execute();
  const ids = new Map(rows.map((r) => [`${r.platform}\u0000${r.external_id}`, r.id]));
  return batch.map((m) => {
    const key = `${m.platform}\u0000${m.externalId}`;
    const id = ids.get(key);
    ids.delete(key); // a second copy in the same batch is a duplicate of the first
    return id;
  });
}

/** Record the sender and chat the worker resolved for a message stored by the ack. */
export async function setMessageChat(db: Db, id: string, chatId: string, senderMemberId: string | null): Promise<void> {
  await db
    .updateTable('messages')
    .set({ chat_id: chatId, sender_member_id: senderMemberId })
    .where('id', '=', id)
    .execute();
}

/**
 * Claim up to `limit` messages: pending ones, and processing ones whose lease ran out
 * (their worker died). The lease is the processing deadline; attempts counts tries.
 */
export async function claimMessages(db: Db, limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
  return db.transaction().execute(async (tx) => {
    const ids = await tx
      .selectFrom('messages')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([
            eb('state', '=', 'pending'),
            eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]),
          ]),
          eb.and([eb('state', '=', 'processing'), eb('locked_until', '<', sql<Date>`now()`)]),
        ]),
      )
      .orderBy('received_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (ids.length === 0) return [];
    const rows = await tx
      .updateTable('messages')
      .set({
        state: 'processing',
        attempts: sql`attempts + 1`,
        locked_until: dbNowPlus(leaseMs),
      })
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .returningAll()
      .execute();
    return rows.sort((a, b) => +new Date(a.received_at) - +new Date(b.received_at)).map(toClaimedMessage);
  });
}

/** Mark done only if we still hold it: a worker whose lease expired must not overwrite another's result. */
export async function markMessageDone(db: Db, id: string, customerId?: string | null): Promise<boolean> {
  const r = await db
    .updateTable('messages')
    .set({
      state: 'done',
      processed_at: sql`now()`,
      locked_until: null,
      last_error: null,
      ...(customerId ? { customer_id: customerId } : {}),
    })
    .where('id', '=', id)
    .where('state', '=', 'processing')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * A failed attempt, kept with its error: try again after `retryInMs` (on the database
 * clock), or, with `retryInMs` null, stop in the 'failed' state for someone to look at.
 */
export async function markMessageFailed(db: Db, id: string, error: string, retryInMs: number | null): Promise<void> {
  await db
    .updateTable('messages')
    .set({
      state: retryInMs === null ? 'failed' : 'pending',
      last_error: error.slice(0, 2000),
      locked_until: retryInMs === null ? null : dbNowPlus(retryInMs),
    })
    .where('id', '=', id)
    .execute();
}

export async function messageState(db: Db, id: string): Promise<string | undefined> {
  const r = await db.selectFrom('messages').select('state').where('id', '=', id).executeTakeFirst();
  return r?.state;
}

/** The id of a stored message by its platform id. */
export async function findMessageId(db: Db, platform: string, externalId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('messages')
    .select('id')
    .where('platform', '=', platform)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return r?.id;
}

/** The messages repository: bound to a database in createRepositories(). */
export const messagesQueries = {
  insertInbox,
  setMessageChat,
  claimMessages,
  markMessageDone,
  markMessageFailed,
  messageState,
  findMessageId,
};
