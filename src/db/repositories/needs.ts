// Customer needs, versioned: one 'current' row per customer and slot; a new value
// supersedes the old row (kept, with its evidence), and need_changes says who said
// what and when. jsonb values are validated against the needs contract on read.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { NeedValueSchemas, type NeedKind } from '../../core/needs.js';
import type { NeedStatus, NeedExtractor, StoredNeed, StoredChange } from '../../core/records.js';

export type { NeedStatus, NeedExtractor, StoredNeed, StoredChange };

/** A stored value that no longer matches the contract is returned as stored rather than dropped. */
function readValue(kind: string, v: unknown): Record<string, unknown> {
  const schema = (NeedValueSchemas as Record<string, { safeParse(x: unknown): { success: boolean; data?: unknown } }>)[
    kind
  ];
  const parsed = schema?.safeParse(v);
  return (parsed?.success ? parsed.data : v) as Record<string, unknown>;
}

const d = (x: Date | string | null): Date | null => (x ? new Date(x) : null);

type NeedRow = {
  id: string;
  customer_id: string;
  kind: string;
  slot: string;
  value: unknown;
  evidence: string;
  speaker: string | null;
  said_at: Date | null;
  message_id: string | null;
  extractor: string;
  model: string | null;
  prompt_version: string | null;
  confidence: number;
  recorded_by: string | null;
  status: string;
  superseded_by: string | null;
  superseded_at: Date | null;
  created_at: Date;
};

export function toNeed(r: NeedRow): StoredNeed {
  return {
    id: r.id,
    customerId: r.customer_id,
    kind: r.kind as NeedKind,
    slot: r.slot,
    value: readValue(r.kind, r.value),
    evidence: r.evidence,
    speaker: r.speaker,
    saidAt: d(r.said_at),
    messageId: r.message_id,
    extractor: r.extractor as NeedExtractor,
    model: r.model,
    promptVersion: r.prompt_version,
    confidence: Number(r.confidence),
    recordedBy: r.recorded_by,
    status: r.status as NeedStatus,
    supersededBy: r.superseded_by,
    supersededAt: d(r.superseded_at),
    createdAt: new Date(r.created_at),
  };
}

type ChangeRow = {
  id: string;
  customer_id: string;
  kind: string;
  slot: string;
  from_need_id: string | null;
  to_need_id: string | null;
  from_value: unknown;
  to_value: unknown;
  evidence: string | null;
  said_by: string | null;
  said_at: Date | null;
  recorded_by: string | null;
  message_id: string | null;
  created_at: Date;
  via_message_id?: string | null;
  reverted_at?: Date | null;
};

export function toChange(r: ChangeRow): StoredChange {
  return {
    id: r.id,
    customerId: r.customer_id,
    kind: r.kind as NeedKind,
    slot: r.slot,
    fromNeedId: r.from_need_id,
    toNeedId: r.to_need_id,
    fromValue: r.from_value == null ? null : readValue(r.kind, r.from_value),
    toValue: r.to_value == null ? null : readValue(r.kind, r.to_value),
    evidence: r.evidence,
    saidBy: r.said_by,
    saidAt: d(r.said_at),
    recordedBy: r.recorded_by,
    messageId: r.message_id,
    createdAt: new Date(r.created_at),
    viaMessageId: r.via_message_id ?? r.message_id,
    revertedAt: d(r.reverted_at ?? null),
  };
}

export async function currentNeeds(db: Db, customerId: string): Promise<StoredNeed[]> {
  const rows = await db
    .selectFrom('needs')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('status', '=', 'current')
    .orderBy('kind')
    .orderBy('slot')
    .execute();
  return rows.map(toNeed);
}

export async function currentNeed(db: Db, customerId: string, slot: string): Promise<StoredNeed | undefined> {
  const r = await db
    .selectFrom('needs')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('slot', '=', slot)
    .where('status', '=', 'current')
    .executeTakeFirst();
  return r ? toNeed(r) : undefined;
}

