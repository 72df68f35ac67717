// What a rep should know before calling: the customer's open needs, the last
// conversation, and which essentials (delivery date, quantity, logo, packaging,
// payment terms) are still unknown. One batched query per source, not per customer.
import type { Repositories } from '../../deps.js';
import { ESSENTIAL_KINDS } from '../../core/needs.js';

export interface TalkingPoints {
  needs: { kind: string; text: string }[];
  unknown: string[];
  last: { at: Date; text: string; source: 'follow_up' | 'message' } | null;
  contact: string | null;
  product: string | null;
}

export function describeNeed(kind: string, value: unknown): string {
  const v = (value ?? {}) as Record<string, unknown>;
  switch (kind) {
    case 'quantity':
      return `${String(v.value ?? '')} ${String(v.unit ?? '')}`.trim();
    case 'delivery_date':
      return `${String(v.constraint ?? 'by')} ${String(v.date ?? '')}`;
    case 'product':
    case 'certification':
      return String(v.name ?? '');
    case 'logo':
      return v.required ? `yes${v.details ? ` (${String(v.details)})` : ''}` : 'no';
    case 'packaging':
      return `${String(v.style ?? '')}${v.details ? ` (${String(v.details)})` : ''}`;
    case 'spec':
      return `${String(v.attribute ?? '')}=${String(v.value ?? '')}`;
    case 'incoterm':
      return `${String(v.term ?? '')}${v.place ? ` ${String(v.place)}` : ''}`;
    case 'caution':
      return String(v.text ?? '');
    default:
      return Object.values(v)
        .filter((x) => x !== undefined && x !== null)
        .map(String)
        .join(' ');
  }
}

export async function talkingPoints(repos: Repositories, customerIds: string[]): Promise<Map<string, TalkingPoints>> {
  const out = new Map<string, TalkingPoints>();
  for (const id of customerIds) out.set(id, { needs: [], unknown: [], last: null, contact: null, product: null });
  if (customerIds.length === 0) return out;
  for (const n of await repos.cadenceStats.currentNeedValues(customerIds)) {
    const tp = out.get(n.customerId)!;
    tp.needs.push({ kind: n.kind, text: describeNeed(n.kind, n.value) });
    if (n.kind === 'product' && !tp.product) tp.product = describeNeed('product', n.value);
  }
  for (const tp of out.values()) {
    const known = new Set(tp.needs.map((n) => n.kind));
    tp.unknown = ESSENTIAL_KINDS.filter((k) => !known.has(k));
  }
  for (const f of await repos.cadenceStats.lastFollowUps(customerIds)) {
    out.get(f.customerId)!.last = { at: f.happenedAt, text: f.summary, source: 'follow_up' };
  }
  for (const m of await repos.cadenceStats.lastMessages(customerIds)) {
    const tp = out.get(m.customerId)!;
    if (!tp.last || tp.last.at < m.sentAt) tp.last = { at: m.sentAt, text: m.text, source: 'message' };
  }
  for (const c of await repos.cadenceStats.mainContacts(customerIds)) out.get(c.customerId)!.contact = c.name;
  return out;
}
