// Chases unsigned handovers: a daily reminder to each recipient who has not
// signed (working days only), and at the deadline (3 working days) the handover
// expires and the supervisor hears about it, once. Idempotent by dedupe keys and
// by the recipient's status, so any number of runs at the same `now` send each
// message once.
import type { AppDeps } from '../deps.js';
import type { ScheduledJob } from './scheduled-job.js';
import { enqueue } from '../db/repositories/outbox.js';
import { findDirectChat, listMembers } from '../db/repositories/team.js';
import { t } from '../core/language.js';
import { isWorkingDay, localDateKey } from '../core/handover/deadline.js';
import { supervisorOf } from '../services/handover/resolve.js';
import { fmtTime } from '../services/handover/render.js';
import { writeAudit } from '../services/handover/audit.js';
import type { Notice } from '../services/handover/types.js';

export const handoverChaserJob: ScheduledJob = {
  name: 'handover-chaser',
  cron: '0 9 * * 1-5',
  async run(deps: AppDeps, now: Date) {
    const tz = deps.config.tz;
    const rows = await deps.db.selectFrom('handover_recipients as r').innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
      .select(['r.batch_id', 'r.member_id', 'b.due_at', 'b.created_at', 'b.from_member_id', 'b.created_by'])
      .where('r.status', '=', 'pending').where('b.created_at', '<=', now).orderBy('b.created_at').execute();
    if (rows.length === 0) return { outboxIds: [] };
    const members = await listMembers(deps.db);
    const name = (id: string | null) => members.find((m) => m.id === id)?.name ?? id ?? '';
    const outboxIds: string[] = [];
    for (const r of rows) {
      const member = members.find((m) => m.id === r.member_id);
      const chat = await findDirectChat(deps.db, r.member_id);
      const lang = chat?.language ?? member?.language ?? 'zh';
      const due = new Date(r.due_at);
      if (now.getTime() >= due.getTime()) {
        const ids = await deps.db.transaction().execute(async (tx) => {
          const claimed = await tx.updateTable('handover_recipients').set({ status: 'expired', decided_at: now, escalated_at: now })
            .where('batch_id', '=', r.batch_id).where('member_id', '=', r.member_id).where('status', '=', 'pending').returning('member_id').execute();
          if (claimed.length === 0) return [];
          const expired = await tx.updateTable('handovers').set({ status: 'expired', escalated_at: now, closed_at: now })
            .where('batch_id', '=', r.batch_id).where('status', 'in', ['pending', 'questioned'])
            .where((eb) => eb.exists(eb.selectFrom('handover_signoffs as s').select('s.member_id').whereRef('s.handover_id', '=', 'handovers.id')
              .where('s.member_id', '=', r.member_id).where('s.signed_at', 'is', null)))
            .returning('id').execute();
          await writeAudit(tx, [{ at: now, actor: null, action: 'handover.expired', entity: 'handover_batch', entityId: r.batch_id, details: { member: r.member_id, handovers: expired.map((e) => e.id) } }]);
          const notices: Notice[] = [];
          const boss = supervisorOf(members, r.member_id, r.from_member_id);
          const bossChat = boss ? await findDirectChat(tx, boss.id) : undefined;
          if (boss && bossChat) {
            const l = bossChat.language ?? boss.language;
            notices.push({ chatId: bossChat.id, kind: 'escalation', at: now, dedupeKey: `handover-escalate:${r.batch_id}:${r.member_id}`,
              text: t(l, `⏰ 交接 ${r.batch_id}（${name(r.from_member_id ?? r.created_by)} → ${name(r.member_id)}，${expired.length} 家客户）超过 3 个工作日未签收，已过期。请跟进或重新发起。`,
                `⏰ Handover ${r.batch_id} (${name(r.from_member_id ?? r.created_by)} → ${name(r.member_id)}, ${expired.length} customer(s)) was not signed within 3 working days and has expired. Please follow up or start it again.`) });
          }
          if (chat) notices.push({ chatId: chat.id, kind: 'handover', at: now, dedupeKey: `handover-expired:${r.batch_id}:${r.member_id}`,
            text: t(lang, `⏰ 交接 ${r.batch_id} 已过期（未在 ${fmtTime(due, tz)} 前签收），已通知主管。`, `⏰ Handover ${r.batch_id} has expired (not signed by ${fmtTime(due, tz)}); your supervisor is told.`) });
          return enqueue(tx, notices);
        });
        outboxIds.push(...ids);
        continue;
      }
      // A reminder a day, on working days, from the day after the handover started.
      const today = localDateKey(now, tz);
      if (!chat || !isWorkingDay(now, tz) || today === localDateKey(new Date(r.created_at), tz)) continue;
      outboxIds.push(...await enqueue(deps.db, [{
        chatId: chat.id, kind: 'reminder', at: now, dedupeKey: `handover-remind:${r.batch_id}:${r.member_id}:${today}`,
        text: t(lang, `🔔 交接 ${r.batch_id}（来自 ${name(r.from_member_id ?? r.created_by)}）还没有签收，截止 ${fmtTime(due, tz)}。回复“确认接收”签收，或直接提问。`,
          `🔔 Handover ${r.batch_id} (from ${name(r.from_member_id ?? r.created_by)}) is still waiting for your sign-off, due ${fmtTime(due, tz)}. Reply "ack" to sign, or ask a question.`),
      }]));
    }
    return { outboxIds };
  },
};
