// The weekly "how are they going?" with a departure's receiver during the month
// after sign-off. Answers go to the supervisor.
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import { findDirectChat, listMembers } from '../../db/repositories/team.js';
import { supervisorOf } from './resolve.js';
import type { HandoverEnv, Notice, Outcome } from './types.js';

export async function answerCheckin(env: HandoverEnv, member: Member, id: string | undefined, text: string, lang: Lang): Promise<Outcome | undefined> {
  const { db, now } = env;
  let q = db.selectFrom('handover_checkins').selectAll().where('member_id', '=', member.id).where('answered_at', 'is', null);
  if (id) q = q.where('batch_id', '=', id);
  const open = await q.orderBy('asked_at', 'desc').executeTakeFirst();
  if (!open) return undefined;
  await db.updateTable('handover_checkins').set({ answer: text, answered_at: now })
    .where('batch_id', '=', open.batch_id).where('member_id', '=', member.id).where('week', '=', open.week).execute();
  const batch = await db.selectFrom('handover_batches').selectAll().where('id', '=', open.batch_id).executeTakeFirstOrThrow();
  const members = await listMembers(db);
  const boss = supervisorOf(members, member.id, batch.from_member_id) ?? members.find((m) => m.id === batch.created_by);
  const notices: Notice[] = [];
  const chat = boss ? await findDirectChat(db, boss.id) : undefined;
  if (boss && chat) {
    const from = members.find((m) => m.id === batch.from_member_id)?.name ?? '';
    const l = chat.language ?? boss.language;
    notices.push({
      chatId: chat.id, kind: 'handover', at: now, dedupeKey: `handover-checkin-answer:${open.batch_id}:${member.id}:${open.week}`,
      text: t(l, `📋 ${member.name} 关于接手的 ${from} 的客户（${open.batch_id}，${open.week}）：${text}`, `📋 ${member.name} on ${from}'s customers (${open.batch_id}, ${open.week}): ${text}`),
    });
  }
  return { reply: t(lang, `谢谢，已转给 ${boss?.name ?? '主管'}。`, `Thanks, passed to ${boss?.name ?? 'the supervisor'}.`), notices };
}

export async function hasOpenCheckin(env: HandoverEnv, memberId: string): Promise<boolean> {
  const r = await env.db.selectFrom('handover_checkins').select('week').where('member_id', '=', memberId).where('answered_at', 'is', null).executeTakeFirst();
  return r !== undefined;
}
