// One message states one value per need slot. When a message names two
// values of a slot without revising anything ("最晚1月10号到仓，春节前出货"),
// both describe the same need: delivery keeps the strictest deadline, every
// other kind the first value said. A message with a change cue keeps them all,
// so resolve-needs records the revision it states.
import { needSlot } from '../../core/needs.js';
import { CHANGE_CUES } from '../lexicon/clause-words.js';
import type { Mention } from '../rules/mention.js';
import { PhraseSet } from './phrase-set.js';
import { sentenceAround } from '../text.js';

const CHANGE = new PhraseSet(CHANGE_CUES);

// a delivery mention that is a firm date (shifts move the current date instead)
const deadline = (m: Mention): string | undefined =>
  m.kind === 'delivery_date' && m.shiftDays === undefined && m.value.constraint === 'by'
    ? String(m.value.date)
    : undefined;

/**
 * A message with a change cue keeps a second value beside the first only where the cue is in
 * that value's sentence (or the first's): "请换Aquila的弦" in a long letter revises the strings,
 * not the delivery date said twice.
 */
export function onePerSlot(mentions: Mention[], reading: string): Mention[] {
  if (mentions.length < 2) return mentions;
  const cued = CHANGE.has(reading);
  const revises = (m: Mention): boolean => cued && CHANGE.has(sentenceAround(reading, m.start, m.end));
  const kept = new Map<string, Mention>();
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.shiftDays !== undefined || m.weak || m.kind === 'certification') {
      out.push(m);
      continue;
    }
    const slot = needSlot(m.kind, m.value);
    const first = kept.get(slot);
    if (!first) {
      kept.set(slot, m);
      out.push(m);
      continue;
    }
    if (revises(m) || revises(first)) {
      out.push(m);
      continue;
    }
    const a = deadline(first);
    const b = deadline(m);
    if (a && b && b < a) {
      out[out.indexOf(first)] = m;
      kept.set(slot, m);
    }
  }
  return out;
}
