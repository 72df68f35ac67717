// What a rep should know before calling: the customer's open needs, the last
// conversation, and which essentials (delivery date, quantity, logo, packaging,
// payment terms) are still unknown. One batched query per source, not per customer.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';
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
    case 'quantity': return `${String(v.value ?? '')} ${String(v.unit ?? '')}`.trim();
    case 'delivery_date': return `${String(v.constraint ?? 'by')} ${String(v.date ?? '')}`;
    case 'product': case 'certification': return String(v.name ?? '');
    case 'logo': return v.required ? `yes${v.details ? ` (${String(v.details)})` : ''}` : 'no';
    case 'packaging': return `${String(v.style ?? '')}${v.details ? ` (${String(v.details)})` : ''}`;
    case 'spec': return `${String(v.attribute ?? '')}=${String(v.value ?? '')}`;
    case 'incoterm': return `${String(v.term ?? '')}${v.place ? ` ${String(v.place)}` : ''}`;
    case 'caution': return String(v.text ?? '');
    default: return Object.values(v).filter((x) => x !== undefined && x !== null).map(String).join(' ');
  }
}

export async function talkingPoints(db: Db, customerIds: string[]): Promise<Map<string, TalkingPoints>> {
  const out = new Map<string, TalkingPoints>();
  for (const id of customerIds) out.set(id, { needs: [], unknown: [], last: null, contact: null, product: null });
  if (customerIds.length === 0) return out;
  const needs = await db.selectFrom('needs').select(['customer_id', 'kind', 'value'])
    .where('customer_id', 'in', customerIds).where('status', '=', 'current').orderBy('created_at').execute();
  for (const n of needs) {
    const tp = out.get(n.customer_id)!;
    tp.needs.push({ kind: n.kind, text: describeNeed(n.kind, n.value) });
    if (n.kind === 'product' && !tp.product) tp.product = describeNeed('product', n.value);
  }
  for (const tp of out.values()) {
    const known = new Set(tp.needs.map((n) => n.kind));
    tp.unknown = ESSENTIAL_KINDS.filter((k) => !known.has(k));
  }
  const fus = await db.selectFrom('follow_ups').distinctOn('customer_id')
    .select(['customer_id', 'summary', 'happened_at'])
    .where('customer_id', 'in', customerIds).orderBy('customer_id').orderBy('happened_at', 'desc').execute();
  for (const f of fus) out.get(f.customer_id)!.last = { at: new Date(f.happened_at), text: f.summary ?? '', source: 'follow_up' };
  // The last message about the customer: tagged to it, or posted in one of its linked chats.
  const msgs = await sql<{ customer_id: string; text: string; sent_at: Date }>`
    select distinct on (x.customer_id) x.customer_id, x.text, x.sent_at from (
      select m.customer_id, m.text, m.sent_at from messages m where m.customer_id in (${sql.join(customerIds)})
      union all
      select l.customer_id, m.text, m.sent_at from customer_chats l join messages m on m.chat_id = l.chat_id
        where l.customer_id in (${sql.join(customerIds)})
    ) x order by x.customer_id, x.sent_at desc`.execute(db);
  for (const m of msgs.rows) {
    const tp = out.get(m.customer_id)!;
    const at = new Date(m.sent_at);
    if (!tp.last || tp.last.at < at) tp.last = { at, text: m.text, source: 'message' };
  }
  const contacts = await db.selectFrom('contacts').distinctOn('customer_id').select(['customer_id', 'name'])
    .where('customer_id', 'in', customerIds).orderBy('customer_id').orderBy('is_primary', 'desc').orderBy('created_at').execute();
  for (const c of contacts) out.get(c.customer_id)!.contact = c.name;
  return out;
}
