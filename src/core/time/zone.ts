// Instants ↔ wall-clock time in an IANA time zone, with Intl only and one
// cached formatter per zone (formatters are expensive to build). Instants stay
// UTC Dates; a local day/time is what the team sees in the business zone. A wall
// time skipped by a DST jump resolves forward (to the same wall time under the
// earlier offset, i.e. one hour later).
import { addDays, formatDate, isoWeekday, type LocalDate, type LocalDateTime } from './calendar.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

const localCache = new Map<string, LocalDateTime>();

/** Wall-clock fields of an instant in `tz` (cached: formatToParts is slow). */
export function toLocal(date: Date, tz: string): LocalDateTime {
  const k = `${tz}|${date.getTime()}`;
  const hit = localCache.get(k);
  if (hit) return { ...hit };
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const l = {
    y: parts.year ?? 1970,
    m: parts.month ?? 1,
    d: parts.day ?? 1,
    hh: (parts.hour ?? 0) % 24,
    mi: parts.minute ?? 0,
    ss: parts.second ?? 0,
  };
  if (localCache.size > 10_000) localCache.clear();
  localCache.set(k, l);
  return { ...l };
}

/** Offset of `tz` from UTC at instant `at`, in minutes (Shanghai: +480). */
export function offsetMinutes(at: Date, tz: string): number {
  const l = toLocal(at, tz);
  const asUtc = Date.UTC(l.y, l.m - 1, l.d, l.hh, l.mi, l.ss);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

const offsetCache = new Map<string, number>();

/** The instant of a wall-clock time in `tz`. */
export function fromLocal(l: LocalDateTime, tz: string): { date: Date; offsetMinutes: number } {
  const naive = Date.UTC(l.y, l.m - 1, l.d, l.hh, l.mi, l.ss);
  // offsets change at most at the hour: cache per zone and local hour
  const key = `${tz}|${l.y}-${l.m}-${l.d}-${l.hh}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const first = offsetMinutes(new Date(naive), tz);
    off = offsetMinutes(new Date(naive - first * 60_000), tz);
    if (offsetCache.size > 10_000) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return { date: new Date(naive - off * 60_000), offsetMinutes: off };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-16T09:20:47+08:00. */
export function isoWithOffset(l: LocalDateTime, tz: string): { iso: string; date: Date } {
  const { date, offsetMinutes: o } = fromLocal(l, tz);
  const sign = o >= 0 ? '+' : '-';
  const a = Math.abs(o);
  const iso = `${pad(l.y, 4)}-${pad(l.m)}-${pad(l.d)}T${pad(l.hh)}:${pad(l.mi)}:${pad(l.ss)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
  return { iso, date };
}

export interface ZonedParts extends LocalDate {
  hour: number;
  minute: number;
  /** ISO weekday, Monday 1 … Sunday 7. */
  weekday: number;
}

/** The wall-clock reading of `at` in `tz`. */
export function zonedParts(at: Date, tz: string): ZonedParts {
  const l = toLocal(at, tz);
  return { y: l.y, m: l.m, d: l.d, hour: l.hh, minute: l.mi, weekday: isoWeekday(l) };
}

/** The instant the wall clock in `tz` reads day/hour/minute. */
export function zonedInstant(day: LocalDate, hour: number, minute: number, tz: string): Date {
  return fromLocal({ ...day, hh: hour, mi: minute, ss: 0 }, tz).date;
}

export function localDay(at: Date, tz: string): LocalDate {
  const { y, m, d } = toLocal(at, tz);
  return { y, m, d };
}

/** YYYY-MM-DD of the local day. */
export function isoDay(day: LocalDate): string {
  return formatDate(day);
}

export function parseIsoDay(s: string): LocalDate {
  const [y, m, d] = s.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/** Start of the local day containing `at`. */
export function startOfLocalDay(at: Date, tz: string): Date {
  return zonedInstant(localDay(at, tz), 0, 0, tz);
}

/** Monday 00:00 of the local week containing `at`. */
export function startOfLocalWeek(at: Date, tz: string): Date {
  const day = localDay(at, tz);
  return zonedInstant(addDays(day, 1 - isoWeekday(day)), 0, 0, tz);
}

/** "HH:MM" → minutes after midnight. */
export function parseHm(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h! * 60 + m!;
}
