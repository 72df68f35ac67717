// The hallucination guard: pure, no I/O. Turns what the model proposed into
// needs we can stand behind. A need survives only when its quote is in the
// transcript (we keep the transcript's own text, speaker and time), it is not
// quoted from an injected instruction, and, for delivery dates, the date agrees
// with the rules extractor's calendar arithmetic or is at least justified by the
// message text.
import { needSlot, type ExtractedNeed, type NeedChange, type NeedValue } from '../core/needs.js';
import type { ExtractOptions, ExtractionResult, TranscriptMessage } from '../extract/types.js';
import { checkModelDate, explicitMonthDays } from './date-check.js';
import { findEvidence, type EvidenceMatch } from './evidence.js';
import { injectionStart, isTainted } from './injection.js';
import type { ModelChange, ModelNeed, ModelOutput } from './needs-output-schema.js';

/** Confidence of an LLM need whose quote was found verbatim / only after normalising. */
export const LLM_CONFIDENCE = { exact: 0.85, lenient: 0.75, confirmedByRules: 0.9 } as const;

export type DropReason = 'ungrounded' | 'injection' | 'date_unjustified' | 'orphan_change';

export interface GuardResult {
  needs: ExtractedNeed[];
  changes: NeedChange[];
  dropped: Partial<Record<DropReason, number>>;
}

interface Located {
  pos: number;
  msg: TranscriptMessage;
  match: EvidenceMatch;
}

