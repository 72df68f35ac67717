// Handovers: a batch (who hands what to whom, due when), one handover per customer
// and receiver with its package snapshot, who must sign each, the recipients with
// their page tokens (questions and check-ins: handover-questions.ts). Ownership moves only when every
// signer of a handover has signed (recorded by the caller in the same transaction).
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { PendingRecipient } from '../../core/records.js';

export type { PendingRecipient };

export interface NewBatch {
  id: string;
  kind: 'customer' | 'departure' | 'stage';
  fromMemberId: string | null;
  stage: string | null;
  split: string;
  createdBy: string;
  createdAt: Date;
  dueAt: Date;
  lang: string;
}
export interface NewHandover {
  kind: 'customer' | 'departure' | 'stage';
  customerId: string;
  fromMemberId: string | null;
  toMemberId: string;
  stage: string | null;
  package: unknown;
  createdBy: string;
  createdAt: Date;
  dueAt: Date;
  batchId: string;
}
export interface ReadyHandover {
  id: string;
  kind: string;
  customerId: string;
  fromMemberId: string | null;
  toMemberId: string;
  stage: string | null;
  name: string;
  ownerId: string | null;
}

const OPEN = ['pending', 'questioned'] as const;

// ── recipients ──

export async function pendingFor(db: Db, memberId: string): Promise<PendingRecipient[]> {
  const rows = await db
    .selectFrom('handover_recipients as r')
    .innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
    .select([
      'r.batch_id',
      'r.role',
      'r.token',
      'b.kind',
      'b.from_member_id',
      'b.created_by',
      'b.stage',
      'b.due_at',
      'b.created_at',
    ])
    .where('r.member_id', '=', memberId)
    .where('r.status', '=', 'pending')
    .orderBy('b.created_at')
    .execute();
  return rows.map((r) => ({
    batchId: r.batch_id,
    role: r.role,
    token: r.token,
    kind: r.kind,
    fromMemberId: r.from_member_id,
    createdBy: r.created_by,
    stage: r.stage,
    dueAt: new Date(r.due_at),
    createdAt: new Date(r.created_at),
  }));
}

export async function recipientStatus(db: Db, batchId: string, memberId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('handover_recipients')
    .select('status')
    .where('batch_id', '=', batchId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return r?.status;
}

export async function decideRecipient(
  db: Db,
  batchId: string,
  memberId: string,
  status: 'signed' | 'refused',
  now: Date,
  reason?: string | null,
): Promise<void> {
  await db
    .updateTable('handover_recipients')
    .set({ status, decided_at: now, ...(status === 'refused' ? { reason: reason ?? null } : {}) })
    .where('batch_id', '=', batchId)
    .where('member_id', '=', memberId)
    .execute();
}

/** Recipients who still have to sign, of batches started by `now`, oldest first (the chaser's list). */
export async function unsignedRecipients(db: Db, now: Date) {
  const rows = await db
    .selectFrom('handover_recipients as r')
    .innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
    .select(['r.batch_id', 'r.member_id', 'b.due_at', 'b.created_at', 'b.from_member_id', 'b.created_by'])
    .where('r.status', '=', 'pending')
    .where('b.created_at', '<=', now)
    .orderBy('b.created_at')
    .execute();
  return rows.map((r) => ({
    batchId: r.batch_id,
    memberId: r.member_id,
    dueAt: new Date(r.due_at),
    createdAt: new Date(r.created_at),
    fromMemberId: r.from_member_id,
    createdBy: r.created_by,
  }));
}

/**
 * The deadline passed: the recipient's status becomes expired (the claim: false when
 * another run got there first), and so does every open handover they had to sign.
 */
export async function expireRecipient(
  db: Db,
  batchId: string,
  memberId: string,
  now: Date,
): Promise<{ claimed: boolean; handoverIds: string[] }> {
  const claimed = await db
    .updateTable('handover_recipients')
    .set({ status: 'expired', decided_at: now, escalated_at: now })
    .where('batch_id', '=', batchId)
    .where('member_id', '=', memberId)
    .where('status', '=', 'pending')
    .returning('member_id')
    .execute();
  if (claimed.length === 0) return { claimed: false, handoverIds: [] };
  const expired = await db
    .updateTable('handovers')
    .set({ status: 'expired', escalated_at: now, closed_at: now })
    .where('batch_id', '=', batchId)
    .where('status', 'in', OPEN)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('handover_signoffs as s')
          .select('s.member_id')
          .whereRef('s.handover_id', '=', 'handovers.id')
          .where('s.member_id', '=', memberId)
          .where('s.signed_at', 'is', null),
      ),
    )
    .returning('id')
    .execute();
  return { claimed: true, handoverIds: expired.map((e) => e.id) };
}

