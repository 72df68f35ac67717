// Incoterms with their place ("FOB Ningbo", "CIF 汉堡", 到岸价) and the
// destination: a C/D-term place, a place after a delivery verb ("发到汉堡",
// "ship to Lagos"), or a domestic delivery address (→ CN).
import { allMatches, sentenceAround } from '../text.js';
import type { Mention } from './mention.js';
import { CURRENCY_BEFORE } from '../lexicon/currencies.js';
import { countryOf, type PlaceHit } from './places.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import {
  ARRIVAL_AFTER,
  DEST_CUES,
  INCOTERMS,
  ADDRESS_CUES,
  DEST_FIELDS,
  DELIVERY_VERBS,
  MARKET_AFTER,
  ORIGIN_CUES,
  TRANSIT_CUES,
  WHERE_SOMEONE_IS,
} from '../lexicon/places.js';

const TERMS = new PhraseSet(INCOTERMS);
// a place after the term is a destination for these
const DEST_TERMS = new Set(['CFR', 'CIF', 'DAP', 'DDP']);
const LATIN_PLACE = /^\s*(?:to\s+|@\s*)?((?:[A-Z][\p{L}'’.-]+)(?:\s+(?:[A-Z][\p{L}'’.-]+|es|de|do|da))*)/u;
const CJK_PLACE = /^\s*([\u4e00-\u9fff]{2,4}?)(?=港|的|[，,。.\s]|价|$)/;
const NOT_PLACE = /^(Price|Port|Incoterm|Terms?|Basis|Please|Pls|The|And|Or|Is|Ok|OK|Shipping|Payment)$/;

const CURRENCY_CODES = new Set(CURRENCY_BEFORE.map(([, code]) => code));

function placeAfter(text: string, end: number, places: PlaceHit[]): { name: string; country?: string } | undefined {
  const known = places.find((p) => p.start >= end && text.slice(end, p.start).trim().replace(/^to$/i, '') === '');
  if (known) return { name: known.name, country: known.country };
  const rest = text.slice(end, end + 40);
  const lat = LATIN_PLACE.exec(rest);
  if (lat) {
    // the place ends at a currency ("CIF Hamad Port USD 37.2"); "Port" inside is dropped
    const all = lat[1]!.split(/\s+/);
    const cut = all.findIndex((w) => CURRENCY_CODES.has(w.toUpperCase()));
    const words = (cut < 0 ? all : all.slice(0, cut)).filter((w) => !NOT_PLACE.test(w));
    if (words.length && !NOT_PLACE.test(lat[1]!.split(/\s+/)[0]!))
      return { name: words.slice(0, 3).join(' '), country: countryOf(words.join(' ')) };
  }
  const cjk = CJK_PLACE.exec(rest);
  if (cjk && !/价格|报价|条款|的话|还是|可以|吧/.test(cjk[1]!)) return { name: cjk[1]!, country: countryOf(cjk[1]!) };
  return undefined;
}

export function findIncoterms(text: string, places: PlaceHit[]): Mention[] {
  const out: Mention[] = [];
  for (const h of TERMS.findAll(text)) {
    const term = h.value;
    const latin = /^[A-Za-z]/.test(h.word);
    // "fob" in lower case is still FOB; a Chinese name (到岸价) says the term without a place
    const place = latin ? placeAfter(text, h.end, places) : undefined;
    const value: Record<string, unknown> = { term };
    if (place) value.place = place.name;
    const evidence = sentenceAround(text, h.start, h.end);
    out.push({ kind: 'incoterm', value, evidence, start: h.start, end: h.end, confidence: latin ? 0.85 : 0.7 });
    if (place && DEST_TERMS.has(term)) {
      const dest: Record<string, unknown> = { port: place.name };
      if (place.country) dest.country = place.country;
      out.push({ kind: 'destination', value: dest, evidence, start: h.start, end: h.end, confidence: 0.8 });
    }
  }
  return out;
}

const DEST = new PhraseSet(DEST_CUES);
const ADDRESS = new PhraseSet(ADDRESS_CUES);
const ORIGIN = new PhraseSet(ORIGIN_CUES);
const TRANSIT = new PhraseSet(TRANSIT_CUES);
const WHERE = new PhraseSet(WHERE_SOMEONE_IS);
const FIELD = new PhraseSet(DEST_FIELDS);
const MARKET = new PhraseSet(MARKET_AFTER);
const ARRIVAL = new PhraseSet(ARRIVAL_AFTER);
// what may stand between a cue and its place: "ship to: the Lagos", "目的港：桑托斯"
const FILLER = /^[\s:：]*(?:(?:the|our|a)\s+)?$/i;
// "送去我们观塘写字楼": the buyer's own premises after a delivery cue, a weak destination (an office may only take samples)
const OWN_FILLER = /^[\s:：]*(?:我们的?|我司的?|客户的?)$/;
const FIELD_VALUE = /^\s*[:：][^\n]{0,20}$/;

