// Wall-clock arithmetic in the business time zone with Intl only. A "local date"
// is the calendar day as the team sees it; instants stay UTC Dates. DST zones are
// handled by resolving the offset at the target wall time, not at a nearby instant.

export interface LocalDay { y: number; m: number; d: number }

export interface ZonedParts extends LocalDay { hour: number; minute: number; /** 0 = Sunday … 6 = Saturday */ weekday: number }

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock reading of `at` in `tz`. */
export function zonedParts(at: Date, tz: string): ZonedParts {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const y = p.year!, m = p.month!, d = p.day!;
  return { y, m, d, hour: p.hour! % 24, minute: p.minute!, weekday: weekdayOf({ y, m, d }) };
}

/** Offset of `tz` from UTC at instant `at`, in minutes (Shanghai: +480). */
export function offsetMinutes(at: Date, tz: string): number {
  const p = formatter(tz).formatToParts(at);
  const n = (type: string) => Number(p.find((x) => x.type === type)!.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant the wall clock in `tz` reads day/hour/minute. A time skipped by a DST
 * jump resolves to the same wall time under the earlier offset (i.e. one hour later).
 */
export function zonedInstant(day: LocalDay, hour: number, minute: number, tz: string): Date {
  const guess = Date.UTC(day.y, day.m - 1, day.d, hour, minute);
  const first = guess - offsetMinutes(new Date(guess), tz) * 60_000;
  const second = guess - offsetMinutes(new Date(first), tz) * 60_000;
  return new Date(second);
}

export function weekdayOf(day: LocalDay): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export function addDays(day: LocalDay, n: number): LocalDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Same day of month `n` months later, clamped to the month's last day. */
export function addMonths(day: LocalDay, n: number): LocalDay {
  const first = new Date(Date.UTC(day.y, day.m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return { y: first.getUTCFullYear(), m: first.getUTCMonth() + 1, d: Math.min(day.d, last) };
}

export function localDay(at: Date, tz: string): LocalDay {
  const { y, m, d } = zonedParts(at, tz);
  return { y, m, d };
}

export function isoDay(day: LocalDay): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

export function parseIsoDay(s: string): LocalDay {
  const [y, m, d] = s.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: LocalDay, b: LocalDay): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** Start of the local day containing `at`. */
export function startOfLocalDay(at: Date, tz: string): Date {
  return zonedInstant(localDay(at, tz), 0, 0, tz);
}

/** Monday 00:00 of the local week containing `at`. */
export function startOfLocalWeek(at: Date, tz: string): Date {
  const day = localDay(at, tz);
  const back = (weekdayOf(day) + 6) % 7;
  return zonedInstant(addDays(day, -back), 0, 0, tz);
}

/** "HH:MM" → minutes after midnight. */
export function parseHm(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h! * 60 + m!;
}
