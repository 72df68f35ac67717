// Weekly check-in after a departure: during the month after sign-off, each
// receiver is asked once a week how the customers they took over are going; the
// answer goes to the supervisor (services/handover/checkin.ts). One row per
// (batch, receiver, ISO week) in handover_checkins keeps it to once a week.
import type { AppDeps } from '../deps.js';
import type { ScheduledJob } from './scheduled-job.js';
import { enqueue } from '../db/repositories/outbox.js';
import { findDirectChat, listMembers } from '../db/repositories/team.js';
import { t } from '../core/language.js';
import { isoWeekKey } from '../core/handover/deadline.js';

const WEEK_MS = 7 * 86_400_000;

export const handoverCheckinJob: ScheduledJob = {
  name: 'handover-checkin',
  cron: '0 10 * * 1',
  async run(deps: AppDeps, now: Date) {
    const rows = await deps.db.selectFrom('handovers as h').innerJoin('customers as c', 'c.id', 'h.customer_id')
      .select(['h.batch_id', 'h.to_member_id', 'h.from_member_id', 'h.signed_at', 'c.name'])
      .where('h.kind', '=', 'departure').where('h.status', '=', 'signed').where('h.quarantine_until', '>', now)
      .where('h.signed_at', '<=', new Date(now.getTime() - WEEK_MS)).where('h.batch_id', 'is not', null)
      .orderBy('c.name').execute();
    const groups = new Map<string, typeof rows>();
    for (const r of rows) groups.set(`${r.batch_id}|${r.to_member_id}`, [...(groups.get(`${r.batch_id}|${r.to_member_id}`) ?? []), r]);
    const members = await listMembers(deps.db);
    const week = isoWeekKey(now, deps.config.tz);
    const outboxIds: string[] = [];
    for (const [key, list] of groups) {
      const [batchId, memberId] = key.split('|') as [string, string];
      const chat = await findDirectChat(deps.db, memberId);
      if (!chat) continue;
      const ids = await deps.db.transaction().execute(async (tx) => {
        const slot = await tx.insertInto('handover_checkins').values({ batch_id: batchId, member_id: memberId, week, asked_at: now })
          .onConflict((oc) => oc.columns(['batch_id', 'member_id', 'week']).doNothing()).returning('week').execute();
        if (slot.length === 0) return [];
        const lang = chat.language ?? members.find((m) => m.id === memberId)?.language ?? 'zh';
        const from = members.find((m) => m.id === list[0]!.from_member_id)?.name ?? '';
        const names = list.slice(0, 15).map((r) => r.name).join(t(lang, '、', ', ')) + (list.length > 15 ? t(lang, ` 等 ${list.length} 家`, ` and ${list.length - 15} more`) : '');
        return enqueue(tx, [{
          chatId: chat.id, kind: 'handover', at: now, dedupeKey: `handover-checkin:${batchId}:${memberId}:${week}`,
          text: t(lang, `📋 每周回访（${batchId}）：从 ${from} 接手的客户进展如何？${names}\n直接在这里回复（或 /checkin ${batchId} 情况），我会转给主管。`,
            `📋 Weekly check-in (${batchId}): how are the customers you took over from ${from} going? ${names}\nReply here (or /checkin ${batchId} …) and I'll pass it to your supervisor.`),
        }]);
      });
      outboxIds.push(...ids);
    }
    return { outboxIds };
  },
};
