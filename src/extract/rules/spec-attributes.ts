// English specs as an attribute word plus a value, over tokens (issue 14): a
// surface word before "finish" ("matte finish"; a colour there is the colour:
// "gold finish"), a fitting code next to its part ("lamp holder E14"), a
// duration next to a performance figure ("25 min flight time") and a list of
// garment sizes after a size cue ("sizes S, M, L"). The words are lexicon data.
import { PhraseSet } from '../analyze/phrase-set.js';
import { tokenize, type Token } from '../analyze/tokens.js';
import { COLOURS_EN, FINISHES_EN } from '../lexicon/colours.js';
import { NEGATION } from '../lexicon/clause-words.js';
import {
  CODE_ATTRIBUTES_EN,
  COLOUR_ACCENTS_EN,
  REQUIREMENT_CUES_EN,
  DURATION_ATTRIBUTES_EN,
  DURATION_UNITS_EN,
  FINISH_NOUNS_EN,
  GARMENT_SIZES,
  MEASURE_ATTRIBUTES_EN,
  SIZE_CUES_EN,
} from '../lexicon/spec-attributes.js';
import { measureAt } from './spec-zh.js';

export interface SpecFound {
  attribute: string;
  value: string;
  start: number;
  end: number;
}

const LATIN = /[A-Za-z]/;
const DIGIT = /\d/;
const WITH = /with/i;
const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const CODE_PARTS = new PhraseSet(CODE_ATTRIBUTES_EN);
const DURATIONS = new PhraseSet(DURATION_ATTRIBUTES_EN);
const FINISH_NOUNS = new PhraseSet(FINISH_NOUNS_EN);
const SIZE_CUES = new PhraseSet(SIZE_CUES_EN);
const MEASURES = new PhraseSet(MEASURE_ATTRIBUTES_EN);
const COLOURS = lower(COLOURS_EN);
const FINISHES = lower(FINISHES_EN);
const TIME_UNITS = lower(DURATION_UNITS_EN);
const SIZES = new Set(GARMENT_SIZES);
const ACCENTS = lower(COLOUR_ACCENTS_EN);
const REQUIREMENTS = new PhraseSet(REQUIREMENT_CUES_EN);
const CLAUSE_END = new Set([',', '，', '.', '。', ';', '；', '!', '！', '?', '？', '(', '（']);
const NEGATIONS = lower(NEGATION);
// words between an attribute and its value that say nothing ("lamp holder: E14", "flight time is at least 25 min")
const LINKS = new Set([':', '：', 'is', 'of', 'type', 'at', 'least', 'min.', 'minimum', 'around', 'about', '-', '=']);
// words between a measure's name and its value ("weight should be around 1.5kg")
const MEASURE_LINKS = new Set([
  ...LINKS,
  'should',
  'must',
  'be',
  'approx',
  'approx.',
  'approximately',
  'max',
  'max.',
  'maximum',
  'up',
  'to',
  'we',
  'need',
  'want',
  'needs',
  'will',
]);
const LIST_GLUE = new Set([',', '，', '/', '、', 'and', '&']);

// a code is one word with a letter and a digit: E14, GU10, B22, QCC3040
const isCode = (t: Token | undefined): boolean =>
  !!t && t.latin && LATIN.test(t.text) && DIGIT.test(t.text) && t.text.length <= 10;
// a leading count of a duration: "25", "25min", "1.5"
const numberOf = (t: Token | undefined): { unit: string } | undefined => {
  if (!t || !DIGIT.test(t.text[0] ?? '')) return undefined;
  return { unit: t.norm.replace(/^[\d.,]+/, '') };
};

function tokenIndexAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => t.start >= offset);
}

function skipLinks(tokens: Token[], i: number): number {
  while (i < tokens.length && LINKS.has(tokens[i]!.norm)) i++;
  return i;
}

// "a duration token (with its unit, glued or as the next word)" starting at i: the index after it
function durationAt(tokens: Token[], i: number): number | undefined {
  const n = numberOf(tokens[i]);
  if (!n) return undefined;
  if (n.unit) return TIME_UNITS.has(n.unit) ? i + 1 : undefined;
  return tokens[i + 1] && TIME_UNITS.has(tokens[i + 1]!.norm) ? i + 2 : undefined;
}

