// English date expressions through chrono-node, for what Baton's own rules
// (resolve-date.ts) do not cover: "2 days later", "5 days from now",
// "10-August-2012", "09-JAN-2017", "2018 March 18", "Tuesday, 10 January",
// "next tuesday +10 days", "8/10/2012" … Baton's conventions stay on top:
// Baton's rules run first and win on the same words; "within N days" is a lead
// time, not a date; a month alone names no day; a bare numeric D/M or M/D
// without a year is left to the file's own order.
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { LocalDate } from './calendar.js';
import { isValidDate } from './calendar.js';

export interface ChronoHit {
  date: LocalDate;
  start: number;
  end: number;
  relative: boolean;
}

const LATIN = /[A-Za-z]/;
const NUMERIC_WITH_YEAR = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/;
// counted from the message, with a direction ("in", "later", "from now", "next"): a bare "25 days" is a
// duration (a lead time), and "the day off" is no date
const RELATIVE_WORDS =
  /\b(?:tomorrow|today|now)\b|\b(?:next|this|coming|following)\s+\w+|\b(?:later|from now|after)\b|\b(?:in|within)\s+(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|couple|few)|\+\s?\d/i;
// a weekday, a month name, a full numeric date or an ordinal: not "1.2m" or "15W"
const DAY_NAMED =
  /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,4}|\d(?:st|nd|rd|th)\b/i;
const TIME_ONLY =
  /^(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?|noon|midnight|tonight|morning|evening|afternoon|night)$/i;
// "this week", "next year" name a period, not a day (Baton's own rules read "next week")
const PERIOD = /^(?:(?:this|next|the|coming|following)\s+)?(?:week|month|year|qtr|quarter)s?$/i;
const BARE_NUMERIC = /^\d{1,2}\s*[/.-]\s*\d{1,2}$/;

// chrono-node loads on first use (about 20 MB resident), not at start-up.
let chrono: typeof Chrono | undefined;
const loadChrono = (): typeof Chrono => (chrono ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono);

// Cheap gate before chrono (its parse is the dearest step of a message): every reading kept
// below passes RELATIVE_WORDS or DAY_NAMED on a part of the text, so a text in which even
// those patterns without their word edges find nothing yields nothing.
const MAYBE_CHRONO = new RegExp(
  [
    String.raw`tomorrow|today|now|(?:next|this|coming|following)\s|later|after|\+\s?\d`,
    String.raw`in\s+(?:\d|a|one|two|three|four|five|six|seven|eight|nine|ten|couple|few)`,
    String.raw`mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec`,
    String.raw`\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,4}|\d(?:st|nd|rd|th)`,
  ].join('|'),
  'i',
);

/** Date expressions chrono finds in English text, each as a local calendar day. */
export function chronoDates(text: string, today: LocalDate, dayFirst?: boolean): ChronoHit[] {
  if (!LATIN.test(text) && !NUMERIC_WITH_YEAR.test(text)) return [];
  if (!MAYBE_CHRONO.test(text)) return [];
  // chrono reads the reference in the process's zone; a noon reference keeps the calendar day
  const ref = new Date(today.y, today.m - 1, today.d, 12, 0, 0);
  const parser = dayFirst ? loadChrono().en.GB : loadChrono().en.casual;
  const out: ChronoHit[] = [];
  for (const r of parser.parse(text, ref, { forwardDate: true })) {
    const t = r.text.trim();
    if (TIME_ONLY.test(t) || BARE_NUMERIC.test(t) || PERIOD.test(t)) continue;
    const before = text.slice(Math.max(0, r.index - 8), r.index).toLowerCase();
    if (
      /\bwithin\b/i.test(t) ||
      /\bwithin\s*$/.test(before) ||
      /^\d+\s+\w+\s+after\b(?!\s+(?:today|tomorrow|next|this))/i.test(t)
    )
      continue;
    const s = r.start;
    const relativeWords = RELATIVE_WORDS.test(t);
    // a day it read (a number, a weekday) or counted ("in a couple of days"); a month alone is no day
    if (
      !relativeWords &&
      !(DAY_NAMED.test(t) && (s.isCertain('weekday') || (s.isCertain('day') && s.isCertain('month'))))
    )
      continue;
    const relative = relativeWords && !/\d{4}/.test(t);
    const y = s.get('year');
    const m = s.get('month');
    const d = s.get('day');
    if (y === null || m === null || d === null || !isValidDate(y, m, d) || y < 1900) continue;
    out.push({
      date: { y, m, d },
      start: r.index,
      end: r.index + r.text.length,
      relative: relative || !s.isCertain('year'),
    });
  }
  return out;
}
