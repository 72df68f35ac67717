// The product: the head noun phrase of a purchase act ("客户想订购三千件纯棉T恤",
// "looking for bamboo cutting boards"), a goods noun phrase after a quantity
// ("500套雨刮器", "2,000 ceramic mugs"), one before a stock question
// ("保温杯有货吗"), or a form field ("Product: …"). Read over tokens, with the
// goods / non-goods lexicons deciding what a noun phrase may end on.
import { CERT_NAMES, CERT_NAMES_WITH_WORD, STANDARD_BODIES } from '../lexicon/certifications.js';
import { nounableVerb, tokenize, type Token } from '../analyze/tokens.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import { COLOURS_EN, COLOURS_ZH, FINISHES_EN, FINISHES_ZH } from '../lexicon/colours.js';
import {
  GOODS_EN,
  GOODS_HEAD_CHARS_ZH,
  GOODS_MODIFIERS_ZH,
  GOODS_ZH,
  MATERIALS_EN,
  MATERIALS_ZH,
} from '../lexicon/goods.js';
import { NON_GOODS_EN, NON_GOODS_ZH } from '../lexicon/non-goods.js';
import {
  BUY_AFTER_ZH,
  BUY_BEFORE_EN,
  BUY_BEFORE_ZH,
  IDENTITY_MARKERS_ZH,
  WHICH_GOODS_QUESTIONS,
  OFFER_BEFORE,
  POINTING_BEFORE_ZH,
  PRODUCT_FIELDS,
  RELATIONAL_LINKS_EN,
  RELATIONAL_NOUNS_EN,
} from '../lexicon/purchase.js';
import { BATCH_WORDS, UNITS } from '../lexicon/units.js';
import { hasCjk, sentenceAround } from '../text.js';
import { NEGATION } from '../lexicon/clause-words.js';
import { isPropertyWord } from './spec-properties.js';
import type { Mention } from './mention.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE } from '../lexicon/currencies.js';
import { LOGO_TECHNIQUES, PACK_HEADS_ZH, PACK_WORDS } from '../lexicon/logo-packaging.js';
import { GENERIC_ATTRIBUTES_ZH, NAMED_ATTRIBUTES_ZH, QUALITY_NOUNS_ZH } from '../lexicon/spec-attributes-zh.js';

const BEFORE_ZH = new PhraseSet(BUY_BEFORE_ZH.map(([w, v]) => [w, String(v)] as [string, string]));
const AFTER_ZH = new PhraseSet(BUY_AFTER_ZH.map(([w, v]) => [w, String(v)] as [string, string]));
const BEFORE_EN = new PhraseSet(BUY_BEFORE_EN.map(([w, v]) => [w, String(v)] as [string, string]));
const OFFER = new PhraseSet(OFFER_BEFORE.map(([w, v]) => [w, String(v)] as [string, string]));
const POINTING = new PhraseSet(POINTING_BEFORE_ZH.map(([w, v]) => [w, String(v)] as [string, string]));
const PACKS = new Set(PACK_WORDS.map((w) => w.toLowerCase()));
// a Chinese word on a pack head (布袋, 皮盒) is a pack too when given per piece
const PACK_HEAD = new Set(PACK_HEADS_ZH);
const cjkName = (n: string): boolean => /^[\u4e00-\u9fff]+$/.test(n);
const FIELDS = new PhraseSet(PRODUCT_FIELDS.map(([w, v]) => [w, String(v)] as [string, string]));
const GOODS = new Set([...GOODS_ZH, ...GOODS_EN].map((w) => w.toLowerCase()));
const MATERIAL = new Set(
  [...MATERIALS_ZH, ...MATERIALS_EN, ...COLOURS_ZH, ...COLOURS_EN, ...FINISHES_ZH, ...FINISHES_EN].map((w) =>
    w.toLowerCase(),
  ),
);
// a logo technique is a way of marking goods, never the goods ("一万个烫金"); English single words stay
// out, as some are goods too (aluminium foil, a laser)
const TECHNIQUES = LOGO_TECHNIQUES.filter((w) => hasCjk(w) || /\s/.test(w));
// a currency is money, never goods ("18块美金"): its word spellings, not signs or one-character ones (刀, 块)
const CURRENCY_WORDS = [...CURRENCY_BEFORE, ...CURRENCY_AFTER]
  .map(([w]) => w)
  .filter((w) => w.length >= 2 && /^[A-Za-z\u4e00-\u9fff ]+$/.test(w));
const NON_GOODS = new Set(
  [...NON_GOODS_ZH, ...NON_GOODS_EN, ...TECHNIQUES, ...CURRENCY_WORDS].map((w) => w.toLowerCase()),
);
const GOODS_MODIFIER = new Set(GOODS_MODIFIERS_ZH);
const RELATIONAL = new Set(RELATIONAL_NOUNS_EN);
const RELATIONAL_LINK = new Set(RELATIONAL_LINKS_EN);
const UNIT = new Set(UNITS.map(([w]) => w.toLowerCase()));
const BATCH = new Set(BATCH_WORDS);
const NEGATION_WORDS = new Set(NEGATION.filter(hasCjk));
// one-character Chinese measure words, from the units lexicon (one list for every rule)
const MEASURE = new Set(UNITS.map(([w]) => w).filter((w) => w.length === 1 && hasCjk(w)));
const NUMERALS = /^[\d一二两三四五六七八九十百千万]+/;
/** "三千件", "500个": a count and its measure word in one token. */
const isCountWord = (s: string): boolean => {
  const n = NUMERALS.exec(s)?.[0].length ?? 0;
  return n > 0 && s.length === n + 1 && MEASURE.has(s[n]!);
};