/** The cue of `set` that ends right before a place (`before` is the text up to it). */
function cueBefore(before: string, set: PhraseSet): boolean {
  return cueHit(before, set) !== undefined;
}
function cueHit(before: string, set: PhraseSet, filler = FILLER): { start: number; end: number } | undefined {
  const hits = set.findAll(before);
  const last = hits[hits.length - 1];
  return last !== undefined && filler.test(before.slice(last.end)) ? last : undefined;
}
// a delivery act ("送到工地", "deliver to our site"): a place that opens the next clause of its sentence is where
const DELIVERY_ACT = new PhraseSet(DELIVERY_VERBS);
const PLACE_OPENER = /^[\s]*(?:就在|是在|在|是|地点在|地址在|地址是|位于|in|at)?\s*$/i;
/** "送到工地，合肥高新区那边", "我们要直接送到补习班，在台北": the place opens the clause after a delivery act. */
function afterDeliveryAct(text: string, at: number): boolean {
  const sentenceStart =
    Math.max(...['。', '！', '？', '!', '?', '\n', '；', ';'].map((e) => text.lastIndexOf(e, at - 1))) + 1;
  const comma = Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf(',', at - 1));
  if (comma < sentenceStart || !PLACE_OPENER.test(text.slice(comma + 1, at))) return false;
  const clauseStart = Math.max(
    sentenceStart,
    text.lastIndexOf('，', comma - 1) + 1,
    text.lastIndexOf(',', comma - 1) + 1,
  );
  return DELIVERY_ACT.has(text.slice(clauseStart, comma));
}
/** A form field ("交货地点：", "Port of discharge:") whose value runs up to the place. */
function fieldBefore(before: string): boolean {
  return FIELD.findAll(before).some((h) => FIELD_VALUE.test(before.slice(h.end)));
}
/** The words right after a place name it as one of `set` ("汉堡港", "Reno warehouse", "中东客户"). */
function wordAfter(after: string, set: PhraseSet): boolean {
  const rest = after.replace(/^\s+/, '');
  return set.matchAt(rest, 0) !== undefined;
}

const CN_ADDRESS =
  /(?:送到|送去|送往|送|发到|运到|发(?!票)|(?<![收得做拿找想看听])到)\s*([\u4e00-\u9fff]{2,6}?)(?:的)?(仓库|仓|工厂|厂里|门店|店里|店铺|现场|公司|项目|工地|酒店)/g;

// A form's delivery-address field: a Chinese address there is a domestic destination.
const DEST_FIELD =
  /(?:交货地点|交货地址|送货地址|收货地址|到货地点|目的地|delivery (?:address|place|location))\s*[:：]\s*([^\n]{2,60})/gi;
const CN_ADDRESS_WORD = /省|市|区|县|镇|路|街|号|园|厂|仓|我司|公司|工地|现场/;

export function findDestinations(text: string, places: PlaceHit[]): Mention[] {
  const out: Mention[] = [];
  for (const p of places) {
    const before = text.slice(Math.max(0, p.start - 24), p.start);
    // a cue names the next place only: "via Singapore to Jakarta" passes through Singapore
    if (cueBefore(before, ORIGIN) || cueBefore(before, TRANSIT)) continue;
    const after = text.slice(p.end, p.end + 12);
    const field = fieldBefore(before);
    // "our office is in Hamburg" says where the buyer is; "ship to Hamburg" where the goods go
    // the longer cue ending at the place decides: "地址在昆山" is a delivery address, "公司在昆山" where the buyer is
    const whereHit = cueHit(before, WHERE);
    const addressHit = cueHit(before, ADDRESS);
    const address = addressHit !== undefined && !(whereHit && whereHit.start < addressHit.start);
    const where = whereHit !== undefined && !address;
    const strong = field || (!where && cueBefore(before, DEST)) || wordAfter(after, ARRIVAL);
    // read indirectly (a site's address, the clause after a delivery act): weak, it fills the slot only when nothing firm does
    const own = !where && cueHit(before, DEST, OWN_FILLER) !== undefined;
    const weak = where || address || own || wordAfter(after, MARKET) || afterDeliveryAct(text, p.start);
    if (!strong && !weak) continue;
    if (p.country === 'CN' && !/送|发|运|寄|到/.test(before) && !field && !address) continue; // Chinese cities are usually our side
    const value: Record<string, unknown> = { country: p.country };
    if (!p.isCountry) value.port = p.name;
    out.push({
      kind: 'destination',
      value,
      evidence: sentenceAround(text, p.start, p.end),
      start: p.start,
      end: p.end,
      confidence: strong ? 0.75 : 0.5,
      weak: !strong,
    });
  }
  for (const m of allMatches(CN_ADDRESS, text)) {
    const name = m[1]!;
    const a = m.index;
    const b = a + m[0].length;
    if (out.some((o) => o.start >= a && o.start < b)) continue;
    const cc = countryOf(name) ?? places.find((p) => p.start >= a && p.end <= b)?.country ?? 'CN';
    if (cc !== 'CN') continue;
    out.push({
      kind: 'destination',
      value: { country: 'CN', port: name },
      evidence: sentenceAround(text, a, b),
      start: a,
      end: b,
      confidence: 0.6,
    });
  }
  for (const m of allMatches(DEST_FIELD, text)) {
    const a = m.index;
    const b = a + m[0].length;
    const v = m[1]!;
    if (out.some((o) => o.start >= a && o.start < b) || !/[\u4e00-\u9fff]/.test(v) || !CN_ADDRESS_WORD.test(v))
      continue;
    if (places.some((p) => p.start >= a && p.end <= b && p.country !== 'CN')) continue;
    out.push({
      kind: 'destination',
      value: { country: 'CN' },
      evidence: sentenceAround(text, a, b),
      start: a,
      end: b,
      confidence: 0.6,
    });
  }
  return out;
}
