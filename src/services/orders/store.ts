// What the order services work with: the orders, sheets and KPI repositories and the
// few team and needs lookups they share, flattened from the repository set bound to
// one database (the pool, the message's transaction or a job's locked connection).
import type { Repositories } from '../../deps.js';
import type { Config } from '../../config.js';
import type { OutboxItem } from '../../core/records.js';
import { recomputeNextFollowUp } from '../cadence/on-contact.js';

export type OrdersStore = Repositories['orders'] &
  Repositories['orderSheets'] &
  Repositories['orderKpi'] & {
    currentNeeds: Repositories['needs']['currentNeeds'];
    findChat: Repositories['team']['findChat'];
    findDirectChat: Repositories['team']['findDirectChat'];
    listMembers: Repositories['team']['listMembers'];
    findCustomerById: Repositories['customers']['findCustomerById'];
    recomputeNextFollowUp(customerId: string, now: Date): Promise<Date | null>;
  };

export function ordersStore(repos: Repositories): OrdersStore {
  return {
    ...repos.orders,
    ...repos.orderSheets,
    ...repos.orderKpi,
    currentNeeds: repos.needs.currentNeeds,
    findChat: repos.team.findChat,
    findDirectChat: repos.team.findDirectChat,
    listMembers: repos.team.listMembers,
    findCustomerById: repos.customers.findCustomerById,
    recomputeNextFollowUp: (customerId, now) => recomputeNextFollowUp(repos, customerId, now),
  };
}

/** Everything an order service needs for one action. */
export interface OrdersEnv {
  store: OrdersStore;
  now: Date;
  tz: string;
  config: Config['orders'];
}

export type Notice = OutboxItem & { dedupeKey: string };

export interface Outcome {
  reply: string;
  notices: Notice[];
}
