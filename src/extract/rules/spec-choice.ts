// A spec chosen from the other side's offer of alternatives: the rep asks
// "面料用针织还是天丝？" or says "we have matte and glossy", and the customer's
// answer names one ("针织就好", "glossy please"). The option is found in the
// answer as said (or, for a Latin option of several words, its first word:
// "knitted" of "knitted fabric"); a negated option ("不要天丝") is none. The
// offer's cue word names the attribute; with no cue, an option that is a
// colour or a material word is one.
import { PhraseSet } from '../analyze/phrase-set.js';
import { isQuestion, NEGATIONS, pieces } from '../analyze/clauses.js';
import { COLOURS_EN, COLOURS_ZH } from '../lexicon/colours.js';
import { MATERIALS_EN, MATERIALS_ZH } from '../lexicon/goods.js';
import { OPTION_CUES, OPTION_JOINS, OPTION_LEADS, OPTION_TAILS } from '../lexicon/spec-choice.js';

export interface ChosenSpec {
  attribute: string;
  value: string;
  start: number;
  end: number;
}

const JOINS = new PhraseSet(OPTION_JOINS);
const LEADS = new PhraseSet(OPTION_LEADS);
const TAILS = new PhraseSet(OPTION_TAILS);
const CUES = new PhraseSet(OPTION_CUES);
const COLOURS = new Set([...COLOURS_ZH, ...COLOURS_EN].map((w) => w.toLowerCase()));
const MATERIALS = new Set([...MATERIALS_ZH, ...MATERIALS_EN].map((w) => w.toLowerCase()));
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',']);
// lead words that list what is on offer: "颜色有灰、绿", "we have black and white"
const LISTING = new Set(['有', 'have', 'offer', '提供', '可选', '可以做']);
// or words that say the sentence offers choices: "有…两种", "options"
const OFFER_WORDS = new PhraseSet(['两种', '几种', '三种', '可选', '都有', 'options', 'available', 'we have']);

/** Strip tail words off an option ("硅胶的" → "硅胶", "plumping两种" → "plumping"). */
function trimOption(s: string): string {
  let t = s.trim().replace(/[?？。.!！~～\s]+$/, '');
  for (let guard = 0; guard < 4; guard++) {
    const tail = TAILS.findAll(t)
      .filter((h) => h.end === t.length && h.start > 0)
      .pop();
    if (!tail) break;
    t = t.slice(0, tail.start).trim();
  }
  return t;
}

const NON_COMMA = (h: { word: string }): boolean => h.word !== ',' && h.word !== '，';

/**
 * The options of one offer sentence and the cue word before them (undefined: no cue;
 * 'none': an offer about another kind). `before` is the other side's text before the sentence,
 * where the cue may stand ("是要什么质地的？我们有A和B两种").
 */
function offerOptions(
  sentence: string,
  before: string,
): { options: string[]; cue: string | undefined; listed: boolean } | undefined {
  // the options sit in the Chinese clause that holds the first real join (还是, 、, or, and)
  const clause = pieces(sentence, new Set(['，'])).find((c) =>
    JOINS.findAll(sentence.slice(c.start, c.end)).some(NON_COMMA),
  );
  if (!clause) return undefined;
  const text = sentence.slice(clause.start, clause.end);
  const first = JOINS.findAll(text).find(NON_COMMA)!.start;
  // the lead-in ends at the last lead word before the first join
  const lead = LEADS.findAll(text.slice(0, first)).pop();
  const from = lead ? lead.end : (/[:：]/.exec(text.slice(0, first))?.index ?? -1) + 1;
  const cueBefore = CUES.findAll(before + sentence.slice(0, clause.start) + text.slice(0, from)).pop()?.value;
  const body = text.slice(from);
  const options: string[] = [];
  let at = 0;
  for (const j of JOINS.findAll(body)) {
    options.push(body.slice(at, j.start));
    at = j.end;
  }
  // the last option ends at its first tail word; a cue may follow it ("A和B两种配置")
  const last = body.slice(at);
  const tail = TAILS.findAll(last).find((h) => h.start > 0);
  options.push(tail ? last.slice(0, tail.start) : last);
  const cue = cueBefore ?? (tail ? CUES.findAll(last.slice(tail.start)).pop()?.value : undefined);
  const clean = options.map(trimOption).filter((o) => o.length >= 2 && o.length <= 20 && !/\d/.test(o));
  if (options.length < 2 || !clean.length) return undefined;
  return { options: clean, cue, listed: !!lead && LISTING.has(lead.word) };
}

function classOf(option: string): string | undefined {
  const low = option.toLowerCase();
  if (COLOURS.has(low)) return 'color';
  if (MATERIALS.has(low)) return 'material';
  return undefined;
}

/** Where the answer names `option`, as said: the whole option, or a Latin option's first word. */
function findOption(text: string, option: string): { start: number; end: number } | undefined {
  const low = text.toLowerCase();
  const o = option.toLowerCase();
  const at = low.indexOf(o);
  if (at >= 0) return { start: at, end: at + o.length };
  const word = /^[a-z][a-z-]{3,}(?=\s)/.exec(o)?.[0];
  if (!word) return undefined;
  const w = new RegExp(`(?<![a-z])${word}(?![a-z])`).exec(low);
  return w ? { start: w.index, end: w.index + word.length } : undefined;
}

/** The option a customer's answer picks from the other side's last message, if any. */
export function chosenSpecs(text: string, prevOther: string | undefined): ChosenSpec[] {
  if (!prevOther) return [];
  const out: ChosenSpec[] = [];
  for (const s of pieces(prevOther, SENTENCE_END)) {
    const sentence = prevOther.slice(s.start, s.end);
    const offer = offerOptions(sentence, prevOther.slice(0, s.start));
    if (!offer || offer.cue === 'none') continue;
    // an offer says so: a question, a list after 有 / "we have", or "两种", "options"
    if (!isQuestion(sentence) && !offer.listed && !OFFER_WORDS.has(sentence)) continue;
    const picked = offer.options
      .map((o) => ({ o, at: findOption(text, o) }))
      .filter((x): x is { o: string; at: { start: number; end: number } } => !!x.at)
      .filter(({ at }) => {
        // "不要天丝", "天丝不用": an option named in a negated clause is refused, not chosen
        const c = pieces(text, CLAUSE_END).find((p) => p.start <= at.start && at.start < p.end);
        return !c || !NEGATIONS.has(text.slice(c.start, at.start) + ' ' + text.slice(at.end, c.end));
      });
    // an answer naming every option picks none
    if (picked.length !== 1) continue;
    const { o, at } = picked[0]!;
    const attribute = offer.cue ?? classOf(o);
    if (!attribute) continue;
    out.push({ attribute, value: text.slice(at.start, at.end), start: at.start, end: at.end });
  }
  return out;
}
