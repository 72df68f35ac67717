// A need candidate found in one message, before roles and acceptance decide
// whether it becomes a need.
import type { NeedKind } from '../../core/needs.js';

export interface Mention {
  kind: NeedKind;
  value: Record<string, unknown>;
  /** Verbatim substring of the message. */
  evidence: string;
  /** Position of the match in the message text (for overlap checks). */
  start: number;
  end: number;
  confidence: number;
  /** A delivery-date shift ("提前10天") applied to the current date instead of a date. */
  shiftDays?: number;
  /** Weak hint used only when nothing better exists (e.g. "我巴西客户"). */
  weak?: boolean;
}

export interface RuleContext {
  /** The message's own local date (else --now's). */
  today: import('../dates/calendar.js').LocalDate;
  /** Currency most recently named in the chat, for bare prices. */
  lastCurrency?: string;
  /**
   * What the Cantonese 蚊 ("dollar") means in this chat: Hong Kong dollars when
   * the chat is written in Traditional characters, yuan when a Guangdong buyer
   * writes Cantonese in Simplified ones.
   */
  localDollar?: string;
  /** Recent prices in the chat, to recognise bare numbers as counter-offers. */
  recentPrices: number[];
  /** Text of the previous message from the other side (question context). */
  prevOther?: string;
  /** True when the message is from the customer. */
  fromCustomer: boolean;
  /** The file's own day/month order for numeric dates (ParsedTranscript.dayFirst), when known. */
  dayFirst?: boolean;
}

export function overlaps(a: { start: number; end: number }, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}
