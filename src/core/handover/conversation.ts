// Reading what was said for the package: which lines are promises our side made,
// which customer questions nobody answered, and which moments belong on the
// timeline (quotes, samples, after-sales). Heuristics over plain text, kept
// deliberately simple and conservative: a missed promise is worse than none
// listed, but a wrong one wastes the receiver's time.

export interface SaidLine {
  at: Date;
  /** Speaker name from a "Name: text" line, or the message sender when the line has none. */
  speaker: string | null;
  /** Whether the speaker is on our side (a team member), the customer's, or unknown. */
  side: 'ours' | 'theirs' | 'unknown';
  text: string;
}

export interface RawSaid {
  at: Date;
  senderName: string | null;
  senderIsMember: boolean;
  text: string;
}

const SPEAKER_LINE =
  /^(?:\[[^\]]{1,40}\]\s*)?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?([^:：\n]{1,32}?)\s*[:：]\s*(.+)$/;

/** Split messages (possibly forwarded transcripts) into speaker lines. */
export function splitSaid(raw: RawSaid[], ourNames: string[], theirNames: string[]): SaidLine[] {
  const ours = ourNames.map((n) => n.toLowerCase()).filter(Boolean);
  const theirs = theirNames.map((n) => n.toLowerCase()).filter(Boolean);
  const sideOf = (speaker: string): SaidLine['side'] => {
    const s = speaker.toLowerCase();
    if (ours.some((n) => s === n || s.includes(n) || n.includes(s))) return 'ours';
    if (theirs.some((n) => s === n || s.includes(n) || n.includes(s))) return 'theirs';
    return 'unknown';
  };
  const out: SaidLine[] = [];
  for (const m of raw) {
    for (const line of m.text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const sp = SPEAKER_LINE.exec(line);
      if (sp && !/^https?$/i.test(sp[1]!)) {
        out.push({ at: m.at, speaker: sp[1]!.trim(), side: sideOf(sp[1]!.trim()), text: sp[2]!.trim() });
      } else {
        const side = m.senderIsMember ? 'ours' : m.senderName ? sideOf(m.senderName) : 'unknown';
        out.push({
          at: m.at,
          speaker: m.senderName,
          side: side === 'unknown' && !m.senderIsMember ? 'theirs' : side,
          text: line,
        });
      }
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

const PROMISE = [
  /(我们|我)(会|将|马上|明天|今天|下周|周[一二三四五六日]|尽快|稍后).{0,12}(发|寄|给|报|确认|安排|提供|回复|跟进|更新)/,
  /(答应|承诺|保证)/,
  /\b(we|i)('ll| will| shall)\b.{0,40}\b(send|ship|confirm|quote|arrange|provide|update|check|get back|follow up)/i,
  /\bpromis(e|ed)\b/i,
];

export function isPromise(text: string): boolean {
  return PROMISE.some((re) => re.test(text));
}

export function isQuestion(text: string): boolean {
  return (
    /[?？]\s*$/.test(text) ||
    /^(can|could|would|will|do|does|did|is|are|when|what|how|why|where)\b.{3,}/i.test(text) ||
    /(吗|呢|几时|什么时候|多久|能否|可否)[。.!！]?$/.test(text)
  );
}

/** Promises our side made, newest first. */
export function findPromises(lines: SaidLine[]): SaidLine[] {
  return lines.filter((l) => l.side === 'ours' && isPromise(l.text)).reverse();
}

/** Customer questions with no line from our side after them. */
export function findUnansweredQuestions(lines: SaidLine[]): SaidLine[] {
  let lastOurs = -1;
  lines.forEach((l, i) => {
    if (l.side === 'ours') lastOurs = i;
  });
  return lines.filter((l, i) => i > lastOurs && l.side === 'theirs' && isQuestion(l.text));
}

export type TimelineKind =
  'first_inquiry' | 'quote' | 'sample' | 'order' | 'shipped' | 'delivered' | 'after_sales' | 'follow_up';

const CLASSIFY: [RegExp, TimelineKind][] = [
  [/(售后|投诉|退货|退款|质量问题|索赔|维修|complain|defect|warranty|\breturn|claim|broken|damaged)/i, 'after_sales'],
  [/(样品|打样|寄样|sample)/i, 'sample'],
  [/(报价|报了价|价格单|quot(e|ation)|\bPI\b|proforma|price list)/i, 'quote'],
];

/** Which timeline step a note or message belongs to, if any. */
export function classifyMoment(text: string): TimelineKind | undefined {
  return CLASSIFY.find(([re]) => re.test(text))?.[1];
}

/** One line for "last conversations": the first line, cut to `max` characters. */
export function shorten(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