// jieba tags that can sit inside a goods noun phrase
const NOUNISH_ZH = new Set(['n', 'nz', 'ng', 'vn', 'nm', 'nc', 'b', 'an', 'l', 'j', 'x']);
const MODIFIER_ZH = new Set(['a', 'b', 'ag', 'an']);
const NAME_TAGS = new Set(['nr', 'nrt', 'ns', 'nt']);
const FILLER_ZH = new Set([
  '一批',
  '一些',
  '些',
  '批',
  '一款',
  '款',
  '点',
  '一点',
  '这种',
  '那种',
  '这款',
  '那款',
  '你们的',
  '贵司的',
]);

// the second character of a verb that takes an object: 送到, 发给, 放在, 寄去, 做完
const VERB_COMPLEMENT = new Set(['到', '给', '在', '去', '来', '完', '成', '出']);
// a negated trigger is no purchase act: the 要 of 不要, 别要, 没要
const NEGATED = new Set(['不', '没', '别', '无', '甭']);

export interface ProductCandidate {
  name: string;
  start: number;
  end: number;
  weight: number;
  /** Where the purchase act is, when it is apart from the name (an object said as the topic before). */
  act?: number;
}

const plain = (w: string): string =>
  w.endsWith('es') && GOODS.has(w.slice(0, -2)) ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w;
const HEAD_CHARS = new Set(GOODS_HEAD_CHARS_ZH);
const COLOUR_ZH = new Set(COLOURS_ZH);
/** An English plural: "mugs", "lights" (not "glass"). */
const isPlural = (w: string): boolean => w.length > 2 && w.endsWith('s') && w[w.length - 2] !== 's';
const isGoods = (w: string): boolean =>
  GOODS.has(w) ||
  GOODS.has(plain(w)) ||
  (w.length >= 2 && hasCjk(w[0]!) && HEAD_CHARS.has(w[w.length - 1]!) && !NON_GOODS.has(w));
const isNum = (t: Token): boolean =>
  t.tag === 'm' || t.tag === 'num' || /^[\d一二两三四五六七八九十百千万]+$/.test(t.text);
const isUnit = (t: Token): boolean => t.tag === 'q' || t.tag === 'unit' || UNIT.has(t.norm);
const isCjkNounish = (t: Token): boolean =>
  NOUNISH_ZH.has(t.tag) || GOODS.has(t.norm) || MATERIAL.has(t.norm) || (t.latin && t.tag !== 'num');
// walking back from a stock question or "要 + quantity": words only, and never onto a non-goods noun ("老板，")
const backNounish = (t: Token): boolean =>
  isCjkNounish(t) && !isNum(t) && (t.tag !== 'x' || hasCjk(t.text)) && !NON_GOODS.has(t.norm);
const isLatinNounish = (t: Token): boolean =>
  t.latin &&
  t.tag !== 'name' &&
  (t.tag === 'noun' || t.tag === 'adj' || GOODS.has(t.norm) || MATERIAL.has(t.norm) || /^[A-Z0-9-]{2,}$/.test(t.text));

/** Skip quantities, units and fillers ("三千件", "一批", "2,000 pcs of", "some"). */
function skipLead(toks: Token[], i: number): number {
  let j = i;
  for (let guard = 0; guard < 8 && j < toks.length; guard++) {
    const t = toks[j]!;
    if (/^\s+$/.test(t.text)) j++;
    else if (isNum(t)) {
      j++;
      if (toks[j] && isUnit(toks[j]!)) j++;
      // a count of containers holds the goods: "2 containers of floor tiles", "40 boxes of pens"
      else if (toks[j]?.latin && toks[j + 1]?.norm === 'of') j++;
      if (toks[j] && (toks[j]!.norm === 'of' || toks[j]!.norm === 'x' || toks[j]!.norm === '×')) j++;
    } else if (isCountWord(t.text)) j++;
    // "请报价：水槽", "Product - mugs": a colon or dash between the act and the goods
    else if (j === i && (t.text === '：' || t.text === ':')) j++;
    else if (
      FILLER_ZH.has(t.text) ||
      t.tag === 'det' ||
      (t.latin && t.tag === 'adv') ||
      (t.latin &&
        [
          'some',
          'more',
          'new',
          'good',
          'quality',
          'cheap',
          'your',
          'our',
          'these',
          'those',
          'of',
          'a',
          'an',
          'the',
          'any',
        ].includes(t.norm))
    )
      j++;
    else if (isUnit(t) && !t.latin) j++;
    else break;
  }
  return j;
}

/**
 * "a supplier of lunch bags", "a quote on office chairs": after a purchase act a
 * relational noun and its preposition lead to the goods; the index of the goods.
 */
function pastRelational(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t || !t.latin || !RELATIONAL.has(t.norm)) return i;
  const link = nextWord(toks, i);
  if (!link || !RELATIONAL_LINK.has(link.norm)) return i;
  return skipLead(toks, toks.indexOf(link) + 1);
}

const IDENTITY_BEFORE = new Set(IDENTITY_MARKERS_ZH);
/**
 * "我们是做酒店用品的", "我是卖灯具的": 是 + trade verb + goods + 的 says what a
 * business deals in, not what it buys now.
 */
function identityClause(text: string, triggerStart: number, npEnd: number): boolean {
  const before = text.slice(Math.max(0, triggerStart - 3), triggerStart);
  if (![...IDENTITY_BEFORE].some((w) => before.endsWith(w))) return false;
  return text[npEnd] === '的' && !hasCjk(text[npEnd + 1] ?? '');
}

/** The next token after `j` that is not white space. */
function nextWord(toks: Token[], j: number): Token | undefined {
  let k = j + 1;
  while (toks[k] && /^\s+$/.test(toks[k]!.text)) k++;
  return toks[k];
}

