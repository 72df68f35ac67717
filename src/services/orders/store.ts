// What the order services work with: the orders and sheets repositories bound to one
// database (the pool, the message's transaction or a job's locked connection), and
// the few team and needs lookups they share. The one place services meet src/db, so
// moving to the repository set on deps is a change to this file alone.
import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import { ordersQueries } from '../../db/repositories/orders.js';
import { orderSheetsQueries } from '../../db/repositories/order-sheets.js';
import { orderKpiQueries } from '../../db/repositories/order-kpi.js';
import { currentNeeds } from '../../db/repositories/needs.js';
import { findChat, findDirectChat, listMembers } from '../../db/repositories/team.js';
import { findCustomerById } from '../../db/repositories/customers.js';
import { enqueue, type OutboxItem } from '../../db/repositories/outbox.js';
import { recomputeNextFollowUp } from '../cadence/on-contact.js';

type Table = Record<string, (db: Db, ...args: never[]) => unknown>;
type Bound<T extends Table> = { [K in keyof T]: T[K] extends (db: Db, ...args: infer A) => infer R ? (...args: A) => R : never };

function bind<T extends Table>(db: Db, table: T): Bound<T> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(table)) out[name] = (...args: never[]) => fn(db, ...args);
  return out as Bound<T>;
}

const extras = { currentNeeds, findChat, findDirectChat, listMembers, findCustomerById, enqueue, recomputeNextFollowUp };

export type OrdersStore = Bound<typeof ordersQueries> & Bound<typeof orderSheetsQueries> & Bound<typeof orderKpiQueries> & Bound<typeof extras>;

export function ordersStore(db: Db): OrdersStore {
  return { ...bind(db, ordersQueries), ...bind(db, orderSheetsQueries), ...bind(db, orderKpiQueries), ...bind(db, extras) };
}

/** Everything an order service needs for one action. */
export interface OrdersEnv {
  store: OrdersStore;
  now: Date;
  tz: string;
  config: Config['orders'];
}

export type Notice = OutboxItem & { dedupeKey: string };

export interface Outcome { reply: string; notices: Notice[] }
