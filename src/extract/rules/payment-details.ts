// Payment terms said in words, not numbers: "货到我就付款", "出货前付清",
// "月结", "貨到即刻FPS過數". A clause with a paying verb and a point in the
// order's life (or an arrangement that is a term by itself, or a payment
// channel) is a payment need whose details are that clause.
import { isNegated, pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import { NOT_PAY_TERMS_ZH, PAY_CHANNELS, PAY_TERMS_ZH, PAY_VERBS_ZH, PAY_WHEN_ZH } from '../lexicon/payment.js';
import type { Mention } from './mention.js';

const VERB = new PhraseSet(PAY_VERBS_ZH);
const WHEN = new PhraseSet(PAY_WHEN_ZH);
const TERM = new PhraseSet(PAY_TERMS_ZH);
const CHANNEL = new PhraseSet(PAY_CHANNELS);
const NOT_TERMS = new PhraseSet(NOT_PAY_TERMS_ZH);
const ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);

export function paymentDetails(text: string): Mention[] {
  for (const c of pieces(text, ENDS)) {
    const clause = text.slice(c.start, c.end);
    if (isNegated(clause) || NOT_TERMS.has(clause)) continue; // "不接受货到付款", "运费到付" are no terms
    const verb = VERB.has(clause);
    if (!(TERM.has(clause) || (verb && (WHEN.has(clause) || CHANNEL.has(clause))))) continue;
    const lead = clause.length - clause.trimStart().length;
    const details = clause.trim().replace(/[，,。.;；!！?？]+$/, '');
    const start = c.start + lead;
    return [
      {
        kind: 'payment_terms',
        value: { details },
        evidence: details,
        start,
        end: start + details.length,
        confidence: 0.7,
      },
    ];
  }
  return [];
}
