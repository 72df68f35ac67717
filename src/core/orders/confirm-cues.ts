// Does a forwarded chat show the customer confirming the order? Only the
// customer's own lines count, and a question or a condition ("if the price is
// right we'll order") is no confirmation. A hit is only OFFERED to the rep as
// "record this as an order?": Baton never records an order on a guess.

const CUES: RegExp[] = [
  /\bPO\b.{0,20}\b(?:attached|enclosed|sent|issued)\b/i,
  /\bplease\s+(?:proceed|go\s+ahead|start\s+production)\b/i,
  /\b(?:we|i)\s+(?:confirm|accept)\s+(?:the|this|our)\s+(?:order|PI|proforma|quotation)\b/i,
  /\border\s+(?:is\s+)?confirmed\b/i,
  /\bgo\s+ahead\s+with\s+the\s+order\b/i,
  /可以[，,、\s]*下单/,
  /(?:确认|同意)下单/,
  /合同已?(?:经)?盖章/,
  /已?盖章(?:回传|发你|发过来)/,
  /(?:PI|形式发票).{0,6}(?:确认|没问题)/i,
  /定金已?(?:经)?(?:付|打|汇)/,
  /就按这个(?:下单|做)/,
];

const NOT: RegExp[] = [/[?？]\s*$/, /^\s*(?:if|如果|要是|假如)/i, /(?:还没|尚未|暂不|不要|先不)/];

export interface ChatLine {
  role?: string;
  text: string;
}

/** The customer's line that confirms the order, if any. */
export function confirmationCue(lines: ChatLine[]): string | undefined {
  for (const l of lines) {
    if (l.role && l.role !== 'customer') continue;
    const text = l.text.trim();
    if (!text || NOT.some((re) => re.test(text))) continue;
    if (CUES.some((re) => re.test(text))) return text;
  }
  return undefined;
}
