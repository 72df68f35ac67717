// Samples the customer asks for, and cautions: how to treat this customer
// (sensitivities, taboos, bad experiences, channel preferences). Both read
// the lexicons of lexicon/sample-caution.ts clause by clause.
import { sentenceAround } from '../text.js';
import type { Mention } from './mention.js';
import { isQuestion, NEGATIONS, pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import {
  CAUTION_CUES,
  CONTACT_CHANNELS,
  DELAY_PROHIBITIONS,
  PAST_ORDERS,
  PROBLEM_WORDS,
  SENSITIVITY,
  NOT_CAUTION,
  SAMPLE_ACTS,
  SAMPLE_COSTS,
  SAMPLE_NOUNS,
  SAMPLE_REFUSALS,
  SAMPLE_REFUSALS_AFTER,
  SAMPLE_VERBS,
} from '../lexicon/sample-caution.js';

const NOUN = new PhraseSet([...SAMPLE_NOUNS, ...SAMPLE_ACTS]);
const ACT = new PhraseSet(SAMPLE_ACTS);
const VERB = new PhraseSet(SAMPLE_VERBS);
const COST = new PhraseSet(SAMPLE_COSTS);
const REFUSAL = new PhraseSet(SAMPLE_REFUSALS);
const REFUSAL_AFTER = new PhraseSet(SAMPLE_REFUSALS_AFTER);
const CUE = new PhraseSet(CAUTION_CUES);
const NOT_CUE = new PhraseSet(NOT_CAUTION);
// a sensitivity or a refused delay is itself a caution; a past order needs a problem word beside it
const SAID = new PhraseSet([...SENSITIVITY, ...DELAY_PROHIBITIONS]);
const PAST = new PhraseSet(PAST_ORDERS);
const PROBLEM = new PhraseSet(PROBLEM_WORDS);
const CHANNEL = new PhraseSet(CONTACT_CHANNELS);
/** A way of reaching the buyer refused within a few words after a negation: "别给我打电话", "no voice notes". */
function refusedChannel(text: string): { start: number; end: number } | undefined {
  for (const n of NEGATIONS.findAll(text)) {
    const window = text.slice(n.end, n.end + 20);
    const stop = window.search(/[，,。.!！?？;；\n]/);
    const c = CHANNEL.findAll(stop < 0 ? window : window.slice(0, stop))[0];
    // a question about the channel ("没电话给我吗？") asks, it refuses nothing
    if (c && !isQuestion(sentenceAround(text, n.start, n.end + c.end))) return { start: n.start, end: n.end + c.end };
  }
  return undefined;
}
const SENTENCE_ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';']);

/** "上批货有好多次品", "last shipment arrived damaged": a past order and what went wrong, in one sentence. */
function badExperience(text: string): { start: number; end: number } | undefined {
  for (const s of pieces(text, SENTENCE_ENDS)) {
    const sentence = text.slice(s.start, s.end);
    const past = PAST.findAll(sentence)[0];
    const problem = past && PROBLEM.findAll(sentence, past.end)[0];
    if (past && problem) return { start: s.start + past.start, end: s.start + problem.end };
  }
  return undefined;
}
const CLAUSE_ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',']);

const sample = (text: string, a: number, b: number, required: boolean): Mention => ({
  kind: 'sample',
  value: { required },
  evidence: sentenceAround(text, a, b),
  start: a,
  end: b,
  confidence: 0.8,
});

/**
 * A sample noun with a request verb in its clause ("pls send 2 pcs sample by
 * courier", "先寄一本色卡"), or a noun that is itself the act ("打样"). A
 * refusal before the noun makes it `required: false`; a fee is no request.
 */
export function findSample(text: string): Mention[] {
  if (!NOUN.has(text)) return []; // the gate: no sample word, no clause reading
  let found: Mention | undefined;
  for (const c of pieces(text, CLAUSE_ENDS)) {
    const clause = text.slice(c.start, c.end);
    if (COST.has(clause)) continue;
    const noun = NOUN.findAll(clause)[0];
    if (!noun) continue;
    const a = c.start + noun.start;
    const b = c.start + noun.end;
    // "no need for samples", and the noun first: "样品不用了", "samples not needed"
    const refusedAfter = REFUSAL_AFTER.findAll(clause, noun.end).some((r) => r.start - noun.end <= 6);
    if (REFUSAL.has(clause.slice(0, noun.start)) || refusedAfter) return [sample(text, a, b, false)];
    const verbs = VERB.findAll(clause).filter((v) => v.end <= noun.start || v.start >= noun.end);
    if (!found && (ACT.is(noun.word) || verbs.length)) found = sample(text, a, b, true);
  }
  return found ? [found] : [];
}

export function findCaution(text: string): Mention[] {
  const skip = NOT_CUE.findAll(text);
  const free = (h: { start: number; end: number }): boolean => !skip.some((s) => s.start <= h.start && h.end <= s.end);
  const hit =
    CUE.findAll(text).find(free) ?? SAID.findAll(text).find(free) ?? badExperience(text) ?? refusedChannel(text);
  if (!hit) return [];
  const evidence = sentenceAround(text, hit.start, hit.end);
  return [
    {
      kind: 'caution',
      value: { text: evidence },
      evidence,
      start: hit.start,
      end: hit.end,
      confidence: 0.6,
    },
  ];
}
