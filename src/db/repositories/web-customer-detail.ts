// Everything the web workspace's customer page shows, read in parallel.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { toCustomer } from './customers.js';
import type { Customer } from '../../core/customer.js';

export interface NeedRow {
  id: string;
  kind: string;
  slot: string;
  value: unknown;
  evidence: string;
  speaker: string | null;
  saidAt: Date | null;
  status: string;
  extractor: string;
  createdAt: Date;
  supersededAt: Date | null;
  recordedBy: string | null;
  /** The message the need came from (a picture's, for a screenshot: issue 19). */
  messageId: string | null;
}
export interface ChangeRow {
  kind: string;
  fromValue: unknown;
  toValue: unknown;
  evidence: string | null;
  saidBy: string | null;
  at: Date;
}
export interface FollowUpRow {
  at: Date;
  memberId: string | null;
  channel: string;
  summary: string | null;
  nextAt: Date | null;
}
export interface HandoverRow {
  id: string;
  batchId: string | null;
  kind: string;
  status: string;
  from: string | null;
  to: string;
  createdAt: Date;
  signedAt: Date | null;
}
export interface OrderRow {
  orderNo: string | null;
  orderedAt: string;
  amount: number;
  currency: string;
  amountCny: number;
  status: string;
}
export interface MessageRow {
  at: Date;
  sender: string;
  text: string;
  chatId: string;
  /** Sent by a team member (a forward or a question to the bot), not by the customer. */
  fromMember: boolean;
  /** Needs were read from it: a forwarded chat. */
  forward: boolean;
}

export interface CustomerDetail {
  customer: Customer;
  ownerName: string | null;
  ownerReportsTo: string | null;
  /** Team members' display names by id, for follow-ups and handovers. */
  memberNames: Record<string, string>;
  contacts: {
    name: string;
    title: string | null;
    phone: string | null;
    email: string | null;
    wechat: string | null;
    whatsapp: string | null;
    isPrimary: boolean;
  }[];
  needs: NeedRow[];
  changes: ChangeRow[];
  followUps: FollowUpRow[];
  handovers: HandoverRow[];
  orders: OrderRow[];
  outstanding: { amount: number; currency: string; overdue: number }[];
  messages: MessageRow[];
}

const d = (v: Date | string | null): Date | null => (v ? new Date(v) : null);

export async function loadCustomerDetail(db: Db, id: string, now: Date): Promise<CustomerDetail | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const c = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) return undefined;
  const [owner, contacts, needs, changes, followUps, handovers, orders, outstanding, messages, members] =
    await Promise.all([
      c.owner_id
        ? db.selectFrom('team_members').select(['name', 'reports_to']).where('id', '=', c.owner_id).executeTakeFirst()
        : undefined,
      db
        .selectFrom('contacts')
        .selectAll()
        .where('customer_id', '=', id)
        .orderBy('is_primary', 'desc')
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('needs')
        .selectAll()
        .where('customer_id', '=', id)
        .orderBy('slot')
        .orderBy('created_at', 'desc')
        .execute(),
      db
        .selectFrom('need_changes')
        .selectAll()
        .where('customer_id', '=', id)
        .orderBy('created_at', 'desc')
        .limit(100)
        .execute(),
      db
        .selectFrom('follow_ups')
        .selectAll()
        .where('customer_id', '=', id)
        .orderBy('happened_at', 'desc')
        .limit(100)
        .execute(),
      db
        .selectFrom('handovers')
        .select(['id', 'batch_id', 'kind', 'status', 'from_member_id', 'to_member_id', 'created_at', 'signed_at'])
        .where('customer_id', '=', id)
        .orderBy('created_at', 'desc')
        .execute(),
      db
        .selectFrom('orders')
        .select([
          'order_no',
          sql<string>`to_char(ordered_at, 'YYYY-MM-DD')`.as('day'),
          'amount',
          'currency',
          'amount_cny',
          'status',
        ])
        .where('customer_id', '=', id)
        .orderBy('ordered_at', 'desc')
        .limit(200)
        .execute(),
      db
        .selectFrom('payments')
        .select([
          'currency',
          sql<string>`sum(amount)`.as('amount'),
          sql<string>`sum(case when due_at < ${now} then amount else 0 end)`.as('overdue'),
        ])
        .where('customer_id', '=', id)
        .where('paid_at', 'is', null)
        .groupBy('currency')
        .execute(),
      // The page keeps the customer's own messages and forwarded chats, not a rep's questions to the
      // bot (which carry the customer they were about too): hence who sent it and whether needs came of it.
      db
        .selectFrom('messages as m')
        .select(['m.sent_at', 'm.sender_name', 'm.sender_external_id', 'm.text', 'm.chat_id', 'm.sender_member_id'])
        .select((eb) =>
          eb
            .exists(
              eb
                .selectFrom('needs as n')
                .select('n.id')
                .whereRef('n.message_id', '=', 'm.id')
                .where('n.extractor', 'in', ['rules', 'llm']),
            )
            .as('forward'),
        )
        .where('m.customer_id', '=', id)
        .orderBy('m.sent_at', 'desc')
        .limit(200)
        .execute(),
      db.selectFrom('team_members').select(['id', 'name']).execute(),
    ]);
  return {
    customer: toCustomer(c),
    ownerName: owner?.name ?? null,
    ownerReportsTo: owner?.reports_to ?? null,
    memberNames: Object.fromEntries(members.map((m) => [m.id, m.name])),
    contacts: contacts.map((k) => ({
      name: k.name,
      title: k.title,
      phone: k.phone,
      email: k.email,
      wechat: k.wechat,
      whatsapp: k.whatsapp,
      isPrimary: k.is_primary,
    })),
    needs: needs.map((n) => ({
      id: n.id,
      kind: n.kind,
      slot: n.slot,
      value: n.value,
      evidence: n.evidence,
      speaker: n.speaker,
      saidAt: d(n.said_at),
      status: n.status,
      extractor: n.extractor,
      createdAt: new Date(n.created_at),
      supersededAt: d(n.superseded_at),
      recordedBy: n.recorded_by,
      messageId: n.message_id,
    })),
    changes: changes.map((x) => ({
      kind: x.kind,
      fromValue: x.from_value,
      toValue: x.to_value,
      evidence: x.evidence,
      saidBy: x.said_by,
      at: d(x.said_at) ?? new Date(x.created_at),
    })),
    followUps: followUps.map((f) => ({
      at: new Date(f.happened_at),
      memberId: f.member_id,
      channel: f.channel,
      summary: f.summary,
      nextAt: d(f.next_at),
    })),
    handovers: handovers.map((h) => ({
      id: h.id,
      batchId: h.batch_id,
      kind: h.kind,
      status: h.status,
      from: h.from_member_id,
      to: h.to_member_id,
      createdAt: new Date(h.created_at),
      signedAt: d(h.signed_at),
    })),
    orders: orders.map((o) => ({
      orderNo: o.order_no,
      orderedAt: o.day,
      amount: Number(o.amount),
      currency: o.currency,
      amountCny: Number(o.amount_cny),
      status: o.status,
    })),
    outstanding: outstanding.map((p) => ({
      currency: p.currency,
      amount: Number(p.amount),
      overdue: Number(p.overdue),
    })),
    messages: messages.map((m) => ({
      at: new Date(m.sent_at),
      sender: m.sender_name ?? m.sender_external_id,
      text: m.text,
      chatId: m.chat_id ?? '', // a customer's messages were processed, so their chat is resolved
      fromMember: m.sender_member_id !== null,
      forward: Boolean(m.forward),
    })),
  };
}
