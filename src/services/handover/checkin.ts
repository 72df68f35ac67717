// The weekly "how are they going?" with a departure's receiver during the month
// after sign-off. Answers go to the supervisor.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { Member } from '../../core/team.js';
import { supervisorOf } from './resolve.js';
import type { HandoverEnv, Notice, Outcome } from './types.js';

export async function answerCheckin(
  env: HandoverEnv,
  member: Member,
  id: string | undefined,
  text: string,
  lang: Lang,
): Promise<Outcome | undefined> {
  const { repos, now } = env;
  const open = await repos.handoverQuestions.latestOpenCheckin(member.id, id);
  if (!open) return undefined;
  await repos.handoverQuestions.answerCheckinRow(
    { batchId: open.batchId, memberId: member.id, week: open.week },
    text,
    now,
  );
  const batch = await repos.handovers.findBatch(open.batchId);
  if (!batch) throw new Error(`handover batch ${open.batchId} not found`);
  const members = await repos.team.listMembers();
  const boss = supervisorOf(members, member.id, batch.fromMemberId) ?? members.find((m) => m.id === batch.createdBy);
  const notices: Notice[] = [];
  const chat = boss ? await repos.team.findDirectChat(boss.id) : undefined;
  if (boss && chat) {
    const from = members.find((m) => m.id === batch.fromMemberId)?.name ?? '';
    const l = chat.language ?? boss.language;
    notices.push({
      chatId: chat.id,
      kind: 'handover',
      at: now,
      dedupeKey: `handover-checkin-answer:${open.batchId}:${member.id}:${open.week}`,
      text: tr(l, 'handover.checkin.on_s_customers', {
        name: member.name,
        from,
        batchId: open.batchId,
        week: open.week,
        text,
      }),
    });
  }
  return {
    reply: tr(lang, 'handover.checkin.thanks_passed_to', {
      v: boss?.name ?? '主管',
      v2: boss?.name ?? 'the supervisor',
    }),
    notices,
  };
}

export async function hasOpenCheckin(env: HandoverEnv, memberId: string): Promise<boolean> {
  return env.repos.handoverQuestions.hasOpenCheckin(memberId);
}
