// What a handover package is made of for one customer, read in one go. Messages are
// those linked to the customer (setCustomer) and nothing else: a package must never
// leak another customer's chat.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { PackageSources } from '../../core/handover/package-sources.js';

export type { PackageSources };

const d = (x: Date | string | null): Date | null => (x ? new Date(x) : null);

/** Customers per round of queries: keeps each IN list well inside the bind-parameter limit. */
const CHUNK = 500;

/** One customer's sources (the single-customer case of packageSourcesOf). */
export async function packageSources(db: Db, customerId: string, messageLimit: number): Promise<PackageSources> {
  return (await packageSourcesOf(db, [customerId], messageLimit)).get(customerId)!;
}

/**
 * The sources of many customers in a fixed number of queries per 500 customers (a
 * departure of thousands must not cost nine queries each). The per-customer limits
 * (the last `messageLimit` messages, the last 50 changes) are window functions.
 */
export async function packageSourcesOf(
  db: Db,
  customerIds: string[],
  messageLimit: number,
): Promise<Map<string, PackageSources>> {
  const out = new Map<string, PackageSources>();
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return out;
  const team = await db.selectFrom('team_members').select(['id', 'name']).execute();
  const of = (id: string): PackageSources => {
    let s = out.get(id);
    if (!s) {
      s = {
        team,
        contacts: [],
        responsibles: [],
        needs: [],
        changes: [],
        followUps: [],
        orders: [],
        payments: [],
        messages: [],
      };
      out.set(id, s);
    }
    return s;
  };
  for (const id of ids) of(id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const [contacts, responsibles, needs, changes, followUps, orders, payments, messages] = await Promise.all([
      db
        .selectFrom('contacts')
        .selectAll()
        .where('customer_id', 'in', part)
        .orderBy('customer_id')
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('customer_responsibles as r')
        .innerJoin('team_members as m', 'm.id', 'r.member_id')
        .select(['r.customer_id', 'r.stage', 'r.member_id', 'm.name'])
        .where('r.customer_id', 'in', part)
        .execute(),
      db
        .selectFrom('needs')
        .selectAll()
        .where('customer_id', 'in', part)
        .where('status', '=', 'current')
        .orderBy('customer_id')
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom((eb) =>
          eb
            .selectFrom('need_changes')
            .selectAll()
            .select(
              sql<number>`row_number() over (partition by customer_id order by created_at desc, id desc)`.as('rn'),
            )
            .where('customer_id', 'in', part)
            .as('c'),
        )
        .selectAll()
        .where('rn', '<=', 50)
        .orderBy('rn')
        .execute(),
      db
        .selectFrom('follow_ups as f')
        .leftJoin('team_members as m', 'm.id', 'f.member_id')
        .select(['f.customer_id', 'f.happened_at', 'f.summary', 'f.channel', 'm.name'])
        .where('f.customer_id', 'in', part)
        .orderBy('f.customer_id')
        .orderBy('f.happened_at')
        .execute(),
      db
        .selectFrom('orders')
        .selectAll()
        .where('customer_id', 'in', part)
        .orderBy('customer_id')
        .orderBy('ordered_at')
        .execute(),
      db.selectFrom('payments').selectAll().where('customer_id', 'in', part).execute(),
      db
        .selectFrom((eb) =>
          eb
            .selectFrom('messages')
            .select(['customer_id', 'sent_at', 'sender_name', 'sender_member_id', 'text'])
            .select(sql<number>`row_number() over (partition by customer_id order by sent_at desc, id desc)`.as('rn'))
            .where('customer_id', 'in', part)
            .as('m'),
        )
        .selectAll()
        .where('rn', '<=', messageLimit)
        .orderBy('rn', 'desc')
        .execute(),
    ]);
    for (const c of contacts)
      of(c.customer_id).contacts.push({
        name: c.name,
        title: c.title,
        phone: c.phone,
        email: c.email,
        wechat: c.wechat,
        whatsapp: c.whatsapp,
        isPrimary: c.is_primary,
      });
    for (const r of responsibles)
      of(r.customer_id).responsibles.push({ stage: r.stage, memberId: r.member_id, memberName: r.name });
    for (const n of needs)
      of(n.customer_id).needs.push({
        kind: n.kind,
        slot: n.slot,
        value: n.value,
        evidence: n.evidence,
        speaker: n.speaker,
        saidAt: d(n.said_at),
        createdAt: new Date(n.created_at),
      });
    for (const c of changes)
      of(c.customer_id).changes.push({
        kind: c.kind,
        fromValue: c.from_value,
        toValue: c.to_value,
        evidence: c.evidence,
        saidBy: c.said_by,
        saidAt: d(c.said_at),
        createdAt: new Date(c.created_at),
      });
    for (const f of followUps)
      of(f.customer_id).followUps.push({
        happenedAt: new Date(f.happened_at),
        summary: f.summary,
        memberName: f.name,
        channel: f.channel,
      });
    for (const o of orders)
      of(o.customer_id).orders.push({
        id: o.id,
        orderNo: o.order_no,
        orderedAt: new Date(o.ordered_at),
        amount: Number(o.amount),
        currency: o.currency,
        amountCny: Number(o.amount_cny),
        status: o.status,
        shippedAt: d(o.shipped_at),
        deliveredAt: d(o.delivered_at),
      });
    for (const p of payments)
      of(p.customer_id).payments.push({
        orderId: p.order_id,
        amount: Number(p.amount),
        currency: p.currency,
        paidAt: d(p.paid_at),
      });
    // Oldest first within each customer (rn counts back from the newest).
    for (const m of messages)
      of(m.customer_id!).messages.push({
        at: new Date(m.sent_at),
        senderName: m.sender_name,
        senderIsMember: m.sender_member_id !== null,
        text: m.text,
      });
  }
  return out;
}

/** The handover-package repository: bound to a database in createRepositories(). */
export const handoverPackageQueries = { packageSources, packageSourcesOf };
