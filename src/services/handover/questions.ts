// A receiver's question goes to the sender's direct chat; the sender's answer
// comes back to the receiver's. If the sender has left, the supervisor answers.
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import { pickPending } from './pending.js';
import { supervisorOf } from './resolve.js';
import type { HandoverEnv, Notice, Outcome } from './types.js';

export async function askQuestion(
  env: HandoverEnv,
  member: Member,
  id: string | undefined,
  question: string,
  lang: Lang,
): Promise<Outcome> {
  const { repos, now } = env;
  const pick = await pickPending(repos, member.id, id, lang);
  if (!pick.ok) return { reply: pick.reply, notices: [] };
  const batch = pick.one;
  const members = await repos.team.listMembers();
  const sender = members.find((m) => m.id === (batch.fromMemberId ?? batch.createdBy));
  const to = sender?.active
    ? sender
    : (members.find((m) => m.id === batch.createdBy && m.active && m.id !== member.id) ??
      supervisorOf(members, batch.fromMemberId, member.id));
  if (!to) return { reply: t(lang, '找不到可以回答的人。', 'There is no one to answer this.'), notices: [] };
  const questionId = await repos.handoverQuestions.insertQuestion({
    batchId: batch.batchId,
    askedBy: member.id,
    askedTo: to.id,
    question,
    at: now,
  });
  await repos.handovers.setBatchQuestioned(batch.batchId, true);
  const about = (await repos.handovers.batchCustomerNames(batch.batchId, { toMemberId: member.id, limit: 3 })).join(
    ', ',
  );
  const chat = await repos.team.findDirectChat(to.id);
  if (!chat)
    return {
      reply: t(
        lang,
        `${to.name} 没有和 Baton 的私聊，问题无法转达。`,
        `${to.name} has no direct chat with Baton; I cannot pass the question on.`,
      ),
      notices: [],
    };
  const l = chat.language ?? to.language;
  const notice: Notice = {
    chatId: chat.id,
    kind: 'handover',
    at: now,
    dedupeKey: `handover-q:${questionId}`,
    text: t(
      l,
      `❓ ${member.name} 就交接 ${batch.batchId}（${about}）提问：${question}\n直接在这里回复即可（或 /answer ${batch.batchId} 答复内容）。`,
      `❓ ${member.name} asks about handover ${batch.batchId} (${about}): ${question}\nJust reply here (or /answer ${batch.batchId} your answer).`,
    ),
  };
  return {
    reply: t(lang, `已转给 ${to.name}，答复会发到这里。`, `Passed to ${to.name}; the answer will come here.`),
    notices: [notice],
  };
}

/** Answers the oldest open question to `member` (in batch `id` if given); undefined when there is none. */
export async function answerQuestion(
  env: HandoverEnv,
  member: Member,
  id: string | undefined,
  answer: string,
  lang: Lang,
): Promise<Outcome | undefined> {
  const { repos, now } = env;
  const open = await repos.handoverQuestions.oldestOpenQuestionTo(member.id, id);
  if (!open) return undefined;
  await repos.handoverQuestions.answerQuestionRow(open.id, answer, member.id, now);
  if (!(await repos.handoverQuestions.batchHasOpenQuestion(open.batchId)))
    await repos.handovers.setBatchQuestioned(open.batchId, false);
  const members = await repos.team.listMembers();
  const asker = members.find((m) => m.id === open.askedBy);
  const chat = await repos.team.findDirectChat(open.askedBy);
  const notices: Notice[] = [];
  if (chat) {
    const l = chat.language ?? asker?.language ?? 'zh';
    notices.push({
      chatId: chat.id,
      kind: 'handover',
      at: now,
      dedupeKey: `handover-a:${open.id}`,
      text: t(
        l,
        `💬 ${member.name} 回复了你关于交接 ${open.batchId} 的问题“${open.question}”：\n${answer}\n没有其他问题就回复“确认接收”签收。`,
        `💬 ${member.name} answered your question on handover ${open.batchId} ("${open.question}"):\n${answer}\nIf that settles it, reply "ack" to sign off.`,
      ),
    });
  }
  return {
    reply: t(
      lang,
      `已把答复转给 ${asker?.name ?? open.askedBy}。`,
      `Passed your answer to ${asker?.name ?? open.askedBy}.`,
    ),
    notices,
  };
}

export async function hasOpenQuestionTo(env: HandoverEnv, memberId: string): Promise<boolean> {
  return env.repos.handoverQuestions.hasOpenQuestionTo(memberId);
}
