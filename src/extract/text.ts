// Shared text helpers: numbers in the forms chats use (1,200 · 1.2万 · 5k ·
// 两千 · 一万二), sentence bounds for evidence, script detection.

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** Chinese numerals: 三百 → 300, 一千五 → 1500, 一万二 → 12000, 十二 → 12. */
export function parseChineseNumber(s: string): number | undefined {
  if (!s || !/^[零〇一二两俩三四五六七八九十百千万亿]+$/.test(s)) return undefined;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0;
  let zero = false;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      digit = CN_DIGIT[ch]!;
      if (digit === 0) zero = true;
      continue;
    }
    zero = false;
    const u = CN_UNIT[ch]!;
    if (u >= 10_000) {
      section = section + (digit >= 0 ? digit : 0) || 1;
      total += section * u;
      section = 0;
      lastUnit = u;
    } else {
      section += (digit >= 0 ? digit : 1) * u;
      lastUnit = u;
    }
    digit = -1;
  }
  if (digit >= 0) {
    // 一千五 means 1500: a trailing digit counts in the unit below the last one
    section += !zero && lastUnit >= 10 && s.length >= 3 ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

/**
 * Source of a number pattern (used inside bigger regexes). A vague count ("几万个", "数千件",
 * "十几个") names no number: no Chinese numeral is read right after 几 or 数.
 */
export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?:[kK](?![a-zA-Z])|万|千|百|w(?![a-zA-Z])))?|(?<![几数零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十百千万]+(?![零〇一二两三四五六七八九十百千万]*几)`;

/** Parse what NUM matched. */
export function parseNum(raw: string): number | undefined {
  const s = raw.trim();
  const cn = parseChineseNumber(s);
  if (cn !== undefined) return cn;
  const m = /^([\d,]+(?:\.\d+)?)\s?([kKw万千百])?$/.exec(s);
  if (!m) return undefined;
  const base = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(base)) return undefined;
  const mult = { k: 1000, K: 1000, 千: 1000, 万: 10_000, w: 10_000, 百: 100 }[m[2] ?? ''] ?? 1;
  return Math.round(base * mult * 1e6) / 1e6;
}

export const hasCjk = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

const SENTENCE_END = /[。！？!?\n；;]/;

/** The sentence around [start, end) — a verbatim substring of `text`, trimmed. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b]!)) b++;
  if (b < text.length && /[。！？!?]/.test(text[b]!)) b++;
  const s = text.slice(a, b);
  const lead = s.length - s.trimStart().length;
  return s.trim() || text.slice(start, end).trim() || text.slice(a + lead, b).trim();
}

const CLAUSE_END = /[，,。！？!?\n；;]/;

/** The clause (between commas) around a position. */
// An English full stop ends a clause unless it sits in a number or date ("15.12.").
const isStop = (text: string, i: number): boolean =>
  text[i] === '.' && /\s/.test(text[i + 1] ?? ' ') && !/\d/.test(text[i - 1] ?? '');

export function clauseAround(text: string, start: number, end: number): { text: string; start: number } {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(text[a - 1]!) && !isStop(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !CLAUSE_END.test(text[b]!) && !isStop(text, b)) b++;
  return { text: text.slice(a, b), start: a };
}

/** Run `re` (global) over `text`, returning every match. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
