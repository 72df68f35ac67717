import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  resolvePolicy,
  type CadencePolicy,
  type CadenceTier,
} from '../../../src/core/cadence/policy.js';
import { mayRemind, nextFollowUp, openedWindows, type ScheduleInput } from '../../../src/core/cadence/schedule.js';
import {
  isMakeupWorkday,
  isPublicHoliday,
  isSpringFestival,
  lunarNewYear,
} from '../../../src/core/cadence/holidays.js';
import { daysBetween, localDay, parseHm, zonedParts } from '../../../src/core/cadence/zoned-time.js';

const SH = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);
const input = (o: Partial<ScheduleInput>): ScheduleInput => ({
  tier: 'A',
  stage: 'inquiry',
  lastContactAt: null,
  createdAt: at('2026-01-01T00:00:00Z'),
  pausedUntil: null,
  firstDeliveredOn: null,
  now: at('2026-11-23T07:00:00Z'),
  ...o,
});
const due = (o: Partial<ScheduleInput>, p: CadencePolicy = DEFAULT_POLICY, tz = SH) => nextFollowUp(input(o), p, tz);

describe('next follow-up per tier, window and stage', () => {
  it('A: three days later on a weekday morning at 09:00', () => {
    // Monday 2026-11-23 15:00 Shanghai → Thursday 09:00
    expect(due({ lastContactAt: at('2026-11-23T07:00:00Z') })).toEqual({
      at: at('2026-11-26T01:00:00Z'),
      reason: 'tier',
    });
    // Thursday → Sunday → moves to Monday morning
    expect(due({ lastContactAt: at('2026-11-26T07:00:00Z') })!.at).toEqual(at('2026-11-30T01:00:00Z'));
  });

  it('B: a week later in the weekday afternoon; C: 15 days, evening or weekend; D: 90 days', () => {
    expect(due({ tier: 'B', lastContactAt: at('2026-11-23T07:00:00Z') })!.at).toEqual(at('2026-11-30T06:00:00Z'));
    // 2026-11-23 + 15 = Tue 12-08 → 19:00
    expect(due({ tier: 'C', lastContactAt: at('2026-11-23T07:00:00Z') })!.at).toEqual(at('2026-12-08T11:00:00Z'));
    // 2026-11-21 (Sat) + 15 = Sun 12-06 → weekend window 10:00
    expect(due({ tier: 'C', lastContactAt: at('2026-11-21T07:00:00Z') })!.at).toEqual(at('2026-12-06T02:00:00Z'));
    const d = due({ tier: 'D', lastContactAt: at('2026-11-23T07:00:00Z') })!.at;
    expect(daysBetween(localDay(at('2026-11-23T07:00:00Z'), SH), localDay(d, SH))).toBeGreaterThanOrEqual(90);
  });

  it('samples out: 5 days by default whatever the tier; first order delivered: a week after delivery', () => {
    expect(due({ tier: 'D', stage: 'sample', lastContactAt: at('2026-11-23T07:00:00Z') })).toEqual({
      at: at('2026-11-28T02:00:00Z'),
      reason: 'sample',
    }); // Sat: weekend window;
    const r = due({
      tier: 'C',
      stage: 'first_order',
      lastContactAt: at('2026-11-02T07:00:00Z'),
      firstDeliveredOn: '2026-11-10',
    })!;
    expect(r.reason).toBe('after_delivery');
    expect(localDay(r.at, SH)).toEqual({ y: 2026, m: 11, d: 17 });
    // Once the check-in happened the tier cadence resumes.
    expect(
      due({
        tier: 'C',
        stage: 'first_order',
        lastContactAt: at('2026-11-18T07:00:00Z'),
        firstDeliveredOn: '2026-11-10',
      })!.reason,
    ).toBe('tier');
  });

  it('pauses silence a customer; an expired pause schedules from the wake-up day; lost customers are never chased', () => {
    expect(due({ pausedUntil: at('2027-02-23T00:00:00Z') })).toBeNull();
    const woke = due({
      lastContactAt: at('2026-11-23T07:00:00Z'),
      pausedUntil: at('2027-02-22T16:00:00Z'),
      now: at('2027-02-23T01:00:00Z'),
    })!;
    expect(woke.reason).toBe('wake');
    expect(localDay(woke.at, SH)).toEqual({ y: 2027, m: 2, d: 23 });
    expect(due({ stage: 'lost' })).toBeNull();
  });

  it("the rep's planned next contact wins over the tier", () => {
    expect(
      due({ tier: 'D', lastContactAt: at('2026-11-23T07:00:00Z'), plannedAt: at('2026-11-30T01:00:00Z') }),
    ).toEqual({ at: at('2026-11-30T01:00:00Z'), reason: 'planned' });
  });

  it('skips Spring Festival (除夕 … 初六): 2027 new year is 02-06', () => {
    expect(lunarNewYear(2027)).toEqual({ y: 2027, m: 2, d: 6 });
    // Contact Tue 2027-02-02 → +3 = Fri 02-05 (除夕) → blocked through Thu 02-11 → Fri 02-12 09:00
    expect(due({ lastContactAt: at('2027-02-02T02:00:00Z') })!.at).toEqual(at('2027-02-12T01:00:00Z'));
    const noSkip = resolvePolicy({ skipSpringFestival: false });
    expect(due({ lastContactAt: at('2027-02-02T02:00:00Z') }, noSkip)!.at).toEqual(at('2027-02-05T01:00:00Z'));
  });

  it('skips 国庆 and 五一 from the working-day calendar, and a make-up Saturday (调休) opens weekday windows', () => {
    // Contact Mon 2026-09-28 → +3 = Thu 10-01 (国庆 holiday through 10-07) → Thu 10-08 09:00
    expect(due({ lastContactAt: at('2026-09-28T02:00:00Z') })!.at).toEqual(at('2026-10-08T01:00:00Z'));
    // Contact Tue 2026-04-28 → +3 = Fri 05-01 (五一 through 05-05) → Wed 05-06 09:00
    expect(due({ lastContactAt: at('2026-04-28T02:00:00Z') })!.at).toEqual(at('2026-05-06T01:00:00Z'));
    expect(isMakeupWorkday({ y: 2026, m: 10, d: 10 })).toBe(true);
    // Contact Wed 2026-10-07 (holiday) → +3 = Sat 10-10, a working Saturday: the A tier's weekday morning opens
    expect(due({ lastContactAt: at('2026-10-07T02:00:00Z') })!.at).toEqual(at('2026-10-10T01:00:00Z'));
    const noSkip = resolvePolicy({ skipSpringFestival: false });
    expect(due({ lastContactAt: at('2026-09-28T02:00:00Z') }, noSkip)!.at).toEqual(at('2026-10-01T01:00:00Z'));
  });
});

