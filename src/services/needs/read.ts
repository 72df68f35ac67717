// Stored needs and changes as the bot's cards show them (names resolved, sensitive
// kinds split off for the audience).
import { ESSENTIAL_KINDS } from '../../core/needs.js';
import type { StoredChange, StoredNeed } from '../../core/records.js';
import type { ChangeLine, NeedLine } from '../bot/format/views.js';

export function needLineOf(n: StoredNeed, nameOf: (id: string | null) => string | null): NeedLine {
  return {
    kind: n.kind,
    value: n.value,
    evidence: n.evidence,
    speaker: n.speaker,
    at: n.saidAt ?? n.createdAt,
    recordedBy: nameOf(n.recordedBy),
    manual: n.extractor === 'manual',
  };
}

export function changeLineOf(c: StoredChange, nameOf: (id: string | null) => string | null): ChangeLine {
  return {
    kind: c.kind,
    from: c.fromValue,
    to: c.toValue,
    evidence: c.evidence,
    saidBy: c.saidBy,
    saidAt: c.saidAt,
    recordedBy: nameOf(c.recordedBy),
    at: c.createdAt,
  };
}

/** Essentials (delivery, quantity, logo, packaging, payment terms) with no current value. */
export function unknownEssentials(current: { kind: string }[]): string[] {
  const have = new Set(current.map((n) => n.kind));
  return ESSENTIAL_KINDS.filter((k) => !have.has(k));
}

/** Split items into those that may be shown here and the kinds held back. */
export function splitShown<T extends { kind: string }>(
  items: T[],
  mayShow: (kind: string) => boolean,
): { shown: T[]; hidden: string[] } {
  return {
    shown: items.filter((x) => mayShow(x.kind)),
    hidden: items.filter((x) => !mayShow(x.kind)).map((x) => x.kind),
  };
}
