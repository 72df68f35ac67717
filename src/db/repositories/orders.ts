// Orders from chat (issue 20): the order row, its events (who said what, when), the
// after-sales receipt follow-up and the "record this as an order?" offers.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../client.js';
import type { OrderEventKind, ShipMode } from '../../core/orders/parse-event.js';
import type {
  OrderEventRecord,
  OrderFollowup,
  OrderOffer,
  OrderRecord,
  OrderStatus,
} from '../../core/orders/records.js';
import type { LifecycleStage } from '../../core/types.js';

const day = (col: string) => sql<string | null>`to_char(${sql.ref(col)}, 'YYYY-MM-DD')`;

const orderColumns = (db: Db) =>
  db
    .selectFrom('orders')
    .select([
      'id',
      'customer_id',
      'order_no',
      'status',
      'confirmed_at',
      'confirmed_by',
      'ship_mode',
      'tracking',
      day('ordered_at').as('ordered'),
      day('shipped_at').as('shipped'),
      day('delivered_at').as('delivered'),
    ]);
type OrderRow = Awaited<ReturnType<ReturnType<typeof orderColumns>['executeTakeFirstOrThrow']>>;

function toOrder(r: OrderRow): OrderRecord {
  return {
    id: r.id,
    customerId: r.customer_id,
    orderNo: r.order_no,
    orderedAt: r.ordered ?? '',
    status: r.status as OrderStatus,
    confirmedAt: r.confirmed_at ? new Date(r.confirmed_at) : null,
    confirmedBy: r.confirmed_by,
    shippedAt: r.shipped,
    deliveredAt: r.delivered,
    shipMode: r.ship_mode,
    tracking: r.tracking,
  };
}