/**
 * Whether the verb-tagged word at `j` is a noun inside a compound rather than the clause's
 * predicate. A base form qualifies the word after it ("seat covers", "grow lights"); a verb in
 * its -s form is the plural head only where the phrase ends ("car seat covers."). A verb that
 * takes an object — a count, or more words after an -s form ("ACME wants 8000 pcs", "the buyer
 * needs blue cups") — is the predicate, and the goods phrase stops before it.
 */
function compoundVerb(toks: Token[], j: number): boolean {
  const t = toks[j]!;
  if (!nounableVerb(t.text)) return false;
  const next = nextWord(toks, j);
  const nextIsWord = !!next && next.latin && /^[A-Za-z]/.test(next.text);
  if (next && /^\d/.test(next.text)) return false;
  const sForm = /[^s]s$/i.test(t.text);
  return sForm ? !nextIsWord : nextIsWord;
}

/** The goods noun phrase starting at token `i`, or undefined. */
function nounPhrase(
  toks: Token[],
  i: number,
  limit = Infinity,
): { start: number; end: number; head: Token } | undefined {
  const first = toks[i];
  if (!first) return undefined;
  let latin = first.latin && /[A-Za-z]/.test(first.text);
  let j = i;
  let head: Token | undefined;
  let end = -1;
  while (j < toks.length && toks[j]!.start < limit) {
    const t = toks[j]!;
    // "LED霓虹灯", "USB充电器": a Latin word glued to a Chinese noun is part of a Chinese phrase
    // "USB充电台灯": also through a verb that qualifies the noun glued after it
    const qualifying =
      t.tag === 'v' && t.text.length === 2 && toks[j + 1]?.start === t.end && isCjkNounish(toks[j + 1]!);
    if (latin && end >= 0 && !t.latin && t.start === end && (isCjkNounish(t) || qualifying) && hasCjk(t.text))
      latin = false;
    if (latin) {
      // a line break ends the goods: a list's next line is another field ("60 beds\n- Frame: …")
      if (/^[^\S\n]+$/.test(t.text) && toks[j + 1] && isLatinNounish(toks[j + 1]!)) {
        j++;
        continue;
      }
      if (t.text === '-' && toks[j + 1]?.latin) {
        j++;
        continue;
      }
      // inside a compound a verb or unit word is a noun: "car seat covers", "LED grow lights", "knife sets"
      const compound = end >= 0 && (t.tag === 'unit' || (t.tag === 'verb' && compoundVerb(toks, j)));
      // a non-goods noun after the words ends the goods ("toothbrush price"), or shows they were
      // its modifiers ("bank account number", "bank details"): then there are no goods here
      if (NON_GOODS.has(t.norm) && head) {
        if (!isGoods(head.norm) && !isPlural(head.norm) && !RELATIONAL.has(t.norm)) return undefined;
        break;
      }
      if (!isLatinNounish(t) && !compound) break;
      // a model code or size after the head is a spec of the goods, not their name: "bearings 6205-2RS", "tube T8"
      if (head && /\d/.test(t.text) && (isGoods(head.norm) || isPlural(head.norm))) break;
      if (t.tag !== 'adj' || GOODS.has(t.norm)) head = t;
      end = t.end;
      if (j - i > 8) break;
    } else {
      // a unit word after a material is the goods: 牛皮纸 + 袋
      if (t.tag === 'q' && head && MATERIAL.has(head.norm) && t.start === end) {
        head = t;
        end = t.end;
        break;
      }
      if (
        t.text === '的' &&
        head &&
        toks[j + 1] &&
        isCjkNounish(toks[j + 1]!) &&
        (MATERIAL.has(head.norm) || MODIFIER_ZH.has(head.tag))
      ) {
        j++;
        continue;
      }
      // a verb may qualify the goods ("快递纸箱", "折叠伞") when a noun follows at once
      // but a verb with a result or direction ("送到档口", "发给") takes an object, it does not qualify one
      const verbModifier =
        t.tag === 'v' &&
        !t.latin &&
        toks[j + 1]?.start === t.end &&
        isCjkNounish(toks[j + 1]!) &&
        t.text.length === 2 &&
        !VERB_COMPLEMENT.has(t.text[1]!);
      // a position word inside the goods: 蕾丝 + 前 + 头套, 后 + 雨刮器
      const position =
        t.tag === 'f' && t.text.length === 1 && toks[j + 1]?.start === t.end && isCjkNounish(toks[j + 1]!);
      // jieba tags some modifiers as names (宝宝/nr + 餐椅, 马口/nr …): before goods touching it, a
      // name-tagged word qualifies them
      const nameModifier =
        NAME_TAGS.has(t.tag) && toks[j + 1]?.start === t.end && !toks[j + 1]!.latin && isGoods(toks[j + 1]!.norm);
      const modifier = MODIFIER_ZH.has(t.tag) || GOODS_MODIFIER.has(t.text) || nameModifier;
      // a non-goods noun after the goods ends them: 蓝牙音箱 + 现货, 冰箱 + 价格
      if (head && NON_GOODS.has(t.norm) && !isGoods(t.norm)) break;
      if (
        !(isCjkNounish(t) || modifier || verbModifier || position) ||
        /^\s+$/.test(t.text) ||
        (t.tag === 'x' && !hasCjk(t.text))
      )
        break;
      if (t.tag === 'ns' && !GOODS.has(t.norm) && head) break;
      if (isNum(t)) break;
      if (!modifier && !verbModifier && !position) head = t;
      end = t.end;
      if (j - i > 5) break;
      // tokens of one phrase touch; a gap (space, latin word) ends it unless both sides are nouns
      if (toks[j + 1] && toks[j + 1]!.start !== t.end && !toks[j + 1]!.latin) break;
    }
    j++;
  }
  if (!head || end < 0) return undefined;
  return { start: first.start, end, head };
}

