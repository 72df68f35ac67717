// Runs every rule over one message and returns its mentions. Order matters:
// dates, quantities and specs are found first so a bare number inside them is
// never read as a price.
import { findDates } from '../dates/resolve-date.js';
import { INCOTERM_GATE_WORDS, LOGO_GATE_WORDS } from '../lexicon/gates.js';
import { alternation } from '../lexicon/terms.js';
import { CERT_HEADS_ZH, CERT_NAMES_ZH } from '../lexicon/certifications.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import { negatedRightBefore } from '../analyze/clauses.js';
import { findDeliveryDates, findLeadTimes } from './delivery.js';
import { findIncoterms, findDestinations } from './incoterm-destination.js';
import { findLogoPackaging } from './logo-packaging.js';
import { logoAnswer, logoRefusals } from './logo-refusal.js';
import type { Mention, RuleContext } from './mention.js';
import { findPayment } from './payment.js';
import { findPlaces } from './places.js';
import { findPrices } from './price.js';
import { findQuantities } from './quantity.js';
import { findCaution, findSample } from './sample-caution.js';
import { findCertifications, findSpecs } from './spec-cert.js';
import { findZhCertifications } from './cert-zh.js';
import { findZhSpecs } from './spec-zh.js';

const span = (m: { start: number; end: number }): { start: number; end: number } => ({ start: m.start, end: m.end });

// Cheap gates: skip a rule family when its trigger characters are absent.
const GATE_LEAD = /天|日|周|星期|月|day|week|month|lead/i;
const GATE_TERM = new RegExp(`${alternation(INCOTERM_GATE_WORDS)}|C\\s?and\\s?F`, 'i');
const GATE_CERT = /[A-Z]{2}|3C|[A-Z][a-z][A-Z]/;
// findZhCertifications reads nothing without one of its heads or names
const GATE_CERT_ZH = new PhraseSet([...CERT_HEADS_ZH, ...CERT_NAMES_ZH]);
const GATE_LOGO = new RegExp(alternation(LOGO_GATE_WORDS), 'i');
const GATE_DEST = /[送发运到寄]|地点|地址|目的地|address/i;

/**
 * `open` is the message's reading text with injected lines blanked; `firm`
 * also blanks hypothetical sentences and past clauses. Quantities, prices,
 * dates and products come from firm text only.
 */
export function messageMentions(open: string, ctx: RuleContext, firm: string = open): Mention[] {
  const text = firm;
  const places = findPlaces(open);
  const dateHits = findDates(text, ctx.today, { dayFirst: ctx.dayFirst });
  const allDates = dateHits.map(span);
  const dates = findDeliveryDates(text, ctx, dateHits);
  const lead = GATE_LEAD.test(text) ? findLeadTimes(text) : [];
  const terms = GATE_TERM.test(open) ? findIncoterms(open, places) : [];
  const dest = places.length || GATE_DEST.test(open) ? findDestinations(open, places) : [];
  const pay = findPayment(open);
  const percentSpans = [...text.matchAll(/\d+(?:\.\d+)?\s*%/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const samples = findSample(text); // gated inside by the sample lexicon (swatches, 色卡, prototypes)
  // "send 2 pcs sample first": a count of samples is not the order quantity
  // a measure named by its attribute word ("门幅2米8") is no order quantity
  const measures = findZhSpecs(text).map(span);
  const qty = findQuantities(text, [...allDates, ...lead.map(span), ...percentSpans, ...measures]).filter(
    (q) => !samples.some((s) => s.start >= q.end && /^[^。！？!?\n；;，,]{0,8}$/.test(text.slice(q.end, s.start))),
  );
  const specs = findSpecs(
    open,
    [...qty.map(span), ...allDates],
    ctx.fromCustomer ? ctx.prevOther : undefined,
    ctx.prevOther,
  );
  const prices = findPrices(text, ctx, [
    ...allDates,
    ...lead.map(span),
    ...qty.map(span),
    ...specs.map(span),
    ...percentSpans,
  ]);
  const out: Mention[] = [
    ...dates,
    ...lead,
    ...terms,
    ...dest,
    ...pay,
    ...qty,
    ...specs,
    ...prices,
    ...(GATE_CERT.test(open) ? findCertifications(open) : []),
    ...(GATE_CERT_ZH.has(open) ? findZhCertifications(open) : []),
    ...(GATE_LOGO.test(open) ? findLogoPackaging(open) : []),
    ...samples,
  ];
  if (ctx.fromCustomer) {
    out.push(...findCaution(open));
    if (!out.some((m) => m.kind === 'logo')) out.push(...logoRefusals(open), ...logoAnswer(open, ctx.prevOther));
  }
  // "we do CFR not CIF", "no T/T, only LC": the value named right after a negation is refused
  return out.filter((m) => !NEGATABLE.has(m.kind) || !negatedRightBefore(open, m.start));
}

const NEGATABLE = new Set(['incoterm', 'destination', 'spec', 'payment_terms', 'certification']);
