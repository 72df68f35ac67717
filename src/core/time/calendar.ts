// Calendar days without time zones, for extraction and cadence alike. A local
// day is the date as the team (or the transcript) sees it; arithmetic happens on
// plain Y-M-D values. One weekday numbering: ISO, Monday 1 … Sunday 7.

export interface LocalDate {
  y: number;
  m: number; // 1-12
  d: number;
}

/** The same shape under the name cadence code uses. */
export type LocalDay = LocalDate;

export interface LocalDateTime extends LocalDate {
  hh: number;
  mi: number;
  ss: number;
}

const DAY_MS = 86_400_000;

export function toDays(x: LocalDate): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / DAY_MS);
}

export function fromDays(n: number): LocalDate {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(x: LocalDate, n: number): LocalDate {
  return fromDays(toDays(x) + n);
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDays(b) - toDays(a);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Same day of month `n` months later, clamped to the month's last day. */
export function addMonths(x: LocalDate, n: number): LocalDate {
  const idx = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function endOfMonth(y: number, m: number): LocalDate {
  return { y, m, d: daysInMonth(y, m) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(x: LocalDate): number {
  const w = new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isWeekend(x: LocalDate): boolean {
  return isoWeekday(x) >= 6;
}

export function mondayOf(x: LocalDate): LocalDate {
  return addDays(x, 1 - isoWeekday(x));
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** YYYY-MM-DD. */
export function formatDate(x: LocalDate): string {
  return `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
}

export function parseIsoDate(s: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return toDays(a) - toDays(b);
}

/**
 * The next occurrence of month/day on or after `from` (a date a few days in the
 * past still counts as this year: chats mention "12/10" on 12/12 meaning that day).
 */
export function nextMonthDay(from: LocalDate, m: number, d: number, graceDays = 7): LocalDate {
  let y = from.y;
  if (toDays({ y, m, d: Math.min(d, daysInMonth(y, m)) }) < toDays(from) - graceDays) y += 1;
  return { y, m, d: Math.min(d, daysInMonth(y, m)) };
}
