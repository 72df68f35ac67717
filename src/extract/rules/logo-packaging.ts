// Logo (on the product) and packaging (neutral / custom / standard). A brand
// printed on the box or carton is custom packaging, not a product logo.
import { allMatches, clauseAround, sentenceAround } from '../text.js';
import type { Mention } from './mention.js';
import { isNegated, pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import {
  CUSTOM_WORDS,
  LOGO_TECHNIQUES,
  MARK_NEGATIONS,
  LOGO_WORDS,
  NEUTRAL_PACKING,
  OWNERS,
  PACK_OWN_ITEMS,
  PACK_HEADS_ZH,
  PACK_WORDS,
  STANDARD_PACKING,
} from '../lexicon/logo-packaging.js';

const TECHNIQUE = new PhraseSet(LOGO_TECHNIQUES);
const LOGO_WORD = new PhraseSet(LOGO_WORDS);
const OWN_ITEM = new PhraseSet(PACK_OWN_ITEMS);
const OWNER = new PhraseSet(OWNERS);
const PACK = new PhraseSet(PACK_WORDS);
const CUSTOM_WORD = new PhraseSet(CUSTOM_WORDS);
const MARK_NEG = new PhraseSet(MARK_NEGATIONS);
const CLAUSE_ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);

const POSSESSIVE = new Set(['our', 'my', 'own', 'their', "customer's", "client's"]);
const SUPPLIER = new PhraseSet(['你们', '你们的', '你', '贵司', 'your', 'you']);

/** A pack word right after an owner ("our pink gift box", "我们的粉色礼盒"). */
function ownedPack(clause: string): { start: number; end: number } | undefined {
  for (const o of OWNER.findAll(clause)) {
    // possessive owners only: "我们要订纸箱" orders cartons, "我们的礼盒" owns one
    if (!o.word.endsWith('的') && !POSSESSIVE.has(o.word.toLowerCase())) continue;
    const p = PACK.findAll(clause, o.end)[0];
    if (p && p.start - o.end <= 8) return p;
  }
  return undefined;
}

/** "X的唛头": someone's item other than the supplier's. */
function possessed(clause: string, at: number): boolean {
  if (clause[at - 1] !== '的') return false;
  const before = clause.slice(Math.max(0, at - 4), at - 1);
  return before.trim() !== '' && !SUPPLIER.has(before);
}

const NEGATOR = new PhraseSet([
  '不要',
  '不用',
  '不好',
  '不使',
  '不需要',
  '别',
  "don't",
  'do not',
  'no need to',
  'never',
]);

/** "唔好打你哋个牌" / "don't print your brand": a negated clause naming a mark refuses the logo. */
function refusedMarks(text: string): { index: number; 0: string }[] {
  for (const c of pieces(text, CLAUSE_ENDS)) {
    const clause = text.slice(c.start, c.end);
    const neg = NEGATOR.findAll(clause)[0];
    const mark = neg && LOGO_WORD.findAll(clause, neg.end)[0];
    if (neg && mark && mark.start - neg.end <= 16 && !PACK.has(clause))
      return [{ index: c.start + neg.start, 0: clause.slice(neg.start, mark.end) }];
  }
  return [];
}