/** A rep who follows up exactly when due, for a year: where do the dates land? */
function simulateYear(tier: CadenceTier, tz: string, policy = DEFAULT_POLICY): Date[] {
  let last = at('2026-01-05T03:00:00Z');
  const dues: Date[] = [];
  while (last < at('2027-01-05T00:00:00Z')) {
    const d = nextFollowUp(input({ tier, lastContactAt: last, now: last }), policy, tz)!;
    dues.push(d.at);
    last = new Date(d.at.getTime() + 30 * 60_000); // done half an hour into the window
  }
  return dues;
}

describe('a simulated year', () => {
  for (const tz of ['Asia/Shanghai', 'Europe/Berlin']) {
    for (const tier of ['A', 'B', 'C', 'D'] as const) {
      it(`${tier} in ${tz}: every due date opens one of the tier's windows, never in Spring Festival, never sooner than the interval`, () => {
        const dues = simulateYear(tier, tz);
        const rule = DEFAULT_POLICY.tiers[tier];
        const expected = Math.floor(365 / rule.intervalDays);
        expect(dues.length).toBeGreaterThanOrEqual(Math.floor(expected * 0.7));
        expect(dues.length).toBeLessThanOrEqual(expected + 1);
        let prev: Date | null = null;
        for (const d of dues) {
          const z = zonedParts(d, tz);
          // a make-up working Saturday (调休) opens Monday's windows
          const wd = isMakeupWorkday(localDay(d, tz)) ? 1 : z.weekday % 7;
          const opens = rule.windows.some((n) => {
            const w = DEFAULT_POLICY.windows[n]!;
            return w.days.includes(wd) && parseHm(w.start) === z.hour * 60 + z.minute;
          });
          expect(opens, `${d.toISOString()} is not a window start in ${tz}`).toBe(true);
          expect(isSpringFestival(localDay(d, tz))).toBe(false);
          expect(isPublicHoliday(localDay(d, tz))).toBe(false);
          if (prev) expect(daysBetween(localDay(prev, tz), localDay(d, tz))).toBeGreaterThanOrEqual(rule.intervalDays);
          prev = d;
        }
      });
    }
  }

  it('Berlin across both DST switches: A stays at 09:00 local (UTC hour moves 8 → 7 → 8)', () => {
    const dues = simulateYear('A', 'Europe/Berlin');
    const utcHours = new Set(dues.map((d) => d.getUTCHours()));
    expect(utcHours).toEqual(new Set([7, 8]));
    for (const d of dues) expect(zonedParts(d, 'Europe/Berlin').hour).toBe(9);
  });

  it('D customers are not pestered: an overdue D reminded daily is named at most twice in any 30 days', () => {
    const sent: Date[] = [];
    for (let day = 0; day < 365; day++) {
      const now = new Date(at('2026-01-01T11:00:00Z').getTime() + day * 86_400_000);
      if (mayRemind('D', sent, now, DEFAULT_POLICY)) sent.push(now);
    }
    for (const s of sent) {
      const inWindow = sent.filter((x) => x >= s && x.getTime() < s.getTime() + 30 * 86_400_000);
      expect(inWindow.length).toBeLessThanOrEqual(2);
    }
    expect(sent.length).toBeGreaterThanOrEqual(24);
    expect(mayRemind('A', sent, at('2026-12-31T12:00:00Z'), DEFAULT_POLICY)).toBe(true);
  });
});

describe('opened windows (what the reminder job sends, with same-day catch-up)', () => {
  it('lists windows of the local day that have started, none on holidays', () => {
    const names = (iso: string) => openedWindows(at(iso), DEFAULT_POLICY, SH).map((w) => w.name);
    expect(names('2026-11-23T00:59:00Z')).toEqual([]); // Mon 08:59
    expect(names('2026-11-23T01:00:00Z')).toEqual(['morning']);
    expect(names('2026-11-23T05:00:00Z')).toEqual(['morning']); // 13:00: missed morning still listed
    expect(names('2026-11-23T12:00:00Z')).toEqual(['morning', 'afternoon', 'evening']);
    expect(names('2026-11-28T03:00:00Z')).toEqual(['weekend']); // Saturday 11:00
    expect(names('2027-02-08T03:00:00Z')).toEqual([]); // 初三
  });
});
