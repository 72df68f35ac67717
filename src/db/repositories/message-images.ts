// Pictures of inbound messages (issue 19). Written with the message before the ack (bytes or
// the platform's reference), the bytes later when the worker downloads a reference, and the
// screenshot reading once OCR ran, so a retry or the next screenshot of a run never reads twice.
import { createHash } from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../client.js';
import type { NewImage, RecentImageMessage, StoredImage } from '../../core/message-image.js';

type Row = {
  message_id: string;
  ordinal: number;
  ref: string | null;
  hint: unknown;
  mime: string | null;
  bytes: number | null;
  sha256: string | null;
  width: number | null;
  height: number | null;
  state: StoredImage['state'];
  reading: unknown;
  confidence: number | null;
  error: string | null;
  run_start: string | null;
};

const META = [
  'message_id',
  'ordinal',
  'ref',
  'hint',
  'mime',
  'bytes',
  'sha256',
  'width',
  'height',
  'state',
  'reading',
  'confidence',
  'error',
  'run_start',
] as const;

function toImage(r: Row): StoredImage {
  return {
    messageId: r.message_id,
    ordinal: r.ordinal,
    ref: r.ref,
    hint: (r.hint as Record<string, unknown> | null) ?? null,
    mime: r.mime,
    bytes: r.bytes,
    sha256: r.sha256,
    width: r.width,
    height: r.height,
    state: r.state,
    reading: r.reading ?? null,
    confidence: r.confidence === null ? null : Number(r.confidence),
    error: r.error,
    runStart: r.run_start,
  };
}

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Store a message's pictures: bytes when they came along, else the reference to download later. */
export async function insertImages(db: Db, messageId: string, images: NewImage[]): Promise<void> {
  if (images.length === 0) return;
  await db
    .insertInto('message_images')
    .values(
      images.map((i) => ({
        message_id: messageId,
        ordinal: i.ordinal,
        ref: i.ref ?? null,
        hint: i.hint ? JSON.stringify(i.hint) : null,
        mime: i.mime ?? null,
        data: i.data ?? null,
        bytes: i.data ? i.data.length : null,
        sha256: i.data ? sha(i.data) : null,
        width: i.width ?? null,
        height: i.height ?? null,
        state: i.refused ? ('unreadable' as const) : i.data ? ('stored' as const) : ('pending-download' as const),
        error: i.refused ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['message_id', 'ordinal']).doNothing())
    .execute();
}

/** A message's pictures in order, without their bytes. */
export async function imagesOf(db: Db, messageId: string): Promise<StoredImage[]> {
  const rows = await db
    .selectFrom('message_images')
    .select(META)
    .where('message_id', '=', messageId)
    .orderBy('ordinal')
    .execute();
  return rows.map((r) => toImage(r as Row));
}

/** One picture's bytes. */
export async function imageData(
  db: Db,
  messageId: string,
  ordinal: number,
): Promise<{ data: Buffer; mime: string } | undefined> {
  const r = await db
    .selectFrom('message_images')
    .select(['data', 'mime'])
    .where('message_id', '=', messageId)
    .where('ordinal', '=', ordinal)
    .executeTakeFirst();
  return r?.data ? { data: Buffer.from(r.data), mime: r.mime ?? 'application/octet-stream' } : undefined;
}

/** The downloaded bytes of a referenced picture (once: a second download does not overwrite). */
export async function storeDownloaded(
  db: Db,
  messageId: string,
  ordinal: number,
  d: { data: Buffer; mime: string; width?: number; height?: number },
): Promise<void> {
  await db
    .updateTable('message_images')
    .set({
      data: d.data,
      mime: d.mime,
      bytes: d.data.length,
      sha256: sha(d.data),
      width: d.width ?? null,
      height: d.height ?? null,
      state: 'stored',
      error: null,
    })
    .where('message_id', '=', messageId)
    .where('ordinal', '=', ordinal)
    .where('data', 'is', null)
    .execute();
}

export async function markRead(
  db: Db,
  messageId: string,
  ordinal: number,
  reading: unknown,
  confidence: number,
): Promise<void> {
  await db
    .updateTable('message_images')
    .set({ state: 'read', reading: JSON.stringify(reading), confidence, error: null })
    .where('message_id', '=', messageId)
    .where('ordinal', '=', ordinal)
    .execute();
}

/** Refused or failed for good: the picture (if any bytes came) stays, with why. */
export async function markUnreadable(db: Db, messageId: string, ordinal: number, error: string): Promise<void> {
  await db
    .updateTable('message_images')
    .set({ state: 'unreadable', error: error.slice(0, 2000) })
    .where('message_id', '=', messageId)
    .where('ordinal', '=', ordinal)
    .execute();
}

/**
 * A member's latest messages in a chat sent before `before` (newest first) with their pictures:
 * the candidates for a run of screenshots forwarded one after another.
 */
export async function recentImageMessages(
  db: Db,
  q: { chatId: string; senderMemberId: string; before: Date; excludeId: string; since: Date; limit: number },
): Promise<RecentImageMessage[]> {
  const msgs = await db
    .selectFrom('messages')
    .select(['id', 'sent_at', 'text', 'customer_id', 'state'])
    .where((eb) =>
      eb.or([
        eb.and([eb('chat_id', '=', q.chatId), eb('sender_member_id', '=', q.senderMemberId)]),
        // Stored by an ack and not resolved by a worker yet (migration 0020): the same platform
        // chat and a platform identity of the same member.
        eb.and([
          eb('chat_id', 'is', null),
          sql<SqlBool>`(messages.platform, messages.chat_external_id) in (select platform, external_id from chats where id = ${q.chatId})`,
          sql<SqlBool>`messages.sender_external_id in (select external_id from member_identities where member_id = ${q.senderMemberId} and platform = messages.platform)`,
        ]),
      ]),
    )
    .where('id', '<>', q.excludeId)
    .where('sent_at', '<=', q.before)
    .where('sent_at', '>=', q.since)
    .orderBy('sent_at', 'desc')
    .orderBy('received_at', 'desc')
    .limit(q.limit)
    .execute();
  if (msgs.length === 0) return [];
  const imgs = await db
    .selectFrom('message_images')
    .select(META)
    .where(
      'message_id',
      'in',
      msgs.map((m) => m.id),
    )
    .orderBy('ordinal')
    .execute();
  return msgs.map((m) => ({
    id: m.id,
    sentAt: new Date(m.sent_at),
    text: m.text,
    customerId: m.customer_id,
    state: m.state,
    images: imgs.filter((i) => i.message_id === m.id).map((i) => toImage(i as Row)),
  }));
}

/** Messages among `ids` that carried a picture (the needs they gave are read from a screenshot). */
export async function messagesWithImages(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('message_images')
    .select('message_id')
    .distinct()
    .where('message_id', 'in', ids)
    .execute();
  return rows.map((r) => r.message_id);
}

/** The customer a picture's message was filed under (for who may see it). */
export async function imageCustomer(db: Db, messageId: string): Promise<string | null | undefined> {
  const r = await db
    .selectFrom('messages')
    .select(['customer_id'])
    .where('id', '=', messageId)
    .where(sql<boolean>`exists (select 1 from message_images i where i.message_id = messages.id)`)
    .executeTakeFirst();
  return r ? r.customer_id : undefined;
}

/** Mark these messages' pictures as one run of screenshots, filed together. */
export async function setRunStart(db: Db, messageIds: string[], runStart: string): Promise<void> {
  if (messageIds.length === 0) return;
  await db.updateTable('message_images').set({ run_start: runStart }).where('message_id', 'in', messageIds).execute();
}

/** The pictures behind these messages' needs: their own, and the rest of the run each was filed with. */
export async function imagesBehind(db: Db, messageIds: string[]): Promise<StoredImage[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .selectFrom('message_images')
    .select(META)
    .where((eb) =>
      eb.or([
        eb('message_id', 'in', messageIds),
        eb(
          'run_start',
          'in',
          eb.selectFrom('message_images as r').select('r.run_start').where('r.message_id', 'in', messageIds),
        ),
      ]),
    )
    .orderBy('created_at')
    .orderBy('ordinal')
    .execute();
  return rows.map((r) => toImage(r as Row));
}

/** The message-images repository: bound to a database in createRepositories(). */
export const messageImagesQueries = {
  insertImages,
  imagesOf,
  imageData,
  storeDownloaded,
  markRead,
  markUnreadable,
  recentImageMessages,
  messagesWithImages,
  imageCustomer,
  setRunStart,
  imagesBehind,
};