const PACK_HEADS = new Set(PACK_HEADS_ZH);
const CJK_CHAR = /[\u4e00-\u9fff]/;
/** Pack words in a clause: the lexicon's, and a Chinese word ending on a pack head (皮盒, 防尘袋) with the character before it. */
function packHits(clause: string): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = PACK.findAll(clause);
  for (let i = 1; i < clause.length; i++) {
    if (!PACK_HEADS.has(clause[i]!) || !CJK_CHAR.test(clause[i - 1]!)) continue;
    if (!hits.some((h) => h.start <= i && i < h.end)) hits.push({ start: i - 1, end: i + 1 });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Lexicon reading of each clause: a technique with a logo word ("laser engraved
 * logo on the corner", "烫金logo") is a logo need with the clause as details; a
 * pack word with the buyer's own item ("kraft box with our barcode sticker")
 * is custom packaging. A negated clause is left to the negation rules.
 */
function lexiconLogoPackaging(text: string): Mention[] {
  const out: Mention[] = [];
  const pack = (c: { start: number }, h: { start: number; end: number }, style: string, details: string): Mention => ({
    kind: 'packaging',
    value: { style, details },
    evidence: sentenceAround(text, c.start + h.start, c.start + h.end),
    start: c.start + h.start,
    end: c.start + h.end,
    confidence: 0.7,
  });
  for (const c of pieces(text, CLAUSE_ENDS)) {
    const clause = text.slice(c.start, c.end);
    const details = clause.trim().replace(/[，,。.;；!！?？]+$/, '');
    const packs = packHits(clause);
    // a refused mark on the box itself: "no brand on the carton", "纸箱上不要印logo"
    const neg = MARK_NEG.findAll(clause)[0];
    const negMark = neg && LOGO_WORD.findAll(clause, neg.end).find((m) => m.start - neg.end <= 12);
    if (neg && negMark && packs.length) {
      out.push(pack(c, negMark, 'neutral', details));
      continue;
    }
    if (!clause.trim() || isNegated(clause)) continue;
    const tech = TECHNIQUE.findAll(clause)[0];
    const logo = LOGO_WORD.findAll(clause)[0];
    // the mark printed on the box: "盒子上印公司名", "gift box foil stamped with our logo"
    const near = logo && packs.find((p) => Math.abs(p.start - logo.end) <= 12 || Math.abs(logo.start - p.end) <= 12);
    if (tech && logo && near && !NEUTRAL_SET.has(clause)) out.push(pack(c, near, 'custom', details));
    // made to order, right next to the pack word: "定制礼盒", "customized gift boxes", "彩盒定制"
    for (const cw of CUSTOM_WORD.findAll(clause)) {
      const p = packs.find(
        (h) => (h.start >= cw.end && h.start - cw.end <= 8) || (h.end <= cw.start && cw.start - h.end <= 2),
      );
      if (p) {
        out.push(pack(c, p, 'custom', details));
        break;
      }
    }
    if (tech && logo && !packHits(clause).length) {
      // the technique, the mark and the object it goes on: "laser engraved logo on the corner"
      const from = Math.min(tech.start, logo.start);
      out.push({
        kind: 'logo',
        value: {
          required: true,
          details: clause
            .slice(from)
            .trim()
            .replace(/[，,。.;；!！?？]+$/, ''),
        },
        evidence: sentenceAround(text, c.start + logo.start, c.start + logo.end),
        start: c.start + logo.start,
        end: c.start + logo.end,
        confidence: 0.75,
      });
    }
    // the buyer's item on the packaging, or the buyer's (or their client's) own box: "用我们的粉色礼盒", "developer的唛头"
    const own = OWN_ITEM.findAll(clause)[0] ?? ownedPack(clause);
    if (own && (OWNER.has(clause) || possessed(clause, own.start)) && PACK.has(text)) {
      out.push({
        kind: 'packaging',
        value: { style: 'custom', details },
        evidence: sentenceAround(text, c.start + own.start, c.start + own.end),
        start: c.start + own.start,
        end: c.start + own.end,
        confidence: 0.7,
      });
    }
  }
  return out;
}

const LOGO_POS = [
  /(?:印|丝印|丝网印|移印|烫金|烫银|烫|烫印|绣|刺绣|打|做|定制|加|带|贴|激光刻|激光雕刻|激光|镭雕|镭射|雕刻|刻|压)\s*(?:上)?\s*(?:我们|我司|客户|自己|我们自己|店铺|我们店铺)?(?:的|自己的)?\s*(?:店铺)?\s*(?:logo|brand|标志|商标|品牌|牌子|标(?![准签题]))/gi,
  /(?:logo|商标)\s*(?:要|需要|得)?\s*(?:印|定制|丝印|烫|绣|做)/gi,
  /\b(?:print|printing|printed|engrave|engraved|emboss|embossed|laser|add|put)\b[^.,;!?]{0,20}\b(?:our|my|customer'?s?|client'?s?|own)\s+(?:own\s+)?(?:logo|brand)/gi,
  /\b(?:our|my|own)\s+(?:own\s+)?(?:logo|brand(?:ing)?)\b/gi,
  /\b(?:woven|printed|embroidered|rubber|metal|leather|pvc)\s+(?:logo|brand)\s+(?:labels?|tags?|patch(?:es)?|plates?)\b|\b(?:custom(?:ized)?|customised)\s+logo\b|\bprivate label\b|\bOEM\b|定制logo|\blogo printing\b/gi,
];
// Mandarin, Cantonese (唔使/唔要) and English negations of a logo.
const LOGO_NEG =
  /(?:不要|不用|不需要|不必|无需|毋需|唔使|唔驶|唔洗|唔要|唔需要|免)\s*(?:印|打|做|加|丝印|移印|刻|烫)?\s*(?:上)?\s*(?:任何)?\s*(?:logo|标|字|商标)|不印\s*(?:logo|标|字)|无\s*logo|不带\s*logo|没有\s*logo|\bno\s+(?:need\s+(?:for|of|to\s+(?:print|add|put))\s+)?(?:a\s+|any\s+)?(?:logo|printing|print|branding)\b|\bwithout\s+(?:any\s+)?(?:logo|printing|print|branding)\b|\bdon'?t\s+(?:need\s+)?(?:print|logo)|\blogo\s+(?:is\s+)?not\s+(?:needed|required|necessary)/gi;
const PACK_WORD =
  /包装|外箱|纸箱|彩盒|彩箱|盒子|箱子|外包装|内盒|礼盒|\bpack(?:ing|aging|age)\b|\bbox(?:es)?\b|\bcartons?\b|gift box|\btins?\b/i;
const PRODUCT_TARGET =
  /\bon the (?!box|carton|package|packaging|bag|tin)[a-z]+|产品上|机身|本体|\bbody\b|\bproducts?\b|领口|衣服上/i;
const NEUTRAL_SET = new PhraseSet(NEUTRAL_PACKING);
const STANDARD_SET = new PhraseSet(STANDARD_PACKING);
// "盒子上不要出现中文/logo": a negated mark on the box is neutral packaging too
const NO_MARK = /不要出现[^，,。]*(?:中文|中国|made in china|logo)/gi;
const CUSTOM =
  /(?:彩盒|彩箱|包装|外箱|纸箱|盒子|礼盒|color box|colou?r box|gift box|packaging|packing|\bbox\b|carton)[^，,。.!?]{0,15}(?:我们|客户|自己|\bour\b|customer|\bown\b|their)[^，,。.!?]{0,8}(?:design|设计|artwork|稿|标(?![准签])|logo|brand|品牌|牌子|文件|纸箱|彩盒)|(?:我们|客户|自己)(?:自己|新)?的[^，,。.!?要订买]{0,4}(?:design|设计|artwork|纸箱|彩盒|包装|盒子|箱子|标(?![准签]))|\b(?:our|customer'?s?|their)\s+(?:own\s+|new\s+)?(?:design|artwork|colou?r box(?:es)?|gift box(?:es)?|box(?:es)?|packaging|cartons?)\b|\bown\s+(?:colou?r box|gift box|box|packaging|cartons?)|custom(?:ized|ised)? (?:packaging|packing|colou?r box|box)|\b(?:our|my|customer'?s?|their)\s+(?:own\s+)?(?:brand|logo|design|artwork)\s+(?:printed\s+|printing\s+)?on\s+(?:the\s+)?(?:colou?r\s+|gift\s+|outer\s+|inner\s+)?(?:box(?:es)?|cartons?|package|packaging|bags?)|定制(?:包装|彩盒)|彩盒定制/gi;
export function findLogoPackaging(text: string): Mention[] {
  const out: Mention[] = [];
  const negs: { index: number; 0: string }[] = allMatches(LOGO_NEG, text);
  if (!negs.length) negs.push(...refusedMarks(text));
  for (const m of negs) {
    out.push({
      kind: 'logo',
      value: { required: false },
      evidence: sentenceAround(text, m.index, m.index + m[0].length),
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.85,
    });
  }
  const packStyles: Mention[] = [];
  if (negs.length === 0) {
    for (const re of LOGO_POS) {
      for (const m of allMatches(re, text)) {
        const a = m.index;
        const b = a + m[0].length;
        const clause = clauseAround(text, a, b).text;
        if (PACK_WORD.test(clause) || packHits(clause).length) {
          packStyles.push({
            kind: 'packaging',
            value: { style: 'custom' },
            evidence: sentenceAround(text, a, b),
            start: a,
            end: b,
            confidence: 0.7,
          });
          if (!PRODUCT_TARGET.test(clause)) continue;
        }
        if (!out.some((o) => o.kind === 'logo')) {
          out.push({
            kind: 'logo',
            value: { required: true },
            evidence: sentenceAround(text, a, b),
            start: a,
            end: b,
            confidence: 0.8,
          });
        }
      }
    }
  }
  const style = (s: 'neutral' | 'custom' | 'standard', a: number, b: number): Mention => ({
    kind: 'packaging',
    value: { style: s },
    evidence: sentenceAround(text, a, b),
    start: a,
    end: b,
    confidence: 0.75,
  });
  for (const m of allMatches(NO_MARK, text)) packStyles.push(style('neutral', m.index, m.index + m[0].length));
  for (const h of NEUTRAL_SET.findAll(text)) packStyles.push(style('neutral', h.start, h.end));
  if (PACK_WORD.test(text))
    for (const m of allMatches(CUSTOM, text)) packStyles.push(style('custom', m.index, m.index + m[0].length));
  for (const h of STANDARD_SET.findAll(text)) packStyles.push(style('standard', h.start, h.end));
  const lex = lexiconLogoPackaging(text);
  if (!negs.length && !out.some((o) => o.kind === 'logo')) {
    const l = lex.find((m) => m.kind === 'logo');
    if (l) out.push(l);
  }
  // the buyer's own sticker or barcode on a plain box still makes the packaging theirs
  packStyles.push(...lex.filter((m) => m.kind === 'packaging'));
  const styles = new Set(packStyles.map((p) => p.value.style));
  // "neutral or your brand?" offers a choice: no packaging decided in this message
  if (styles.size > 1 && /还是|或者|\bor\b|可以吗|\?|？/.test(text) && !styles.has('custom')) return out;
  if ((styles.size > 1 || /你们|\byour\b/i.test(text)) && /还是|或者|\bor\b/.test(text) && /[?？]|吗/.test(text))
    return out;
  if (styles.size > 1 && /还是|或者|\bor\b/.test(text)) return out;
  const pick = styles.has('custom')
    ? packStyles.find((p) => p.value.style === 'custom')
    : packStyles.sort((x, y) => y.start - x.start)[0];
  if (pick) out.push(pick);
  return out;
}
