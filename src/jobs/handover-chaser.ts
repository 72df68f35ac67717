// Chases unsigned handovers: a daily reminder to each recipient who has not
// signed (working days only), and at the deadline (3 working days) the handover
// expires and the supervisor hears about it, once. Idempotent by dedupe keys and
// by the recipient's status, so any number of runs at the same `now` send each
// message once.
import type { AppDeps } from '../deps.js';
import type { ScheduledJob } from './scheduled-job.js';
import { t } from '../core/language.js';
import { isWorkingDay, localDateKey } from '../core/handover/deadline.js';
import { supervisorOf } from '../services/handover/resolve.js';
import { fmtTime } from '../services/handover/render.js';
import type { Notice } from '../services/handover/types.js';

export const handoverChaserJob: ScheduledJob = {
  name: 'handover-chaser',
  cron: '0 9 * * 1-5',
  async run(deps: AppDeps, now: Date) {
    const tz = deps.config.tz;
    const rows = await deps.repos.handovers.unsignedRecipients(now);
    if (rows.length === 0) return { outboxIds: [] };
    const members = await deps.repos.team.listMembers();
    const name = (id: string | null) => members.find((m) => m.id === id)?.name ?? id ?? '';
    const outboxIds: string[] = [];
    for (const r of rows) {
      const member = members.find((m) => m.id === r.memberId);
      const chat = await deps.repos.team.findDirectChat(r.memberId);
      const lang = chat?.language ?? member?.language ?? 'zh';
      const due = r.dueAt;
      if (now.getTime() >= due.getTime()) {
        const ids = await deps.repos.transaction(async (tx) => {
          const { claimed, handoverIds: expired } = await tx.handovers.expireRecipient(r.batchId, r.memberId, now);
          if (!claimed) return [];
          await tx.audit.writeAudit([
            {
              at: now,
              actor: null,
              action: 'handover.expired',
              entity: 'handover_batch',
              entityId: r.batchId,
              details: { member: r.memberId, handovers: expired },
            },
          ]);
          const notices: Notice[] = [];
          const boss = supervisorOf(members, r.memberId, r.fromMemberId);
          const bossChat = boss ? await tx.team.findDirectChat(boss.id) : undefined;
          if (boss && bossChat) {
            const l = bossChat.language ?? boss.language;
            notices.push({
              chatId: bossChat.id,
              kind: 'escalation',
              at: now,
              dedupeKey: `handover-escalate:${r.batchId}:${r.memberId}`,
              text: t(
                l,
                `⏰ 交接 ${r.batchId}（${name(r.fromMemberId ?? r.createdBy)} → ${name(r.memberId)}，${expired.length} 家客户）超过 3 个工作日未签收，已过期。请跟进或重新发起。`,
                `⏰ Handover ${r.batchId} (${name(r.fromMemberId ?? r.createdBy)} → ${name(r.memberId)}, ${expired.length} customer(s)) was not signed within 3 working days and has expired. Please follow up or start it again.`,
              ),
            });
          }
          if (chat)
            notices.push({
              chatId: chat.id,
              kind: 'handover',
              at: now,
              dedupeKey: `handover-expired:${r.batchId}:${r.memberId}`,
              text: t(
                lang,
                `⏰ 交接 ${r.batchId} 已过期（未在 ${fmtTime(due, tz)} 前签收），已通知主管。`,
                `⏰ Handover ${r.batchId} has expired (not signed by ${fmtTime(due, tz)}); your supervisor is told.`,
              ),
            });
          return tx.outbox.enqueue(notices);
        });
        outboxIds.push(...ids);
        continue;
      }
      // A reminder a day, on working days, from the day after the handover started.
      const today = localDateKey(now, tz);
      if (!chat || !isWorkingDay(now, tz) || today === localDateKey(r.createdAt, tz)) continue;
      outboxIds.push(
        ...(await deps.repos.outbox.enqueue([
          {
            chatId: chat.id,
            kind: 'reminder',
            at: now,
            dedupeKey: `handover-remind:${r.batchId}:${r.memberId}:${today}`,
            text: t(
              lang,
              `🔔 交接 ${r.batchId}（来自 ${name(r.fromMemberId ?? r.createdBy)}）还没有签收，截止 ${fmtTime(due, tz)}。回复“确认接收”签收，或直接提问。`,
              `🔔 Handover ${r.batchId} (from ${name(r.fromMemberId ?? r.createdBy)}) is still waiting for your sign-off, due ${fmtTime(due, tz)}. Reply "ack" to sign, or ask a question.`,
            ),
          },
        ])),
      );
    }
    return { outboxIds };
  },
};
