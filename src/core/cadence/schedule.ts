// When is a customer next due for a follow-up? The tier sets the interval, the
// lifecycle stage can override it (samples out, first order delivered), a pause
// suspends it, and the result lands on the start of the tier's next contact window
// in the business time zone, skipping holidays.
import { policyWeekday, type CadencePolicy, type CadenceTier } from './policy.js';
import { isMakeupWorkday, isPublicHoliday } from './holidays.js';
import { addDays, isoDay, localDay, parseHm, parseIsoDay, zonedInstant, type LocalDay } from './zoned-time.js';

export interface ScheduleInput {
  tier: CadenceTier;
  stage: string;
  lastContactAt: Date | null;
  createdAt: Date;
  pausedUntil: Date | null;
  /** Delivery day (YYYY-MM-DD) of the customer's first order, if delivered. */
  firstDeliveredOn: string | null;
  /** "Follow up next Monday": the next contact the rep planned at the last contact, if any. */
  plannedAt?: Date | null;
  now: Date;
}

export type DueReason = 'tier' | 'sample' | 'after_delivery' | 'wake' | 'planned';

export interface NextDue {
  at: Date;
  reason: DueReason;
}

/** Stages that are never chased: the customer is gone or explicitly on hold. */
const SILENT_STAGES = new Set(['lost', 'paused']);

export function nextFollowUp(input: ScheduleInput, policy: CadencePolicy, tz: string): NextDue | null {
  if (SILENT_STAGES.has(input.stage)) return null;
  if (input.pausedUntil && input.pausedUntil > input.now) return null;
  const base = input.lastContactAt ?? input.createdAt;
  // The rep's own plan beats the policy: they know the customer is travelling until Monday.
  if (input.plannedAt && input.plannedAt > base) return { at: input.plannedAt, reason: 'planned' };
  const baseDay = localDay(base, tz);
  let day: LocalDay;
  let reason: DueReason;
  if (input.stage === 'sample') {
    day = addDays(baseDay, policy.stages.sampleDays);
    reason = 'sample';
  } else if (input.firstDeliveredOn && checkInPending(input, policy, tz)) {
    day = addDays(parseIsoDay(input.firstDeliveredOn), policy.stages.afterDeliveryDays);
    reason = 'after_delivery';
  } else {
    day = addDays(baseDay, policy.tiers[input.tier].intervalDays);
    reason = 'tier';
  }
  if (input.pausedUntil) {
    // A pause that has run out: the wake-up day is the earliest next contact.
    const wake = localDay(input.pausedUntil, tz);
    if (isoDay(wake) > isoDay(day)) {
      day = wake;
      reason = 'wake';
    }
  }
  return { at: firstWindowStart(day, input.tier, policy, tz), reason };
}

function checkInPending(input: ScheduleInput, policy: CadencePolicy, tz: string): boolean {
  const checkDay = isoDay(addDays(parseIsoDay(input.firstDeliveredOn!), policy.stages.afterDeliveryDays));
  return !input.lastContactAt || isoDay(localDay(input.lastContactAt, tz)) < checkDay;
}

/**
 * No reminders on mainland public holidays (春节 week, 国庆, 五一 …: the shared working-day
 * calendar). The policy's `skipSpringFestival` switch predates the other holidays and keeps
 * its stored name; it now covers all of them.
 */
export function isBlockedDay(day: LocalDay, policy: CadencePolicy): boolean {
  return policy.skipSpringFestival && isPublicHoliday(day);
}

/** A make-up working day (调休上班) opens the weekday windows, as Monday's. */
function windowDay(day: LocalDay, policy: CadencePolicy): number {
  return policy.skipSpringFestival && isMakeupWorkday(day) ? 1 : policyWeekday(day);
}

/** Start of the first of the tier's windows on or after `day` that is not a holiday. */
export function firstWindowStart(day: LocalDay, tier: CadenceTier, policy: CadencePolicy, tz: string): Date {
  for (let i = 0; i < 30; i++) {
    const d = addDays(day, i);
    if (isBlockedDay(d, policy)) continue;
    const starts = policy.tiers[tier].windows
      .map((name) => policy.windows[name]!)
      .filter((w) => w.days.includes(windowDay(d, policy)))
      .map((w) => parseHm(w.start));
    if (starts.length > 0) {
      const m = Math.min(...starts);
      return zonedInstant(d, Math.floor(m / 60), m % 60, tz);
    }
  }
  // A policy whose windows never open: fall back to the day itself at 09:00.
  return zonedInstant(day, 9, 0, tz);
}

export interface WindowSlot {
  name: string;
  day: string;
  start: Date;
  end: Date;
}

/** The windows of one local day, in start order (empty on holidays). */
export function windowsOn(day: LocalDay, policy: CadencePolicy, tz: string): WindowSlot[] {
  if (isBlockedDay(day, policy)) return [];
  const wd = windowDay(day, policy);
  return Object.entries(policy.windows)
    .filter(([, w]) => w.days.includes(wd))
    .map(([name, w]) => {
      const s = parseHm(w.start),
        e = parseHm(w.end);
      return {
        name,
        day: isoDay(day),
        start: zonedInstant(day, Math.floor(s / 60), s % 60, tz),
        end: e >= 1440 ? zonedInstant(addDays(day, 1), 0, 0, tz) : zonedInstant(day, Math.floor(e / 60), e % 60, tz),
      };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * Windows of today that have opened by `now`: each gets its digest once. One that
 * opened earlier and was missed (a restart, a replica down) is still listed, so the
 * next run the same day catches it up.
 */
export function openedWindows(now: Date, policy: CadencePolicy, tz: string): WindowSlot[] {
  return windowsOn(localDay(now, tz), policy, tz).filter((w) => w.start <= now);
}

/** Tiers whose customers are reminded in window `name`. */
export function tiersOfWindow(name: string, policy: CadencePolicy): CadenceTier[] {
  return (['A', 'B', 'C', 'D'] as const).filter((t) => policy.tiers[t].windows.includes(name));
}

/** Max-frequency cap: may this customer be reminded again, given earlier reminder times? */
export function mayRemind(tier: CadenceTier, earlier: Date[], now: Date, policy: CadencePolicy): boolean {
  const cap = policy.tiers[tier].maxRemindersPer30Days;
  if (cap === null) return true;
  const since = now.getTime() - 30 * 86_400_000;
  return earlier.filter((d) => d.getTime() > since && d <= now).length < cap;
}
