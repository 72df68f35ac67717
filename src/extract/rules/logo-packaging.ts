// Logo (on the product) and packaging (neutral / custom / standard). A brand
// printed on the box or carton is custom packaging, not a product logo.
import { allMatches, clauseAround, sentenceAround } from '../text.js';
import type { Mention } from './mention.js';
import { isNegated, pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import { LOGO_TECHNIQUES, LOGO_WORDS, OWNERS, PACK_OWN_ITEMS, PACK_WORDS } from '../lexicon/logo-packaging.js';

const TECHNIQUE = new PhraseSet(LOGO_TECHNIQUES);
const LOGO_WORD = new PhraseSet(LOGO_WORDS);
const OWN_ITEM = new PhraseSet(PACK_OWN_ITEMS);
const OWNER = new PhraseSet(OWNERS);
const PACK = new PhraseSet(PACK_WORDS);
const CLAUSE_ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);

/**
 * Lexicon reading of each clause: a technique with a logo word ("laser engraved
 * logo on the corner", "烫金logo") is a logo need with the clause as details; a
 * pack word with the buyer's own item ("kraft box with our barcode sticker")
 * is custom packaging. A negated clause is left to the negation rules.
 */
function lexiconLogoPackaging(text: string): Mention[] {
  const out: Mention[] = [];
  for (const c of pieces(text, CLAUSE_ENDS)) {
    const clause = text.slice(c.start, c.end);
    if (!clause.trim() || isNegated(clause)) continue;
    const tech = TECHNIQUE.findAll(clause)[0];
    const logo = LOGO_WORD.findAll(clause)[0];
    const details = clause.trim().replace(/[，,。.;；!！?？]+$/, '');
    if (tech && logo && !PACK.has(clause)) {
      out.push({
        kind: 'logo',
        value: { required: true, details },
        evidence: sentenceAround(text, c.start + logo.start, c.start + logo.end),
        start: c.start + logo.start,
        end: c.start + logo.end,
        confidence: 0.75,
      });
    }
    const own = OWN_ITEM.findAll(clause)[0];
    if (own && OWNER.has(clause) && PACK.has(text)) {
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
const NEUTRAL =
  /中性(?:包装)?|\bneutral\b|\b(?:blank|plain|brown|kraft)\s+(?:(?:white|brown|kraft|export|master)\s+)?(?:cartons?|box(?:es)?|packing|packaging)\b|白盒|白箱|牛皮纸箱|牛皮箱|牛皮纸盒|无字(?:箱|包装)|不要出现[^，,。]*(?:中文|中国|made in china|logo)|不能有中文|\bno (?:chinese|made in china)\b/gi;
const CUSTOM =
  /(?:彩盒|彩箱|包装|外箱|纸箱|盒子|礼盒|color box|colou?r box|gift box|packaging|packing|\bbox\b|carton)[^，,。.!?]{0,15}(?:我们|客户|自己|\bour\b|customer|\bown\b|their)[^，,。.!?]{0,8}(?:design|设计|artwork|稿|标(?![准签])|logo|brand|品牌|牌子|文件|纸箱|彩盒)|(?:我们|客户|自己)(?:自己|新)?的[^，,。.!?要订买]{0,4}(?:design|设计|artwork|纸箱|彩盒|包装|盒子|箱子|标(?![准签]))|\b(?:our|customer'?s?|their)\s+(?:own\s+|new\s+)?(?:design|artwork|colou?r box(?:es)?|gift box(?:es)?|box(?:es)?|packaging|cartons?)\b|\bown\s+(?:colou?r box|gift box|box|packaging|cartons?)|custom(?:ized|ised)? (?:packaging|packing|colou?r box|box)|\b(?:our|my|customer'?s?|their)\s+(?:own\s+)?(?:brand|logo|design|artwork)\s+(?:printed\s+|printing\s+)?on\s+(?:the\s+)?(?:colou?r\s+|gift\s+|outer\s+|inner\s+)?(?:box(?:es)?|cartons?|package|packaging|bags?)|定制(?:包装|彩盒)|彩盒定制/gi;
const STANDARD =
  /标准(?:出口)?包装|普通包装|常规包装|正常包装|出口包装|标准彩盒|\bstandard (?:export )?(?:packing|packaging|package|carton)|\b(?:your )?(?:usual|normal|regular) (?:packing|packaging)/gi;

export function findLogoPackaging(text: string): Mention[] {
  const out: Mention[] = [];
  const negs = allMatches(LOGO_NEG, text);
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
        if (PACK_WORD.test(clause)) {
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
  for (const [re, style] of [
    [NEUTRAL, 'neutral'],
    [CUSTOM, 'custom'],
    [STANDARD, 'standard'],
  ] as const) {
    for (const m of allMatches(re, text)) {
      if (style === 'custom' && !PACK_WORD.test(text)) continue;
      packStyles.push({
        kind: 'packaging',
        value: { style },
        evidence: sentenceAround(text, m.index, m.index + m[0].length),
        start: m.index,
        end: m.index + m[0].length,
        confidence: 0.75,
      });
    }
  }
  const lex = negs.length ? [] : lexiconLogoPackaging(text);
  if (!out.some((o) => o.kind === 'logo')) {
    const l = lex.find((m) => m.kind === 'logo');
    if (l) out.push(l);
  }
  // the buyer's own sticker or barcode on a plain box still makes the packaging theirs
  const ownPack = lex.find((m) => m.kind === 'packaging');
  if (ownPack) packStyles.push(ownPack);
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
