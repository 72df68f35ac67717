// Order quantities: "2万个", "5k pcs", "1,200 units", "两台", "2 x 40HQ",
// "3 containers". A rep's MOQ, sample counts and set compositions are not
// order quantities.
import { allMatches, NUM, parseNum, sentenceAround } from '../text.js';
import { overlaps, type Mention } from './mention.js';
import {
  NOT_GOODS_AFTER_COUNT,
  PACK_WORDS_EN,
  PACK_WORDS_ZH,
  PREDICATE_PARTICLES,
  PREDICATE_UNITS,
  QUANTITY_LABELS,
  SENDING_VERBS,
} from '../lexicon/units.js';
import { SAMPLE_ACTS, SAMPLE_NOUNS } from '../lexicon/sample-caution.js';
import { PhraseSet } from '../analyze/phrase-set.js';

const NOT_GOODS_AFTER = new PhraseSet(NOT_GOODS_AFTER_COUNT);
const SENDING = new PhraseSet(SENDING_VERBS);
const SAMPLE_WORDS = new PhraseSet([...SAMPLE_NOUNS, ...SAMPLE_ACTS, '样']);

/** "两个色", "2 个 models": the count is of variants, not of the goods. */
function variantCount(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ') i++;
  const h = NOT_GOODS_AFTER.matchAt(text, i);
  // a Chinese one-character entry stands alone ("两个色，" but not "两个色卡" or "两个款式的包")
  return !!h && !(h.end - h.start === 1 && /[\u4e00-\u9fff]/.test(text[h.end] ?? ''));
}

/** The words before a count in its own clause, looking back at most `reach` characters, lower case. */
function clauseBefore(text: string, start: number, reach: number): string {
  const lead = text.slice(Math.max(0, start - reach), start);
  const cut = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('。'), lead.lastIndexOf('\n'));
  return lead.slice(cut + 1).toLowerCase();
}

/** "要打样，先寄两个给我看", "send 2 pcs first for checking the sample": sent ahead in a sentence about a sample. */
function sentSample(text: string, start: number, end: number): boolean {
  return SENDING.has(clauseBefore(text, start, 12)) && SAMPLE_WORDS.has(sentenceAround(text, start, end));
}

const PACK_ZH = new Set(PACK_WORDS_ZH);
const PREDICATE_UNIT = new Set(PREDICATE_UNITS);
const PREDICATE_PARTICLE = new Set(PREDICATE_PARTICLES);
const PACK_EN = new Set(PACK_WORDS_EN);

/** "每10条", "each 12 pcs", "10条一包", "500 sheets per ream": a count inside one pack, not the order. */
function packingCount(text: string, start: number, end: number): boolean {
  const lead = text
    .slice(Math.max(0, start - 6), start)
    .trimEnd()
    .toLowerCase();
  if (lead.endsWith('每') || lead.endsWith('each') || lead.endsWith('per')) return true;
  const tail = text
    .slice(end, end + 24)
    .trimStart()
    .toLowerCase();
  if (tail.startsWith('一') && PACK_ZH.has(tail[1] ?? '')) return true;
  const words = tail.split(/[^a-z]+/);
  return words[0] === 'per' && PACK_EN.has(words[1] ?? '');
}

/** "先打样每色2支", "samples: 3 pcs each colour": a sample count, said before the count in its clause. */
function sampleCount(text: string, start: number): boolean {
  const own = clauseBefore(text, start, 12);
  return own.includes('样') || own.includes('sample') || own.includes('每色') || own.includes('每款');
}

/** The count follows a quantity label on its own line or clause ("Quantity: 2 x 40HQ"). */
function labelled(text: string, start: number): boolean {
  const own = clauseBefore(text, start, 20);
  return QUANTITY_LABELS.some((w) => own.includes(w));
}

type Unit = 'pcs' | 'sets' | 'cartons' | 'kg' | 'tons' | 'meters' | 'other';

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(?:个|件|只|支|枚|颗|粒|pcs|pc|pieces?|units?|nos)$/i, 'pcs'],
  [/^(?:套|sets?)$/i, 'sets'],
  [/^(?:箱|ctns?|cartons?)$/i, 'cartons'],
  [/^(?:kgs?|公斤|千克)$/i, 'kg'],
  [/^(?:吨|tons?|tonnes?|mt)$/i, 'tons'],
  [/^(?:米|meters?|metres?|m)$/i, 'meters'],
];
const LATIN_UNITS =
  'pcs|pc|pieces?|units?|nos|sets?|ctns?|cartons?|kgs?|tons?|tonnes?|mt|meters?|metres?|m|rolls?|pairs?|bags?|bottles?|boxes|dozens?|sqm|m2|tins?|drums?|reels?|coils?|sheets?|pallets?';
