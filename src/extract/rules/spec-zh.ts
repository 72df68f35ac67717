// Chinese specs named by their attribute word: "壁厚1.4mm", "门幅2米8",
// "床垫尺寸1.8×2米", "功率1500W". The word comes from the lexicon; the value
// is a number (a range or dimensions) with a unit from the lexicon, and
// spoken lengths keep their tail digit ("2米8" is 2.8 m).
import {
  GENERIC_ATTRIBUTES_ZH,
  NAMED_ATTRIBUTES_ZH,
  SPEC_UNITS_ZH,
  VALUE_LINKS_ZH,
} from '../lexicon/spec-attributes-zh.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import { alternation } from '../lexicon/terms.js';

export interface ZhSpec {
  attribute: string;
  value: string;
  /** The value keeps its attribute word, so several of one attribute may stand. */
  named: boolean;
  start: number;
  end: number;
}

const GENERIC = new PhraseSet(GENERIC_ATTRIBUTES_ZH);
const NAMED = new PhraseSet(NAMED_ATTRIBUTES_ZH);
const UNIT = alternation([...SPEC_UNITS_ZH]);
const squeeze = (s: string): string => s.replace(/\s+/g, '');
const NUM = String.raw`\d+(?:\.\d+)?`;
// what may stand between the word and its value: "壁厚要1.4mm", "尺寸：40*30cm", "功率在1500W左右"
const LINK = String.raw`\s*(?:${alternation([...VALUE_LINKS_ZH])})*\s*`;
// a number, a range or dimensions, then a unit; "2米8" keeps its tail digit; dimensions
// may carry the unit on every number ("7.5cm×7.5cm")
const VALUE = new RegExp(
  String.raw`^${LINK}([±]?\s*${NUM}(?:\s*[-~～到至]\s*${NUM})?(?:(?:\s*(?:${UNIT}))?\s*[x×*X乘]\s*${NUM}){0,2}\s*(?:${UNIT})(?:(?<=米)\d(?![\d.]))?)(?![A-Za-z0-9])`,
  'i',
);

/** The measured value (a number, range or dimensions with a unit) right at `from`, with the index after it. */
export function measureAt(text: string, from: number): { value: string; end: number } | undefined {
  const m = VALUE.exec(text.slice(from));
  return m ? { value: m[1]!, end: from + m[0].length } : undefined;
}

/**
 * Attribute word + measured value, left to right; a word without a value is
 * skipped. Every position is tried, as one word may hide another ("布幅宽1米5":
 * 布幅 has no value, 幅宽 has).
 */
const SETS = [
  [NAMED, true],
  [GENERIC, false],
] as const;
const DIGIT = /\d/;

export function findZhSpecs(text: string): ZhSpec[] {
  const out: ZhSpec[] = [];
  // every value holds a digit (performance only)
  if (!DIGIT.test(text)) return out;
  for (let i = 0; i < text.length; i++) {
    for (const [set, named] of SETS) {
      const h = set.matchAt(text, i);
      const m = h && VALUE.exec(text.slice(h.end));
      if (!h || !m) continue;
      const measure = squeeze(m[1]!);
      const end = h.end + m[0].length;
      out.push({ attribute: h.value, value: named ? h.word + measure : measure, named, start: h.start, end });
      i = end - 1;
      break;
    }
  }
  return out;
}

const CN_LENGTH = '厘米|毫米|公分|米';
// dimensions with a Chinese unit on either number: "1.8米×2米", "40×30×25厘米"
const BARE_DIMS = new RegExp(
  String.raw`(?<![\d.])${NUM}\s*(?:${CN_LENGTH})?(?:\s*[x×*X乘]\s*${NUM}\s*(?:${CN_LENGTH})?){1,2}(?<=${CN_LENGTH})`,
  'g',
);
// one length in centimetres or millimetres, or a spoken one ("1米8"): never an order of meters
const BARE_LENGTH = new RegExp(String.raw`(?<![\d.x×*])(?:${NUM}\s*(厘米|毫米)|\d米\d)(?![\d.米])`, 'g');

/**
 * Sizes written with Chinese length units and no attribute word; bare units
 * elsewhere (cm, mm, 寸) are read in spec-cert.ts. Millimetres alone are a
 * thickness (attribute other), as there.
 */
export function findZhBareSizes(text: string): ZhSpec[] {
  const out: ZhSpec[] = [];
  for (const m of text.matchAll(BARE_DIMS))
    out.push({
      attribute: 'size',
      value: squeeze(m[0]),
      named: false,
      start: m.index,
      end: m.index + m[0].length,
    });
  for (const m of text.matchAll(BARE_LENGTH)) {
    const end = m.index + m[0].length;
    if (out.some((o) => o.start < end && m.index < o.end)) continue;
    const attribute = m[1] === '毫米' ? 'other' : 'size';
    out.push({ attribute, value: squeeze(m[0]), named: false, start: m.index, end });
  }
  return out;
}
