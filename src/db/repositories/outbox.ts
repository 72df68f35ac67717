// The outbox: every message Baton sends is a row first. Delivery claims rows with
// FOR UPDATE SKIP LOCKED and a lease, retries with backoff, and never exceeds a
// platform's per-chat rate limit (it merges what is due into one digest instead).
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { dbNowPlus } from '../sql-time.js';
import { urgently } from '../urgent.js';
import type { Platform } from '../../core/types.js';
import type { OutboxItem, OutboxRow } from '../../core/records.js';

export type { OutboxItem, OutboxRow };

type Row = {
  id: string;
  chat_id: string;
  text: string;
  format: 'text' | 'markdown';
  kind: string;
  attempts: number;
  reply_hint: unknown;
  created_at: Date;
  sent_at: Date | null;
  state: string;
};
export function toOutboxRow(r: Row): OutboxRow {
  return {
    id: r.id,
    chatId: r.chat_id,
    text: r.text,
    format: r.format,
    kind: r.kind,
    attempts: r.attempts,
    replyHint: (r.reply_hint as Record<string, unknown> | null) ?? null,
    createdAt: new Date(r.created_at),
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
    state: r.state,
  };
}

/** Queue messages; rows whose dedupe key exists already are skipped. Returns the ids inserted. */
export async function enqueue(db: Db, items: OutboxItem[]): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = await db
    .insertInto('outbox')
    .values(
      items.map((i) => ({
        chat_id: i.chatId,
        text: i.text,
        format: i.format ?? 'text',
        kind: i.kind ?? 'reply',
        dedupe_key: i.dedupeKey ?? null,
        source_message_id: i.sourceMessageId ?? null,
        reply_hint: i.replyHint ? JSON.stringify(i.replyHint) : null,
        ...(i.notBefore ? { next_attempt_at: i.notBefore } : {}),
        ...(i.at ? { created_at: i.at } : {}),
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Claim due rows. `skipPlatforms`: platforms this replica cannot deliver to right now (a connection
 * held by another replica); their rows stay pending, attempts untouched, for the replica that can.
 */
export async function claimOutbox(
  db: Db,
  limit: number,
  leaseMs: number,
  opts: { skipPlatforms?: Platform[] } = {},
): Promise<OutboxRow[]> {
  const skip = opts.skipPlatforms ?? [];
  return db.transaction().execute(async (tx) => {
    const ids = await tx
      .selectFrom('outbox')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'pending'), eb('next_attempt_at', '<=', sql<Date>`now()`)]),
          eb.and([eb('state', '=', 'sending'), eb('locked_until', '<', sql<Date>`now()`)]),
        ]),
      )
      .$if(skip.length > 0, (qb) =>
        qb.where('chat_id', 'not in', (eb) =>
          eb.selectFrom('chats').select('chats.id').where('chats.platform', 'in', skip),
        ),
      )
      .orderBy('created_at')
      .orderBy('seq')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (ids.length === 0) return [];
    const rows = await tx
      .updateTable('outbox')
      .set({ state: 'sending', attempts: sql`attempts + 1`, locked_until: dbNowPlus(leaseMs) })
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .returningAll()
      .execute();
    return rows
      .sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at) || Number(a.seq) - Number(b.seq))
      .map(toOutboxRow);
  });
}

/**
 * Right before one send: take the row for this attempt, with a fresh lease that covers one
 * send (not the whole batch). False when the row is no longer ours (merged, or re-claimed by
 * another worker after our lease ran out): then it must not be sent.
 */
