// Technical requirements (voltage, plug, colour, material, size, capacity,
// power → other) and certifications.
import { allMatches, sentenceAround } from '../text.js';
import { findMaterials } from './material-value.js';
import { chosenSpecs } from './spec-choice.js';
import { findPropertySpecs } from './spec-properties.js';
import { findColourAccents, findEnglishMeasures, findEnglishSpecs, findRequirements } from './spec-attributes.js';
import { chosenColours, colourListEnd, colourValue } from './colour-value.js';
import { overlaps, type Mention } from './mention.js';
import { isQuestion, negatedBefore, NEGATIONS, pieces, readClauses } from '../analyze/clauses.js';
import { findZhBareSizes, findZhSpecs } from './spec-zh.js';
import { PhraseSet, type PhraseHit } from '../analyze/phrase-set.js';
import {
  CERT_NAMES,
  CERT_NAMES_WITH_WORD,
  CERT_WORDS,
  MARK_TAILS,
  OPTIONAL,
  STANDARD_BODIES,
} from '../lexicon/certifications.js';
import { PRESENT } from '../lexicon/clause-words.js';
import { MATERIALS_EN, MATERIALS_ZH } from '../lexicon/goods.js';
import { LOGO_TECHNIQUES, LOGO_WORDS } from '../lexicon/logo-packaging.js';
import { GOODS_COLOUR_WORDS } from '../lexicon/colours.js';
import {
  ALTERNATIVES,
  BOUND_WORDS,
  OFFER_QUESTIONS,
  PLUG_REGIONS,
  PLUG_WORDS,
  THICKNESS_AFTER,
  THICKNESS_CUES,
  VALUE_HEADS,
  VALUE_TAILS,
} from '../lexicon/spec-attributes.js';

const VOLTAGE = /(?<![\d.])(\d{2,3}(?:\s*[-~/]\s*\d{2,3})?)\s*(?:V|v|伏|VAC|Vac|V AC)(?![A-Za-z0-9])/g;
const COLOR_CUE =
  /(?:colou?rs?|颜色|顏色)(?!\s*(?:box|boxes|盒|卡|card|printing|print|sleeve|label))\s*(?:[:：]|要|是|做|用|为|选|改成|改为|is|in|should be|must be)*\s*([^，,。;；!！?？\n]{1,20})/gi;
const CJK_COLOR =
  /(?<![\u4e00-\u9fff])([深浅亮哑暗淡嫩]?[黑白红绿蓝黄灰紫粉橙棕褐金银米青咖卡其藏炭碳胡桃原木玫瑰天酒香槟象牙乳奶军透明]{1,3}色)(?![差卡号])|(?<=[要做是用成为，,、])([深浅亮哑暗淡嫩]?[黑白红绿蓝黄灰紫粉橙棕褐金银米青咖卡其藏炭碳胡桃原木玫瑰天酒香槟象牙乳奶军透明]{1,3}色)(?![差卡号])/g;
const MATERIAL_CUE =
  /(?:materials?|材质|材料|面料|木材|布料|用料|fabric)\s*(?:[:：]|要|是|用|必须是|必须|must be|is|should be|要求|需要|做)*\s*([^，,。;；!！?？\n]{1,24})/gi;
const STEEL =
  /(?:304|316L?|201)\s*(?:不锈钢|stainless steel|SS)|(?:不锈钢|stainless steel|SS)\s*(?:304|316L?|201)|(?<![A-Za-z])SUS\s?(?:304|316L?|201|430)(?![\d])/gi;
// colours named without 色: a finish plus a colour, or a fixed compound name
const FINISH_COLOR =
  /(?:哑光|亚光|亮光|磨砂|珠光|金属|钢琴|高光)[黑白红蓝灰银金绿]|玫瑰金|香槟金|土豪金|深空灰|太空灰|枪灰|象牙白|藏青|宝蓝|墨绿|酒红/g;
const EN_COLORS =
  'black|white|red|blue|green|grey|gray|silver|gold|golden|pink|beige|brown|navy|yellow|orange|purple|transparent|clear|ivory|khaki';