// ── starting ──

export async function customersWithOpenHandover(db: Db, customerIds: string[]): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const open = await db
    .selectFrom('handovers')
    .select('customer_id')
    .where('customer_id', 'in', customerIds)
    .where('status', 'in', OPEN)
    .execute();
  return new Set(open.map((o) => o.customer_id));
}

/** Revenue per customer from orders that were not cancelled. */
export async function revenueByCustomer(db: Db, customerIds: string[]): Promise<Map<string, number>> {
  if (customerIds.length === 0) return new Map();
  const revenue = await db
    .selectFrom('orders')
    .select(['customer_id', sql<string>`sum(amount_cny)`.as('total')])
    .where('customer_id', 'in', customerIds)
    .where('status', '<>', 'cancelled')
    .groupBy('customer_id')
    .execute();
  return new Map(revenue.map((r) => [r.customer_id, Number(r.total)]));
}

export async function nextBatchId(db: Db): Promise<string> {
  const r = await sql<{ n: string }>`select nextval('handover_batch_seq')::text as n`.execute(db);
  return `HO-${r.rows[0]!.n}`;
}

export async function insertBatch(db: Db, b: NewBatch): Promise<void> {
  await db
    .insertInto('handover_batches')
    .values({
      id: b.id,
      kind: b.kind,
      from_member_id: b.fromMemberId,
      stage: b.stage,
      split: b.split,
      created_by: b.createdBy,
      created_at: b.createdAt,
      due_at: b.dueAt,
      lang: b.lang,
    })
    .execute();
}

/** Who else is responsible for these customers, per stage. */
export async function responsiblesOf(
  db: Db,
  customerIds: string[],
): Promise<{ customerId: string; stage: string; memberId: string }[]> {
  if (customerIds.length === 0) return [];
  const rows = await db
    .selectFrom('customer_responsibles')
    .selectAll()
    .where('customer_id', 'in', customerIds)
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, stage: r.stage, memberId: r.member_id }));
}

export async function insertHandovers(
  db: Db,
  rows: NewHandover[],
): Promise<{ id: string; customerId: string; toMemberId: string }[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('handovers')
    .values(
      rows.map((h) => ({
        kind: h.kind,
        customer_id: h.customerId,
        from_member_id: h.fromMemberId,
        to_member_id: h.toMemberId,
        stage: h.stage,
        status: 'pending',
        package: JSON.stringify(h.package),
        created_by: h.createdBy,
        created_at: h.createdAt,
        due_at: h.dueAt,
        batch_id: h.batchId,
      })),
    )
    .returning(['id', 'customer_id', 'to_member_id'])
    .execute();
  return inserted.map((r) => ({ id: r.id, customerId: r.customer_id, toMemberId: r.to_member_id }));
}

