// Conversions between instants and local wall time in an IANA time zone,
// with one cached Intl formatter per zone (formatters are expensive to build).
import type { LocalDateTime } from './calendar.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
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
  const l = computeLocal(date, tz);
  if (localCache.size > 10_000) localCache.clear();
  localCache.set(k, l);
  return { ...l };
}

function computeLocal(date: Date, tz: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    y: parts.year ?? 1970, m: parts.month ?? 1, d: parts.day ?? 1,
    hh: (parts.hour ?? 0) % 24, mi: parts.minute ?? 0, ss: parts.second ?? 0,
  };
}

function offsetMinutesAt(utcMs: number, tz: string): number {
  const l = toLocal(new Date(utcMs), tz);
  const asUtc = Date.UTC(l.y, l.m - 1, l.d, l.hh, l.mi, l.ss);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** The instant of a wall-clock time in `tz` (DST gaps resolve forward). */
const offsetCache = new Map<string, number>();

export function fromLocal(l: LocalDateTime, tz: string): { date: Date; offsetMinutes: number } {
  const naive = Date.UTC(l.y, l.m - 1, l.d, l.hh, l.mi, l.ss);
  // offsets change at most at the hour: cache per zone and local hour
  const key = `${tz}|${l.y}-${l.m}-${l.d}-${l.hh}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return { date: new Date(naive - cached * 60_000), offsetMinutes: cached };
  const r = computeFromLocal(naive, tz);
  if (offsetCache.size > 10_000) offsetCache.clear();
  offsetCache.set(key, r.offsetMinutes);
  return r;
}

function computeFromLocal(naive: number, tz: string): { date: Date; offsetMinutes: number } {
  let off = offsetMinutesAt(naive, tz);
  const second = offsetMinutesAt(naive - off * 60_000, tz);
  if (second !== off) off = second;
  return { date: new Date(naive - off * 60_000), offsetMinutes: off };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-16T09:20:47+08:00. */
export function isoWithOffset(l: LocalDateTime, tz: string): { iso: string; date: Date } {
  const { date, offsetMinutes } = fromLocal(l, tz);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const a = Math.abs(offsetMinutes);
  const iso = `${pad(l.y, 4)}-${pad(l.m)}-${pad(l.d)}T${pad(l.hh)}:${pad(l.mi)}:${pad(l.ss)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
  return { iso, date };
}
