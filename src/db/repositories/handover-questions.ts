// A handover's conversation: receivers' questions to the sender (answers come back)
// and the weekly check-ins with a departure's receivers during the month after sign-off.
import type { Db } from '../client.js';

export async function insertQuestion(
  db: Db,
  q: { batchId: string; askedBy: string; askedTo: string; question: string; at: Date },
): Promise<string> {
  const r = await db
    .insertInto('handover_questions')
    .values({
      batch_id: q.batchId,
      asked_by: q.askedBy,
      asked_to: q.askedTo,
      question: q.question,
      asked_at: q.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** The oldest open question to a member (in one batch if given). */
export async function oldestOpenQuestionTo(db: Db, memberId: string, batchId?: string) {
  let q = db
    .selectFrom('handover_questions')
    .selectAll()
    .where('asked_to', '=', memberId)
    .where('answered_at', 'is', null);
  if (batchId) q = q.where('batch_id', '=', batchId);
  const r = await q.orderBy('asked_at').executeTakeFirst();
  return r ? { id: r.id, batchId: r.batch_id, askedBy: r.asked_by, question: r.question } : undefined;
}

export async function answerQuestionRow(db: Db, id: string, answer: string, by: string, now: Date): Promise<void> {
  await db
    .updateTable('handover_questions')
    .set({ answer, answered_by: by, answered_at: now })
    .where('id', '=', id)
    .execute();
}

export async function batchHasOpenQuestion(db: Db, batchId: string): Promise<boolean> {
  const r = await db
    .selectFrom('handover_questions')
    .select('id')
    .where('batch_id', '=', batchId)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return r !== undefined;
}

export async function hasOpenQuestionTo(db: Db, memberId: string): Promise<boolean> {
  const r = await db
    .selectFrom('handover_questions')
    .select('id')
    .where('asked_to', '=', memberId)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return r !== undefined;
}

/** The latest unanswered check-in of a member (in one batch if given). */
export async function latestOpenCheckin(db: Db, memberId: string, batchId?: string) {
  let q = db
    .selectFrom('handover_checkins')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('answered_at', 'is', null);
  if (batchId) q = q.where('batch_id', '=', batchId);
  const r = await q.orderBy('asked_at', 'desc').executeTakeFirst();
  return r ? { batchId: r.batch_id, week: r.week } : undefined;
}

export async function answerCheckinRow(
  db: Db,
  c: { batchId: string; memberId: string; week: string },
  answer: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('handover_checkins')
    .set({ answer, answered_at: now })
    .where('batch_id', '=', c.batchId)
    .where('member_id', '=', c.memberId)
    .where('week', '=', c.week)
    .execute();
}

export async function hasOpenCheckin(db: Db, memberId: string): Promise<boolean> {
  const r = await db
    .selectFrom('handover_checkins')
    .select('week')
    .where('member_id', '=', memberId)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return r !== undefined;
}

/** True when this call claimed the (batch, member, week) check-in. */
export async function claimCheckin(
  db: Db,
  batchId: string,
  memberId: string,
  week: string,
  now: Date,
): Promise<boolean> {
  const slot = await db
    .insertInto('handover_checkins')
    .values({ batch_id: batchId, member_id: memberId, week, asked_at: now })
    .onConflict((oc) => oc.columns(['batch_id', 'member_id', 'week']).doNothing())
    .returning('week')
    .execute();
  return slot.length > 0;
}

/** Departures signed at least `signedBefore` whose month of quarantine still runs, by customer name. */
export async function departuresToCheckIn(db: Db, now: Date, signedBefore: Date) {
  const rows = await db
    .selectFrom('handovers as h')
    .innerJoin('customers as c', 'c.id', 'h.customer_id')
    .select(['h.batch_id', 'h.to_member_id', 'h.from_member_id', 'c.name'])
    .where('h.kind', '=', 'departure')
    .where('h.status', '=', 'signed')
    .where('h.quarantine_until', '>', now)
    .where('h.signed_at', '<=', signedBefore)
    .where('h.batch_id', 'is not', null)
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    batchId: r.batch_id!,
    toMemberId: r.to_member_id,
    fromMemberId: r.from_member_id,
    name: r.name,
  }));
}

/** The handover-questions repository: bound to a database in createRepositories(). */
export const handoverQuestionsQueries = {
  insertQuestion,
  oldestOpenQuestionTo,
  answerQuestionRow,
  batchHasOpenQuestion,
  hasOpenQuestionTo,
  latestOpenCheckin,
  answerCheckinRow,
  hasOpenCheckin,
  claimCheckin,
  departuresToCheckIn,
};
