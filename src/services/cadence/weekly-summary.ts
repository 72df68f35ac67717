// Monday 09:00: each supervisor gets last week's figures per rep and for the team,
// plus the escalations of the week again. One job_runs row per week is the claim,
// written with the outbox rows, so it is sent once and caught up after a restart.
import type { AppDeps } from '../../deps.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { previousWeek, weekOf } from '../../core/cadence/rules.js';
import { localDay, zonedInstant } from '../../core/cadence/zoned-time.js';
import type { OutboxItem } from '../../core/records.js';
import { tr } from '../../core/i18n/index.js';
import { repStats, teamTotals } from './metrics.js';
import { statsLine } from './stats-text.js';

export const WEEKLY_JOB = 'cadence-weekly-summary';

export async function runWeeklySummary(
  deps: Pick<AppDeps, 'repos'>,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<string[]> {
  const thisWeek = weekOf(now, tz);
  const sendFrom = zonedInstant(localDay(thisWeek.start, tz), 9, 0, tz);
  if (now < sendFrom) return [];
  const last = previousWeek(now, tz);
  return deps.repos.transaction(async (tx) => {
    if (!(await tx.jobRuns.claimJobRun(WEEKLY_JOB, last.key, now))) return [];
    const sups = await tx.team.activeSupervisors();
    const items: OutboxItem[] = [];
    for (const sup of sups) {
      const reps = await tx.team.reportsOf(sup.id);
      const chat = await tx.team.findDirectChat(sup.id);
      if (!chat || reps.length === 0) continue;
      const lang = sup.language;
      const stats = await repStats(
        tx,
        reps.map((r) => r.id),
        last,
        now,
        policy,
        tz,
      );
      const esc = await tx.cadenceEscalations.escalationsBetween(sup.id, last.start, last.end);
      const quiet = stats.every(
        (s) => s.due === 0 && s.overdue === 0 && s.avgFirstResponseMin === null && s.slaBreaches === 0,
      );
      if (quiet && esc.length === 0) continue; // a week with nothing to say is not worth a message
      const lines = [tr(lang, 'cadence.weekly_summary.weekly_follow_up_summary_week', { slice: last.key.slice(5) })];
      for (const s of stats) lines.push(statsLine(lang, reps.find((r) => r.id === s.memberId)!.name, s));
      lines.push(statsLine(lang, tr(lang, 'cadence.weekly_summary.team'), teamTotals(stats)));
      if (esc.length) {
        lines.push(tr(lang, 'cadence.weekly_summary.escalations_this_week', { length: esc.length }));
        for (const e of esc)
          lines.push(
            `- ${e.name} (${e.code}) ${e.reason === 'owner_left' ? tr(lang, 'cadence.weekly_summary.owner_left') : tr(lang, 'cadence.weekly_summary.overdue')} — ${e.memberId ?? ''}`,
          );
      }
      items.push({
        chatId: chat.id,
        text: lines.join('\n'),
        kind: 'digest',
        dedupeKey: `cadence:weekly:${sup.id}:${last.key}`,
        at: now,
      });
    }
    return tx.outbox.enqueue(items);
  });
}
