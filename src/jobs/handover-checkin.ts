// Weekly check-in after a departure: during the month after sign-off, each
// receiver is asked once a week how the customers they took over are going; the
// answer goes to the supervisor (services/handover/checkin.ts). One row per
// (batch, receiver, ISO week) in handover_checkins keeps it to once a week.
import type { AppDeps } from '../deps.js';
import type { ScheduledJob } from './scheduled-job.js';
import { tr } from '../core/i18n/index.js';
import { isoWeekKey } from '../core/handover/deadline.js';

const WEEK_MS = 7 * 86_400_000;

export const handoverCheckinJob: ScheduledJob = {
  name: 'handover-checkin',
  cron: '0 10 * * 1',
  async run(deps: AppDeps, now: Date) {
    const rows = await deps.repos.handoverQuestions.departuresToCheckIn(now, new Date(now.getTime() - WEEK_MS));
    const groups = new Map<string, typeof rows>();
    for (const r of rows)
      groups.set(`${r.batchId}|${r.toMemberId}`, [...(groups.get(`${r.batchId}|${r.toMemberId}`) ?? []), r]);
    const members = await deps.repos.team.listMembers();
    const week = isoWeekKey(now, deps.config.tz);
    const outboxIds: string[] = [];
    for (const [key, list] of groups) {
      const [batchId, memberId] = key.split('|') as [string, string];
      const chat = await deps.repos.team.findDirectChat(memberId);
      if (!chat) continue;
      const ids = await deps.repos.transaction(async (tx) => {
        if (!(await tx.handoverQuestions.claimCheckin(batchId, memberId, week, now))) return [];
        const lang = chat.language ?? members.find((m) => m.id === memberId)?.language ?? 'zh';
        const from = members.find((m) => m.id === list[0]!.fromMemberId)?.name ?? '';
        const names =
          list
            .slice(0, 15)
            .map((r) => r.name)
            .join(tr(lang, 'jobs.handover_checkin.text')) +
          (list.length > 15
            ? tr(lang, 'jobs.handover_checkin.and_more', { length: list.length, v: list.length - 15 })
            : '');
        return tx.outbox.enqueue([
          {
            chatId: chat.id,
            kind: 'handover',
            at: now,
            dedupeKey: `handover-checkin:${batchId}:${memberId}:${week}`,
            text: tr(lang, 'jobs.handover_checkin.weekly_check_in_how_are', { batchId, from, names }),
          },
        ]);
      });
      outboxIds.push(...ids);
    }
    return { outboxIds };
  },
};