/** Find the quote in the message the model named, else in the nearest message that has it (and fix the index). */
export function locate(messages: TranscriptMessage[], evidence: string, claimed?: number): Located | undefined {
  const at = claimed !== undefined ? messages[claimed] : undefined;
  const direct = at ? findEvidence(at.text, evidence) : undefined;
  if (at && direct) return { pos: claimed!, msg: at, match: direct };
  let best: Located | undefined;
  messages.forEach((msg, pos) => {
    const match = findEvidence(msg.text, evidence);
    if (!match) return;
    const dist = (p: number) => (claimed === undefined ? -p : Math.abs(p - claimed));
    // Without a claimed index the latest mention wins: later messages state the current need.
    if (!best || dist(pos) < dist(best.pos) || (dist(pos) === dist(best.pos) && match.exact && !best.match.exact)) {
      best = { pos, msg, match };
    }
  });
  return best;
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
export const sameValue = (a: unknown, b: unknown): boolean => stable(a) === stable(b);

/** Delivery dates the rules extractor resolved, by message position (from its needs and its changes). */
function rulesDatesByMessage(
  messages: TranscriptMessage[],
  rules: ExtractionResult,
): Map<number, { date: NeedValue<'delivery_date'>; confidence: number }[]> {
  const byPos = new Map<number, { date: NeedValue<'delivery_date'>; confidence: number }[]>();
  const add = (evidence: string, value: unknown, confidence: number, messageIndex?: number) => {
    const claimed = messageIndex === undefined ? undefined : messages.findIndex((m) => m.index === messageIndex);
    const loc = locate(messages, evidence, claimed !== undefined && claimed >= 0 ? claimed : undefined);
    if (!loc || isTainted(loc.msg.text, loc.match.start, loc.match.text.length)) return;
    const list = byPos.get(loc.pos) ?? [];
    list.push({ date: value as NeedValue<'delivery_date'>, confidence });
    byPos.set(loc.pos, list);
  };
  for (const n of rules.needs) if (n.kind === 'delivery_date') add(n.evidence, n.value, n.confidence, n.messageIndex);
  for (const c of rules.changes) if (c.kind === 'delivery_date') add(c.evidence, c.to, 0.8);
  return byPos;
}

/** Whether `date`'s month and day are written explicitly in the message outside any injected instruction. */
function writtenInClearText(date: string, text: string): boolean {
  const cut = injectionStart(text);
  const clear = cut === undefined ? text : text.slice(0, cut);
  return explicitMonthDays(clear).includes(date.slice(5));
}

type DateCheck = { keep: false } | { keep: true; value: NeedValue; confidence?: number };

function checkDate(
  value: NeedValue,
  loc: Located,
  rulesDates: ReturnType<typeof rulesDatesByMessage>,
  opts: ExtractOptions,
): DateCheck {
  const model = value as NeedValue<'delivery_date'>;
  const fromRules = rulesDates.get(loc.pos);
  if (fromRules && fromRules.length > 0) {
    const agree = fromRules.find((r) => r.date.date === model.date);
    if (agree) return { keep: true, value: model, confidence: LLM_CONFIDENCE.confirmedByRules };
    // A day written out in the message ("最晚1月10号要到…，春节前要出货") is right by
    // construction even when the rules picked another date of the same message:
    // keep it, unless it only appears in the injected part.
    if (writtenInClearText(model.date, loc.msg.text)) return { keep: true, value: model };
    // Same message, different day: the rules' calendar arithmetic (holidays, lunar
    // new year, "下周五") is deterministic; the model's is not.
    const rules = fromRules.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    return { keep: true, value: { ...rules.date }, confidence: rules.confidence };
  }
  const verdict = checkModelDate(model.date, loc.msg.text, loc.msg.atDate ?? opts.now, opts.tz);
  return verdict === 'ok' ? { keep: true, value: model } : { keep: false };
}

export function guardModelOutput(
  messages: TranscriptMessage[],
  output: Pick<ModelOutput, 'needs' | 'changes'>,
  rules: ExtractionResult,
  opts: ExtractOptions,
): GuardResult {
  const dropped: GuardResult['dropped'] = {};
  const drop = (r: DropReason) => {
    dropped[r] = (dropped[r] ?? 0) + 1;
  };
  const rulesDates = rulesDatesByMessage(messages, rules);

  /** Ground one item; returns the location and (possibly corrected) value, or undefined after counting the drop. */
  const ground = (
    item: ModelNeed | ModelChange,
    value: NeedValue,
  ): { loc: Located; value: NeedValue; confidence?: number } | undefined => {
    const loc = locate(messages, item.evidence, item.messageIndex);
    if (!loc) return void drop('ungrounded');
    if (isTainted(loc.msg.text, loc.match.start, loc.match.text.length)) return void drop('injection');
    if (item.kind !== 'delivery_date') return { loc, value };
    const d = checkDate(value, loc, rulesDates, opts);
    if (!d.keep) return void drop('date_unjustified');
    return { loc, value: d.value, confidence: d.confidence };
  };

  // Needs, in message order, so a later need of the same slot replaces an earlier one.
  const grounded: (ExtractedNeed & { pos: number })[] = [];
  for (const n of output.needs) {
    const g = ground(n, n.value);
    if (!g) continue;
    grounded.push({
      kind: n.kind,
      value: g.value,
      evidence: g.loc.match.text,
      speaker: g.loc.msg.speaker,
      at: g.loc.msg.at,
      messageIndex: g.loc.msg.index,
      confidence: g.confidence ?? (g.loc.match.exact ? LLM_CONFIDENCE.exact : LLM_CONFIDENCE.lenient),
      pos: g.loc.pos,
    });
  }
  grounded.sort((a, b) => a.pos - b.pos);

  const changes: NeedChange[] = [];
  for (const c of output.changes) {
    const g = ground(c, c.to);
    if (!g || sameValue(c.from, g.value)) continue;
    changes.push({
      kind: c.kind,
      from: c.from,
      to: g.value,
      evidence: g.loc.match.text,
      speaker: g.loc.msg.speaker,
      at: g.loc.msg.at,
    });
  }

  const bySlot = new Map<string, ExtractedNeed & { pos: number }>();
  for (const n of grounded) {
    const slot = needSlot(n.kind, n.value);
    const prev = bySlot.get(slot);
    // The model listed both the old and the new value: keep the newest and record the replacement it forgot.
    if (
      prev &&
      !sameValue(prev.value, n.value) &&
      !changes.some((c) => needSlot(c.kind, c.to) === slot && sameValue(c.to, n.value))
    ) {
      changes.push({ kind: n.kind, from: prev.value, to: n.value, evidence: n.evidence, speaker: n.speaker, at: n.at });
    }
    bySlot.set(slot, n);
  }
  const needs = [...bySlot.values()].map(({ pos: _pos, ...n }) => n);

  // A change must lead somewhere: to the final need of its slot or to the start of a later change.
  const kept = changes.filter((c) => {
    const slot = needSlot(c.kind, c.to);
    const final = bySlot.get(slot);
    const ok =
      (final && sameValue(final.value, c.to)) ||
      changes.some((o) => o !== c && needSlot(o.kind, o.from) === slot && sameValue(o.from, c.to));
    if (!ok) drop('orphan_change');
    return ok;
  });
  return { needs, changes: kept, dropped };
}
