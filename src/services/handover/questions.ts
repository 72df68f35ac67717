// A receiver's question goes to the sender's direct chat; the sender's answer
// comes back to the receiver's. If the sender has left, the supervisor answers.
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import { findDirectChat, listMembers } from '../../db/repositories/team.js';
import { pickPending } from './pending.js';
import { supervisorOf } from './resolve.js';
import type { HandoverEnv, Notice, Outcome } from './types.js';

export async function askQuestion(env: HandoverEnv, member: Member, id: string | undefined, question: string, lang: Lang): Promise<Outcome> {
  const { db, now } = env;
  const pick = await pickPending(db, member.id, id, lang);
  if (!pick.ok) return { reply: pick.reply, notices: [] };
  const batch = pick.one;
  const members = await listMembers(db);
  const sender = members.find((m) => m.id === (batch.fromMemberId ?? batch.createdBy));
  const to = sender?.active ? sender : members.find((m) => m.id === batch.createdBy && m.active && m.id !== member.id) ?? supervisorOf(members, batch.fromMemberId, member.id);
  if (!to) return { reply: t(lang, '找不到可以回答的人。', 'There is no one to answer this.'), notices: [] };
  const q = await db.insertInto('handover_questions').values({
    batch_id: batch.batchId, asked_by: member.id, asked_to: to.id, question, asked_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  await db.updateTable('handovers').set({ status: 'questioned' }).where('batch_id', '=', batch.batchId).where('status', '=', 'pending').execute();
  const customers = await db.selectFrom('handovers as h').innerJoin('customers as c', 'c.id', 'h.customer_id').select('c.name')
    .where('h.batch_id', '=', batch.batchId).where('h.to_member_id', '=', member.id).limit(3).execute();
  const about = customers.map((c) => c.name).join(', ');
  const chat = await findDirectChat(db, to.id);
  if (!chat) return { reply: t(lang, `${to.name} 没有和 Baton 的私聊，问题无法转达。`, `${to.name} has no direct chat with Baton; I cannot pass the question on.`), notices: [] };
  const l = chat.language ?? to.language;
  const notice: Notice = {
    chatId: chat.id, kind: 'handover', at: now, dedupeKey: `handover-q:${q.id}`,
    text: t(l, `❓ ${member.name} 就交接 ${batch.batchId}（${about}）提问：${question}\n直接在这里回复即可（或 /answer ${batch.batchId} 答复内容）。`,
      `❓ ${member.name} asks about handover ${batch.batchId} (${about}): ${question}\nJust reply here (or /answer ${batch.batchId} your answer).`),
  };
  return { reply: t(lang, `已转给 ${to.name}，答复会发到这里。`, `Passed to ${to.name}; the answer will come here.`), notices: [notice] };
}

/** Answers the oldest open question to `member` (in batch `id` if given); undefined when there is none. */
export async function answerQuestion(env: HandoverEnv, member: Member, id: string | undefined, answer: string, lang: Lang): Promise<Outcome | undefined> {
  const { db, now } = env;
  let q = db.selectFrom('handover_questions').selectAll().where('asked_to', '=', member.id).where('answered_at', 'is', null);
  if (id) q = q.where('batch_id', '=', id);
  const open = await q.orderBy('asked_at').executeTakeFirst();
  if (!open) return undefined;
  await db.updateTable('handover_questions').set({ answer, answered_by: member.id, answered_at: now }).where('id', '=', open.id).execute();
  const left = await db.selectFrom('handover_questions').select('id').where('batch_id', '=', open.batch_id).where('answered_at', 'is', null).executeTakeFirst();
  if (!left) await db.updateTable('handovers').set({ status: 'pending' }).where('batch_id', '=', open.batch_id).where('status', '=', 'questioned').execute();
  const members = await listMembers(db);
  const asker = members.find((m) => m.id === open.asked_by);
  const chat = await findDirectChat(db, open.asked_by);
  const notices: Notice[] = [];
  if (chat) {
    const l = chat.language ?? asker?.language ?? 'zh';
    notices.push({
      chatId: chat.id, kind: 'handover', at: now, dedupeKey: `handover-a:${open.id}`,
      text: t(l, `💬 ${member.name} 回复了你关于交接 ${open.batch_id} 的问题“${open.question}”：\n${answer}\n没有其他问题就回复“确认接收”签收。`,
        `💬 ${member.name} answered your question on handover ${open.batch_id} ("${open.question}"):\n${answer}\nIf that settles it, reply "ack" to sign off.`),
    });
  }
  return { reply: t(lang, `已把答复转给 ${asker?.name ?? open.asked_by}。`, `Passed your answer to ${asker?.name ?? open.asked_by}.`), notices };
}

export async function hasOpenQuestionTo(env: HandoverEnv, memberId: string): Promise<boolean> {
  const r = await env.db.selectFrom('handover_questions').select('id').where('asked_to', '=', memberId).where('answered_at', 'is', null).executeTakeFirst();
  return r !== undefined;
}
