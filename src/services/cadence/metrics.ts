// Measurements per rep: follow-up completion rate (due follow-ups done on time /
// due), overdue follow-ups now, and average first-response time.
import type { Repositories } from '../../deps.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { onTimeDeadline, type Period } from '../../core/cadence/rules.js';

export interface RepStats {
  memberId: string;
  due: number;
  onTime: number;
  /** onTime / due, or null when nothing fell due. */
  rate: number | null;
  overdue: number;
  /** Average minutes to the first response (answered clocks started in the period). */
  avgFirstResponseMin: number | null;
  slaBreaches: number;
}

export async function repStats(
  repos: Repositories,
  memberIds: string[],
  period: Period,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<RepStats[]> {
  if (memberIds.length === 0) return [];
  const end = period.end < now ? period.end : now;
  const dues = await repos.cadenceStats.duesBetween(memberIds, period.start, end);
  const overdue = await repos.cadenceStats.overdueCounts(memberIds, now);
  const sla = await repos.cadenceStats.slaFigures(memberIds, period.start, end);
  return memberIds.map((id) => {
    const mine = dues.filter((d) => d.memberId === id);
    const onTime = mine.filter((d) => d.doneAt && d.doneAt < onTimeDeadline(d.dueAt, policy, tz)).length;
    const s = sla.find((x) => x.ownerId === id);
    return {
      memberId: id,
      due: mine.length,
      onTime,
      rate: mine.length ? onTime / mine.length : null,
      overdue: overdue.get(id) ?? 0,
      avgFirstResponseMin: s?.avgMin ?? null,
      slaBreaches: s?.breaches ?? 0,
    };
  });
}

/** The team line: sums, and the mean of the reps' response averages. */
export function teamTotals(stats: RepStats[]): Omit<RepStats, 'memberId'> {
  const due = stats.reduce((a, s) => a + s.due, 0);
  const onTime = stats.reduce((a, s) => a + s.onTime, 0);
  const avgs = stats.map((s) => s.avgFirstResponseMin).filter((x): x is number => x !== null);
  return {
    due,
    onTime,
    rate: due ? onTime / due : null,
    overdue: stats.reduce((a, s) => a + s.overdue, 0),
    avgFirstResponseMin: avgs.length ? avgs.reduce((a, b) => a + b, 0) / avgs.length : null,
    slaBreaches: stats.reduce((a, s) => a + s.slaBreaches, 0),
  };
}
