// The colour a cue names, cut to the colour words themselves: "颜色这次做深灰色"
// → 深灰色, "colour slate gray only. We…" → slate gray, "purple/grey双色" →
// purple/grey. The span runs from the first to the last colour of the colour
// lexicon, taking a finish before it (消光灰) or one descriptive Latin word
// (slate gray, Calacatta white).
import { PhraseSet } from '../analyze/phrase-set.js';
import {
  COLOUR_CHOICE_BEFORE,
  COLOURS_IN_LIST_ZH,
  COLOUR_MODIFIERS_ZH,
  COLOURS_EN,
  COLOURS_ZH,
  FINISHES_EN,
  FINISHES_ZH,
} from '../lexicon/colours.js';
import { negatedBefore } from '../analyze/clauses.js';
import { terms } from '../lexicon/terms.js';

const COLOURS = new PhraseSet([...COLOURS_ZH, ...COLOURS_EN]);
const FINISHES = new PhraseSet([...FINISHES_ZH, ...FINISHES_EN, ...COLOUR_MODIFIERS_ZH]);
const CHOICE = new PhraseSet(COLOUR_CHOICE_BEFORE);
// a bare one-character colour is too ambiguous alone (金属, 黄金) but not inside a list: "红、蓝、绿"
const IN_LIST = new PhraseSet([...COLOURS_ZH, ...COLOURS_EN, ...COLOURS_IN_LIST_ZH]);
// characters that show the words before a colour are no part of its name ("都要黑色", "还是白")
const NOT_COLOUR_NAME = new PhraseSet(
  terms(
    `的 | 要 | 是 | 还 | 都 | 全 | 做 | 用 | 改 | 换 | 选 | 拣 | 挑 | 定 | 为 | 系 | 就 | 也 | 这 | 那 | 次 | 统一 | 一律 | 只 | 和 | 或 | 不 | 没 | 别 | 每 | 个 | 种 | 款`,
  ),
);
// Latin words that never describe a colour: a colour phrase does not start with them
const NOT_DESCRIPTIVE = new Set(
  terms(`
  is | in | the | a | an | be | should | must | only | all | this | that | time | any | our | your | and | or | with
  color | colour | colors | colours | please | pls | want | need | use | same | also | make | it | to | of | for | same
`),
);

/**
 * The colour words of `value` and their span in it, or undefined when it names no colour.
 * `cued`: the value follows a colour cue ("颜色：湖水蓝"), so Chinese words glued before the
 * colour name it ("湖水" of 湖水蓝, "奶茶" of 奶茶色): colour names are often thing + colour.
 */
export function colourValue(value: string, cued = false): { value: string; start: number; end: number } | undefined {
  // after a cue a one-character colour is unambiguous ("颜色：樱花粉")
  const hits = (cued ? IN_LIST : COLOURS).findAll(value);
  if (!hits.length) return cued ? colourNamedByMorpheme(value) : undefined;
  let start = hits[0]!.start;
  const end = hits[hits.length - 1]!.end;
  const before = value.slice(0, start);
  const finish = shadeBefore(value, start);
  if (cued && /^[\u4e00-\u9fff]{1,4}$/.test(before.trim()) && !NOT_COLOUR_NAME.has(before.trim()))
    start = before.indexOf(before.trim());
  else if (finish < start) start = finish;
  else {
    const word = /([A-Za-z][A-Za-z-]*)\s+$/.exec(before);
    if (word && /[A-Za-z]/.test(value[start]!) && !NOT_DESCRIPTIVE.has(word[1]!.toLowerCase())) start = word.index;
  }
  return { value: value.slice(start, end), start, end };
}