// a colour said before the goods with 的 is a spec of them: "白色的耳机" names 耳机

function accept(text: string, np: { start: number; end: number; head: Token }): string | undefined {
  let name = text.slice(np.start, np.end).trim();
  const de = name.indexOf('的');
  if (de > 0 && COLOUR_ZH.has(name.slice(0, de)) && de < name.length - 1) {
    np = { ...np, start: np.start + de + 1 };
    name = name.slice(de + 1);
  }
  const head = np.head.norm;
  if (NON_GOODS.has(head) || NON_GOODS.has(name.toLowerCase())) return undefined;
  if (BATCH.has(head) || /^[\d\s.,x×*-]+$/.test(name)) return undefined;
  // English words are longer: "aluminium electrolytic capacitor" is three words
  if (name.length < 2 || name.length > (hasCjk(name) ? 30 : 40)) return undefined;
  // a colour or material alone is a spec, not the product
  // unless a goods word that is also a colour heads a compound ("bamboo charcoal", "face cream")
  const goodsCompound = GOODS.has(head) && /\s/.test(name);
  if (MATERIAL.has(name.toLowerCase()) || (MATERIAL.has(head) && !goodsCompound) || /[色灰]$/.test(name))
    return undefined;
  if (/^[A-Za-z]+$/.test(name) && name.length < 3) return undefined;
  name = name.replace(/[\s\-.]+$/, '');
  return name;
}

/**
 * Whether the span [start, end) of a trigger word lies inside a longer noun of the
 * text: 采购 of 采购部, 订购 of 订购单 is a department or a document, not a purchase act.
 */
export function insideNoun(text: string, start: number, end: number): boolean {
  return tokenize(text).some(
    (t) => !t.latin && t.start <= start && t.end >= end && t.end - t.start > end - start && /^(?:n|vn)/.test(t.tag),
  );
}

/**
 * A candidate without the note after it: a parenthetical ("lining (your ref. TL-190)",
 * "纱布块（灭菌）") comments on the goods, it is no part of their name.
 */
