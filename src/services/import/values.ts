// Parsers for single cells: dates, amounts, tiers, stages, channels. Each returns
// the value or a message that says what was wrong, for "row 7: …".
import type { Cell } from './sheet.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

export function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

export interface WallTime {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}

function valid(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1990 && y <= 2100;
}

/**
 * A date as written in a sheet: an Excel date cell (wall clock, stored as UTC), an
 * Excel serial number, 2025-03-04, 2025/3/4, 2025.3.4, 2025年3月4日, optionally with
 * HH:mm. Day-first or month-first forms like 03/04/2025 are refused as ambiguous.
 */
export function parseWallTime(c: Cell, what = 'date'): Parsed<WallTime> {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return bad(`${what} is not a valid date`);
    return ok({
      y: c.getUTCFullYear(),
      m: c.getUTCMonth() + 1,
      d: c.getUTCDate(),
      hh: c.getUTCHours(),
      mm: c.getUTCMinutes(),
    });
  }
  if (typeof c === 'number' || (typeof c === 'string' && /^\d{5}(\.\d+)?$/.test(c))) {
    const serial = Number(c);
    if (serial > 20000 && serial < 80000) {
      const dt = new Date(Math.round((serial - 25569) * 86400_000));
      return ok({
        y: dt.getUTCFullYear(),
        m: dt.getUTCMonth() + 1,
        d: dt.getUTCDate(),
        hh: dt.getUTCHours(),
        mm: dt.getUTCMinutes(),
      });
    }
    return bad(`${what} '${c}' is not a date`);
  }
  const s = cellText(c);
  if (!s) return bad(`${what} is empty`);
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+(\d{1,2})[:：](\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      s,
    );
  if (m) {
    const [y, mo, d, hh, mm] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
    if (!valid(y, mo, d) || hh > 23 || mm > 59) return bad(`${what} '${s}' does not exist`);
    return ok({ y, m: mo, d, hh, mm });
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(s))
    return bad(`${what} '${s}' is ambiguous (day or month first?); write it as YYYY-MM-DD`);
  return bad(`${what} '${s}' is not a date (expected YYYY-MM-DD)`);
}

export function isoDate(w: WallTime): string {
  return `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
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

// formatToParts costs tens of microseconds and a 10,000-row sheet asks for 40,000 offsets.
// Zone offsets change only on quarter-hour instants, so one answer serves a whole quarter hour.
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

function offsetMs(at: number, tz: string): number {
  const key = `${tz}|${Math.floor(at / QUARTER_HOUR)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  if (offsets.size >= 100_000) offsets.clear();
  const parts = formatter(tz).formatToParts(new Date(Math.floor(at / QUARTER_HOUR) * QUARTER_HOUR));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const bucket = Math.floor(at / QUARTER_HOUR) * QUARTER_HOUR;
  const offset =
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - bucket;
  offsets.set(key, offset);
  return offset;
}

/** The instant a wall-clock time in `tz` names (business time zone of the team). */
export function wallTimeToInstant(w: WallTime, tz: string): Date {
  const guess = Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm);
  const first = guess - offsetMs(guess, tz);
  return new Date(guess - offsetMs(first, tz));
}

const CURRENCY_SIGNS: [RegExp, string][] = [
  [/^(US\$|\$|USD)/i, 'USD'],
  [/^(€|EUR)/i, 'EUR'],
  [/^(£|GBP)/i, 'GBP'],
  [/^(¥|￥|RMB|CNY)/i, 'CNY'],
  [/^(HK\$|HKD)/i, 'HKD'],
  [/^JPY/i, 'JPY'],
];

/** "1,234.50", "$1,234.50", "USD 1234", "1.2万" → number (and the currency the cell named, if any). */
export function parseAmount(c: Cell, what = 'amount'): Parsed<{ amount: number; currency?: string }> {
  if (typeof c === 'number') return Number.isFinite(c) ? ok({ amount: c }) : bad(`${what} is not a number`);
  let s = cellText(c);
  if (!s) return bad(`${what} is empty`);
  let currency: string | undefined;
  const trailing = /\s*(USD|EUR|GBP|CNY|RMB|HKD|JPY|元)$/i.exec(s);
  if (trailing) {
    currency = /元|RMB/i.test(trailing[1]!) ? 'CNY' : trailing[1]!.toUpperCase();
    s = s.slice(0, trailing.index);
  }
  for (const [re, code] of CURRENCY_SIGNS) {
    const hk = /^HK\$/i.test(s);
    if (re.test(s) && (!hk || code === 'HKD')) {
      currency = hk ? 'HKD' : code;
      s = s.replace(hk ? /^HK\$/i : re, '');
      break;
    }
  }
  s = s.trim();
  let factor = 1;
  if (/万$/.test(s)) {
    factor = 10_000;
    s = s.slice(0, -1);
  }
  const n = Number(s.replace(/[,，\s]/g, ''));
  if (!/\d/.test(s) || !Number.isFinite(n)) return bad(`${what} '${cellText(c)}' is not a number`);
  return ok({ amount: Math.round(n * factor * 100) / 100, ...(currency ? { currency } : {}) });
}

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'HKD', 'JPY', 'AUD', 'CAD'] as const;
/** Approximate rates for orders that give no CNY amount; a sheet's own "Amount CNY" column wins. */
export const CNY_PER_UNIT: Record<string, number> = {
  CNY: 1,
  USD: 7.2,
  EUR: 7.8,
  GBP: 9.1,
  HKD: 0.92,
  JPY: 0.048,
  AUD: 4.7,
  CAD: 5.2,
};