/** Whether this customer ever had this value in this slot from these words (an old chat forwarded again). */
export async function hadNeedBefore(
  db: Db,
  customerId: string,
  slot: string,
  value: unknown,
  evidence: string,
): Promise<boolean> {
  const r = await db
    .selectFrom('needs')
    .select('id')
    .where('customer_id', '=', customerId)
    .where('slot', '=', slot)
    .where('evidence', '=', evidence)
    .where('status', '<>', 'reverted') // taken back (/undo): forwarding that chat again applies it again
    .where(sql<boolean>`value = ${JSON.stringify(value)}::jsonb`)
    .executeTakeFirst();
  return r !== undefined;
}

export interface NewNeed {
  customerId: string;
  kind: NeedKind;
  slot: string;
  value: unknown;
  evidence: string;
  speaker: string | null;
  saidAt: Date | null;
  messageId: string | null;
  extractor: NeedExtractor;
  model: string | null;
  promptVersion: string | null;
  confidence: number;
  recordedBy: string | null;
  createdAt: Date;
}

export async function insertNeed(db: Db, n: NewNeed): Promise<StoredNeed> {
  const r = await db
    .insertInto('needs')
    .values({
      customer_id: n.customerId,
      kind: n.kind,
      slot: n.slot,
      value: JSON.stringify(n.value),
      evidence: n.evidence,
      speaker: n.speaker,
      said_at: n.saidAt,
      message_id: n.messageId,
      extractor: n.extractor,
      model: n.model,
      prompt_version: n.promptVersion,
      confidence: n.confidence,
      recorded_by: n.recordedBy,
      status: 'current',
      created_at: n.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toNeed(r);
}

/** Take a current row out of 'current' (before its successor is inserted: one current row per slot). */
export async function retireNeed(db: Db, id: string, status: 'superseded' | 'removed', at: Date): Promise<void> {
  await db.updateTable('needs').set({ status, superseded_at: at }).where('id', '=', id).execute();
}

export async function linkSuccessor(db: Db, oldId: string, newId: string): Promise<void> {
  await db.updateTable('needs').set({ superseded_by: newId }).where('id', '=', oldId).execute();
}

export interface NewChange {
  customerId: string;
  kind: NeedKind;
  slot: string;
  fromNeedId: string | null;
  toNeedId: string | null;
  fromValue: unknown;
  toValue: unknown;
  evidence: string | null;
  saidBy: string | null;
  saidAt: Date | null;
  recordedBy: string | null;
  messageId: string | null;
  createdAt: Date;
  /** The message that caused it, when not `messageId` itself (an answer to a question, a /move). */
  viaMessageId?: string | null;
}

export async function insertChange(db: Db, c: NewChange): Promise<StoredChange> {
  const r = await db
    .insertInto('need_changes')
    .values({
      customer_id: c.customerId,
      kind: c.kind,
      slot: c.slot,
      from_need_id: c.fromNeedId,
      to_need_id: c.toNeedId,
      from_value: c.fromValue == null ? null : JSON.stringify(c.fromValue),
      to_value: c.toValue == null ? null : JSON.stringify(c.toValue),
      evidence: c.evidence,
      said_by: c.saidBy,
      said_at: c.saidAt,
      recorded_by: c.recordedBy,
      message_id: c.messageId,
      via_message_id: c.viaMessageId ?? c.messageId,
      created_at: c.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toChange(r);
}

export async function changesSince(
  db: Db,
  customerId: string,
  since: Date | null,
  limit = 30,
): Promise<StoredChange[]> {
  let q = db
    .selectFrom('need_changes')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('reverted_at', 'is', null); // taken back with /undo: no longer a change
  if (since) q = q.where('created_at', '>=', since);
  const rows = await q.orderBy('created_at', 'desc').limit(limit).execute();
  return rows.map(toChange).reverse();
}

export async function needHistory(db: Db, customerId: string, slot: string): Promise<StoredNeed[]> {
  const rows = await db
    .selectFrom('needs')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('slot', '=', slot)
    .orderBy('created_at')
    .execute();
  return rows.map(toNeed);
}

/** The needs repository: bound to a database in createRepositories(). */
export const needsQueries = {
  currentNeeds,
  currentNeed,
  hadNeedBefore,
  insertNeed,
  retireNeed,
  linkSuccessor,
  insertChange,
  changesSince,
  needHistory,
};