export async function insertSignoffs(
  db: Db,
  rows: { handoverId: string; memberId: string; role: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('handover_signoffs')
    .values(rows.map((s) => ({ handover_id: s.handoverId, member_id: s.memberId, role: s.role, signed_at: null })))
    .execute();
}

export async function insertRecipients(
  db: Db,
  batchId: string,
  rows: { memberId: string; role: string; token: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('handover_recipients')
    .values(
      rows.map((r) => ({
        batch_id: batchId,
        member_id: r.memberId,
        role: r.role,
        token: r.token,
        status: 'pending',
      })),
    )
    .execute();
}

// ── signing and refusing ──

/** Sign every open handover of the batch this member still has to sign; returns their ids. */
export async function signOpenSignoffs(db: Db, batchId: string, memberId: string, now: Date): Promise<string[]> {
  const mine = await db
    .selectFrom('handover_signoffs as s')
    .innerJoin('handovers as h', 'h.id', 's.handover_id')
    .select(['h.id'])
    .where('h.batch_id', '=', batchId)
    .where('s.member_id', '=', memberId)
    .where('s.signed_at', 'is', null)
    .where('h.status', 'in', OPEN)
    .execute();
  const ids = mine.map((r) => r.id);
  if (ids.length)
    await db
      .updateTable('handover_signoffs')
      .set({ signed_at: now })
      .where('handover_id', 'in', ids)
      .where('member_id', '=', memberId)
      .execute();
  return ids;
}

/** Of these handovers, the ones whose every signer has signed. */
export async function fullySigned(db: Db, handoverIds: string[]): Promise<ReadyHandover[]> {
  if (handoverIds.length === 0) return [];
  const rows = await db
    .selectFrom('handovers as h')
    .innerJoin('customers as c', 'c.id', 'h.customer_id')
    .select([
      'h.id',
      'h.kind',
      'h.customer_id',
      'h.from_member_id',
      'h.to_member_id',
      'h.stage',
      'c.name',
      'c.owner_id',
    ])
    .where('h.id', 'in', handoverIds)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('handover_signoffs as s2')
            .select('s2.member_id')
            .whereRef('s2.handover_id', '=', 'h.id')
            .where('s2.signed_at', 'is', null),
        ),
      ),
    )
    .execute();
  return rows.map((h) => ({
    id: h.id,
    kind: h.kind,
    customerId: h.customer_id,
    fromMemberId: h.from_member_id,
    toMemberId: h.to_member_id,
    stage: h.stage,
    name: h.name,
    ownerId: h.owner_id,
  }));
}

/** The receiver takes over: the customer's owner, or (stage handover) the stage's responsible. */
export async function transferResponsibility(
  db: Db,
  h: { kind: string; customerId: string; toMemberId: string; stage: string | null },
  now: Date,
): Promise<void> {
  if (h.kind === 'stage') {
    await db
      .insertInto('customer_responsibles')
      .values({ customer_id: h.customerId, stage: h.stage!, member_id: h.toMemberId, since: now })
      .onConflict((oc) => oc.columns(['customer_id', 'stage']).doUpdateSet({ member_id: h.toMemberId, since: now }))
      .execute();
  } else {
    await db
      .updateTable('customers')
      .set({ owner_id: h.toMemberId, updated_at: now })
      .where('id', '=', h.customerId)
      .execute();
  }
}

/** Close signed handovers; a departure's former owner keeps away until `quarantineUntil`. */
export async function closeSigned(db: Db, handoverIds: string[], now: Date, quarantineUntil: Date): Promise<void> {
  if (handoverIds.length === 0) return;
  await db
    .updateTable('handovers')
    .set({ status: 'signed', signed_at: now, closed_at: now })
    .where('id', 'in', handoverIds)
    .execute();
  await db
    .updateTable('handovers')
    .set({ quarantine_until: quarantineUntil })
    .where('id', 'in', handoverIds)
    .where('kind', '=', 'departure')
    .execute();
}

/** Refuse the open handovers of a batch this member signs; returns their ids. */
export async function refuseOpen(
  db: Db,
  batchId: string,
  memberId: string,
  reason: string | null,
  now: Date,
): Promise<string[]> {
  const affected = await db
    .updateTable('handovers')
    .set({ status: 'refused', refuse_reason: reason, closed_at: now })
    .where('batch_id', '=', batchId)
    .where('status', 'in', OPEN)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('handover_signoffs as s')
          .select('s.member_id')
          .whereRef('s.handover_id', '=', 'handovers.id')
          .where('s.member_id', '=', memberId),
      ),
    )
    .returning('id')
    .execute();
  return affected.map((a) => a.id);
}

/** Names of the batch's customers (optionally only those going to one receiver), at most `limit`. */
export async function batchCustomerNames(
  db: Db,
  batchId: string,
  opts: { toMemberId?: string; limit?: number } = {},
): Promise<string[]> {
  let q = db
    .selectFrom('handovers as h')
    .innerJoin('customers as c', 'c.id', 'h.customer_id')
    .select('c.name')
    .where('h.batch_id', '=', batchId);
  if (opts.toMemberId) q = q.where('h.to_member_id', '=', opts.toMemberId);
  if (opts.limit) q = q.limit(opts.limit);
  return (await q.execute()).map((r) => r.name);
}

