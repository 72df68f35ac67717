// Checks a delivery date the model computed when the rules extractor found no
// date in the same message to compare with. Models are good at reading intent
// and bad at calendar arithmetic, so a date must at least be justified by the
// text (a number or a date word), be plausible for the message's time, and not
// contradict an explicit date written in the message.

const DATE_WORDS = new RegExp(
  [
    '\\d',
    '[一二三四五六七八九十两半]+\\s*(天|日|号|周|星期|礼拜|个月|月)',
    '明天|后天|大后天|下周|下下周|本周|这周|下个?月|月底|月初|月中|月末|年底|年初|年前|年后|节前|节后',
    '春节|过年|元旦|国庆|圣诞|中秋|端午|清明|五一|十一|周[一二三四五六日天末]|星期|礼拜',
    '\\b(today|tomorrow|tonight|week|weeks|month|months|year|fortnight|weekend)\\b',
    '\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\\b',
    '\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b',
    '\\b(christmas|xmas|easter|new year|ramadan|eid|diwali|thanksgiving|chinese new year)\\b',
  ].join('|'),
  'i',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Words that move a date ("提前10天", "a week later"): then an explicit date in the text is the old one. */
const SHIFT_WORDS =
  /提前|推迟|延后|延期|推后|改到|改成|改为|earlier|later|sooner|postpone|delay|push(ed)? back|move(d)?/i;

/** Month-day pairs written explicitly in the text ("12月20号", "2026-12-20", "Dec 20", "20th December"). */
export function explicitMonthDays(text: string): string[] {
  const out: string[] = [];
  const add = (m: number, d: number) => {
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) out.push(`${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  };
  for (const m of text.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/g)) add(Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(/\b\d{4}[-/.](\d{1,2})[-/.](\d{1,2})\b/g)) add(Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(st|nd|rd|th)?\b/gi,
  )) {
    add(MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
  }
  for (const m of text.matchAll(
    /\b(\d{1,2})(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi,
  )) {
    add(MONTHS.indexOf(m[4]!.toLowerCase()) + 1, Number(m[1]));
  }
  return out;
}

/** The calendar day of `at` in time zone `tz`, as days since the epoch. */
function dayNumber(at: Date, tz: string): number {
  const ymd = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  return isoDayNumber(ymd) ?? Math.floor(at.getTime() / 86_400_000);
}

function isoDayNumber(ymd: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(t);
  // Reject 2026-02-31 and friends, which Date.UTC would silently roll over.
  if (back.getUTCMonth() !== Number(m[2]) - 1) return undefined;
  return Math.floor(t / 86_400_000);
}

/** Longest horizon we believe a delivery date to have: orders are planned months, not years, ahead. */
const MAX_DAYS_AHEAD = 2 * 366;

export type DateVerdict = 'ok' | 'no_date_in_text' | 'implausible' | 'contradicts_text';

export function checkModelDate(date: string, messageText: string, anchor: Date, tz: string): DateVerdict {
  if (!DATE_WORDS.test(messageText)) return 'no_date_in_text';
  const day = isoDayNumber(date);
  if (day === undefined) return 'implausible';
  const delta = day - dayNumber(anchor, tz);
  // One day of slack for time-zone edges; a delivery date before the message makes no sense.
  if (delta < -1 || delta > MAX_DAYS_AHEAD) return 'implausible';
  const explicit = explicitMonthDays(messageText);
  if (explicit.length > 0 && !SHIFT_WORDS.test(messageText) && !explicit.includes(date.slice(5)))
    return 'contradicts_text';
  return 'ok';
}
