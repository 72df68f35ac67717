// Small pure rules of the cadence: escalation thresholds, tier from revenue,
// first-response SLA classes, and the periods (week, quarter) reports use.
import type { CadencePolicy, CadenceTier } from './policy.js';
import { addDays, addMonths, isoDay, localDay, startOfLocalWeek, zonedInstant } from './zoned-time.js';

const DAY_MS = 86_400_000;

/** Days overdue after which the rep's supervisor hears: A → 2 by default, others → one interval. */
export function escalationThresholdDays(tier: CadenceTier, policy: CadencePolicy): number {
  const rule = policy.tiers[tier];
  return rule.escalateAfterDays ?? rule.intervalDays;
}

export function isEscalationDue(dueAt: Date, now: Date, tier: CadenceTier, policy: CadencePolicy): boolean {
  return now.getTime() - dueAt.getTime() > escalationThresholdDays(tier, policy) * DAY_MS;
}

/** Tier a year's revenue (CNY) earns: A ≥ 500k, B ≥ 200k, C ≥ 50k, else D (by default). */
export function tierFromRevenue(amountCny: number, bands: CadencePolicy['tierRevenue']): CadenceTier {
  if (amountCny >= bands.A) return 'A';
  if (amountCny >= bands.B) return 'B';
  if (amountCny >= bands.C) return 'C';
  return 'D';
}

export type SlaClass = 'high' | 'normal' | 'general';

/** High-value (tier A or flagged) → high; B/C → normal; D or a brand-new lead → general. */
export function slaClass(c: { tier: CadenceTier; flagged: boolean; stage: string }): SlaClass {
  if (c.flagged || c.tier === 'A') return 'high';
  if (c.tier === 'D' || c.stage === 'lead') return 'general';
  return 'normal';
}

export function slaMinutes(cls: SlaClass, policy: CadencePolicy): number {
  return cls === 'high'
    ? policy.sla.highMinutes
    : cls === 'normal'
      ? policy.sla.normalMinutes
      : policy.sla.generalMinutes;
}

/** When "not now" pauses a customer: the same day one quarter later (start of day). */
export function pauseUntil(now: Date, policy: CadencePolicy, tz: string): Date {
  return zonedInstant(addMonths(localDay(now, tz), policy.pauseMonths), 0, 0, tz);
}

/** Last moment a follow-up due at `dueAt` counts as done on time. */
export function onTimeDeadline(dueAt: Date, policy: CadencePolicy, tz: string): Date {
  return zonedInstant(addDays(localDay(dueAt, tz), 1 + policy.onTimeGraceDays), 0, 0, tz);
}

export interface Period {
  key: string;
  start: Date;
  end: Date;
}

/** The local Monday-to-Monday week containing `at`, keyed by its Monday (e.g. "week-2026-11-23"). */
export function weekOf(at: Date, tz: string): Period {
  const start = startOfLocalWeek(at, tz);
  const day = localDay(start, tz);
  return { key: `week-${isoDay(day)}`, start, end: zonedInstant(addDays(day, 7), 0, 0, tz) };
}

export function previousWeek(at: Date, tz: string): Period {
  const cur = weekOf(at, tz);
  return weekOf(new Date(cur.start.getTime() - 1), tz);
}

/** The calendar quarter containing `at`, e.g. "2026-Q4". */
export function quarterOf(at: Date, tz: string): Period {
  const day = localDay(at, tz);
  const q = Math.floor((day.m - 1) / 3);
  const first = { y: day.y, m: q * 3 + 1, d: 1 };
  return {
    key: `${day.y}-Q${q + 1}`,
    start: zonedInstant(first, 0, 0, tz),
    end: zonedInstant(addMonths(first, 3), 0, 0, tz),
  };
}