const EN_COLOR = new RegExp(
  String.raw`\bonly\s+(${EN_COLORS})\b|\b(${EN_COLORS})\s+only\b|\b(${EN_COLORS})\s+colou?r\b(?!\s*(?:box|boxes|printing|print|sleeve|label|card))`,
  'gi',
);
const SIZE_CODE = /(?<![A-Za-z0-9])(DN\s?\d{2,4}|M\d{1,2}(?:\s*[x×*X]\s*\d+(?:\.\d+)?)?)(?![A-Za-z0-9.])/g;
const PRESSURE = /(?<![A-Za-z0-9])(PN\s?\d{1,3}|Class\s?\d{3,4}|IP\d{2})(?![A-Za-z0-9])/g;
// "对颜色特别挑剔" is a caution, "lining must be OEKO certified" is no material
const NOT_VALUE =
  /挑剔|求|严|色差|准|控制|敏感|特别|非常|很|一致|注意|must|should|need|certif|^(?:and|with|for|or|is|are|also|too|fine|ok)\b/i;
// the unit may follow every number, not just the last ("60cm×40cm×35cm", '10"x12"')
// a dimension may carry its axis: "1500宽 x 500深 x 1800高", "W60 x D40 x H75cm"
const DIM_UNIT = String.raw`(?:\s*(?:mm|cm|m|inch|in|"|寸|公分))?`;
const DIM_NUM = String.raw`(?:[LWHD]\s?)?\d+(?:\.\d+)?${DIM_UNIT}(?:[长宽高深阔闊寬長厚])?`;
const DIMS = new RegExp(
  String.raw`(?<![\d.A-Za-z])${DIM_NUM}\s*[x×*X]\s*${DIM_NUM}(?:\s*[x×*X]\s*${DIM_NUM})?(?![A-Za-z0-9])`,
  'g',
);
const GARMENT =
  /(?:sizes?|size range|尺码|码数|码|尺寸)\s*[:：]?\s*(?:from\s+|由|从)?((?:X{0,3}S|M|X{0,4}L|\dXL)\s*(?:-|–|~|到|至|\/|\bto\b)\s*(?:X{0,3}S|M|X{0,4}L|\dXL))(?![A-Za-z])/gi;
