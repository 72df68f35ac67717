// What a handover package is made of for one customer, read in one go. Messages are
// those linked to the customer (setCustomer) and nothing else: a package must never
// leak another customer's chat.
import type { Db } from '../client.js';

export interface PackageSources {
  team: { id: string; name: string }[];
  contacts: {
    name: string;
    title: string | null;
    phone: string | null;
    email: string | null;
    wechat: string | null;
    whatsapp: string | null;
    isPrimary: boolean;
  }[];
  responsibles: { stage: string; memberId: string; memberName: string }[];
  needs: {
    kind: string;
    slot: string;
    value: unknown;
    evidence: string;
    speaker: string | null;
    saidAt: Date | null;
    createdAt: Date;
  }[];
  changes: {
    kind: string;
    fromValue: unknown;
    toValue: unknown;
    evidence: string | null;
    saidBy: string | null;
    saidAt: Date | null;
    createdAt: Date;
  }[];
  followUps: { happenedAt: Date; summary: string | null; memberName: string | null; channel: string }[];
  orders: {
    id: string;
    orderNo: string | null;
    orderedAt: Date;
    amount: number;
    currency: string;
    amountCny: number;
    status: string;
    shippedAt: Date | null;
    deliveredAt: Date | null;
  }[];
  payments: { orderId: string | null; amount: number; currency: string; paidAt: Date | null }[];
  /** Oldest first: the last `messageLimit` messages linked to the customer. */
  messages: { at: Date; senderName: string | null; senderIsMember: boolean; text: string }[];
}

const d = (x: Date | string | null): Date | null => (x ? new Date(x) : null);

export async function packageSources(db: Db, customerId: string, messageLimit: number): Promise<PackageSources> {
  const id = customerId;
  const [team, contacts, responsibles, needs, changes, followUps, orders, payments, messages] = await Promise.all([
    db.selectFrom('team_members').select(['id', 'name']).execute(),
    db.selectFrom('contacts').selectAll().where('customer_id', '=', id).orderBy('created_at').execute(),
    db
      .selectFrom('customer_responsibles as r')
      .innerJoin('team_members as m', 'm.id', 'r.member_id')
      .select(['r.stage', 'r.member_id', 'm.name'])
      .where('r.customer_id', '=', id)
      .execute(),
    db
      .selectFrom('needs')
      .selectAll()
      .where('customer_id', '=', id)
      .where('status', '=', 'current')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('need_changes')
      .selectAll()
      .where('customer_id', '=', id)
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute(),
    db
      .selectFrom('follow_ups as f')
      .leftJoin('team_members as m', 'm.id', 'f.member_id')
      .select(['f.happened_at', 'f.summary', 'f.channel', 'm.name'])
      .where('f.customer_id', '=', id)
      .orderBy('f.happened_at')
      .execute(),
    db.selectFrom('orders').selectAll().where('customer_id', '=', id).orderBy('ordered_at').execute(),
    db.selectFrom('payments').selectAll().where('customer_id', '=', id).execute(),
    db
      .selectFrom('messages')
      .select(['sent_at', 'sender_name', 'sender_member_id', 'text'])
      .where('customer_id', '=', id)
      .orderBy('sent_at', 'desc')
      .limit(messageLimit)
      .execute(),
  ]);
  return {
    team,
    contacts: contacts.map((c) => ({
      name: c.name,
      title: c.title,
      phone: c.phone,
      email: c.email,
      wechat: c.wechat,
      whatsapp: c.whatsapp,
      isPrimary: c.is_primary,
    })),
    responsibles: responsibles.map((r) => ({ stage: r.stage, memberId: r.member_id, memberName: r.name })),
    needs: needs.map((n) => ({
      kind: n.kind,
      slot: n.slot,
      value: n.value,
      evidence: n.evidence,
      speaker: n.speaker,
      saidAt: d(n.said_at),
      createdAt: new Date(n.created_at),
    })),
    changes: changes.map((c) => ({
      kind: c.kind,
      fromValue: c.from_value,
      toValue: c.to_value,
      evidence: c.evidence,
      saidBy: c.said_by,
      saidAt: d(c.said_at),
      createdAt: new Date(c.created_at),
    })),
    followUps: followUps.map((f) => ({
      happenedAt: new Date(f.happened_at),
      summary: f.summary,
      memberName: f.name,
      channel: f.channel,
    })),
    orders: orders.map((o) => ({
      id: o.id,
      orderNo: o.order_no,
      orderedAt: new Date(o.ordered_at),
      amount: Number(o.amount),
      currency: o.currency,
      amountCny: Number(o.amount_cny),
      status: o.status,
      shippedAt: d(o.shipped_at),
      deliveredAt: d(o.delivered_at),
    })),
    payments: payments.map((p) => ({
      orderId: p.order_id,
      amount: Number(p.amount),
      currency: p.currency,
      paidAt: d(p.paid_at),
    })),
    messages: messages.reverse().map((m) => ({
      at: new Date(m.sent_at),
      senderName: m.sender_name,
      senderIsMember: m.sender_member_id !== null,
      text: m.text,
    })),
  };
}

/** The handover-package repository: bound to a database in createRepositories(). */
export const handoverPackageQueries = { packageSources };
