// Production sheets (issue 20): versioned snapshots of a customer's needs for one
// order, the clerk's acknowledgement, and the questions that go back to the rep.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../client.js';
import type { SheetQuestion, SheetRecord, SheetStatus } from '../../core/orders/records.js';
import type { SheetDiffLine, SheetItem } from '../../core/orders/sheet.js';
import { NeedKindSchema } from '../../core/needs.js';

const Value = z.record(z.string(), z.unknown());
const ItemSchema = z.object({
  slot: z.string(),
  kind: NeedKindSchema,
  value: Value,
  evidence: z.string(),
  speaker: z.string().nullable(),
  saidAt: z.string().nullable(),
});
const DiffSchema = z.object({
  slot: z.string(),
  kind: NeedKindSchema,
  from: Value.nullable(),
  to: Value.nullable(),
  evidence: z.string().nullable(),
});

type Row = {
  id: string;
  order_id: string;
  customer_id: string;
  version: number;
  snapshot: unknown;
  diff: unknown;
  created_at: Date;
  created_by: string | null;
  clerk_id: string | null;
  rep_id: string | null;
  due_at: Date;
  status: string;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  questioned: boolean;
  escalated_at: Date | null;
};

function toSheet(r: Row): SheetRecord {
  const d = (x: Date | null) => (x ? new Date(x) : null);
  return {
    id: r.id,
    orderId: r.order_id,
    customerId: r.customer_id,
    version: r.version,
    items: z.array(ItemSchema).catch([]).parse(r.snapshot),
    diff: z.array(DiffSchema).catch([]).parse(r.diff),
    createdAt: new Date(r.created_at),
    createdBy: r.created_by,
    clerkId: r.clerk_id,
    repId: r.rep_id,
    dueAt: new Date(r.due_at),
    status: r.status as SheetStatus,
    acknowledgedAt: d(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    questioned: r.questioned,
    escalatedAt: d(r.escalated_at),
  };
}

export interface NewSheet {
  orderId: string;
  customerId: string;
  version: number;
  items: SheetItem[];
  diff: SheetDiffLine[];
  at: Date;
  createdBy: string | null;
  clerkId: string | null;
  repId: string | null;
  dueAt: Date;
}

export async function insertSheet(db: Db, s: NewSheet): Promise<SheetRecord> {
  const seq = await sql<{ n: string }>`select nextval('order_sheet_seq')::text as n`.execute(db);
  const r = await db
    .insertInto('order_sheets')
    .values({
      id: `PS-${seq.rows[0]!.n}`,
      order_id: s.orderId,
      customer_id: s.customerId,
      version: s.version,
      snapshot: sql`${JSON.stringify(s.items)}::jsonb`,
      diff: sql`${JSON.stringify(s.diff)}::jsonb`,
      created_at: s.at,
      created_by: s.createdBy,
      clerk_id: s.clerkId,
      rep_id: s.repId,
      due_at: s.dueAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSheet(r);
}

export async function findSheet(db: Db, id: string): Promise<SheetRecord | undefined> {
  const r = await db.selectFrom('order_sheets').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toSheet(r) : undefined;
}

export async function sheetsOfOrder(db: Db, orderId: string): Promise<SheetRecord[]> {
  const rows = await db
    .selectFrom('order_sheets')
    .selectAll()
    .where('order_id', '=', orderId)
    .orderBy('version')
    .execute();
  return rows.map(toSheet);
}

/** The newest sheet of each of the customer's orders that production is still working on. */
export async function liveSheetsOfCustomer(db: Db, customerId: string): Promise<SheetRecord[]> {
  const rows = await db
    .selectFrom('order_sheets as s')
    .innerJoin('orders as o', 'o.id', 's.order_id')
    .selectAll('s')
    .where('s.customer_id', '=', customerId)
    .where('o.status', '=', 'open')
    .where('s.status', '<>', 'superseded')
    .orderBy('s.created_at')
    .execute();
  return rows.map(toSheet);
}

/** Pending sheets waiting for this clerk, oldest first. */
export async function pendingSheetsFor(db: Db, clerkId: string): Promise<SheetRecord[]> {
  const rows = await db
    .selectFrom('order_sheets')
    .selectAll()
    .where('clerk_id', '=', clerkId)
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .execute();
  return rows.map(toSheet);
}

/** Every pending sheet made at or before `now` (the chaser's work list). */
export async function pendingSheets(db: Db, now: Date): Promise<SheetRecord[]> {
  const rows = await db
    .selectFrom('order_sheets')
    .selectAll()
    .where('status', '=', 'pending')
    .where('created_at', '<=', now)
    .orderBy('created_at')
    .execute();
  return rows.map(toSheet);
}

/** True when this call acknowledged it (it was still pending). */
export async function acknowledgeSheet(db: Db, id: string, by: string, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('order_sheets')
    .set({ status: 'acknowledged', acknowledged_at: at, acknowledged_by: by })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returning('id')
    .execute();
  return r.length > 0;
}

export async function supersedeSheet(db: Db, id: string): Promise<void> {
  await db
    .updateTable('order_sheets')
    .set({ status: 'superseded' })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** True when this call claimed the one escalation of the sheet. */
export async function claimSheetEscalation(db: Db, id: string, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('order_sheets')
    .set({ escalated_at: at })
    .where('id', '=', id)
    .where('escalated_at', 'is', null)
    .where('status', '=', 'pending')
    .returning('id')
    .execute();
  return r.length > 0;
}

export async function insertSheetQuestion(
  db: Db,
  q: Omit<SheetQuestion, 'id' | 'answer' | 'answeredAt'>,
): Promise<void> {
  await db
    .insertInto('order_sheet_questions')
    .values({
      sheet_id: q.sheetId,
      asked_by: q.askedBy,
      asked_to: q.askedTo,
      question: q.question,
      asked_at: q.askedAt,
    })
    .execute();
  await db.updateTable('order_sheets').set({ questioned: true }).where('id', '=', q.sheetId).execute();
}

/** The oldest unanswered sheet question put to this member. */
export async function openSheetQuestionTo(db: Db, memberId: string): Promise<SheetQuestion | undefined> {
  const r = await db
    .selectFrom('order_sheet_questions')
    .selectAll()
    .where('asked_to', '=', memberId)
    .where('answered_at', 'is', null)
    .orderBy('asked_at')
    .limit(1)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        sheetId: r.sheet_id,
        askedBy: r.asked_by,
        askedTo: r.asked_to,
        question: r.question,
        askedAt: new Date(r.asked_at),
        answer: r.answer,
        answeredAt: r.answered_at ? new Date(r.answered_at) : null,
      }
    : undefined;
}

export async function answerSheetQuestion(db: Db, id: string, answer: string, at: Date): Promise<void> {
  await db.updateTable('order_sheet_questions').set({ answer, answered_at: at }).where('id', '=', id).execute();
}

export async function questionsOfSheet(db: Db, sheetId: string): Promise<SheetQuestion[]> {
  const rows = await db
    .selectFrom('order_sheet_questions')
    .selectAll()
    .where('sheet_id', '=', sheetId)
    .orderBy('asked_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sheetId: r.sheet_id,
    askedBy: r.asked_by,
    askedTo: r.asked_to,
    question: r.question,
    askedAt: new Date(r.asked_at),
    answer: r.answer,
    answeredAt: r.answered_at ? new Date(r.answered_at) : null,
  }));
}

/** The order-sheets repository (bound to a database by the caller). */
export const orderSheetsQueries = {
  insertSheet,
  findSheet,
  sheetsOfOrder,
  liveSheetsOfCustomer,
  pendingSheetsFor,
  pendingSheets,
  acknowledgeSheet,
  supersedeSheet,
  claimSheetEscalation,
  insertSheetQuestion,
  openSheetQuestionTo,
  answerSheetQuestion,
  questionsOfSheet,
};
