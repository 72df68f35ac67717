// Logo (on the product) and packaging (neutral / custom / standard). A brand
// printed on the box or carton is custom packaging, not a product logo.
import { allMatches, clauseAround, sentenceAround } from '../text.js';
import type { Mention } from './mention.js';
import { isNegated, isQuestion, negatedBefore, pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import {
  ANY_PRINT,
  CUSTOM_WORDS,
  MARK_OWNERS,
  MARK_VERBS,
  OBJECT_JOINERS,
  OWNED_MARKS,
  PACKING_ACTS,
  PLACING,
  TECHNIQUE_FILLERS,
  TEXT_MARKS,
  TEXT_MARK_NOT_BEFORE,
  TECHNIQUE_WORD_ENDS,
  LOGO_TECHNIQUES,
  MARK_NEGATIONS,
  LOGO_WORDS,
  NEUTRAL_PACKING,
  OWNERS,
  PACK_OWN_ITEMS,
  PACK_HEADS_ZH,
  PACK_WORDS,
  PRINTED_PACKS,
  FACTORY_OWNED,
  STANDARD_PACKING,
} from '../lexicon/logo-packaging.js';

const TECHNIQUE = new PhraseSet(LOGO_TECHNIQUES);
const PRINTED = new PhraseSet(PRINTED_PACKS);
const FACTORY = new PhraseSet(FACTORY_OWNED);
const LOGO_WORD = new PhraseSet(LOGO_WORDS);
const OWN_ITEM = new PhraseSet(PACK_OWN_ITEMS);
const OWNER = new PhraseSet(OWNERS);
const PACK = new PhraseSet(PACK_WORDS);
const CUSTOM_WORD = new PhraseSet(CUSTOM_WORDS);
const MARK_NEG = new PhraseSet(MARK_NEGATIONS);
const CLAUSE_ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);
const SENTENCE_ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';']);
const TEXT_MARK = new PhraseSet(TEXT_MARKS);
const TECH_FILLER = new PhraseSet(TECHNIQUE_FILLERS);
const MARK_VERB = new PhraseSet(MARK_VERBS);
const MARK_OWNER = new PhraseSet(MARK_OWNERS);
const OWNED_MARK = new PhraseSet(OWNED_MARKS);
const PLACE = new PhraseSet(PLACING);
const ANY = new PhraseSet(ANY_PRINT);
const JOINER = new PhraseSet(OBJECT_JOINERS);
const PACKING_ACT = new PhraseSet(PACKING_ACTS);
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』', '《': '》', "'": "'", '‘': '’' };
// a word in capitals after a technique is the mark's text: "print VISTA"
const CAPS = /^[A-Z][A-Z0-9&+-]{2,}(?![A-Za-z])/;
const NOT_MARK_AFTER = new Set(TEXT_MARK_NOT_BEFORE);
type Span = { start: number; end: number };

/** The mark said as text right after a technique ending at `at`: "印字", "印埋个名", "烫金「山岚」", "print VISTA". */
function textMarkAfter(clause: string, at: number): Span | undefined {
  let i = at;
  for (let n = 0; n < 3; n++) {
    while (clause[i] === ' ') i++;
    const f = TECH_FILLER.matchAt(clause, i);
    if (!f) break;
    i = f.end;
  }
  while (clause[i] === ' ') i++;
  const t = TEXT_MARK.matchAt(clause, i);
  if (t && !(t.end - t.start === 1 && NOT_MARK_AFTER.has(clause[t.end] ?? ''))) return t;
  const close = QUOTES[clause[i] ?? ''];
  if (close) {
    const j = clause.indexOf(close, i + 1);
    if (j > i + 1) return { start: i, end: j + 1 };
  }
  const caps = CAPS.exec(clause.slice(i));
  return caps ? { start: i, end: i + caps[0].length } : undefined;
}

const WORD_BEFORE = new Set(TECHNIQUE_WORD_ENDS);
/** A one-character technique is the verb only where it starts a word: "杯身要印字", "皮盒印", not "即刻FPS". */
function standsAlone(clause: string, t: Span & { word: string }): boolean {
  if (t.word.length > 1 || !/[\u4e00-\u9fff]/.test(t.word)) return true;
  return !WORD_BEFORE.has(clause[t.start - 1] ?? '');
}