const LENGTH =
  /(?<![\d.x×*])(\d+(?:\.\d+)?(?:\s*[-~～到至]\s*\d+(?:\.\d+)?)?)\s*(m|cm|mm|inch|inches|meters?|metres?|英寸|寸|吋|")(?![A-Za-z0-9²])/g;
// a cross-section ("6mm²", "2.5 sq mm") is the size of a cable or wire
const AREA = /(?<![\d.])\d+(?:\.\d+)?\s*(?:mm²|mm2|sq\.?\s?mm|平方毫米)(?![A-Za-z0-9])/g;
// a tolerance is a spec of its own: "±0.05mm", "+/-2%"
const TOLERANCE = /(?:±|\+\/-)\s*\d+(?:\.\d+)?\s*(?:mm|cm|%|毫米|丝|°)?/g;
// a colour temperature: "3000K", "6500 K"
const KELVIN = /(?<![\d.A-Za-z])[1-9]\d{3}\s?K(?![A-Za-z0-9])/g;
const CAPACITY =
  /(?<![\d.A-Za-z\-])(\d+(?:\.\d+)?)\s*(L|ml|ML|公升|升|毫升|liters?|litres?|mAh|Ah|毫安时|毫安|gal|fl\.?\s?oz|oz)(?:\s*\/\s*(?:H|h|hr|hour|min))?(?![A-Za-z])/g;
// a capacitance is a rated value of its own: "2200uF", "47 μF"
const CAPACITANCE = /(?<![\d.])\d+(?:\.\d+)?\s*(?:uF|μF|µF|nF|pF)(?![A-Za-z])/g;
// paper and fabric weight, or a unit's weight: "80 gsm", "3.5g", "200克"
const GRAMMAGE = /(?<![\d.])(\d+(?:\.\d+)?)\s*(gsm|g\/m²|g\/m2|g|克)(?![A-Za-z0-9])/g;
const POWER = /(?<![\d.])(\d+(?:\.\d+)?)\s*(W|kW|KW|kVA|KVA|VA|瓦|千瓦|HP|hp|匹)(?![A-Za-z])/g;
// "Grey please." / "Black only" opening a message answers a colour choice
const EN_COLOR_ANSWER = new RegExp(String.raw`^\s*(${EN_COLORS})(?:\s+(?:please|pls|only))?\s*(?:[.!,]|$)`, 'i');

// values are compared without spaces; a unit glued or spaced is one value
const squeeze = (s: string): string => s.replace(/\s+/g, '');
const HEADS = new PhraseSet(VALUE_HEADS);
const TAILS = [...VALUE_TAILS].sort((x, y) => y.length - x.length);
const LATIN_CHAR = /[A-Za-z]/;
// a cue's value without the words around it: "还是304吗" → 304, "要纯棉的吧" → 纯棉
const clean = (s: string): string => {
  let v = s.trim();
  for (let h = HEADS.matchAt(v, 0); h && h.end < v.length; h = HEADS.matchAt(v, 0)) v = v.slice(h.end).trimStart();
  for (let cut = true; cut;) {
    cut = false;
    for (const tail of TAILS) {
      const at = v.length - tail.length;
      // a Latin tail is a whole word ("pls", not the end of "samples")
      if (at > 0 && v.toLowerCase().endsWith(tail) && !(LATIN_CHAR.test(tail[0]!) && LATIN_CHAR.test(v[at - 1]!))) {
        v = v.slice(0, at).trimEnd();
        cut = true;
        break;
      }
    }
  }
  return v.replace(/\s+(?:and|with|for)\b.*$/i, '').trim();
};

const REGIONS = new PhraseSet(PLUG_REGIONS);
const PLUG_TAIL = new PhraseSet(PLUG_WORDS);

/** A region followed by a plug word: "EU plug", "英规", "美式插头". */
function plugs(text: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  for (const r of REGIONS.findAll(text)) {
    let i = r.end;
    while (text[i] === ' ') i++;
    const w = PLUG_TAIL.matchAt(text, i);
    if (w) out.push({ value: r.value, start: r.start, end: w.end });
  }
  return out;
}

export function findSpecs(
  text: string,
  masked: { start: number; end: number }[],
  prevOther?: string,
  // the other side's last message, also for a rep's message: a thickness asked about there ("太薄了")
  lastOther: string | undefined = prevOther,
): Mention[] {
  const out: Mention[] = [];
  const spans = [...masked];
  // `named`: the value carries its attribute word ("壁厚1.4mm"), so another of that attribute may stand
  const firm = readClauses(text).firm;
  const add = (attribute: string, value: string, start: number, end: number, named = false): void => {
    if (!value || overlaps({ start, end }, spans) || saidOfPast(text, firm, start, end)) return;
    if (attribute === 'color' && logoColour(text, start)) return;
    if (attribute === 'color') {
      // "black, white and grey": the colours listed after this one belong to the same need
      const at = text.toLowerCase().indexOf(value.toLowerCase(), start);
      const last = at < 0 ? -1 : colourListEnd(text, at + value.length);
      if (last > at + value.length && !overlaps({ start: at + value.length, end: last }, spans)) {
        value = text.slice(at, last);
        end = Math.max(end, last);
      }
    }
    if (out.some((o) => o.value.attribute === attribute && (!named || o.value.value === value))) return;
    spans.push({ start, end });
    out.push({
      kind: 'spec',
      value: { attribute, value },
      evidence: sentenceAround(text, start, end),
      start,
      end,
      confidence: 0.75,
    });
  };
  for (const m of allMatches(VOLTAGE, text)) add('voltage', `${squeeze(m[1]!)}V`, m.index, m.index + m[0].length);
  for (const p of plugs(text)) add('plug', p.value, p.start, p.end);
  // "black with red line" read whole, before a colour reading would cut it to "black"
  for (const f of findColourAccents(text)) add(f.attribute, f.value, f.start, f.end);
  for (const m of allMatches(COLOR_CUE, text)) {
    const v = clean(m[1]!);
    if (v && !/^(?:有|什么|多少|要求|呢|吗|which|what)/i.test(v) && !NOT_VALUE.test(v)) {
      // a cue followed by no colour word ("颜色都不一样") states no colour
      const c = colourValue(v, true);
      if (c) add('color', c.value, m.index, m.index + m[0].length);
    }
  }
  for (const c of chosenColours(text)) add('color', c.value, c.start, c.end);
  for (const m of allMatches(CJK_COLOR, text))
    if (!negatedBefore(text, m.index)) add('color', (m[1] ?? m[2])!, m.index, m.index + m[0].length);
  for (const m of allMatches(FINISH_COLOR, text)) add('color', m[0], m.index, m.index + m[0].length);
  const answer = EN_COLOR_ANSWER.exec(text);
  if (answer) add('color', answer[1]!.toLowerCase(), 0, answer[0].length);
  for (const m of allMatches(EN_COLOR, text))
    add('color', (m[1] ?? m[2] ?? m[3])!.toLowerCase(), m.index, m.index + m[0].length);
  // lexicon materials first: a cue's free text ("material must be …") is the weaker reading
  for (const f of findMaterials(text)) add('material', f.value, f.start, f.end);
  // the option the customer picks from the other side's offer ("针织还是天丝？" — "针织就好")
  for (const c of chosenSpecs(text, prevOther)) add(c.attribute, c.value, c.start, c.end);
  for (const m of allMatches(MATERIAL_CUE, text)) {
    const v = clean(m[1]!);
    if (v && !/^(?:有|什么|多少|要求|呢|吗|which|what)/i.test(v) && !NOT_VALUE.test(v))
      add('material', v, m.index, m.index + m[0].length);
  }
  for (const m of allMatches(STEEL, text)) add('material', m[0], m.index, m.index + m[0].length);
  // an answer to the other side's "木材有要求吗？" / "what material?" names the material
  if (prevOther && /(材质|材料|木材|面料|material|fabric)[^。.!！]*[?？吗]/i.test(prevOther)) {
    const first = /^\s*([^，,。.;；!！?？\n]{1,12})/.exec(text);
    // "must be compatible with…" answers with a requirement, not a material
    if (first && !/\d{3,}|要|不|没|can|what/i.test(first[1]!) && !NOT_VALUE.test(first[1]!))
      add('material', first[1]!.trim(), 0, first[0].length);
  }
  if (prevOther && /(颜色|colou?r)[^。.!！]*[?？吗]/i.test(prevOther)) {
    const first = /^\s*([^，,。.;；!！?？\n]{1,24})/.exec(text);
    if (first && first[1]!.length === 24 && /\s/.test(first[1]!)) first[1] = first[1]!.replace(/\s+\S*$/, '');
    const v = first?.[1]!.replace(/\b(?:only|please|pls|colou?r)\b/gi, '').trim();
    // the reply names a colour ("navy please", "沙色"); "nah not this time" declines, it names none
    const c = first && v && !/\d|要|不|没/.test(v) ? colourValue(v, true)?.value : undefined;
    if (c) add('color', /^[A-Za-z ]+$/.test(c) ? c.toLowerCase() : c, 0, first![0].length);
  }
  // Chinese attribute word + measured value (spec-zh.ts) before the bare units below
  for (const z of findZhSpecs(text)) add(z.attribute, z.value, z.start, z.end, z.named);
  for (const z of findZhBareSizes(text)) add(z.attribute, z.value, z.start, z.end);
  for (const f of findEnglishMeasures(text)) add(f.attribute, f.value, f.start, f.end);
  for (const m of allMatches(AREA, text)) add('size', m[0].trim(), m.index, m.index + m[0].length);
  for (const m of allMatches(TOLERANCE, text)) add('other', squeeze(m[0]), m.index, m.index + m[0].length);
  for (const m of allMatches(SIZE_CODE, text)) add('size', squeeze(m[1]!), m.index, m.index + m[0].length);
  for (const m of allMatches(DIMS, text)) add('size', m[0].trim(), m.index, m.index + m[0].length);
  for (const m of allMatches(GARMENT, text))
    add('size', squeeze(m[1]!.replace(/\s*\bto\b\s*/i, '-')), m.index, m.index + m[0].length);
  // a single length is a size ("40mm pile", "1.75mm"), unless said as a thickness: "1.2cm thick", or in mm
  // with a thickness word near it or in the other side's question ("要11mm的，9.5太薄了", "Thickness 20mm or 30mm?")
  for (const m of allMatches(LENGTH, text))
    if (Number(m[1]!.replace(/^.*[-~～到至]\s*/, '')) < 50 || !/^m(?:et[er]{2}s?)?$/.test(m[2]!)) {
      const end = m.index + m[0].length;
      const thick = THICK.matchAt(text.slice(end).replace(/^\s+/, ''), 0);
      const cued =
        m[2] === 'mm' &&
        (THICK_CUES.has(sentenceAround(text, m.index, end)) || (!!lastOther && THICK_CUES.has(lastOther)));
      // a Chinese thickness word glued on and ending the clause is part of the customer's words:
      // "…，5mm厚" (a predicate), but "8mm厚的" qualifies the goods and the value is 8mm
      const glued =
        thick &&
        /^[\u4e00-\u9fff]/.test(text[end] ?? '') &&
        /^(?:$|[\s，,。.!！?？;；、~])/.test(text.slice(end + thick.end, end + thick.end + 1))
          ? thick.end
          : 0;
      add(thick || cued ? 'other' : 'size', text.slice(m.index, end + glued).trim(), m.index, end + glued);
    }
  for (const m of allMatches(GRAMMAGE, text)) add('other', m[0].trim(), m.index, m.index + m[0].length);
  for (const m of allMatches(CAPACITY, text)) {
    // ounces before a material weigh the fabric ("10oz canvas"): no capacity
    const end = m.index + m[0].length;
    if (/oz$/i.test(m[0]) && MATERIAL_AFTER.matchAt(text.slice(end).replace(/^\s+/, ''), 0)) continue;
    add('capacity', squeeze(m[0]), m.index, end);
  }
  for (const m of allMatches(CAPACITANCE, text)) add('other', squeeze(m[0]), m.index, m.index + m[0].length);
  for (const m of allMatches(POWER, text)) add('other', squeeze(m[0]), m.index, m.index + m[0].length);
  for (const m of allMatches(PRESSURE, text)) add('other', squeeze(m[1]!), m.index, m.index + m[0].length);
  for (const m of allMatches(KELVIN, text)) add('other', squeeze(m[0]), m.index, m.index + m[0].length);
  for (const f of [...findEnglishSpecs(text), ...findRequirements(text)]) add(f.attribute, f.value, f.start, f.end);
  // properties and counts that name themselves ("耐高温", "waterproof", "16pin"): weak, they fill the
  // chat's one "other" slot only when no measured value does, and revise nothing
  const firmCount = out.length;
  for (const f of findPropertySpecs(text)) add(f.attribute, f.value, f.start, f.end, true);
  for (const m of out.slice(firmCount)) m.weak = true;
  return statedOnly(text, out);
}

const NOW = new PhraseSet(PRESENT);
const BOUNDS = new PhraseSet(BOUND_WORDS);
const OFFERS = new PhraseSet(OFFER_QUESTIONS);
const THICK = new PhraseSet(THICKNESS_AFTER);
const MATERIAL_AFTER = new PhraseSet([...MATERIALS_EN, ...MATERIALS_ZH]);
const THICK_CUES = new PhraseSet(THICKNESS_CUES);
const CHOICES = new PhraseSet(ALTERNATIVES);
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';']);
const SPEC_CLAUSE_END = new Set([...SENTENCE_END, '，', ',']);

