// Tokens of one reading text. Chinese runs go through jieba with part-of-speech
// tags and a user dictionary built from our lexicons (goods, materials,
// colours, units, certifications), so trade words come out whole and tagged
// as nouns. Latin runs are split into words and tagged from compromise's
// lexicon (closed-class words, verbs, adjectives); a word it does not know is
// taken for a noun, which is what unknown words in trade chats mostly are.
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { COLOURS_ZH, FINISHES_ZH } from '../lexicon/colours.js';
import { GOODS_EN, GOODS_ZH, MATERIALS_EN, MATERIALS_ZH, TRADE_TERMS_ZH } from '../lexicon/goods.js';
import { ASK_OPENERS_ZH, BUY_AFTER_ZH } from '../lexicon/purchase.js';
import { BATCH_WORDS, CONTAINER_WORDS_ZH, UNITS } from '../lexicon/units.js';

export interface Token {
  text: string;
  /** Lower-case form (Latin) or the text (CJK). */
  norm: string;
  start: number;
  end: number;
  /** jieba tag (n, v, m, q, …) for CJK; for Latin: noun, verb, adj, prep, det, pron, conj, adv, num, unit, other. */
  tag: string;
  latin: boolean;
}

let jieba: Jieba | undefined;
// jieba keeps its own tag for a word it already knows (法兰 and 蓝牙 are places
// there), so tokens of our lexicon words take our tag after cutting.
/** The dictionary loads once per process (about 150 ms); the instance is read-only after that. */
const OUR_TAGS = new Map<string, string>();
for (const w of TRADE_TERMS_ZH) OUR_TAGS.set(w, 'n');
for (const w of GOODS_ZH) OUR_TAGS.set(w, 'n');
for (const w of MATERIALS_ZH) OUR_TAGS.set(w, 'nm');
for (const w of [...COLOURS_ZH, ...FINISHES_ZH]) OUR_TAGS.set(w, 'nc');
// question openers and stock questions are verbs, so they never glue onto the goods next to them
for (const w of [...ASK_OPENERS_ZH, ...BUY_AFTER_ZH.map(([p]) => String(p))])
  if (!OUR_TAGS.has(w)) OUR_TAGS.set(w, 'v');

// jieba, its dictionary (a 5 MB file read into memory) and compromise's lexicon load on first
// use, not at start-up: a server holds them only once it has read a message.
const requireLazily = createRequire(import.meta.url);

export function sharedJieba(): Jieba {
  if (jieba) return jieba;
  const { Jieba: JiebaClass } = requireLazily('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = requireLazily('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
  const j = JiebaClass.withDict(dict);
  j.loadDict(Buffer.from([...OUR_TAGS].map(([w, t]) => `${w} 50000 ${t}`).join('\n')));
  jieba = j;
  return j;
}

type Lexicon = Record<string, string | string[]>;
let english: Lexicon | undefined;
const lexicon = (): Lexicon =>
  (english ??= ((requireLazily('compromise') as { model(): unknown }).model() as { one: { lexicon: Lexicon } }).one
    .lexicon);
const UNIT_WORDS = new Set(UNITS.filter(([w]) => /^[a-z]/i.test(w)).map(([w]) => w.toLowerCase()));

// goods and materials are nouns even where English also has a verb ("bottles", "cases")
const GOODS_WORDS = new Set([...GOODS_EN, ...MATERIALS_EN].map((w) => w.toLowerCase()));

/**
 * Whether an English word tagged verb can also be read as a noun inside a
 * compound ("seat" in "car seat covers", "grow" in "LED grow lights"): a base
 * or present form of a lexical verb, never a modal, copula, auxiliary or past form.
 */
export function nounableVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(w)) return false;
  const lex = lexicon();
  const t =
    lex[w] ??
    (w.endsWith('s') ? (lex[w.slice(0, -1)] ?? (w.endsWith('es') ? lex[w.slice(0, -2)] : undefined)) : undefined);
  const tags = t === undefined ? [] : Array.isArray(t) ? t : [t];
  return (
    tags.some((x) => /Infinitive|PresentTense/.test(x)) &&
    !tags.some((x) => /Modal|Copula|Auxiliary|PastTense|Participle|Pronoun|Preposition|Determiner/.test(x))
  );
}

