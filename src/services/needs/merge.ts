// Merge extracted (or manually set) needs into a customer's stored needs. A new value
// supersedes the current one (kept as 'superseded' with superseded_by/at) and a
// need_changes row records from → to, who said it and who recorded it. Idempotent:
// the same value again, or an old chat forwarded again, changes nothing.
import type { Repositories } from '../../deps.js';
import { canonicalValue } from './canonical.js';
import { needSlot, type ExtractedNeed, type NeedKind } from '../../core/needs.js';
import type { NeedExtractor, StoredChange, StoredNeed } from '../../core/records.js';

/** An extracted need; the LLM extractor marks each need with its own extractor/model/prompt. */
export type IncomingNeed = ExtractedNeed & {
  extractor?: 'rules' | 'llm' | 'manual';
  model?: string;
  promptVersion?: string;
};

export interface MergeInput {
  customerId: string;
  needs: IncomingNeed[];
  messageId: string | null;
  /** The message that caused this merge when it is not `messageId` (an answer to a question, a /move): what /undo takes back. */
  viaMessageId?: string | null;
  recordedBy: string | null;
  now: Date;
  /** The result-level extractor/model/prompt, for needs that do not carry their own. */
  defaults: { extractor: NeedExtractor; model?: string | null; promptVersion?: string | null };
}

export interface MergedChange {
  from: StoredNeed | null;
  to: StoredNeed;
  change: StoredChange;
}

export interface MergeResult {
  changed: MergedChange[];
  added: MergedChange[];
  unchanged: StoredNeed[];
  /** Older than what we have, or seen before (an old chat forwarded again). */
  stale: number;
}

/** Key-order-insensitive equality of two jsonb values. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalValue(a) === canonicalValue(b);
}

export async function mergeNeeds(repos: Repositories, input: MergeInput): Promise<MergeResult> {
  const out: MergeResult = { changed: [], added: [], unchanged: [], stale: 0 };
  for (const n of input.needs) {
    const slot = needSlot(n.kind, n.value);
    const cur = await repos.needs.currentNeed(input.customerId, slot);
    if (cur && sameValue(cur.value, n.value)) {
      out.unchanged.push(cur);
      continue;
    }
    const saidAt = n.at ? new Date(n.at) : input.defaults.extractor === 'manual' ? input.now : null;
    if (cur?.saidAt && saidAt && saidAt < cur.saidAt) {
      out.stale++;
      continue;
    }
    if (await repos.needs.hadNeedBefore(input.customerId, slot, n.value, n.evidence)) {
      out.stale++;
      continue;
    }
    const extractor: NeedExtractor = n.extractor ?? input.defaults.extractor;
    if (cur) await repos.needs.retireNeed(cur.id, 'superseded', input.now);
    const stored = await repos.needs.insertNeed({
      customerId: input.customerId,
      kind: n.kind,
      slot,
      value: n.value,
      evidence: n.evidence,
      speaker: n.speaker ?? null,
      saidAt,
      messageId: input.messageId,
      extractor,
      model:
        extractor === 'llm'
          ? (n.model ?? input.defaults.model ?? null)
          : extractor === input.defaults.extractor
            ? (input.defaults.model ?? null)
            : null,
      promptVersion:
        extractor === 'llm'
          ? (n.promptVersion ?? input.defaults.promptVersion ?? null)
          : extractor === input.defaults.extractor
            ? (input.defaults.promptVersion ?? null)
            : null,
      confidence: n.confidence,
      recordedBy: input.recordedBy,
      createdAt: input.now,
    });
    if (cur) await repos.needs.linkSuccessor(cur.id, stored.id);
    const change = await repos.needs.insertChange({
      customerId: input.customerId,
      kind: n.kind,
      slot,
      fromNeedId: cur?.id ?? null,
      toNeedId: stored.id,
      fromValue: cur?.value ?? null,
      toValue: n.value,
      evidence: n.evidence,
      saidBy: n.speaker ?? null,
      saidAt,
      recordedBy: input.recordedBy,
      messageId: input.messageId,
      viaMessageId: input.viaMessageId ?? input.messageId,
      createdAt: input.now,
    });
    (cur ? out.changed : out.added).push({ from: cur ?? null, to: stored, change });
  }
  return out;
}

export interface RemovedNeed {
  from: StoredNeed;
  change: StoredChange;
}

/** Mark the current needs of a kind removed, each with a change row. */
export async function removeNeeds(
  repos: Repositories,
  input: {
    customerId: string;
    current: StoredNeed[];
    kind: NeedKind;
    recordedBy: string;
    messageId: string | null;
    evidence: string;
    now: Date;
  },
): Promise<RemovedNeed[]> {
  const out: RemovedNeed[] = [];
  for (const cur of input.current.filter((x) => x.kind === input.kind)) {
    await repos.needs.retireNeed(cur.id, 'removed', input.now);
    const change = await repos.needs.insertChange({
      customerId: input.customerId,
      kind: cur.kind,
      slot: cur.slot,
      fromNeedId: cur.id,
      toNeedId: null,
      fromValue: cur.value,
      toValue: null,
      evidence: input.evidence,
      saidBy: null,
      saidAt: input.now,
      recordedBy: input.recordedBy,
      messageId: input.messageId,
      createdAt: input.now,
    });
    out.push({ from: cur, change });
  }
  return out;
}