export function withoutNote(c: ProductCandidate): ProductCandidate {
  const cut = c.name.search(/\s*[(（]/);
  if (cut <= 0) return c;
  const name = c.name.slice(0, cut).trim();
  return { ...c, name, end: c.start + name.length };
}

/**
 * The goods after a short modifier clause closed by 的, right after a purchase act
 * ("一款自己牌子的补水面膜"): only a goods head counts, so "我们的意思" or "自己的" give none.
 */
function afterModifier(toks: Token[], from: number): ReturnType<typeof nounPhrase> {
  for (let k = from; k < Math.min(toks.length, from + 6); k++) {
    const t = toks[k]!;
    if (CLAUSE_STOP.has(t.text) || /^\s+$/.test(t.text)) return undefined;
    if (t.text !== '的' && t.tag !== 'uj') continue;
    const np = nounPhrase(toks, k + 1);
    return np && isGoods(np.head.norm) ? np : undefined;
  }
  return undefined;
}

/** Whether nothing but a count, filler or the clause's end follows the act: its object was said before. */
function objectElided(toks: Token[], from: number): boolean {
  const t = toks[from];
  return (
    !t || CLAUSE_STOP.has(t.text) || NON_GOODS.has(t.norm) || (!t.latin && /^[vdpuyc]/.test(t.tag) && !isCjkNounish(t))
  );
}

/**
 * The topic of a purchase act: the clause right before the act's own clause, when that clause
 * is only a goods noun phrase ("那款18V锂电电钻，我们想先进一批"), said before the act that
 * refers back to it.
 */
function topicPhrase(toks: Token[], before: number): ReturnType<typeof nounPhrase> {
  // the stop that opens the act's clause, and the one before it
  let open = -1;
  for (let k = 0; k < toks.length && toks[k]!.start < before; k++) if (CLAUSE_STOP.has(toks[k]!.text)) open = k;
  if (open < 0) return undefined;
  let from = open - 1;
  while (from >= 0 && !CLAUSE_STOP.has(toks[from]!.text)) from--;
  let first = skipLead(toks, from + 1);
  // "上次你发的那款…": the topic may follow a short relative clause
  const de = toks.findIndex((t, k) => k >= first && k < open && t.text === '的');
  if (de >= 0) first = skipLead(toks, de + 1);
  // a leading size or model code ("18V") qualifies the goods
  if (/\d/.test(toks[first]?.text ?? '') && toks[first + 1]?.start === toks[first]!.end) first++;
  const np = nounPhrase(toks, first, toks[open]!.start);
  if (!np || !isGoods(np.head.norm) || !hasCjk(np.head.text) || np.end !== toks[open]!.start) return undefined;
  return np;
}

const WHICH = new PhraseSet(WHICH_GOODS_QUESTIONS.map((w) => [w, w] as [string, string]));
/** Whether a message asks which goods are wanted ("Which capacitors are you looking for?", "您要哪种膜布？"). */
export function asksWhichGoods(text: string): boolean {
  return /[?？]/.test(text) && WHICH.findAll(text.toLowerCase()).length > 0;
}

/**
 * Product candidates of one customer message's reading text; `asked` when the other side has
 * just asked which goods are wanted, so a reply that opens on a noun phrase names them.
 */
export function productCandidates(text: string, offer = false, asked = false): ProductCandidate[] {
  if (!text.trim()) return [];
  const toks = tokenize(text);
  const out: ProductCandidate[] = [];
  const add = (np: ReturnType<typeof nounPhrase>, weight: number, act?: number): void => {
    if (!np) return;
    const name = accept(text, np);
    if (!name || out.some((o) => o.name === name)) return;
    const bonus = isGoods(np.head.norm) ? 0.2 : 0;
    const start = Math.max(np.start, text.indexOf(name, np.start));
    out.push({ name, start, end: start + name.length, weight: weight + bonus, ...(act !== undefined && { act }) });
  };
  // token index at a text offset
  const at = (offset: number): number => toks.findIndex((t) => t.start >= offset);
  for (const set of [FIELDS]) {
    for (const h of set.findAll(text)) {
      const after = text.slice(h.end).match(/^\s*[:：]\s*/);
      if (!after) continue;
      const from = h.end + after[0].length;
      // the value up to the line's end or an aside in brackets, without a trailing size or capacity ("… 500ml")
      const line = text
        .slice(from)
        .split(/[\n，,；;(（]/)[0]!
        .replace(/(?:\s+[\d.]+\s*[A-Za-z]{0,3})+\s*$/, '')
        .replace(/[.。\s]+$/, '');
      if (line.length >= 2 && line.length <= 40 && !NON_GOODS.has(line.toLowerCase()))
        out.push({ name: line, start: from, end: from + line.length, weight: Number(h.value) + 0.3 });
    }
  }
  for (const set of offer ? [BEFORE_ZH, BEFORE_EN, OFFER] : [BEFORE_ZH, BEFORE_EN]) {
    for (const h of set.findAll(text)) {
      if (NEGATED.has(text[h.start - 1] ?? '') || insideNoun(text, h.start, h.end)) continue;
      // an act at the message's end may still refer back to its topic
      const i = at(h.end) < 0 ? toks.length : at(h.end);
      const from = pastRelational(toks, skipLead(toks, i));
      let np = nounPhrase(toks, from);
      let act: number | undefined;
      if (np && identityClause(text, h.start, np.end)) continue;
      if (np && !accept(text, np)) np = undefined;
      // a modifier clause closed by 的 before the goods: "做一款自己牌子的补水面膜", "要你们那种带盖的水杯"
      if (!np || !isGoods(np.head.norm)) np = afterModifier(toks, from) ?? np;
      // the act's object left out: it is the topic said before, "那款电钻，我们想先进一批"
      if (!np && objectElided(toks, from)) {
        const topic = topicPhrase(toks, h.start);
        // the act decides whether this is said of now, not the topic's clause ("上次你发的那款…，我们想进一批")
        if (topic) act = h.start;
        np = topic;
      }
      add(np, Number(h.value), act);
    }
  }
  // a quantity and its goods: "三千件纯棉T恤", "2,000 ceramic mugs"
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isNum(t) && !isCountWord(t.text)) continue;
    const unitNext = toks[i + 1] && isUnit(toks[i + 1]!);
    const counted = !isNum(t) || unitNext || MEASURE.has(t.text[t.text.length - 1]!);
    const j = skipLead(toks, i);
    const np = nounPhrase(toks, j);
    // a count of packs is packing, not goods: "每支一个吸塑卡", "each in 1 polybag"
    if (np && PACKS.has(text.slice(np.start, np.end).toLowerCase())) continue;
    // "2,000 ceramic mugs" counts goods with no unit word; then the head must be a plural or a goods word,
    // and the number a bare count: a size or measure ("5ml", "35V") is a spec, and what follows it too
    const bareCount = /^\d[\d,.]*k?$/i.test(t.text);
    if (!counted && !(bareCount && np && np.head.latin && (isGoods(np.head.norm) || isPlural(np.head.norm)))) continue;
    add(np, 0.6);
  }
  // a clause that is only goods, then its count: "牛皮纸袋，一万个", "雨伞，5000把"
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (t.text !== '，' && t.text !== ',') continue;
    const n = toks[i + 1]!;
    const counted = (isNum(n) && toks[i + 2] && isUnit(toks[i + 2]!)) || isCountWord(n.text);
    if (!counted) continue;
    let k = i;
    while (k > 0 && !CLAUSE_STOP.has(toks[k - 1]!.text)) k--;
    const np = nounPhrase(toks, skipLead(toks, k), t.start);
    if (np && np.end === t.start && isGoods(np.head.norm)) add(np, 0.6);
  }
  // goods pointed at: "你们那个无骨雨刮还有吗", "你家那个10寸的电动滑板车" (a goods head only)
  for (const h of POINTING.findAll(text)) {
    const from = skipLead(toks, at(h.end) < 0 ? toks.length : at(h.end));
    let np = nounPhrase(toks, from);
    if (!np || !isGoods(np.head.norm)) np = afterModifier(toks, from);
    if (np && isGoods(np.head.norm)) add(np, Number(h.value));
  }
  // goods and their count said together: "雨伞5000把", "折叠椅两百张"
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const counted = (isNum(t) && toks[i + 1] && isUnit(toks[i + 1]!) && !toks[i + 1]!.latin) || isCountWord(t.text);
    if (!counted) continue;
    const prev = toks[i - 1]!;
    if (prev.end !== t.start || prev.latin || !backNounish(prev)) continue;
    let k = i - 1;
    while (k > 0 && backNounish(toks[k - 1]!) && toks[k - 1]!.tag !== 'r' && toks[k - 1]!.end === toks[k]!.start) k--;
    const np = nounPhrase(toks, k, t.start);
    if (np && np.end === t.start && isGoods(np.head.norm)) add(np, 0.6);
  }
  // the goods before a stock or price question: "保温杯有货吗"
  for (const h of AFTER_ZH.findAll(text)) {
    let k = toks.findIndex((t) => t.end > h.start) - 1;
    if (k < 0) continue;
    while (k > 0 && backNounish(toks[k - 1]!)) k--;
    if (isCjkNounish(toks[k]!)) add(nounPhrase(toks, k, h.start), Number(h.value));
  }
  // the goods before "要 + quantity": "球阀要2000个"
  for (const h of BEFORE_ZH.findAll(text)) {
    const next = toks[at(h.end)];
    if (!next || !isNum(next)) continue;
    let k = toks.findIndex((t) => t.end > h.start) - 1;
    if (k < 0) continue;
    while (k > 0 && backNounish(toks[k - 1]!) && toks[k - 1]!.tag !== 'r') k--;
    if (isCjkNounish(toks[k]!)) add(nounPhrase(toks, k, h.start), 0.6);
  }
  // a message (or its first clause, in Chinese) that is nothing but a goods noun phrase:
  // "ceramic mugs", "不锈钢保温杯", "13x4蕾丝头套，真人发，直发" answering "要哪些款？"
  if (!out.length) {
    let lead = toks.findIndex((t) => t.tag !== 'x');
    // a reply may open with assent, then name the goods: "对，不锈钢保温杯，500ml的"
    let opening = 0;
    if (lead >= 0 && ASSENT.has(toks[lead]!.norm) && CLAUSE_STOP.has(toks[lead + 1]?.text ?? '')) {
      opening = toks[lead + 1]!.end;
      const from = lead + 2;
      lead = toks.findIndex((t, k) => k >= from && t.tag !== 'x' && !/^\s+$/.test(t.text));
    }
    // a reply may open with a determiner or a size: "The 12V car vacuum cleaner …"
    // assent shows a reply too ("Yes, the soy candles in glass jars" to "found anything you like?"),
    // but its noun phrase must still end on goods
    const replying = asked || opening > 0;
    let first = replying && lead >= 0 ? skipLead(toks, lead) : lead;
    if (first >= toks.length) first = -1; // nothing but a count and its unit ("ok, 10000 pcs please")
    // a leading size or model code ("13x4", "A3") qualifies the goods
    if (
      first >= 0 &&
      /\d/.test(toks[first]!.text) &&
      toks[first + 1]?.start === toks[first]!.end &&
      !toks[first + 1]!.latin
    )
      first++;
    const np = first >= 0 ? nounPhrase(toks, first) : undefined;
    const after = np ? text.slice(np.end) : 'x';
    // the answer to "which … are you looking for?" names the goods first, then their specs after a comma
    const clause =
      (/^[，,]/.test(after) && (hasCjk(np!.head.text) || replying)) ||
      (replying && /^\s+(?:in|from|on|of|with|for)\b/i.test(after));
    const rest = (clause ? '' : after).replace(/[\s?？.!！。~]+/g, '');
    const answerHead = asked && np && (np.head.tag === 'noun' || NOUNISH_ZH.has(np.head.tag)) && np.head.tag !== 'x';
    if (
      np &&
      rest === '' &&
      text
        .slice(opening, toks[lead]!.start)
        .replace(/^[\dA-Za-z]+$/, '')
        .trim() === '' &&
      (isGoods(np.head.norm) || isPlural(np.head.norm) || answerHead)
    )
      add(np, 0.4);
  }
  return out.sort((x, y) => y.weight - x.weight || x.start - y.start);
}