// A word's tag depends on the word alone: memoised (bounded), as the same words recur in every chat.
const LATIN_TAGS = new Map<string, string>();
// compromise's lexicon lacks most -ly adverbs ("mainly", "urgently"); an unknown word of that shape
// is one, except the noun endings -ply, -bly, -fly, -ily (supply, assembly, butterfly, family)
const NOT_ADVERB_ENDINGS = ['ply', 'bly', 'fly', 'ily'];
const lyAdverb = (w: string): boolean =>
  w.length >= 6 && w.endsWith('ly') && !NOT_ADVERB_ENDINGS.some((e) => w.endsWith(e));

function latinTag(word: string): string {
  let tag = LATIN_TAGS.get(word);
  if (tag === undefined) {
    if (LATIN_TAGS.size >= 20000) LATIN_TAGS.clear();
    LATIN_TAGS.set(word, (tag = latinTagUncached(word)));
  }
  return tag;
}

function latinTagUncached(word: string): string {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return 'num';
  if (GOODS_WORDS.has(w) || GOODS_WORDS.has(w.slice(0, -1)) || GOODS_WORDS.has(w.slice(0, -2))) return 'noun';
  if (UNIT_WORDS.has(w)) return 'unit';
  const lex = lexicon();
  let t = lex[w];
  if (t === undefined && w.endsWith('s'))
    t = lex[w.slice(0, -1)] ?? (w.endsWith('es') ? lex[w.slice(0, -2)] : undefined);
  const tags = t === undefined ? [] : Array.isArray(t) ? t : [t];
  if (!tags.length) return lyAdverb(w) ? 'adv' : 'noun';
  const first = tags[0]!;
  if (/Preposition/.test(first)) return 'prep';
  if (/Determiner/.test(first)) return 'det';
  if (/Pronoun|Possessive/.test(first)) return 'pron';
  if (/Conjunction/.test(first)) return 'conj';
  if (/Adverb|Expression/.test(first)) return 'adv';
  // a gerund before the goods qualifies them: baking mats, cutting boards
  if (/Adjective|Comparative|Superlative|Gerund/.test(first)) return 'adj';
  if (/Infinitive|PresentTense|PastTense|Gerund|Modal|Copula|Auxiliary|Verb|Participle/.test(first)) return 'verb';
  if (/Value|Cardinal|Ordinal/.test(first)) return 'num';
  if (tags.some((x) => /FirstName|LastName|Person|Honorific|Place|City|Country|Month|WeekDay/.test(x))) return 'name';
  return 'noun';
}

