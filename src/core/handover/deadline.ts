// Sign-off deadlines count working days (Monday–Friday) in the business time
// zone: a handover started on Friday afternoon is due on Wednesday afternoon,
// not on Monday. Pure: the zone's offset comes from Intl, no clock is read.

const DAY_MS = 86_400_000;

interface LocalParts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
}

function localParts(at: Date, tz: string): LocalParts {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(at)) if (x.type !== 'literal') p[x.type] = Number(x.value);
  return {
    y: p.year ?? 1970,
    m: p.month ?? 1,
    d: p.day ?? 1,
    hh: (p.hour ?? 0) % 24,
    mi: p.minute ?? 0,
    ss: p.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at `at`. */
function offsetMinutes(at: Date, tz: string): number {
  const l = localParts(at, tz);
  const asUtc = Date.UTC(l.y, l.m - 1, l.d, l.hh, l.mi, l.ss);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDateKey(at: Date, tz: string): string {
  const l = localParts(at, tz);
  return `${l.y}-${String(l.m).padStart(2, '0')}-${String(l.d).padStart(2, '0')}`;
}

/** ISO weekday of the local date: Monday 1 … Sunday 7. */
export function localWeekday(at: Date, tz: string): number {
  const l = localParts(at, tz);
  const w = new Date(Date.UTC(l.y, l.m - 1, l.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isWorkingDay(at: Date, tz: string): boolean {
  return localWeekday(at, tz) <= 5;
}

/**
 * `n` working days after `from`, at the same local time of day. Weekend days are
 * skipped; starting on a weekend counts from the following Monday.
 */
export function addWorkingDays(from: Date, n: number, tz: string): Date {
  const l = localParts(from, tz);
  let day = Date.UTC(l.y, l.m - 1, l.d) / DAY_MS;
  let left = n;
  while (left > 0) {
    day += 1;
    const w = new Date(day * DAY_MS).getUTCDay();
    if (w !== 0 && w !== 6) left -= 1;
  }
  const t = new Date(day * DAY_MS);
  const naive = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), l.hh, l.mi, l.ss);
  // Resolve the wall time in the zone (the offset may differ across a DST change).
  const guess = new Date(naive - offsetMinutes(new Date(naive), tz) * 60_000);
  return new Date(naive - offsetMinutes(guess, tz) * 60_000);
}

/** ISO week key of the local date, e.g. '2026-W48' (weekly check-in slots). */
export function isoWeekKey(at: Date, tz: string): string {
  const l = localParts(at, tz);
  const date = new Date(Date.UTC(l.y, l.m - 1, l.d));
  const wd = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + 4 - wd); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
