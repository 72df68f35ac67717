// Runs every rule over one message and returns its mentions. Order matters:
// dates, quantities and specs are found first so a bare number inside them is
// never read as a price.
import { findDates } from '../dates/resolve-date.js';
import { findDeliveryDates, findLeadTimes } from './delivery.js';
import { findIncoterms, findDestinations } from './incoterm-destination.js';
import { findLogoPackaging } from './logo-packaging.js';
import type { Mention, RuleContext } from './mention.js';
import { findPayment } from './payment.js';
import { findPlaces } from './places.js';
import { findPrices } from './price.js';
import { findProducts } from './product.js';
import { findQuantities } from './quantity.js';
import { findCaution, findSample } from './sample-caution.js';
import { findCertifications, findSpecs } from './spec-cert.js';

const span = (m: { start: number; end: number }): { start: number; end: number } => ({ start: m.start, end: m.end });

export function messageMentions(text: string, ctx: RuleContext): Mention[] {
  const places = findPlaces(text);
  const dateHits = findDates(text, ctx.today);
  const allDates = dateHits.map(span);
  const dates = findDeliveryDates(text, ctx, dateHits);
  const lead = findLeadTimes(text);
  const terms = findIncoterms(text, places);
  const dest = findDestinations(text, places);
  const pay = findPayment(text);
  const percentSpans = [...text.matchAll(/\d+(?:\.\d+)?\s*%/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const qty = findQuantities(text, [...allDates, ...lead.map(span), ...percentSpans]);
  const specs = findSpecs(text, [...qty.map(span), ...allDates], ctx.fromCustomer ? ctx.prevOther : undefined);
  const prices = findPrices(text, ctx, [...allDates, ...lead.map(span), ...qty.map(span), ...specs.map(span), ...percentSpans]);
  const out: Mention[] = [
    ...dates, ...lead, ...terms, ...dest, ...pay, ...qty, ...specs, ...prices,
    ...findCertifications(text), ...findLogoPackaging(text), ...findSample(text),
  ];
  if (ctx.fromCustomer) {
    out.push(...findCaution(text));
    const products = findProducts(text);
    if (products[0]) out.push(products[0]);
  }
  return out;
}