// A run with Chinese in it goes to jieba whole (it cuts "纯棉T恤" and "DN50" well);
// a Latin run is one word; anything else (punctuation) one token.
const LATIN_RUN =
  /[A-Za-z0-9\u3400-\u9fff]*[\u3400-\u9fff][A-Za-z0-9\u3400-\u9fff]*|[A-Za-z][A-Za-z0-9'’&+]*|\d+(?:[.,]\d+)*[A-Za-z]*|[^\sA-Za-z0-9\u3400-\u9fff]/g;

const CJK_CHAR = /[\u3400-\u9fff]/;

// A container word that jieba reads as a measure word is the goods' head when a
// word of two or more characters sits right before it and no number does:
// 收纳 + 箱 is one noun 收纳箱, 工具 + 盒 is 工具盒; 三 + 箱 stays a count.
const CONTAINER_HEADS = new Set(CONTAINER_WORDS_ZH);
const NOT_BEFORE_CONTAINER = new Set(['m', 'q', 'r', 'x', 'eng', 'uj', 'ul', 'p', 'd', 'c']);
type Tagged = { word: string; tag: string };
function joinContainers(words: Tagged[]): Tagged[] {
  const out: Tagged[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (
      prev &&
      CONTAINER_HEADS.has(w.word) &&
      prev.word.length >= 2 &&
      CJK_CHAR.test(prev.word) &&
      !/\d/.test(prev.word) &&
      !NOT_BEFORE_CONTAINER.has(prev.tag) &&
      !VERB_OBJECT_END.has(prev.word[prev.word.length - 1]!)
    )
      out[out.length - 1] = { word: prev.word + w.word, tag: 'n' };
    else out.push(w);
  }
  return out;
}
// 放进 + 箱, 装到 + 袋: a verb that takes the container as its object
const VERB_OBJECT_END = new Set(['进', '到', '在', '入', '给', '满', '一', '每']);

// The rules tokenise the same reading text several times per message (specs, colour accents,
// requirements, product candidates): the last few results are kept. Token arrays are shared, so
// they are frozen (a caller that writes to them throws, ES modules being strict); callers only read them.
const TOKEN_CACHE = new Map<string, Token[]>();
const TOKEN_CACHE_SIZE = 128;
// jieba glues a measure word after a numeral onto the next character (两百 + 台商 + 用冰箱,
// 五十 + 件套 + 装): the measure word belongs to the count, so it is cut off and the rest of the
// run is cut again. A word that is a unit itself (平方, 个月) or ends the run (五十 + 条件) stays.
const MEASURE_CHARS = new Set(UNITS.map(([w]) => w).filter((w) => w.length === 1 && CJK_CHAR.test(w)));
const UNIT_WORDS_ZH = new Set([...UNITS.map(([w]) => w), ...BATCH_WORDS]);
const NUMERAL_CHARS = new Set('0123456789.,一二两三四五六七八九十百千万亿几');
const isNumeralWord = (w: string): boolean => [...w].every((c) => NUMERAL_CHARS.has(c)) && w[0] !== '.' && w[0] !== ',';
function cutRun(run: string): Tagged[] {
  const words = joinContainers(sharedJieba().tag(run, true));
  let pos = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.word;
    const prev = words[k - 1]?.word;
    if (
      prev &&
      isNumeralWord(prev) &&
      w.length >= 2 &&
      MEASURE_CHARS.has(w[0]!) &&
      !UNIT_WORDS_ZH.has(w) &&
      !OUR_TAGS.has(w) &&
      pos + w.length < run.length
    )
      return [...words.slice(0, k), { word: w[0]!, tag: 'q' }, ...cutRun(run.slice(pos + 1))];
    pos += w.length;
  }
  return words;
}

/** Tokens of `text` in order; offsets index into `text`. */
export function tokenize(text: string): Token[] {
  const hit = TOKEN_CACHE.get(text);
  if (hit) return hit;
  const out = tokenizeUncached(text);
  for (const t of out) Object.freeze(t);
  Object.freeze(out);
  if (TOKEN_CACHE.size >= TOKEN_CACHE_SIZE) TOKEN_CACHE.delete(TOKEN_CACHE.keys().next().value!);
  TOKEN_CACHE.set(text, out);
  return out;
}

function tokenizeUncached(text: string): Token[] {
  const out: Token[] = [];
  LATIN_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LATIN_RUN.exec(text)) !== null) {
    const run = m[0];
    const at = m.index;
    // a run such as "Pro透明磁吸壳" or "10蚊" starts on a Latin letter or digit and still goes to jieba
    if (CJK_CHAR.test(run)) {
      let pos = at;
      for (const w of cutRun(run)) {
        const latin = /^[A-Za-z]/.test(w.word);
        out.push({
          text: w.word,
          norm: latin ? w.word.toLowerCase() : w.word,
          start: pos,
          end: pos + w.word.length,
          tag: latin ? latinTag(w.word) : (OUR_TAGS.get(w.word) ?? w.tag),
          latin,
        });
        pos += w.word.length;
      }
    } else if (/^[A-Za-z0-9]/.test(run)) {
      out.push({
        text: run,
        norm: run.toLowerCase(),
        start: at,
        end: at + run.length,
        tag: latinTag(run),
        latin: true,
      });
    } else {
      out.push({ text: run, norm: run, start: at, end: at + run.length, tag: 'x', latin: false });
    }
  }
  return out;
}