// "印埋个名，用绿色", "要绣我们的logo，金色线": a colour said in or right after a logo or print clause,
// with no colour cue of its own, is the colour of that mark, not of the goods
const MARK_WORDS = new PhraseSet([...LOGO_TECHNIQUES, ...LOGO_WORDS]);
const GOODS_COLOUR_CUES = new PhraseSet(GOODS_COLOUR_WORDS);
const marks = (clause: string): boolean => MARK_WORDS.has(clause) && !GOODS_COLOUR_CUES.has(clause);
function logoColour(text: string, at: number): boolean {
  const clauses = pieces(text, SPEC_CLAUSE_END);
  const k = clauses.findIndex((c) => c.start <= at && at < c.end);
  if (k < 0) return false;
  const own = text.slice(clauses[k]!.start, clauses[k]!.end);
  // the clause says whose colour it is itself, or the clause before it does
  if (MARK_WORDS.has(own) || GOODS_COLOUR_CUES.has(own)) return marks(own);
  return k > 0 && marks(text.slice(clauses[k - 1]!.start, clauses[k - 1]!.end));
}

/**
 * A value said of a past order: its whole sentence is past ("上次做的是红色"),
 * or its clause is, set against this order ("last time 220V, this time 110V").
 * Checked before a value takes its attribute's slot, so this order's value
 * ("这次要蓝色") is the one kept.
 */