export async function ordersOfCustomer(db: Db, customerId: string): Promise<OrderRecord[]> {
  const rows = await orderColumns(db)
    .where('customer_id', '=', customerId)
    .orderBy('ordered_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toOrder);
}

export async function findOrder(db: Db, id: string): Promise<OrderRecord | undefined> {
  const r = await orderColumns(db).where('id', '=', id).executeTakeFirst();
  return r ? toOrder(r) : undefined;
}

/** The customer's latest order in one of these states (the one a "shipped" or "delivered" is about). */
export async function latestOrderIn(
  db: Db,
  customerId: string,
  statuses: OrderStatus[],
): Promise<OrderRecord | undefined> {
  const r = await orderColumns(db)
    .where('customer_id', '=', customerId)
    .where('status', 'in', statuses)
    .orderBy('ordered_at', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? toOrder(r) : undefined;
}

export async function countOrders(db: Db, customerId: string): Promise<number> {
  const r = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('customer_id', '=', customerId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface NewChatOrder {
  customerId: string;
  orderedOn: string;
  at: Date;
  by: string;
  messageId: string | null;
}

export async function createChatOrder(db: Db, o: NewChatOrder): Promise<OrderRecord> {
  const r = await db
    .insertInto('orders')
    .values({
      customer_id: o.customerId,
      ordered_at: o.orderedOn,
      amount: null,
      amount_cny: null,
      status: 'open',
      confirmed_at: o.at,
      confirmed_by: o.by,
      source_message_id: o.messageId,
      created_at: o.at,
      details: sql`${JSON.stringify({ source: 'chat' })}::jsonb`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findOrder(db, r.id))!;
}

export async function markShipped(
  db: Db,
  id: string,
  shippedOn: string,
  mode: ShipMode | null,
  tracking: string | null,
): Promise<void> {
  await db
    .updateTable('orders')
    .set({ status: 'shipped', shipped_at: shippedOn, ship_mode: mode, tracking })
    .where('id', '=', id)
    .execute();
}

export async function markDelivered(db: Db, id: string, deliveredOn: string): Promise<void> {
  await db.updateTable('orders').set({ status: 'delivered', delivered_at: deliveredOn }).where('id', '=', id).execute();
}

/** Move the customer's lifecycle stage (an order makes a lead a first-order customer, a second one a repeat). */
export async function setCustomerStage(db: Db, customerId: string, stage: LifecycleStage, at: Date): Promise<void> {
  await db.updateTable('customers').set({ stage, updated_at: at }).where('id', '=', customerId).execute();
}

export interface NewOrderEvent {
  orderId: string;
  customerId: string;
  kind: OrderEventKind;
  saidBy: string | null;
  at: Date;
  messageId: string | null;
  details?: Record<string, unknown>;
}

export async function insertOrderEvent(db: Db, e: NewOrderEvent): Promise<void> {
  await db
    .insertInto('order_events')
    .values({
      order_id: e.orderId,
      customer_id: e.customerId,
      kind: e.kind,
      said_by: e.saidBy,
      at: e.at,
      message_id: e.messageId,
      details: sql`${JSON.stringify(e.details ?? {})}::jsonb`,
    })
    .execute();
}

const DetailsSchema = z.record(z.string(), z.unknown());

export async function eventsOfOrder(db: Db, orderId: string): Promise<OrderEventRecord[]> {
  const rows = await db.selectFrom('order_events').selectAll().where('order_id', '=', orderId).orderBy('at').execute();
  return rows.map((r) => ({
    id: r.id,
    orderId: r.order_id,
    customerId: r.customer_id,
    kind: r.kind,
    saidBy: r.said_by,
    at: new Date(r.at),
    messageId: r.message_id,
    details: DetailsSchema.catch({}).parse(r.details),
  }));
}

/** Who looks after a customer at a stage besides its owner (customer_responsibles). */
export async function responsibleFor(
  db: Db,
  customerId: string,
  stage: 'fulfilment' | 'after_sales',
): Promise<string | undefined> {
  const r = await db
    .selectFrom('customer_responsibles')
    .select('member_id')
    .where('customer_id', '=', customerId)
    .where('stage', '=', stage)
    .executeTakeFirst();
  return r?.member_id;
}

export async function scheduleReceiptFollowup(db: Db, f: Omit<OrderFollowup, 'id'>, at: Date): Promise<void> {
  await db
    .insertInto('order_followups')
    .values({
      order_id: f.orderId,
      customer_id: f.customerId,
      member_id: f.memberId,
      due_at: f.dueAt,
      created_at: at,
    })
    .onConflict((oc) => oc.column('order_id').doNothing())
    .execute();
}

export async function dueReceiptFollowups(db: Db, now: Date): Promise<OrderFollowup[]> {
  const rows = await db
    .selectFrom('order_followups')
    .selectAll()
    .where('reminded_at', 'is', null)
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orderId: r.order_id,
    customerId: r.customer_id,
    memberId: r.member_id,
    dueAt: new Date(r.due_at),
  }));
}

/** True when this call claimed the reminder (a second run at the same instant sends nothing). */
export async function claimReceiptReminder(db: Db, id: string, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('order_followups')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .returning('id')
    .execute();
  return r.length > 0;
}

export async function insertOffer(db: Db, o: Omit<OrderOffer, 'id'>): Promise<void> {
  await db
    .insertInto('order_offers')
    .values({
      chat_id: o.chatId,
      member_id: o.memberId,
      customer_id: o.customerId,
      message_id: o.messageId,
      evidence: o.evidence,
      created_at: o.createdAt,
    })
    .execute();
}

/** The member's undecided offer in this chat made after `since`. */
export async function openOffer(
  db: Db,
  chatId: string,
  memberId: string,
  since: Date,
): Promise<OrderOffer | undefined> {
  const r = await db
    .selectFrom('order_offers')
    .selectAll()
    .where('chat_id', '=', chatId)
    .where('member_id', '=', memberId)
    .where('decided_at', 'is', null)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        chatId: r.chat_id,
        memberId: r.member_id,
        customerId: r.customer_id,
        messageId: r.message_id,
        evidence: r.evidence,
        createdAt: new Date(r.created_at),
      }
    : undefined;
}

export async function decideOffer(db: Db, id: string, decision: 'accepted' | 'declined', at: Date): Promise<void> {
  await db.updateTable('order_offers').set({ decision, decided_at: at }).where('id', '=', id).execute();
}

/** The dedupe key of the last message Baton queued in a chat (ties broken by queue order). */
export async function lastBotKeyIn(db: Db, chatId: string): Promise<string | null> {
  const r = await db
    .selectFrom('outbox')
    .select('dedupe_key')
    .where('chat_id', '=', chatId)
    .where('state', '<>', 'merged')
    .orderBy('created_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.dedupe_key ?? null;
}

/** The orders repository (bound to a database by the caller). */
export const ordersQueries = {
  ordersOfCustomer,
  findOrder,
  latestOrderIn,
  countOrders,
  createChatOrder,
  markShipped,
  markDelivered,
  setCustomerStage,
  insertOrderEvent,
  eventsOfOrder,
  responsibleFor,
  scheduleReceiptFollowup,
  dueReceiptFollowups,
  claimReceiptReminder,
  insertOffer,
  openOffer,
  decideOffer,
  lastBotKeyIn,
};