const CJK_UNITS =
  '个|件|只|支|枚|颗|粒|套|箱|公斤|千克|吨|米|台|把|张|条|平方米|平方|平米|㎡|双|对|卷|桶|瓶|包|片|根|顶|副|付|辆|盏|扇|本|盒|袋|罐|托|部';

const QTY_RE = new RegExp(
  String.raw`(?<![\d.,$¥€£/#])(${NUM})\s*(?:(${LATIN_UNITS})(?![A-Za-z0-9])|(${CJK_UNITS})(?!月|星期|礼拜|工作日|小时|人|字|颜色|款|型号|尺寸|规格|样|sample|点|钟|%|套|装|左右的|以上的|柜|货柜|40|20))`,
  'gi',
);
const CONTAINER_RE = new RegExp(
  String.raw`(${NUM}|a|one)\s*(?:个|x|×|X|\*)?\s*(20|40|45)\s*(?:'|’|ft|FT|feet|foot|尺|英尺|呎)?\s*(HQ|HC|GP|DC|OT|FR|RF)?\s*(柜|货柜|高柜|高箱|平柜|containers?|cntrs?|ctnrs?|high[- ]?cube)?(?![A-Za-z0-9])`,
  'gi',
);
const CONTAINER_REV = new RegExp(String.raw`(20|40|45)\s*(?:'|’|ft)?\s*(HQ|HC|GP|DC)\s*[x×*]\s*(${NUM})`, 'gi');
const PLAIN_CONTAINER = new RegExp(
  String.raw`(${NUM})\s*(?:个|x|×)?\s*(?:柜|货柜|集装箱|containers?)(?![A-Za-z])`,
  'gi',
);
const QTY_LABEL = new RegExp(
  String.raw`(?:数量|qty|quantity|QTY|total)\s*(?:是|为|要|改成|改为|:|：|is|of)?\s*(${NUM})(?!\s*(?:${LATIN_UNITS}|${CJK_UNITS}|%|\.\d|[A-Za-z]))`,
  'gi',
);

const CONTAINER_HINT = /HQ|HC|GP|DC|柜|集装箱|container|cntr|ctnr|ft|feet|foot|尺|呎|'|’/i;
const MOQ_BEFORE = /(MOQ|起订|最少|最低订|minimum|min\.? order|起做)[^，,。.]{0,10}$/i;
const PER_AFTER =
  /^\s*(?:一套|每套|\/\s*套|per\s+set|a\s+set|\/\s*(?:cartons?|ctns?|box(?:es)?|bags?|pallets?|箱|袋|包|盒|托)\b|per\s+(?:cartons?|ctns?|box|bag|pallet|inner|master)|每箱|每袋|每包|一箱|each|per\s+(?:design|color|colour|style|model|size)|一款|每款|每个颜色|每色|一个颜色|\/\s*(?:design|color))/i;
// "每箱50个", "packed 24 pcs in each carton": packing counts, not the order
const PER_BEFORE =
  /(?:(?:rolls?|bags?|boxes|cartons?|ctns?|drums?|pallets?|coils?|reels?|bundles?)\s+of|每卷|每套|一套|每箱|每袋|每包|每盒|每托|一箱|单箱|per (?:carton|ctn|box|bag|pallet)|each (?:carton|ctn|box|bag))\s*(?:装|是|为|:|：)?\s*$/i;
// "4.500 pcs": a dot thousands separator (a count never has three decimals)
const DOT_THOUSANDS =
  /(?<![\d.,])(\d{1,3}(?:[.\u00a0\u202f ]\d{3})+)\s*(pcs|pieces|units|sets|pairs|cartons|ctns|nos|meters|metres|rolls|bags|boxes|kgs?|sqm)(?![A-Za-z])/gi;
const PAST =
  /收到了|已经收到|上个月|上次|上批|上一批|received|last (?:order|time|shipment|month|year|batch)|previous order/i;
const PRESENT = /这次|这批|this time|now|现在|新/i;