/** A question puts the batch's pending handovers on hold; the last answer releases them. */
export async function setBatchQuestioned(db: Db, batchId: string, questioned: boolean): Promise<void> {
  await db
    .updateTable('handovers')
    .set({ status: questioned ? 'questioned' : 'pending' })
    .where('batch_id', '=', batchId)
    .where('status', '=', questioned ? 'pending' : 'questioned')
    .execute();
}

export async function findBatch(db: Db, id: string) {
  const b = await db.selectFrom('handover_batches').selectAll().where('id', '=', id).executeTakeFirst();
  return b
    ? {
        id: b.id,
        kind: b.kind,
        fromMemberId: b.from_member_id,
        createdBy: b.created_by,
        stage: b.stage,
        dueAt: new Date(b.due_at),
        lang: b.lang,
      }
    : undefined;
}

// ── departure quarantine ──

// A departure still waiting for sign-off counts too (the old rep is on the way out).
function activeDepartures(db: Db, now: Date) {
  return db
    .selectFrom('handovers')
    .where('kind', '=', 'departure')
    .where((eb) =>
      eb.or([eb('status', 'in', OPEN), eb.and([eb('status', '=', 'signed'), eb('quarantine_until', '>', now)])]),
    );
}

export async function departureQuarantine(
  db: Db,
  customerId: string,
  now: Date,
): Promise<{ formerOwnerId: string; until: Date | null } | undefined> {
  const r = await activeDepartures(db, now)
    .select(['from_member_id', 'quarantine_until'])
    .where('customer_id', '=', customerId)
    .where('from_member_id', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return r?.from_member_id
    ? { formerOwnerId: r.from_member_id, until: r.quarantine_until ? new Date(r.quarantine_until) : null }
    : undefined;
}

export async function quarantinedCustomerIds(db: Db, formerOwnerId: string, now: Date): Promise<string[]> {
  const rows = await activeDepartures(db, now)
    .select('customer_id')
    .where('from_member_id', '=', formerOwnerId)
    .execute();
  return [...new Set(rows.map((r) => r.customer_id))];
}

/** A recipient by their page token, with the batch they may read. */
export async function recipientByToken(db: Db, batchId: string, token: string) {
  const r = await db
    .selectFrom('handover_recipients as r')
    .innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
    .select(['r.member_id', 'r.status', 'b.id', 'b.kind', 'b.stage', 'b.from_member_id', 'b.created_by', 'b.due_at'])
    .where('r.batch_id', '=', batchId)
    .where('r.token', '=', token)
    .executeTakeFirst();
  return r
    ? {
        memberId: r.member_id,
        status: r.status,
        batchId: r.id,
        kind: r.kind,
        stage: r.stage,
        fromMemberId: r.from_member_id,
        createdBy: r.created_by,
        dueAt: new Date(r.due_at),
      }
    : undefined;
}

/** The package snapshots (jsonb, unparsed) of a batch's handovers a member signs. */
export async function packagesSignedBy(db: Db, batchId: string, memberId: string): Promise<unknown[]> {
  const rows = await db
    .selectFrom('handovers as h')
    .innerJoin('handover_signoffs as s', 's.handover_id', 'h.id')
    .select(['h.package'])
    .where('h.batch_id', '=', batchId)
    .where('s.member_id', '=', memberId)
    .execute();
  return rows.map((x) => x.package);
}

/** The handovers repository: bound to a database in createRepositories(). */
export const handoversQueries = {
  pendingFor,
  recipientStatus,
  decideRecipient,
  unsignedRecipients,
  expireRecipient,
  customersWithOpenHandover,
  revenueByCustomer,
  nextBatchId,
  insertBatch,
  responsiblesOf,
  insertHandovers,
  insertSignoffs,
  insertRecipients,
  signOpenSignoffs,
  fullySigned,
  transferResponsibility,
  closeSigned,
  refuseOpen,
  batchCustomerNames,
  setBatchQuestioned,
  findBatch,
  departureQuarantine,
  quarantinedCustomerIds,
  recipientByToken,
  packagesSignedBy,
};
