// No logo, said the Chinese way: a negation before the mark in one clause
// ("不要打你们的牌", "唔好印我哋个标" read as 不要印我们个标), or a bare
// negative answer to the other side's logo question ("要不要印logo？" —
// "唔使印，我哋自己贴"), which names no mark at all.
import { isNegated, NEGATIONS, pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import { LOGO_TECHNIQUES, LOGO_WORDS, PACK_WORDS, REFUSED_MARKS_ZH } from '../lexicon/logo-packaging.js';
import { sentenceAround } from '../text.js';
import { aboutPack } from './logo-packaging.js';
import type { Mention } from './mention.js';

const MARK = new PhraseSet(REFUSED_MARKS_ZH);
const LOGO_WORD = new PhraseSet([...LOGO_WORDS, ...REFUSED_MARKS_ZH]);
const TECHNIQUE = new PhraseSet(LOGO_TECHNIQUES);
const PACK = new PhraseSet(PACK_WORDS);
const ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);
const PARTICLES = /[了啦喇呀啊，,。.!！\s]/g;

const noLogo = (text: string, start: number, end: number): Mention => ({
  kind: 'logo',
  value: { required: false },
  evidence: sentenceAround(text, start, end),
  start,
  end,
  confidence: 0.8,
});

/** A clause negating a mark on the goods (not on a box): "不要打你们的牌". */
export function logoRefusals(text: string): Mention[] {
  for (const c of pieces(text, ENDS)) {
    const clause = text.slice(c.start, c.end);
    if (!isNegated(clause) || PACK.has(clause)) continue;
    const neg = NEGATIONS.findAll(clause)[0];
    const mark = MARK.findAll(clause).find((m) => neg && neg.end <= m.start);
    // "每件配个防尘袋，普通的就行不用印字": the refusal is about the bag of the clause before
    if (neg && mark && !aboutPack(text, c.start + neg.start))
      return [noLogo(text, c.start + mark.start, c.start + mark.end)];
  }
  return [];
}

/** A customer's short no to a logo question: "不用", "不用印", "唔使印，我哋自己贴". */
export function logoAnswer(text: string, prevOther: string | undefined): Mention[] {
  if (!prevOther || !LOGO_WORD.has(prevOther) || !/[?？]|吗/.test(prevOther)) return [];
  const first = pieces(text, ENDS)[0];
  if (!first) return [];
  const clause = text.slice(first.start, first.end).trim();
  const neg = NEGATIONS.matchAt(clause, 0);
  if (!neg) return [];
  // nothing after the negation but a marking verb and particles
  const rest = clause.slice(neg.end).replace(PARTICLES, '');
  if (rest.length > 2 || (rest && !TECHNIQUE.matchAt(rest, 0))) return [];
  return [noLogo(text, first.start, first.end)];
}