function unitOf(word: string): Unit {
  for (const [re, u] of UNIT_WORDS) if (re.test(word)) return u;
  return 'other';
}

function containerUnit(size: string, kind: string | undefined): string {
  if (size === '45') return 'other';
  if (kind && /HQ|HC/i.test(kind)) return size === '40' ? '40HQ container' : 'other';
  return size === '40' ? '40ft container' : '20ft container';
}

export function findQuantities(text: string, masked: { start: number; end: number }[]): Mention[] {
  const found: Mention[] = [];
  if (!/[\d零〇一二两俩三四五六七八九十百千万]/.test(text)) return found;
  const spans = [...masked];
  const add = (start: number, end: number, value: number, unit: string): void => {
    if (!(value > 0) || overlaps({ start, end }, spans)) return;
    if (MOQ_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return;
    if (PER_AFTER.test(text.slice(end, end + 20)) || PER_BEFORE.test(text.slice(Math.max(0, start - 10), start)))
      return;
    if (packingCount(text, start, end)) return;
    if (sampleCount(text, start) || sentSample(text, start, end) || variantCount(text, end)) return;
    const sentence = sentenceAround(text, start, end);
    if (PAST.test(sentence) && !PRESENT.test(sentence)) return;
    spans.push({ start, end });
    found.push({ kind: 'quantity', value: { value, unit }, evidence: sentence, start, end, confidence: 0.8 });
  };
  const containers = CONTAINER_HINT.test(text);
  if (containers)
    for (const m of allMatches(CONTAINER_RE, text)) {
      if (!m[3] && !m[4] && !/'|’|ft|feet|foot|尺|呎/i.test(m[0])) continue;
      const n = /^(a|one)$/i.test(m[1]!) ? 1 : parseNum(m[1]!);
      if (n !== undefined && n < 100)
        add(
          m.index,
          m.index + m[0].length,
          n,
          containerUnit(m[2]!, m[3] ?? (/高柜|高箱|high/i.test(m[4] ?? '') ? 'HQ' : undefined)),
        );
    }
  if (containers)
    for (const m of allMatches(CONTAINER_REV, text)) {
      const n = parseNum(m[3]!);
      if (n !== undefined) add(m.index, m.index + m[0].length, n, containerUnit(m[1]!, m[2]));
    }
  if (containers)
    for (const m of allMatches(PLAIN_CONTAINER, text)) {
      const n = parseNum(m[1]!);
      if (n !== undefined && n < 100) add(m.index, m.index + m[0].length, n, 'other');
    }
  for (const m of allMatches(DOT_THOUSANDS, text))
    add(m.index, m.index + m[0].length, Number(m[1]!.replace(/[.\u00a0\u202f ]/g, '')), unitOf(m[2]!));
  for (const m of allMatches(QTY_RE, text)) {
    // "四十二一条" is 42 per piece: a numeral run ending on 一 right after a digit word is "amount + 一 + unit"
    if (/[一二两三四五六七八九]一$/.test(m[1]!)) continue;
    const n = parseNum(m[1]!);
    if (n === undefined) continue;
    const unitWord = m[2] ?? m[3]!;
    const unit = unitOf(unitWord);
    if (n === 1) continue; // "一个", "1 set": never an order quantity on its own
    // "480对吧": the measure word is the predicate "right", with its particle after it
    const after = text[m.index + m[0].length] ?? '';
    if (PREDICATE_UNIT.has(unitWord) && PREDICATE_PARTICLE.has(after)) continue;
    if (unit === 'meters' && /^m$/i.test(unitWord) && n < 50) continue; // "1.2m" is a size
    if (/样|sample/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    add(m.index, m.index + m[0].length, n, unit);
  }
  for (const m of allMatches(QTY_LABEL, text)) {
    const n = parseNum(m[1]!);
    if (n !== undefined && n > 1) add(m.index, m.index + m[0].length, n, 'pcs');
  }
  if (found.length <= 1) return found;
  // one order quantity per message: a labelled one ("Quantity: 2 x 40HQ"), else the biggest
  // (others are breakdowns, "20 designs x 500")
  const marked = found.filter((m) => labelled(text, m.start));
  const pool = marked.length ? marked : found;
  return [pool.reduce((a, b) => (Number(b.value.value) > Number(a.value.value) ? b : a))];
}