/**
 * English counts with no unit word whose goods follow at once ("2000 bamboo
 * cutting boards", "1,500 ceramic mugs"): the count, its span and the goods'
 * end. The head must be a goods word or a plural noun, so "2 colours" or
 * "3 weeks" are no count of goods (those heads are non-goods nouns).
 */
export function countedGoods(text: string): { value: number; start: number; end: number; head: string }[] {
  if (!/\d/.test(text)) return [];
  const toks = tokenize(text);
  const out: { value: number; start: number; end: number; head: string }[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    // an integer count written alone: no unit glued to it, no price or size sign around it
    if (!/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t.text) || isUnit(toks[i + 1]!)) continue;
    if (/[$€£¥#/.x×*-]\s*$/i.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
    const value = Number(t.text.split(',').join(''));
    if (!(value > 1)) continue;
    const next = toks[i + 1]!;
    if (!next.latin || next.start - t.end > 1) continue;
    const np = nounPhrase(toks, i + 1);
    if (!np || !np.head.latin || NON_GOODS.has(np.head.norm) || NON_GOODS.has(plain(np.head.norm))) continue;
    if (!isGoods(np.head.norm) && !(np.head.norm.length > 2 && np.head.norm.endsWith('s'))) continue;
    if (!accept(text, np)) continue;
    out.push({ value, start: t.start, end: np.end, head: plain(np.head.norm) });
  }
  return out;
}

const QUALITY_WORDS = [
  ...QUALITY_NOUNS_ZH,
  ...GENERIC_ATTRIBUTES_ZH.map(([w]) => w),
  ...NAMED_ATTRIBUTES_ZH.map(([w]) => w),
];
// words of assent that may open a reply before the goods
const ASSENT = new Set(['对', '是', '是的', '对的', '嗯', '好', 'yes', 'ok', 'yeah']);
const CLAUSE_STOP = new Set(['，', ',', '。', '！', '？', '!', '?', '；', ';', '\n', '：', ':']);
const CLAUSE_TAIL = /[了吗呢吧啊呀么]$/;

/**
 * Whether a candidate from any source can name goods: not a non-goods noun,
 * not a unit, not a vocative ("Ada, …", "小宋，…" at the start of a message),
 * not starting on a measure word ("套带木座") or ending on a particle.
 */
const CERT_MARKS = new PhraseSet([...CERT_NAMES, ...CERT_NAMES_WITH_WORD]);
const BODY_CODE = new RegExp(
  String.raw`^(?:${STANDARD_BODIES.map((b) => b.replace('/', '\\/')).join('|')})\s?-?[A-Z]?\d`,
);
const isCertification = (name: string): boolean => CERT_MARKS.is(name) || BODY_CODE.test(name);

/**
 * Whether the words before a candidate make it the value of a quality of the goods:
 * "外壳颜色要橘黑", "包装用彩盒", "尺寸是大号" state a spec, so the 要 there is no purchase act.
 */
function qualityValue(text: string, start: number): boolean {
  const before = text
    .slice(Math.max(0, start - 8), start)
    .replace(/(?:一定|都|也|还|就|必须)?(?:要|用|是|选|做|需要|要求)[\s:：]*$/, '')
    .replace(/[\s:：]+$/, '');
  return (
    before.length < text.slice(Math.max(0, start - 8), start).length && QUALITY_WORDS.some((w) => before.endsWith(w))
  );
}

export function plausibleProduct(name: string, text: string, start: number): boolean {
  const n = name.trim();
  const low = n.toLowerCase();
  if (!n || NON_GOODS.has(low) || UNIT.has(low) || MATERIAL.has(low)) return false;
  if (hasCjk(n) && qualityValue(text, start)) return false;
  // a grade, not goods: "食品级", "E0级的" (the grade word ends the name or follows it)
  if (/[级級]$/.test(n) || /^[级級]/.test(text.slice(start + n.length))) return false;
  // "要网布的，…", "要不锈钢的": a modifier of goods left unsaid, not the goods
  if (hasCjk(n) && /^的(?:$|[\s，,。.！!？?；;~])/.test(text.slice(start + n.length))) return false;
  if (isCertification(n)) return false; // "needs SASO", "UN38.3 report": a mark, not goods
  if (CLAUSE_TAIL.test(n)) return false;
  // read over tokens: a measure word of its own or glued on by jieba's guessing ("套带木座"),
  // not the first character of a dictionary word (包装盒); a one-character verb with its object ("搞活动", "打你们个牌") is an act
  const cjk = hasCjk(n);
  const nameToks = tokenize(n);
  const toks = cjk ? nameToks : [];
  const first = toks[0];
  if (first && MEASURE.has(first.text[0]!) && (first.text.length === 1 || first.tag === 'x')) return false;
  if (first && !first.latin && first.tag === 'v' && first.text.length === 1 && toks.length > 1) return false;
  // no goods head: a count ("一片", "三盏"), or a colour with no goods word after it ("蓝色底")
  if (cjk && (isCountWord(n) || toks.every((t) => isNum(t) || MEASURE.has(t.text)))) return false;
  if (first && COLOUR_ZH.has(first.norm) && !isGoods(toks[toks.length - 1]!.norm) && !GOODS.has(n)) return false;
  // a pack given per piece is packing: "每支一个吸塑卡", "each in one polybag"
  const packWord = PACKS.has(low) || (cjkName(n) && PACK_HEAD.has(n[n.length - 1]!));
  if (packWord && /每|\beach\b|\bper\b|\bevery\b/i.test(text.slice(Math.max(0, start - 8), start))) return false;
  // goods end on their head noun, never on a colour or material word ("黑底透明", "304不锈钢")
  const lastTok = toks[toks.length - 1];
  if (lastTok && toks.length > 1 && MATERIAL.has(lastTok.norm) && !isGoods(lastTok.norm)) return false;
  // a clause, not goods: it opens on a non-goods noun and ends on no goods ("时候不是说直航";
  // 快递纸箱 stays), or it holds a negation
  if (first && toks.length > 1 && NON_GOODS.has(first.norm) && !isGoods(toks[toks.length - 1]!.norm)) return false;
  // 不粘锅 ends on goods: its 不 is part of the name
  if (toks.some((t) => NEGATION_WORDS.has(t.norm)) && !isGoods(toks[toks.length - 1]!.norm)) return false;
  // a vocative opens a message with a comma ("Ada, …"), but goods can too ("汽车脚垫，三千套")
  const last = toks[toks.length - 1];
  const latinHead = cjk ? undefined : nameToks.filter((t) => t.latin).pop();
  const goodsHead = last ? isGoods(last.norm) : !!latinHead && isGoods(latinHead.norm);
  if (!goodsHead && text.slice(0, start).trim() === '' && /^\s*[,，:：!！]/.test(text.slice(start + n.length)))
    return false;
  // an A-not-A question is a clause, not goods ("卖不卖散装", "做不做")
  for (let i = 0; i + 2 < n.length; i++) if (n[i + 1] === '不' && n[i] === n[i + 2]) return false;
  // a compound on a non-goods noun is no goods: 公司地址, 产品信息, 银行账号 (one jieba word each)
  // (goods before it keep the name: 充电器 + 欧规 is goods with a trailing spec)
  if (
    cjk &&
    !isGoods(low) &&
    [2, 3, 4].some((k) => n.length > k && NON_GOODS.has(n.slice(-k)) && !isGoods(n.slice(0, -k)))
  )
    return false;
  // a property, not goods: "防滑", "耐高温" (防晒霜 and 防尘罩 end on goods and stay)
  if (first && isPropertyWord(first.text) && !isGoods(toks[toks.length - 1]!.norm)) return false;
  // a clause, not goods: a non-goods noun with no goods word ("更多信息再决定")
  if (toks.length > 1 && !toks.some((t) => isGoods(t.norm)) && toks.some((t) => NON_GOODS.has(t.norm))) return false;
  const words = low.split(/\s+/);
  if (words.every((w) => NON_GOODS.has(w) || UNIT.has(w))) return false;
  // English goods end on their head noun: never on a non-goods noun ("account number") or on a
  // word that is no noun ("a better", "schedule asap")
  if (!cjk) {
    const headWord = latinHead;
    if (headWord && !isGoods(headWord.norm)) {
      if (NON_GOODS.has(headWord.norm) || NON_GOODS.has(plain(headWord.norm))) return false;
      // a modifier of the non-goods noun after it: "bank" of "bank details"
      const next = tokenize(text.slice(start + n.length, start + n.length + 24))[0];
      const after = next?.latin && next.start > 0 ? next.norm : undefined;
      if (after && NON_GOODS.has(after) && !RELATIONAL.has(after) && !isPlural(headWord.norm)) return false;
      if (['adj', 'adv', 'verb', 'det', 'prep', 'pron', 'conj', 'num'].includes(headWord.tag) && words.length === 1)
        return false;
      if (headWord.tag === 'adv' || headWord.tag === 'prep' || headWord.tag === 'det') return false;
    }
  }
  return true;
}

/**
 * The product of a chat: customers name it first and then refer back to it,
 * so the first customer message with a purchase act decides, its strongest
 * candidate winning, unless a later message's candidate scores clearly higher;
 * support from other messages (the same goods named again, a longer or
 * shorter form of it) adds to a candidate's score.
 * Past orders only count when nothing else is said.
 */
/** Whether a name ends on a goods word or an English plural ("蓝牙耳机", "mini drones"). */
function looksLikeGoods(name: string): boolean {
  const last = tokenize(name)
    .filter((t) => t.tag !== 'x')
    .pop();
  return !!last && (isGoods(last.norm) || (last.latin && isPlural(last.norm)));
}

// how much better a later candidate must score than the first message's to replace it: customers
// mostly name the goods first, so only a clearly stronger act (goods word, field, more support) wins
const LATER_MARGIN = 0.15;

export function bestProduct(
  perMessage: { index: number; candidates: ProductCandidate[]; past: boolean }[],
): { index: number; candidate: ProductCandidate } | undefined {
  const support = (name: string): number => {
    const key = name.toLowerCase();
    let n = 0;
    for (const m of perMessage)
      if (m.candidates.some((c) => c.name.toLowerCase().includes(key) || key.includes(c.name.toLowerCase()))) n++;
    return n;
  };
  const score = (c: ProductCandidate): number => c.weight + 0.05 * support(c.name);
  for (const pass of [false, true]) {
    for (const m of perMessage) {
      if (m.past !== pass || !m.candidates.length) continue;
      const ranked = m.candidates.map((c) => ({ c, score: score(c) }));
      ranked.sort((x, y) => y.score - x.score || x.c.start - y.c.start);
      let chosen = { index: m.index, candidate: ranked[0]!.c };
      // a later purchase act of goods, clearly better supported than the first one said, wins
      // ("我们需要一个靠谱的…" then "这次采购不锈钢水杯"; "Need quotation urgently" then "Item: …")
      let best = ranked[0]!.score + LATER_MARGIN;
      // goods named first stay: only a first pick that does not read as goods can be replaced
      if (looksLikeGoods(chosen.candidate.name)) best = Infinity;
      for (const later of perMessage) {
        if (later.index <= m.index || later.past) continue;
        for (const c of later.candidates) {
          const sc = score(c);
          if (sc > best && looksLikeGoods(c.name)) {
            best = sc;
            chosen = { index: later.index, candidate: c };
          }
        }
      }
      return refinedLater(perMessage, chosen) ?? chosen;
    }
  }
  return undefined;
}

/**
 * A count with no unit of the chat's own goods ("we need 2000 bamboo cutting
 * boards" when the product is bamboo cutting boards) as a weak quantity: it
 * stands only when no count with a unit is said anywhere, and never replaces
 * one, so a later "10 towels were torn" is neither a quantity nor a change.
 */
export function countOfProduct(text: string, product: string): Mention | undefined {
  const words = latinWords(product);
  const head = words?.[words.length - 1];
  if (!head) return undefined;
  const c = countedGoods(text).find((g) => g.head === head);
  if (!c) return undefined;
  return {
    kind: 'quantity',
    value: { value: c.value, unit: 'pcs' },
    evidence: sentenceAround(text, c.start, c.end),
    start: c.start,
    end: c.end,
    confidence: 0.6,
    weak: true,
  };
}

const latinWords = (name: string): string[] | undefined =>
  /^[A-Za-z][A-Za-z\s-]*$/.test(name) ? name.toLowerCase().split(/\s+/).map(plain) : undefined;

/**
 * The first naming of English goods narrowed by a later customer message to
 * a kind of them ("towels" → "bath towel", "mats" → "yoga mats"): same head,
 * every earlier word kept, more words before it. The narrower name is the need.
 */
function refinedLater(
  perMessage: { index: number; candidates: ProductCandidate[]; past: boolean }[],
  chosen: { index: number; candidate: ProductCandidate },
): { index: number; candidate: ProductCandidate } | undefined {
  const first = latinWords(chosen.candidate.name);
  if (!first) return undefined;
  for (const m of perMessage) {
    if (m.index <= chosen.index || m.past) continue;
    for (const c of m.candidates) {
      const w = latinWords(c.name);
      if (!w || w.length <= first.length || w[w.length - 1] !== first[first.length - 1]) continue;
      if (first.every((x) => w.includes(x))) return { index: m.index, candidate: c };
    }
  }
  return undefined;
}

export function productMention(c: ProductCandidate, confidence = 0.7): Mention {
  return { kind: 'product', value: { name: c.name }, evidence: c.name, start: c.start, end: c.end, confidence };
}