export async function beginSend(db: Db, id: string, attemptId: string, leaseMs: number): Promise<boolean> {
  const r = await db
    .updateTable('outbox')
    .set({ attempt_id: attemptId, locked_until: dbNowPlus(leaseMs) })
    .where('id', '=', id)
    .where('state', '=', 'sending')
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * Mark sent right after the platform answered; with an attempt id, only if that attempt still
 * holds the row. Urgent: until this commits, a kill sends the reply again (docs/HARDENING.md).
 */
export async function markSent(db: Db, id: string, externalId: string, attemptId?: string): Promise<void> {
  let q = db
    .updateTable('outbox')
    .set({ state: 'sent', sent_at: sql`now()`, external_id: externalId, locked_until: null, last_error: null })
    .where('id', '=', id);
  if (attemptId) q = q.where('attempt_id', '=', attemptId);
  await urgently(() => q.execute());
}

/**
 * markSent for several rows in one statement (one commit): the outbox worker marks together
 * the sends that finished while the previous mark was being written (src/jobs/sent-marks.ts).
 */
export async function markSentMany(
  db: Db,
  marks: { id: string; externalId: string; attemptId: string }[],
): Promise<void> {
  if (marks.length === 0) return;
  const values = sql.join(marks.map((m) => sql`(${m.id}::uuid, ${m.externalId}, ${m.attemptId})`));
  await urgently(() =>
    sql`update outbox set state = 'sent', sent_at = now(), external_id = v.external_id, locked_until = null,
        last_error = null
      from (values ${values}) as v(id, external_id, attempt_id)
      where outbox.id = v.id and outbox.attempt_id = v.attempt_id`.execute(db),
  );
}

export async function markRetry(db: Db, id: string, error: string, delayMs: number): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      state: 'pending',
      last_error: error.slice(0, 2000),
      locked_until: null,
      next_attempt_at: dbNowPlus(delayMs),
    })
    .where('id', '=', id)
    .execute();
}

export async function markFailed(db: Db, id: string, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state: 'failed', last_error: error.slice(0, 2000), locked_until: null })
    .where('id', '=', id)
    .execute();
}

/**
 * How many messages went to a chat in the last minute (for the per-chat rate limit), and
 * in how many ms the oldest of them leaves the window. Both on the database clock, which
 * set `sent_at`, so the answer does not depend on this process's clock.
 */
export async function sentInLastMinute(
  db: Db,
  chatId: string,
): Promise<{ count: number; windowFreesInMs: number | null }> {
  const r = await db
    .selectFrom('outbox')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number | null>`ceil(extract(epoch from (min(sent_at) + interval '60 seconds' - now())) * 1000)::int`.as(
        'frees_in_ms',
      ),
    ])
    .where('chat_id', '=', chatId)
    .where('state', '=', 'sent')
    .where('sent_at', '>', sql<Date>`now() - interval '60 seconds'`)
    .executeTakeFirstOrThrow();
  return { count: Number(r.n), windowFreesInMs: r.frees_in_ms === null ? null : Number(r.frees_in_ms) };
}

/**
 * Fold `others` into `head` (one digest) and mark them merged, so a burst of
 * notices arrives as one message instead of being dropped by the platform.
 */
export async function mergeIntoDigest(db: Db, head: OutboxRow, others: OutboxRow[]): Promise<OutboxRow> {
  if (others.length === 0) return head;
  const text = [head.text, ...others.map((o) => o.text)].join('\n\n———\n\n');
  const format = head.format === 'markdown' || others.some((o) => o.format === 'markdown') ? 'markdown' : 'text';
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('outbox')
      .set({ state: 'merged', merged_into: head.id, locked_until: null })
      .where(
        'id',
        'in',
        others.map((o) => o.id),
      )
      .execute();
    await tx.updateTable('outbox').set({ text, format }).where('id', '=', head.id).execute();
  });
  return { ...head, text, format };
}

export async function outboxForSource(db: Db, messageId: string): Promise<OutboxRow[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('source_message_id', '=', messageId)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  return rows.map(toOutboxRow);
}

export async function outboxByIds(db: Db, ids: string[]): Promise<OutboxRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  return rows.map(toOutboxRow);
}

/** The kind of the last message Baton queued to a chat. */
export async function lastKindInChat(db: Db, chatId: string): Promise<string | undefined> {
  const last = await db
    .selectFrom('outbox')
    .select('kind')
    .where('chat_id', '=', chatId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.kind;
}

/** The dedupe key of the last message Baton put into a chat (merged digests aside). */
export async function lastDedupeKeyInChat(db: Db, chatId: string): Promise<string | null> {
  const r = await db
    .selectFrom('outbox')
    .select('dedupe_key')
    .where('chat_id', '=', chatId)
    .where('state', '<>', 'merged')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.dedupe_key ?? null;
}

/** The outbox repository: bound to a database in createRepositories(). */
export const outboxQueries = {
  enqueue,
  claimOutbox,
  beginSend,
  markSent,
  markSentMany,
  markRetry,
  markFailed,
  sentInLastMinute,
  mergeIntoDigest,
  outboxForSource,
  outboxByIds,
  lastKindInChat,
  lastDedupeKeyInChat,
};