function saidOfPast(text: string, firm: string, start: number, end: number): boolean {
  if (firm.slice(start, end).trim()) return false;
  const s = pieces(text, SENTENCE_END).find((x) => x.start <= start && start < x.end);
  if (!s || !firm.slice(s.start, s.end).trim()) return true;
  return NOW.has(text.slice(s.start, s.end));
}

/**
 * Specs the message states, by the shared clause reading: not one negated in its clause ("no need for
 * 5000mAh"; a bound such as 不低于 is no negation), and not a value in a
 * question that offers a choice ("would you like 220V or 110V?", "red, blue
 * or green?").
 */
function statedOnly(text: string, found: Mention[]): Mention[] {
  if (!found.length) return found;
  const sentences = pieces(text, SENTENCE_END);
  const clauses = pieces(text, SPEC_CLAUSE_END);
  return found.filter((m) => {
    const c = clauses.find((x) => x.start <= m.start && m.start < x.end);
    if (c) {
      const before = text.slice(c.start, m.start);
      const negs = NEGATIONS.findAll(before).filter(
        (n) => !BOUNDS.findAll(before).some((b) => b.start <= n.start && n.end <= b.end),
      );
      if (negs.length) return false;
    }
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (s) {
      const sentence = text.slice(s.start, s.end);
      if (isQuestion(sentence)) {
        if (OFFERS.has(sentence) || CHOICES.has(sentence)) return false;
      }
    }
    return true;
  });
}

