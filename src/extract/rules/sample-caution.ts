// Samples the customer asks for, and cautions: how to treat this customer
// (sensitivities, taboos, bad experiences, channel preferences). Both read
// the lexicons of lexicon/sample-caution.ts clause by clause.
import { sentenceAround } from '../text.js';
import type { Mention } from './mention.js';
import { pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import {
  CAUTION_CUES,
  NOT_CAUTION,
  SAMPLE_ACTS,
  SAMPLE_COSTS,
  SAMPLE_NOUNS,
  SAMPLE_REFUSALS,
  SAMPLE_VERBS,
} from '../lexicon/sample-caution.js';

const NOUN = new PhraseSet([...SAMPLE_NOUNS, ...SAMPLE_ACTS]);
const ACT = new PhraseSet(SAMPLE_ACTS);
const VERB = new PhraseSet(SAMPLE_VERBS);
const COST = new PhraseSet(SAMPLE_COSTS);
const REFUSAL = new PhraseSet(SAMPLE_REFUSALS);
const CUE = new PhraseSet(CAUTION_CUES);
const NOT_CUE = new PhraseSet(NOT_CAUTION);
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
  let found: Mention | undefined;
  for (const c of pieces(text, CLAUSE_ENDS)) {
    const clause = text.slice(c.start, c.end);
    if (COST.has(clause)) continue;
    const noun = NOUN.findAll(clause)[0];
    if (!noun) continue;
    const a = c.start + noun.start;
    const b = c.start + noun.end;
    if (REFUSAL.has(clause.slice(0, noun.start))) return [sample(text, a, b, false)];
    const verbs = VERB.findAll(clause).filter((v) => v.end <= noun.start || v.start >= noun.end);
    if (!found && (ACT.is(noun.word) || verbs.length)) found = sample(text, a, b, true);
  }
  return found ? [found] : [];
}

export function findCaution(text: string): Mention[] {
  const skip = NOT_CUE.findAll(text);
  const hit = CUE.findAll(text).find((h) => !skip.some((s) => s.start <= h.start && h.end <= s.end));
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