/** A putting verb, the buyer as owner, and their mark: "领标换成我们店的标", "缝我们的label". */
function ownedMark(clause: string): Span | undefined {
  for (const v of MARK_VERB.findAll(clause)) {
    let i = v.end;
    while (clause[i] === ' ') i++;
    const o = MARK_OWNER.matchAt(clause, i);
    if (!o) continue;
    let j = o.end;
    while (clause[j] === ' ') j++;
    const m = OWNED_MARK.matchAt(clause, j);
    if (m) return m;
  }
  return undefined;
}

/** The words before "上" that a technique at `techStart` is done on ("卡上要印" → 卡), if it is said so. */
function objectsOn(clause: string, techStart: number): string | undefined {
  const before = clause.slice(0, techStart).replace(/(?:要|需要|都|也|请|就|再)+\s*$/, '');
  return before.endsWith('上') ? before.slice(0, -1) : undefined;
}

/** "包装每支一个吸塑卡，卡上印我们的牌子": the object before "上" is the last part of a pack word said in the text. */
function objectIsPack(text: string, clause: string, techStart: number): boolean {
  const objects = objectsOn(clause, techStart);
  const run = objects === undefined ? undefined : /[\u4e00-\u9fff]{1,4}$/.exec(objects)?.[0];
  if (!run) return false;
  return (
    PACK.has(run) || PACK_HEADS.has(run) || PACK.findAll(text).some((h) => text.slice(h.start, h.end).endsWith(run))
  );
}

/**
 * What a technique is done on, read before it: "帐篷与收纳袋上要印" puts the mark
 * on the tent too, so the goods are marked even with a bag among the objects.
 * True when one of the objects before "上" is not a pack word.
 */
function onGoods(clause: string, techStart: number): boolean {
  const objects = objectsOn(clause, techStart);
  const run = objects === undefined ? null : /[\u4e00-\u9fff、]{2,14}$/.exec(objects);
  if (!run) return false;
  const parts: string[] = [];
  let from = 0;
  for (const j of JOINER.findAll(run[0])) {
    parts.push(run[0].slice(from, j.start));
    from = j.end;
  }
  parts.push(run[0].slice(from));
  return parts.length > 1 && parts.some((p) => p.length >= 2 && !PACK.has(p) && !packHits(p).length);
}

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
    const mark = neg && (LOGO_WORD.findAll(clause, neg.end)[0] ?? printsNothing(clause, neg.end));
    if (neg && mark && mark.start - neg.end <= 16 && !PACK.has(clause) && !aboutPack(text, c.start + neg.start))
      return [{ index: c.start + neg.start, 0: clause.slice(neg.start, mark.end) }];
  }
  return [];
}

/** "唔使印嘢" (read 不用印货), "不用印任何东西": a negated technique on anything at all. */
function printsNothing(clause: string, from: number): Span | undefined {
  const t = TECHNIQUE.matchAt(clause, from);
  return t ? ANY.matchAt(clause, t.end) : undefined;
}