// "颜色：沙色", "顏色做藕荷色": after a colour cue, a Chinese word ending in 色 names a colour by its
// morpheme even when the lexicon lacks it (most Chinese colour names are thing + 色)
const MORPHEME_COLOUR = /^\s*([\u4e00-\u9fff]{1,4}色)(?![\u4e00-\u9fff])/;
function colourNamedByMorpheme(value: string): { value: string; start: number; end: number } | undefined {
  const m = MORPHEME_COLOUR.exec(value);
  if (!m || NOT_COLOUR_NAME.has(m[1]!)) return undefined;
  const start = value.indexOf(m[1]!);
  return { value: m[1]!, start, end: start + m[1]!.length };
}

// the start of the finishes and shades written right before position `at` (消光灰, 炭灰色)
function shadeBefore(text: string, at: number): number {
  let start = at;
  for (let i = Math.max(0, at - 3); i < start; i++) {
    const h = FINISHES.matchAt(text, i);
    if (h && h.end === start) {
      start = i;
      i = Math.max(-1, start - 4);
    }
  }
  return start;
}

/**
 * Colour words standing as the chosen object of a clause: after a want-verb
 * or at a clause start, and ending the clause ("要消光灰", "，自然黑色，").
 * A negated choice ("唔要磨砂", "不要黑色") is no requirement.
 */
export function chosenColours(text: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  for (const h of COLOURS.findAll(text)) {
    const start = shadeBefore(text, h.start);
    const head = text.slice(Math.max(0, start - 4), start).trimEnd();
    const chosen =
      start === 0 ||
      [...Array(head.length).keys()].some((i) => CHOICE.matchAt(head, i)?.end === head.length) ||
      afterMeasureOnly(text, start);
    if (!chosen) continue;
    if (negatedBefore(text, start)) continue;
    // a list ("in navy and khaki") is chosen whole, so the clause ends after its last colour
    const end = colourListEnd(text, h.end);
    const tail = text.slice(end, end + 4);
    if (!/^(?:的|嗰款|那款|那种|款)?\s*(?:$|[，,。.!！?？;；、\n])/.test(tail)) continue;
    out.push({ value: text.slice(start, end), start, end });
  }
  return out;
}

// "11oz white,", "，500ml 白色，": a colour after a measure alone in its clause is an item of a spec list
const MEASURE_ONLY = /(?:^|[，,;；:：\n])\s*\d+(?:\.\d+)?\s*[A-Za-z%"]{0,3}\s*$/;
const afterMeasureOnly = (text: string, at: number): boolean => MEASURE_ONLY.test(text.slice(Math.max(0, at - 14), at));

// what joins the colours of one list: "black, white and grey", "黑色、白色和灰色", "red/blue"
const LIST_GLUE = new Set(terms(`, | ， | 、 | / | & | + | and | ,and | ，and | 和 | 与 | 及 | 跟`));

/**
 * The end of a list of colours that goes on after a colour ending at `at`
 * ("black, white and grey" read from "black"): one need holds them all.
 * `at` itself when no other colour follows.
 */
export function colourListEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    let i = end;
    while (i < text.length && i - end < 8 && !IN_LIST.matchAt(text, i) && !FINISHES.matchAt(text, i)) i++;
    if (i >= text.length || i - end >= 8) return end;
    const glue = text.slice(end, i);
    // two Chinese colours written together are one list too: "粉色蓝色各一半"
    const touching =
      glue === '' && /[\u4e00-\u9fff]/.test(text[i] ?? '') && /[\u4e00-\u9fff]/.test(text[end - 1] ?? '');
    if (!touching && !LIST_GLUE.has(glue.replace(/\s+/g, '').toLowerCase())) return end;
    let j = i;
    // a shade before the colour ("dark grey", "浅灰色") belongs to it
    for (let h = FINISHES.matchAt(text, j); h && !IN_LIST.matchAt(text, j); h = FINISHES.matchAt(text, j)) {
      j = h.end;
      while (text[j] === ' ') j++;
    }
    const c = IN_LIST.matchAt(text, j);
    if (!c) return end;
    end = c.end;
  }
}