const CERT = new PhraseSet(CERT_NAMES);
const CERT_WITH_WORD = new PhraseSet(CERT_NAMES_WITH_WORD);
const CERT_WORD = new PhraseSet(CERT_WORDS);
const TAIL = new PhraseSet(MARK_TAILS);
const OPTIONAL_SET = new PhraseSet(OPTIONAL);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// a standards body and its code: "EN 50618", "ASTM F963", "UN38.3", "GB/T 18401"
const STANDARD = new RegExp(
  String.raw`(?<![A-Za-z0-9])(${STANDARD_BODIES.map(escape).join('|')})\s?-?([A-Z]?\d{2,5}(?:[.-]\d{1,4})*)(?![A-Za-z0-9])`,
  'g',
);
// "PS mark", "ICC certificate": an acronym the lexicon does not know, named by its tail
const ACRONYM = /(?<![A-Za-z0-9])[A-Z]{2,5}(?![A-Za-z0-9])/g;
// the lexicon is case-blind; a mark is written as listed or in capitals ("reach" the port is no REACH)
const asWritten = (text: string, h: PhraseHit): boolean => {
  const s = text.slice(h.start, h.end);
  return s === h.word || s === h.word.toUpperCase();
};
const CERT_NEG = /(?:不需要|不用|不要|no need(?: for)?|don'?t need|without|no)\s*$/i;
const CLAUSE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);

/**
 * Marks from the lexicon, standards by body and code, and unknown acronyms
 * followed by "mark"/"certificate". A refused or optional mark is no need.
 */
export function findCertifications(text: string): Mention[] {
  const out: Mention[] = [];
  const certWord = CERT_WORD.has(text);
  const add = (name: string, a: number, b: number): void => {
    if (CERT_NEG.test(text.slice(Math.max(0, a - 12), a))) return;
    const clause = pieces(text, CLAUSE_END).find((c) => c.start <= a && a < c.end);
    if (clause && OPTIONAL_SET.has(text.slice(clause.start, clause.end))) return;
    if (out.some((o) => o.value.name === name || (o.start <= a && b <= o.end))) return;
    out.push({
      kind: 'certification',
      value: { name },
      evidence: sentenceAround(text, a, b),
      start: a,
      end: b,
      confidence: 0.85,
    });
  };
  for (const m of allMatches(STANDARD, text)) add(m[1]! + m[2]!, m.index, m.index + m[0].length);
  for (const h of CERT.findAll(text)) if (asWritten(text, h)) add(h.value, h.start, h.end);
  if (certWord) for (const h of CERT_WITH_WORD.findAll(text)) if (asWritten(text, h)) add(h.value, h.start, h.end);
  for (const m of allMatches(ACRONYM, text)) {
    const after = text.slice(m.index + m[0].length).replace(/^\s+/, '');
    const tail = TAIL.matchAt(after, 0);
    if (!tail || CERT_WITH_WORD.is(m[0]) || CERT.is(m[0])) continue;
    // "PS mark" is the mark's own name; "ICC certificate" names ICC
    add(tail.word.toLowerCase() === 'mark' ? `${m[0]} mark` : m[0], m.index, m.index + m[0].length);
  }
  return out.sort((x, y) => x.start - y.start);
}
