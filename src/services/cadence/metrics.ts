// Measurements per rep: follow-up completion rate (due follow-ups done on time /
// due), overdue follow-ups now, and average first-response time.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';
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

export async function repStats(db: Db, memberIds: string[], period: Period, now: Date, policy: CadencePolicy, tz: string): Promise<RepStats[]> {
  if (memberIds.length === 0) return [];
  const end = period.end < now ? period.end : now;
  const dues = await db.selectFrom('cadence_dues').select(['member_id', 'due_at', 'done_at'])
    .where('member_id', 'in', memberIds).where('due_at', '>=', period.start).where('due_at', '<', end).execute();
  const overdue = await db.selectFrom('customers').select(['owner_id', sql<number>`count(*)::int`.as('n')])
    .where('owner_id', 'in', memberIds).where('paused_until', 'is', null).where('next_follow_up_at', '<', now)
    .groupBy('owner_id').execute();
  const sla = await db.selectFrom('sla_clocks')
    .select(['owner_id',
      sql<number | null>`avg(extract(epoch from (stopped_at - started_at)) / 60) filter (where stopped_at is not null)`.as('avg_min'),
      sql<number>`count(*) filter (where breached_at is not null)::int`.as('breaches')])
    .where('owner_id', 'in', memberIds).where('started_at', '>=', period.start).where('started_at', '<', end)
    .groupBy('owner_id').execute();
  return memberIds.map((id) => {
    const mine = dues.filter((d) => d.member_id === id);
    const onTime = mine.filter((d) => d.done_at && new Date(d.done_at) < onTimeDeadline(new Date(d.due_at), policy, tz)).length;
    const s = sla.find((x) => x.owner_id === id);
    return {
      memberId: id, due: mine.length, onTime, rate: mine.length ? onTime / mine.length : null,
      overdue: Number(overdue.find((o) => o.owner_id === id)?.n ?? 0),
      avgFirstResponseMin: s?.avg_min === null || s?.avg_min === undefined ? null : Number(s.avg_min),
      slaBreaches: Number(s?.breaches ?? 0),
    };
  });
}

/** The team line: sums, and the mean of the reps' response averages. */
export function teamTotals(stats: RepStats[]): Omit<RepStats, 'memberId'> {
  const due = stats.reduce((a, s) => a + s.due, 0);
  const onTime = stats.reduce((a, s) => a + s.onTime, 0);
  const avgs = stats.map((s) => s.avgFirstResponseMin).filter((x): x is number => x !== null);
  return {
    due, onTime, rate: due ? onTime / due : null,
    overdue: stats.reduce((a, s) => a + s.overdue, 0),
    avgFirstResponseMin: avgs.length ? avgs.reduce((a, b) => a + b, 0) / avgs.length : null,
    slaBreaches: stats.reduce((a, s) => a + s.slaBreaches, 0),
  };
}
