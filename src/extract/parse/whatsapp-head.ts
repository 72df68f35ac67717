// The grammar of one WhatsApp "Export chat" line head, in every locale variant
// the Android and iOS exporters produce:
//   [15/01/2026, 14:30:12] NAME: text          iOS (brackets)
//   1/15/26, 2:30 PM - NAME: text              Android, 12-hour clock
//   15.01.26, 14:30 - NAME: text               Android, day first with dots
//   2019/01/01, 11:25 - …  [2018/06/13, 21:25:15] …   year first
//   03-06-2018, 01.55 PM - …  13.06.18 21.25.15: …    dots in the time
//   13.6.2018 klo 21.25.15 - …  15/01/2026 à 14:30 - …  18.03.22 um 14:56 - …  words between date and time
//   13. 6. 2018. 21:25:15 NAME: …              Croatian
//   [3/6/18 1:55:00 p. m.] …  [27/3/2022، 21:41:35] …  [21:41:35, 3/27/22] …  (es; ar; vi time first)
//   [3/27/2565 BE, 21:41:35] … [3/27/R4, 21:41:35] …  (Buddhist and Japanese calendars)
// Direction marks (U+200E/F, U+202A–E, U+2066–9), BOM and narrow spaces may sit anywhere in the head.

/** One parsed head: the date's three numbers in written order, the time, and what follows. */
export interface WaHead {
  /** Date fields as written; `yearAt` says which of them is the year (-1: none decided yet). */
  parts: [number, number, number];
  yearAt: number;
  sep: string;
  hh: number;
  mi: number;
  ss: number;
  /** 'A' or 'P' for a 12-hour clock, with `lower` when written in lower case (en-GB/AU/IN). */
  ampm?: 'A' | 'P';
  lowerAmpm: boolean;
  bracket: boolean;
  /** Everything after the head separator: "NAME: text" or a system line. */
  rest: string;
  /** Whether the head ended with a real separator (`]`, ` - `); bare-space heads need a NAME. */
  strong: boolean;
  /** Whether a comma (or Arabic comma) separates date and time, as WhatsApp writes it. */
  comma: boolean;
}

const M = '[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]*';
const S = '[\\s\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const YEAR_TAIL = `(?:${S}*(?:BE|B\\.E\\.|พ\\.ศ\\.))?`;
const date = (sepGroup: number): string =>
  `(\\d{1,4}|[RHSTM]\\d{1,2})${M}${S}*([/.\\-])${M}${S}*(\\d{1,4})${M}${S}*\\${sepGroup}${M}${S}*(\\d{1,4}|[RHSTM]\\d{1,2})${YEAR_TAIL}\\.?`;
const WORDS = `(?:à|a|um|klo|kl\\.?|в|alle|às|a las|a la|a les|o|at|de|le|saat|pukul|jam|lúc|ngày|في)`;
const AMPM_WORDS = `a\\.?${S}?m\\.?|p\\.?${S}?m\\.?|AM|PM|午前|午後|上午|下午|ص|م|ق\\.ظ|ب\\.ظ|vorm\\.|nachm\\.|sa|ch`;
const AMPM = `(${AMPM_WORDS})(?![\\p{L}\\p{N}])`;
const TIME = `(?:(上午|下午|午前|午後|AM|PM)${S}*)?(\\d{1,2})${S}?[:.h]${S}?(\\d{2})(?:[:.](\\d{2}))?(?:${S}*${AMPM})?`;

const DATE_FIRST = new RegExp(
  `^${M}(\\[)?${M}${date(3)}${M}[,،]?${S}*(?:${WORDS}${S}+)?${M}${TIME}${M}(?:(\\])${S}?|${S}+([-–])${S}|(:)${S}|${S}+)([\\s\\S]*)$`,
  'iu',
);
const TIME_FIRST = new RegExp(`^${M}\\[${M}${TIME}${M},?${S}*${date(7)}${M}\\]${S}?([\\s\\S]*)$`, 'iu');

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Arabic-Indic and Persian digits → ASCII, one for one so offsets are kept. */
export function asciiDigits(s: string): string {
  return s.replace(ARABIC_DIGITS, (c) => String((c.charCodeAt(0) - (c >= '\u06f0' ? 0x06f0 : 0x0660)) % 10));
}

const ERAS: Record<string, number> = { R: 2018, H: 1988, S: 1925, T: 1911, M: 1867 };

function fieldValue(s: string, be: boolean): { n: number; isYear: boolean } {
  const era = /^([RHSTM])(\d{1,2})$/i.exec(s);
  if (era) return { n: ERAS[era[1]!.toUpperCase()]! + Number(era[2]), isYear: true };
  const n = Number(s);
  if (s.length === 4) return { n: be ? n - 543 : n, isYear: true };
  return { n, isYear: false };
}

function ampmOf(s: string | undefined): { ampm?: 'A' | 'P'; lower: boolean } {
  if (!s) return { lower: false };
  const t = s.replace(/[\s.]/g, '').toLowerCase();
  const pm = ['pm', '午後', '下午', 'م', 'بظ', 'nachm', 'ch'].includes(t);
  const am = ['am', '午前', '上午', 'ص', 'قظ', 'vorm', 'sa'].includes(t);
  if (!pm && !am) return { lower: false };
  return { ampm: pm ? 'P' : 'A', lower: /^[ap]\.?\s?m\.?$/.test(s) && s === s.toLowerCase() };
}

function build(
  dateGroups: string[],
  timeGroups: (string | undefined)[],
  rest: string,
  bracket: boolean,
  strong: boolean,
  wholeDate: string,
): WaHead | undefined {
  const comma = /[,،]/.test(wholeDate);
  const be = /BE|B\.E\.|พ\.ศ\./.test(wholeDate);
  const f = [dateGroups[0]!, dateGroups[2]!, dateGroups[3]!].map((s) => fieldValue(s, be));
  const yearAt = f.findIndex((x) => x.isYear);
  const parts = f.map((x) => x.n) as [number, number, number];
  const yAt = yearAt >= 0 ? yearAt : 2;
  if (yearAt < 0) parts[2] = parts[2] < 100 ? 2000 + parts[2] : parts[2];
  const [pre, hh, mi, ss, post] = timeGroups;
  const ap = ampmOf(post ?? pre);
  const h = Number(hh);
  if (h > 24 || Number(mi) > 59) return undefined;
  return {
    parts,
    yearAt: yAt,
    sep: dateGroups[1]!,
    hh: h,
    mi: Number(mi),
    ss: ss ? Number(ss) : 0,
    ampm: ap.ampm,
    lowerAmpm: ap.lower,
    bracket,
    rest,
    strong,
    comma,
  };
}

/** Parse a line's head, or undefined when the line does not start a WhatsApp message. */
export function parseWaHead(line: string): WaHead | undefined {
  const l = asciiDigits(line);
  let m = DATE_FIRST.exec(l);
  if (m) {
    const bracket = !!m[1];
    const closed = !!m[11];
    if (bracket !== closed) return undefined;
    const strong = closed || !!m[12];
    const dateText = m[0].slice(0, m[0].length - m[14]!.length);
    return build([m[2]!, m[3]!, m[4]!, m[5]!], [m[6], m[7], m[8], m[9], m[10]], m[14]!, bracket, strong, dateText);
  }
  m = TIME_FIRST.exec(l);
  if (m)
    return build(
      [m[6]!, m[7]!, m[8]!, m[9]!],
      [m[1], m[2], m[3], m[4], m[5]],
      m[10]!,
      true,
      true,
      m[0].slice(0, m[0].length - m[10]!.length),
    );
  return undefined;
}
