// Questions Baton asked a member in a chat and waits on ("which customer is this? 1) … 2) …").
// One per chat and member; a new question replaces the old one.
import { z } from 'zod';
import type { Db } from '../client.js';

export const ChoiceSchema = z.object({ customerId: z.string(), label: z.string() });
export type Choice = z.infer<typeof ChoiceSchema>;

export interface PendingQuestion {
  chatId: string;
  memberId: string;
  kind: string;
  payload: Record<string, unknown>;
  choices: Choice[];
  createdAt: Date;
  expiresAt: Date;
}

export async function askQuestion(db: Db, q: PendingQuestion): Promise<void> {
  const values = {
    chat_id: q.chatId,
    member_id: q.memberId,
    kind: q.kind,
    payload: JSON.stringify(q.payload),
    choices: JSON.stringify(q.choices),
    created_at: q.createdAt,
    expires_at: q.expiresAt,
  };
  await db
    .insertInto('pending_questions')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['chat_id', 'member_id']).doUpdateSet({
        kind: values.kind,
        payload: values.payload,
        choices: values.choices,
        created_at: values.created_at,
        expires_at: values.expires_at,
      }),
    )
    .execute();
}

/** The open question for this chat and member, unless it expired by `now`. */
export async function openQuestion(
  db: Db,
  chatId: string,
  memberId: string,
  now: Date,
): Promise<PendingQuestion | undefined> {
  const r = await db
    .selectFrom('pending_questions')
    .selectAll()
    .where('chat_id', '=', chatId)
    .where('member_id', '=', memberId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    chatId: r.chat_id,
    memberId: r.member_id,
    kind: r.kind,
    payload: (r.payload ?? {}) as Record<string, unknown>,
    choices: z.array(ChoiceSchema).catch([]).parse(r.choices),
    createdAt: new Date(r.created_at),
    expiresAt: new Date(r.expires_at),
  };
}

export async function closeQuestion(db: Db, chatId: string, memberId: string): Promise<void> {
  await db.deleteFrom('pending_questions').where('chat_id', '=', chatId).where('member_id', '=', memberId).execute();
}

/** The pending-questions repository: bound to a database in createRepositories(). */
export const pendingQuestionsQueries = { askQuestion, openQuestion, closeQuestion };