export function parseCurrency(c: Cell): Parsed<string> {
  const s = cellText(c).toUpperCase();
  const v = s === 'RMB' || s === '人民币' || s === '元' ? 'CNY' : s === '美元' ? 'USD' : s === '欧元' ? 'EUR' : s;
  return (CURRENCIES as readonly string[]).includes(v)
    ? ok(v)
    : bad(`currency '${cellText(c)}' is not one of ${CURRENCIES.join(', ')}`);
}

export function parseTier(c: Cell): Parsed<'A' | 'B' | 'C' | 'D'> {
  const s = cellText(c)
    .toUpperCase()
    .replace(/[级类]$/, '')
    .replace(/^TIER\s*/, '');
  return ['A', 'B', 'C', 'D'].includes(s) ? ok(s as 'A') : bad(`tier '${cellText(c)}' is not one of A, B, C, D`);
}

const STAGES: Record<string, string> = {
  lead: 'lead',
  线索: 'lead',
  潜在: 'lead',
  潜在客户: 'lead',
  inquiry: 'inquiry',
  enquiry: 'inquiry',
  询盘: 'inquiry',
  询价: 'inquiry',
  intent: 'intent',
  intention: 'intent',
  意向: 'intent',
  有意向: 'intent',
  sample: 'sample',
  samples: 'sample',
  样品: 'sample',
  打样: 'sample',
  寄样: 'sample',
  first_order: 'first_order',
  'first order': 'first_order',
  首单: 'first_order',
  成交: 'first_order',
  repeat: 'repeat',
  'repeat order': 'repeat',
  复购: 'repeat',
  返单: 'repeat',
  复单: 'repeat',
  loyal: 'loyal',
  忠诚: 'loyal',
  长期: 'loyal',
  老客户: 'loyal',
  长期客户: 'loyal',
  lost: 'lost',
  流失: 'lost',
  丢失: 'lost',
  paused: 'paused',
  暂停: 'paused',
};
export function parseStage(c: Cell): Parsed<string> {
  const s = cellText(c).toLowerCase().replace(/-/g, '_');
  const v = STAGES[s] ?? STAGES[s.replace(/_/g, ' ')];
  return v
    ? ok(v)
    : bad(
        `stage '${cellText(c)}' is not one of lead, inquiry, intent, sample, first_order, repeat, loyal, lost, paused`,
      );
}

const CHANNELS: Record<string, string> = {
  phone: 'phone',
  call: 'phone',
  tel: 'phone',
  电话: 'phone',
  wechat: 'wechat',
  weixin: 'wechat',
  微信: 'wechat',
  whatsapp: 'whatsapp',
  wa: 'whatsapp',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  邮件: 'email',
  邮箱: 'email',
  visit: 'visit',
  拜访: 'visit',
  上门: 'visit',
  来访: 'visit',
  chat: 'chat',
  聊天: 'chat',
  im: 'chat',
  meeting: 'meeting',
  会议: 'meeting',
  视频会议: 'meeting',
  video: 'meeting',
  other: 'other',
  其他: 'other',
  展会: 'meeting',
  fair: 'meeting',
};
export function parseChannel(c: Cell): Parsed<string> {
  const v = CHANNELS[cellText(c).toLowerCase()];
  return v
    ? ok(v)
    : bad(`channel '${cellText(c)}' is not one of phone, wechat, whatsapp, email, visit, chat, meeting, other`);
}

const ORDER_STATUS: Record<string, string> = {
  open: 'open',
  未发货: 'open',
  进行中: 'open',
  生产中: 'open',
  shipped: 'shipped',
  已发货: 'shipped',
  已出货: 'shipped',
  delivered: 'delivered',
  已收货: 'delivered',
  已到货: 'delivered',
  closed: 'closed',
  已完成: 'closed',
  完成: 'closed',
  已结清: 'closed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  已取消: 'cancelled',
  取消: 'cancelled',
};
export function parseOrderStatus(c: Cell): Parsed<string> {
  const v = ORDER_STATUS[cellText(c).toLowerCase()];
  return v ? ok(v) : bad(`status '${cellText(c)}' is not one of open, shipped, delivered, closed, cancelled`);
}
