// Chases unsigned handovers: a daily reminder to each recipient who has not
// signed (working days only), and at the deadline (3 working days) the handover
// expires and the supervisor hears about it, once. Idempotent by dedupe keys and
// by the recipient's status, so any number of runs at the same `now` send each
// message once.
import type { AppDeps } from '../deps.js';
import type { ScheduledJob } from './scheduled-job.js';
import { tr } from '../core/i18n/index.js';
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
              text: tr(l, 'jobs.handover_chaser.handover_customer_s_was_not', {
                batchId: r.batchId,
                name: name(r.fromMemberId ?? r.createdBy),
                name2: name(r.memberId),
                length: expired.length,
              }),
            });
          }
          if (chat)
            notices.push({
              chatId: chat.id,
              kind: 'handover',
              at: now,
              dedupeKey: `handover-expired:${r.batchId}:${r.memberId}`,
              text: tr(lang, 'jobs.handover_chaser.handover_has_expired_not_signed', {
                batchId: r.batchId,
                fmtTime: fmtTime(due, tz),
              }),
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
            text: tr(lang, 'jobs.handover_chaser.handover_from_is_still_waiting', {
              batchId: r.batchId,
              name: name(r.fromMemberId ?? r.createdBy),
              fmtTime: fmtTime(due, tz),
            }),
          },
        ])),
      );
    }
    return { outboxIds };
  },
};
