// zod schema of the model's answer. Items are validated one by one: a single
// malformed need is dropped (and counted) instead of throwing away the whole
// answer, because one bad item says nothing about the others.
import { z } from 'zod';
import { NeedKindSchema, NeedValueSchemas, type NeedKind, type NeedValue } from '../core/needs.js';

/** A need as the model proposed it, value already validated for its kind. */
export interface ModelNeed {
  kind: NeedKind;
  value: NeedValue;
  evidence: string;
  messageIndex?: number;
}

export interface ModelChange {
  kind: NeedKind;
  from: NeedValue;
  to: NeedValue;
  evidence: string;
  messageIndex?: number;
}

export interface ModelOutput {
  needs: ModelNeed[];
  changes: ModelChange[];
  /** How many items failed validation (for logs). */
  dropped: number;
}

// Models write indexes as "3" now and then; accept that, but nothing vaguer.
const messageIndex = z
  .preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v), z.number().int().nonnegative())
  .optional()
  .catch(undefined);

const ItemBase = z.object({
  kind: NeedKindSchema,
  evidence: z.string().trim().min(1),
  message_index: messageIndex,
});
const NeedItem = ItemBase.extend({ value: z.unknown() });
const ChangeItem = ItemBase.extend({ from: z.unknown(), to: z.unknown() });

/** The envelope must be right; the items are checked individually below. */
const Envelope = z.object({
  needs: z.array(z.unknown()).default([]),
  changes: z.array(z.unknown()).default([]),
});

function parseValue(kind: NeedKind, raw: unknown): NeedValue | undefined {
  const r = NeedValueSchemas[kind].safeParse(raw);
  return r.success ? (r.data as NeedValue) : undefined;
}

/** Validate a parsed JSON answer. Returns undefined when even the envelope is wrong. */
export function parseModelOutput(json: unknown): ModelOutput | undefined {
  const env = Envelope.safeParse(json);
  if (!env.success) return undefined;
  const out: ModelOutput = { needs: [], changes: [], dropped: 0 };
  for (const raw of env.data.needs) {
    const item = NeedItem.safeParse(raw);
    const value = item.success ? parseValue(item.data.kind, item.data.value) : undefined;
    if (!item.success || value === undefined) {
      out.dropped++;
      continue;
    }
    out.needs.push({
      kind: item.data.kind,
      value,
      evidence: item.data.evidence,
      messageIndex: item.data.message_index,
    });
  }
  for (const raw of env.data.changes) {
    const item = ChangeItem.safeParse(raw);
    const from = item.success ? parseValue(item.data.kind, item.data.from) : undefined;
    const to = item.success ? parseValue(item.data.kind, item.data.to) : undefined;
    if (!item.success || from === undefined || to === undefined) {
      out.dropped++;
      continue;
    }
    out.changes.push({
      kind: item.data.kind,
      from,
      to,
      evidence: item.data.evidence,
      messageIndex: item.data.message_index,
    });
  }
  return out;
}

/**
 * Pull the JSON object out of a completion. Endpoints without response_format
 * support, and reasoning models (DeepSeek-R1, Qwen3 via Ollama), wrap it in
 * <think> blocks or Markdown fences; anything else unparsable is bad output.
 */
export function parseJsonAnswer(content: string): unknown {
  const text = content.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  try {
    return JSON.parse(text);
  } catch {
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start < 0 || end <= start) return undefined;
    try {
      return JSON.parse(text.slice(start, end + 1));
    } catch {
      return undefined;
    }
  }
}
