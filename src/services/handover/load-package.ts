// Reads what a handover package is made of for one customer and hands it to the
// pure builder. Messages are those linked to the customer (setCustomer) plus
// nothing else: a package must never leak another customer's chat.
import type { Db } from '../../db/client.js';
import type { Customer } from '../../core/customer.js';
import type { HandoverPackage } from '../../core/handover/package.js';
import { buildPackage } from './build-package.js';
import { parseTranscript } from '../../extract/extract-transcript.js';
import type { SaidLine } from '../../core/handover/conversation.js';

/** A forwarded chat's speaker lines, with the transcript's own times and our/their side. */
function transcriptLines(text: string, sentAt: Date, reps: string[], tz: string): SaidLine[] | undefined {
  const parsed = parseTranscript(text, { now: sentAt, tz, reps });
  if (parsed.format === 'plain' || !parsed.messages.some((m) => m.speaker)) return undefined;
  return parsed.messages.map((m) => ({
    at: m.atDate ?? sentAt, speaker: m.speaker ?? null, text: m.text,
    side: m.role === 'rep' ? 'ours' : m.role === 'customer' ? 'theirs' : 'unknown',
  }));
}

const MESSAGE_LIMIT = 200;

export async function loadPackage(db: Db, customer: Customer, now: Date, tz: string): Promise<HandoverPackage> {
  const id = customer.id;
  const [team, contacts, responsibles, needs, changes, followUps, orders, payments, messages] = await Promise.all([
    db.selectFrom('team_members').select(['id', 'name']).execute(),
    db.selectFrom('contacts').selectAll().where('customer_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('customer_responsibles as r').innerJoin('team_members as m', 'm.id', 'r.member_id')
      .select(['r.stage', 'r.member_id', 'm.name']).where('r.customer_id', '=', id).execute(),
    db.selectFrom('needs').selectAll().where('customer_id', '=', id).where('status', '=', 'current').orderBy('created_at').execute(),
    db.selectFrom('need_changes').selectAll().where('customer_id', '=', id).orderBy('created_at', 'desc').limit(50).execute(),
    db.selectFrom('follow_ups as f').leftJoin('team_members as m', 'm.id', 'f.member_id')
      .select(['f.happened_at', 'f.summary', 'f.channel', 'm.name']).where('f.customer_id', '=', id).orderBy('f.happened_at').execute(),
    db.selectFrom('orders').selectAll().where('customer_id', '=', id).orderBy('ordered_at').execute(),
    db.selectFrom('payments').selectAll().where('customer_id', '=', id).execute(),
    db.selectFrom('messages').select(['sent_at', 'sender_name', 'sender_member_id', 'text'])
      .where('customer_id', '=', id).orderBy('sent_at', 'desc').limit(MESSAGE_LIMIT).execute(),
  ]);
  const owner = customer.ownerId ? team.find((m) => m.id === customer.ownerId) : undefined;
  return buildPackage({
    now, customer, ownerName: owner?.name ?? null, team,
    contacts: contacts.map((c) => ({ name: c.name, title: c.title, phone: c.phone, email: c.email, wechat: c.wechat, whatsapp: c.whatsapp, isPrimary: c.is_primary })),
    responsibles: responsibles.map((r) => ({ stage: r.stage, memberId: r.member_id, memberName: r.name })),
    needs: needs.map((n) => ({
      kind: n.kind, slot: n.slot, value: n.value, evidence: n.evidence, speaker: n.speaker,
      saidAt: n.said_at ? new Date(n.said_at) : null, createdAt: new Date(n.created_at),
    })),
    changes: changes.map((c) => ({
      kind: c.kind, fromValue: c.from_value, toValue: c.to_value, evidence: c.evidence, saidBy: c.said_by,
      saidAt: c.said_at ? new Date(c.said_at) : null, createdAt: new Date(c.created_at),
    })),
    followUps: followUps.map((f) => ({ happenedAt: new Date(f.happened_at), summary: f.summary, memberName: f.name, channel: f.channel })),
    orders: orders.map((o) => ({
      id: o.id, orderNo: o.order_no, orderedAt: new Date(o.ordered_at), amount: Number(o.amount), currency: o.currency,
      amountCny: Number(o.amount_cny), status: o.status, shippedAt: o.shipped_at ? new Date(o.shipped_at) : null,
      deliveredAt: o.delivered_at ? new Date(o.delivered_at) : null,
    })),
    payments: payments.map((p) => ({ orderId: p.order_id, amount: Number(p.amount), currency: p.currency, paidAt: p.paid_at ? new Date(p.paid_at) : null })),
    messages: messages.reverse().map((m) => ({
      at: new Date(m.sent_at), senderName: m.sender_name, senderIsMember: m.sender_member_id !== null, text: m.text,
      lines: transcriptLines(m.text, new Date(m.sent_at), team.flatMap((x) => [x.id, x.name, ...x.name.split(/\s+/)]), tz),
    })),
  });
}
