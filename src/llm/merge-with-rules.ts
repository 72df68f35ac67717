// Combining the guarded LLM needs with the rules result. Goal: with an LLM
// configured, results are better, never worse.
//
// Why LLM-first with a high-confidence rules backfill (and not a plain union):
// - The model reads intent: rep offers the customer declined, counter-offers,
//   small talk. A plain union would bring every rules false positive back.
// - The model also forgets things a regex finds reliably (a "CE" certificate,
//   "FOB Ningbo"). So for a slot (kind, or spec attribute / certificate name) the
//   model left empty, we add the rules need when the rules extractor is
//   confident, the quote is not from our own rep, and it is not from an injected
//   instruction. Where both have a slot, the model's value wins (its dates were
//   already checked against the rules' in guard.ts).
import { needSlot, type ExtractedNeed, type NeedChange } from '../core/needs.js';
import type { ExtractionResult, TranscriptMessage } from '../extract/types.js';
import { locate } from './guard.js';
import { isTainted } from './injection.js';

/** Rules needs at or above this confidence fill slots the model left empty. */
export const RULES_BACKFILL_MIN_CONFIDENCE = 0.8;

export function mergeWithRules(
  messages: TranscriptMessage[],
  llm: { needs: ExtractedNeed[]; changes: NeedChange[] },
  rules: ExtractionResult,
): {
  /** The model's needs first (same order), then the rules needs that filled empty slots. */
  needs: ExtractedNeed[];
  changes: NeedChange[];
  backfilled: number;
} {
  const taken = new Set(llm.needs.map((n) => needSlot(n.kind, n.value)));
  const needs = [...llm.needs];
  const changes = [...llm.changes];
  let backfilled = 0;
  for (const n of rules.needs) {
    const slot = needSlot(n.kind, n.value);
    if (taken.has(slot) || n.confidence < RULES_BACKFILL_MIN_CONFIDENCE) continue;
    const claimed = n.messageIndex === undefined ? undefined : messages.findIndex((m) => m.index === n.messageIndex);
    const loc = locate(messages, n.evidence, claimed !== undefined && claimed >= 0 ? claimed : undefined);
    if (!loc || loc.msg.role === 'rep' || isTainted(loc.msg.text, loc.match.start, loc.match.text.length)) continue;
    taken.add(slot);
    needs.push(n);
    backfilled++;
    // The rules' history of that slot comes along with its final value.
    for (const c of rules.changes) if (needSlot(c.kind, c.to) === slot) changes.push(c);
  }
  return { needs, changes, backfilled };
}
