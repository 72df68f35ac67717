// A receiver's question goes to the sender's direct chat; the sender's answer
// comes back to the receiver's. If the sender has left, the supervisor answers.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
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
  if (!to) return { reply: tr(lang, 'handover.questions.there_is_no_one_to'), notices: [] };
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
      reply: tr(lang, 'handover.questions.has_no_direct_chat_with', { name: to.name }),
      notices: [],
    };
  const l = chat.language ?? to.language;
  const notice: Notice = {
    chatId: chat.id,
    kind: 'handover',
    at: now,
    dedupeKey: `handover-q:${questionId}`,
    text: tr(l, 'handover.questions.asks_about_handover_just_reply', {
      name: member.name,
      batchId: batch.batchId,
      about,
      question,
    }),
  };
  return {
    reply: tr(lang, 'handover.questions.passed_to_the_answer_will', { name: to.name }),
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
      text: tr(l, 'handover.questions.answered_your_question_on_handover', {
        name: member.name,
        batchId: open.batchId,
        question: open.question,
        answer,
      }),
    });
  }
  return {
    reply: tr(lang, 'handover.questions.passed_your_answer_to', { v: asker?.name ?? open.askedBy }),
    notices,
  };
}

export async function hasOpenQuestionTo(env: HandoverEnv, memberId: string): Promise<boolean> {
  return env.repos.handoverQuestions.hasOpenQuestionTo(memberId);
}
