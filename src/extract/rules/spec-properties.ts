// Specs with no attribute word (issue 14): a property said by its shape —
// Chinese 耐/防/抗 + what it withstands ("耐高温", "耐热230度", "防水"),
// English waterproof / anti-slip / fire retardant — and a bare count in a unit
// that is a spec by itself ("16pin", "8层", "20 micron"). Attribute other.
import { PhraseSet } from '../analyze/phrase-set.js';
import { tokenize, type Token } from '../analyze/tokens.js';
import {
  COUNT_SPEC_UNITS,
  NOT_PROPERTIES_ZH,
  PACKAGING_AFTER_COUNT,
  PROPERTY_NAMES_AFTER,
  PROPERTY_PREFIXES_ZH,
  PROPERTY_TAILS_EN,
  PROPERTY_WORDS_EN,
} from '../lexicon/spec-attributes.js';
import { GOODS_HEAD_CHARS_ZH, GOODS_ZH } from '../lexicon/goods.js';
import { measureAt } from './spec-zh.js';
import type { SpecFound } from './spec-attributes.js';

const PREFIXES = new Set(PROPERTY_PREFIXES_ZH);
const NOT_PROPERTY = new Set(NOT_PROPERTIES_ZH);
// a property word that ends on a goods head is goods named by the property: 防晒霜, 防尘罩, 抗菌毛巾
const GOODS_WORDS = new Set(GOODS_ZH);
const GOODS_HEADS = new Set(GOODS_HEAD_CHARS_ZH);
const namesGoods = (w: string): boolean => GOODS_WORDS.has(w) || GOODS_HEADS.has(w[w.length - 1]!);
const WORDS_EN = new PhraseSet(PROPERTY_WORDS_EN);
const TAILS_EN = new PhraseSet(PROPERTY_TAILS_EN);
const NAMES_AFTER = new PhraseSet(PROPERTY_NAMES_AFTER);
const COUNT_UNITS = new Set(COUNT_SPEC_UNITS.map((u) => u.toLowerCase()));
const PACKAGING = new PhraseSet(PACKAGING_AFTER_COUNT);
const CJK = /[\u4e00-\u9fff]/;
// the shapes of an English property word: "rainproof", "anti-fog", "stain-resistant"
const EN_SHAPE = /^(?:[a-z]{3,}-?proof|anti-?[a-z]{3,}|[a-z]{3,}-resistant)$/i;

/** A Chinese word opening on a property prefix (防水, 耐高温, 抗 …) that names no goods (防晒霜). */
export function isPropertyWord(word: string): boolean {
  return CJK.test(word) && PREFIXES.has(word[0]!) && !NOT_PROPERTY.has(word) && !namesGoods(word);
}

/**
 * How many tokens from `k` make one prefix property: 1 for a word like 耐高温, 2 for a prefix the
 * tokenizer cut off on its own (抗 + UV, 耐 + 刮), 0 for none.
 */
function propertyAt(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || !isPropertyWord(t.text)) return 0;
  if (t.text.length >= 2 && t.text.length <= 4) return 1;
  const n = toks[k + 1];
  return t.text.length === 1 && n && n.start === t.end && n.text.length <= 3 && !/^\d/.test(n.text) ? 2 : 0;
}

/** Chinese prefix properties, several in a row read as one ("防水防尘"), with a measure after them ("耐热230度"). */
function zhProperties(text: string): SpecFound[] {
  const out: SpecFound[] = [];
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    let n = propertyAt(toks, i);
    if (!n) continue;
    const start = toks[i]!.start;
    let j = i + n;
    while ((n = propertyAt(toks, j))) j += n;
    let end = toks[j - 1]!.end;
    if (NAMES_AFTER.matchAt(text, end)) continue; // "防水等级IP67": the name of a measure
    const m = measureAt(text, end);
    if (m && !/\s/.test(text[end] ?? '')) end = m.end;
    out.push({ attribute: 'other', value: text.slice(start, end), start, end });
    i = j - 1;
  }
  return out;
}

function enProperties(text: string): SpecFound[] {
  const out: SpecFound[] = [];
  const add = (start: number, end: number): void => {
    if (out.some((o) => o.start < end && start < o.end)) return;
    let e = end;
    if (NAMES_AFTER.matchAt(text, e + 1) || NAMES_AFTER.matchAt(text, e)) return;
    const tail = TAILS_EN.matchAt(text, e + 1);
    if (text[e] === ' ' && tail) e = tail.end;
    out.push({ attribute: 'other', value: text.slice(start, e), start, end: e });
  };
  for (const h of WORDS_EN.findAll(text)) add(h.start, h.end);
  for (const w of text.matchAll(/[A-Za-z][A-Za-z-]+/g)) if (EN_SHAPE.test(w[0])) add(w.index, w.index + w[0].length);
  return out.sort((a, b) => a.start - b.start);
}

/** Bare counts in a spec unit: "16pin", "8层", "3 ply", "20 micron" (not a carton's "5层瓦楞"). */
function countSpecs(text: string): SpecFound[] {
  const out: SpecFound[] = [];
  for (const d of text.matchAll(/(?<![\d.A-Za-z])\d+(?:\.\d+)?/g)) {
    const at = d.index + d[0].length;
    // the unit right after the number: a Latin word, or one or two Chinese characters
    const w = /^ ?(?:([A-Za-zμ]+)|([\u4e00-\u9fff]{1,2}))/.exec(text.slice(at));
    if (!w) continue;
    const unit = w[1] ? w[1].toLowerCase() : [w[2]!, w[2]![0]!].find((u) => COUNT_UNITS.has(u));
    if (!unit || !COUNT_UNITS.has(unit)) continue;
    const end = at + w[0].length - (w[1] ? 0 : w[2]!.length - unit.length);
    let after = end;
    while (text[after] === ' ') after++;
    if (PACKAGING.matchAt(text, after) || text[d.index - 1] === '第') continue;
    out.push({ attribute: 'other', value: text.slice(d.index, end), start: d.index, end });
  }
  return out;
}

export function findPropertySpecs(text: string): SpecFound[] {
  return [...countSpecs(text), ...(CJK.test(text) ? zhProperties(text) : []), ...enProperties(text)];
}