/** The clause of `at` names no pack word but the clause before it in its sentence does. */
export function aboutPack(text: string, at: number): boolean {
  const sentence = pieces(text, SENTENCE_ENDS).find((p) => p.start <= at && at < p.end);
  if (!sentence) return false;
  const clauses = pieces(text.slice(sentence.start, sentence.end), CLAUSE_ENDS).map((p) => ({
    start: p.start + sentence.start,
    end: p.end + sentence.start,
  }));
  const k = clauses.findIndex((p) => p.start <= at && at < p.end);
  if (k <= 0) return false;
  const own = text.slice(clauses[k]!.start, clauses[k]!.end);
  if (packHits(own).length || PACK_WORD.test(own)) return false;
  const prev = text.slice(clauses[k - 1]!.start, clauses[k - 1]!.end);
  // "要两千个帆布袋" orders bags: a word on a pack head is the packing only after a packing act
  return PACK.has(prev) || PACK_WORD.test(prev) || (packHits(prev).length > 0 && PACKING_ACT.has(prev));
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
  let lastMark: { start: number; end: number; clauseEnd: number; details: string } | undefined;
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
    if (!clause.trim() || isNegated(clause)) {
      lastMark = undefined;
      continue;
    }
    const techs = TECHNIQUE.findAll(clause);
    const tech = techs[0];
    const word = LOGO_WORD.findAll(clause)[0];
    // the mark said as its text ("印字", "烫金「山岚」") or owned by the buyer with a putting verb ("换成我们店的标")
    const textMark = word
      ? undefined
      : techs
          .filter((t) => standsAlone(clause, t))
          .map((t) => textMarkAfter(clause, t.end))
          .find((m) => m !== undefined);
    const owned = ownedMark(clause);
    const logo = word ?? textMark ?? owned;
    // "this is our logo, put it on both sides" / "这是我们logo，要烫金在正面": the mark of the clause before, placed here
    const sameSentence = lastMark !== undefined && /^[\s，,]*$/.test(text.slice(lastMark.clauseEnd, c.start));
    if (!logo && sameSentence && (tech || PLACE.has(clause)) && !packs.length) {
      const m = lastMark!;
      out.push({
        kind: 'logo',
        value: { required: true, details: `${m.details}，${details}` },
        evidence: sentenceAround(text, m.start, m.end),
        start: m.start,
        end: m.end,
        confidence: 0.7,
      });
    }
    lastMark =
      word && !tech && !packs.length
        ? { start: c.start + word.start, end: c.start + word.end, clauseEnd: c.end, details }
        : undefined;

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
    const onPack = packs.length > 0 || (tech !== undefined && objectIsPack(text, clause, tech.start));
    const marked = tech && logo && (!onPack || onGoods(clause, tech.start));
    const owns = owned !== undefined && !onPack;
    if (marked || owns) {
      const at = marked ? logo! : owned!;
      // the technique, the mark and the object it goes on: "laser engraved logo on the corner"
      const from = marked ? Math.min(tech.start, at.start) : at.start;
      out.push({
        kind: 'logo',
        value: {
          required: true,
          details: clause
            .slice(from)
            .trim()
            .replace(/[，,。.;；!！?？]+$/, ''),
        },
        evidence: sentenceAround(text, c.start + at.start, c.start + at.end),
        start: c.start + at.start,
        end: c.start + at.end,
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
  /(?:不要|不用|不需要|不必|无需|毋需|唔使|唔驶|唔洗|唔要|唔需要|免)\s*(?:印|打|做|加|丝印|移印|刻|烫)?\s*(?:上)?\s*(?:任何)?\s*(?:logo|标|字|商标)|不印\s*(?:logo|标|字)|无\s*logo|不带\s*logo|没有\s*logo|\bno\s+(?:need\s+(?:(?:for|of|to\s+(?:print|add|put))\s+)?)?(?:a\s+|any\s+|our\s+|my\s+)?(?:own\s+)?(?:logo|printing|print|branding)\b|\bwithout\s+(?:any\s+)?(?:logo|printing|print|branding)\b|\bdon'?t\s+(?:need\s+)?(?:print|logo)|\blogo\s+(?:is\s+)?not\s+(?:needed|required|necessary)/gi;
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
  // "每件配个防尘袋，普通的就行不用印字": a refusal right after a pack word of its sentence is about the pack
  const negs: { index: number; 0: string }[] = allMatches(LOGO_NEG, text).filter((m) => !aboutPack(text, m.index));
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
        const around = clauseAround(text, a, b);
        const clause = around.text;
        if (PACK_WORD.test(clause) || packHits(clause).length || objectIsPack(text, clause, a - around.start)) {
          packStyles.push({
            kind: 'packaging',
            value: { style: 'custom' },
            evidence: sentenceAround(text, a, b),
            start: a,
            end: b,
            confidence: 0.7,
          });
          if (!PRODUCT_TARGET.test(clause) && !onGoods(clause, a - around.start)) continue;
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
  // a pack printed by nature, asked for with no style word, is custom ("包装用彩盒")
  if (!packStyles.length)
    for (const h of PRINTED.findAll(text))
      if (!negatedBefore(text, h.start) && !isQuestion(sentenceAround(text, h.start, h.end))) {
        const factory = FACTORY.has(sentenceAround(text, h.start, h.end));
        packStyles.push({ ...style(factory ? 'standard' : 'custom', h.start, h.end), confidence: 0.6 });
        break;
      }
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
