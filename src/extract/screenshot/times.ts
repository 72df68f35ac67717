// The times a chat screen shows: dividers ("11月12日 上午10:05", "12 November 2026", "昨天 14:30",
// "TODAY") and WhatsApp's per-bubble "10:05". Dates without a year are the latest such date not after
// `today`, as the apps print them.
import { addDays, isValidDate, isoWeekday, toDays, type LocalDate } from '../dates/calendar.js';

export interface ShownTime {
  date?: LocalDate;
  hh?: number;
  mi?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ZH_DAYS = '一二三四五六日';

function yearless(m: number, d: number, today: LocalDate): LocalDate | undefined {
  for (const y of [today.y, today.y - 1]) {
    if (!isValidDate(y, m, d)) continue;
    const c = { y, m, d };
    if (toDays(c) <= toDays(today)) return c;
  }
  return undefined;
}

function dated(y: number | undefined, m: number, d: number, today: LocalDate): LocalDate | undefined {
  if (y === undefined) return yearless(m, d, today);
  return isValidDate(y, m, d) ? { y, m, d } : undefined;
}

/** The latest day with ISO weekday `wd` (1 = Monday) before `today`. */
function lastWeekday(wd: number, today: LocalDate): LocalDate {
  const back = (isoWeekday(today) - wd + 7) % 7 || 7;
  return addDays(today, -back);
}

function clock(s: string): { hh: number; mi: number } | undefined {
  const m = /(上午|早上|凌晨|中午|下午|晚上)?\s*(\d{1,2})\s*[:：.]\s*(\d{2})\s*([ap]\.?m\.?)?/i.exec(s);
  if (!m) return undefined;
  let hh = Number(m[2]);
  // "上午9:41" misread as "£49:41": the hour is the last digit
  if (hh > 23 && m[2]!.length === 2) hh = Number(m[2]![1]);
  const mi = Number(m[3]);
  const pm = m[1] === '下午' || m[1] === '晚上' || (m[1] === '中午' && hh < 11) || /^p/i.test(m[4] ?? '');
  const am = m[1] === '上午' || m[1] === '早上' || m[1] === '凌晨' || /^a/i.test(m[4] ?? '');
  if (pm && hh < 12) hh += 12;
  if (am && hh === 12) hh = 0;
  if (hh > 23 || mi > 59) return undefined;
  return { hh, mi };
}

const BARE_CLOCK = /^(上午|早上|凌晨|中午|下午|晚上)?\s*\d{1,2}\s*[:：.]\s*\d{2}(\s*[ap]\.?m\.?)?$/i;

/**
 * What a divider's text says, or undefined when it is no time at all. `before` is the divider
 * above it: dividers run forward, so a date earlier than it was misread, and a time whose date part
 * could not be read (not a bare clock, which WeChat prints for today) stays on that day.
 */
export function parseShownTime(raw: string, today: LocalDate, before?: ShownTime): ShownTime | undefined {
  // OCR spaces out CJK characters and digits: "11 月 12 日"
  const s = raw.replace(/(?<=[\d\u3400-\u9fff])\s+(?=[\d\u3400-\u9fff])/g, '').trim();
  const low = s.toLowerCase();
  let date: LocalDate | undefined;
  let m: RegExpExecArray | null;
  if ((m = /(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s)))
    date = dated(m[1] ? Number(m[1]) : undefined, Number(m[2]), Number(m[3]), today);
  else if ((m = /(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})/.exec(s)))
    date = dated(Number(m[1]), Number(m[2]), Number(m[3]), today);
  else if ((m = /(\d{1,2})\s+([a-z]{3,})\.?,?\s*(\d{4})?/i.exec(s)) && MONTHS.includes(m[2]!.slice(0, 3).toLowerCase()))
    date = dated(
      m[3] ? Number(m[3]) : undefined,
      MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1,
      Number(m[1]),
      today,
    );
  else if (
    (m = /([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?/i.exec(s)) &&
    MONTHS.includes(m[1]!.slice(0, 3).toLowerCase())
  )
    date = dated(
      m[3] ? Number(m[3]) : undefined,
      MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1,
      Number(m[2]),
      today,
    );
  else if (/今天|today/i.test(s)) date = today;
  else if (/昨天|yesterday/i.test(s)) date = addDays(today, -1);
  else if (/前天/.test(s)) date = addDays(today, -2);
  else if ((m = /(?:星期|周)([一二三四五六日天])/.exec(s)))
    date = lastWeekday(m[1] === '天' ? 7 : ZH_DAYS.indexOf(m[1]!) + 1, today);
  else {
    const d = EN_DAYS.findIndex((n) => low.includes(n));
    if (d >= 0) date = lastWeekday(d + 1, today);
  }
  const c = clock(s);
  if (!date && !c) return undefined;
  if (date && before?.date && toDays(date) < toDays(before.date)) date = before.date;
  // a bare clock time is today's, as WeChat prints it; anything else undated was misread
  if (!date) date = BARE_CLOCK.test(s) || !before?.date ? today : before.date;
  return { date, ...(c ?? {}) };
}

/** A WhatsApp bubble's own time at the end of its text: the text without it, and the time. */
export function splitBubbleTime(text: string): { text: string; hh?: number; mi?: number } {
  const m = /\s*(\d{1,2})\s*[:：.]\s*(\d{2})(\s*[ap]\.?m\.?)?\s*[✓✔√vV/]*\s*$/i.exec(text);
  if (!m) return { text };
  const c = clock(m[0]);
  if (!c) return { text };
  return { text: text.slice(0, m.index).trimEnd(), ...c };
}