export function findEnglishSpecs(text: string): SpecFound[] {
  if (!LATIN.test(text)) return [];
  // the attribute words first: a text with none needs no tokens (performance only)
  const finishHits = FINISH_NOUNS.findAll(text);
  const codeHits = CODE_PARTS.findAll(text);
  const durationHits = DURATIONS.findAll(text);
  const sizeHits = SIZE_CUES.findAll(text);
  if (!finishHits.length && !codeHits.length && !durationHits.length && !sizeHits.length) return [];
  const tokens = tokenize(text);
  const out: SpecFound[] = [];
  const negated = (i: number): boolean => i > 0 && NEGATIONS.has(tokens[i - 1]!.norm);

  for (const h of finishHits) {
    const i = tokenIndexAt(tokens, h.start);
    const prev = tokens[i - 1];
    if (!prev || negated(i - 1)) continue;
    if (COLOURS.has(prev.norm)) out.push({ attribute: 'color', value: prev.norm, start: prev.start, end: prev.end });
    else if (FINISHES.has(prev.norm))
      out.push({ attribute: 'other', value: text.slice(prev.start, h.end), start: prev.start, end: h.end });
  }

  for (const h of codeHits) {
    const i = tokenIndexAt(tokens, h.start);
    const j = skipLinks(tokens, tokenIndexAt(tokens, h.end) < 0 ? tokens.length : tokenIndexAt(tokens, h.end));
    const code = isCode(tokens[j]) ? tokens[j] : isCode(tokens[i - 1]) ? tokens[i - 1] : undefined;
    if (code)
      out.push({
        attribute: 'other',
        value: code.text,
        start: Math.min(code.start, h.start),
        end: Math.max(code.end, h.end),
      });
  }

  for (const h of durationHits) {
    const i = tokenIndexAt(tokens, h.start);
    // before the figure: "25 min flight time"
    for (const from of [i - 2, i - 1]) {
      if (from >= 0 && durationAt(tokens, from) === i && !negated(from)) {
        out.push({
          attribute: 'other',
          value: text.slice(tokens[from]!.start, h.end),
          start: tokens[from]!.start,
          end: h.end,
        });
        break;
      }
    }
    if (out.some((o) => o.end === h.end)) continue;
    // after it: "flight time at least 25 minutes"
    const after = tokenIndexAt(tokens, h.end);
    if (after < 0) continue;
    const j = skipLinks(tokens, after);
    const end = durationAt(tokens, j);
    if (end !== undefined)
      out.push({
        attribute: 'other',
        value: text.slice(h.start, tokens[end - 1]!.end),
        start: h.start,
        end: tokens[end - 1]!.end,
      });
  }

  for (const h of sizeHits) {
    let j = skipLinks(tokens, Math.max(0, tokenIndexAt(tokens, h.end)));
    const sizes: Token[] = [];
    while (j < tokens.length && SIZES.has(tokens[j]!.text)) {
      sizes.push(tokens[j]!);
      if (!LIST_GLUE.has(tokens[j + 1]?.norm ?? '') || !SIZES.has(tokens[j + 2]?.text ?? '')) break;
      j += 2;
    }
    if (sizes.length >= 2) {
      const first = sizes[0]!;
      const last = sizes[sizes.length - 1]!;
      out.push({ attribute: 'size', value: text.slice(first.start, last.end), start: h.start, end: last.end });
    }
  }
  return out;
}

/**
 * An English measure named by its word: "weight 1.5kg", "thickness: 0.8 mm",
 * "width should be about 60cm". The value is the measure alone, as written.
 */
export function findEnglishMeasures(text: string): SpecFound[] {
  if (!LATIN.test(text)) return [];
  const tokens = tokenize(text);
  const out: SpecFound[] = [];
  for (const h of MEASURES.findAll(text)) {
    let j = tokenIndexAt(tokens, h.end);
    if (j < 0 || negated(tokens, tokenIndexAt(tokens, h.start))) continue;
    while (j < tokens.length && MEASURE_LINKS.has(tokens[j]!.norm) && j - tokenIndexAt(tokens, h.end) < 5) j++;
    const at = tokens[j];
    if (!at || !/[\d±]/.test(at.text[0] ?? '')) continue;
    const m = measureAt(text, at.start);
    if (m) out.push({ attribute: h.value, value: text.slice(at.start, m.end).trim(), start: h.start, end: m.end });
  }
  return out;
}

/** "black with red line": a colour with a second colour on a part of the goods, read whole. */
export function findColourAccents(text: string): SpecFound[] {
  // every reading holds the word "with" (performance only)
  if (!LATIN.test(text) || !WITH.test(text)) return [];
  const tokens = tokenize(text);
  const out: SpecFound[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [a, w, b, part] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!];
    if (
      COLOURS.has(a.norm) &&
      w.norm === 'with' &&
      COLOURS.has(b.norm) &&
      ACCENTS.has(part.norm) &&
      !negated(tokens, i)
    )
      out.push({ attribute: 'color', value: text.slice(a.start, part.end), start: a.start, end: part.end });
  }
  return out;
}

/** "must be compatible with side airbags": the cue and what follows it up to the clause end. */
export function findRequirements(text: string): SpecFound[] {
  const out: SpecFound[] = [];
  if (!LATIN.test(text)) return out;
  const hits = REQUIREMENTS.findAll(text);
  if (!hits.length) return out;
  const tokens = tokenize(text);
  for (const h of hits) {
    const i = tokenIndexAt(tokens, h.start);
    if (i < 0 || negated(tokens, i) || (i > 0 && NEGATIONS.has(tokens[i - 2]?.norm ?? ''))) continue;
    let j = tokenIndexAt(tokens, h.end);
    if (j < 0) continue;
    const from = j;
    while (j < tokens.length && !CLAUSE_END.has(tokens[j]!.norm) && j - from < 6) j++;
    if (j === from || j - from >= 6) continue;
    out.push({
      attribute: 'other',
      value: text.slice(h.start, tokens[j - 1]!.end),
      start: h.start,
      end: tokens[j - 1]!.end,
    });
  }
  return out;
}

const negated = (tokens: Token[], i: number): boolean => i > 0 && NEGATIONS.has(tokens[i - 1]!.norm);
