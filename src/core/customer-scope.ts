// Which customers a list covers, as data the repositories turn into a WHERE clause
// (src/db/repositories/customer-lists.ts), so lists are counted and paged in SQL
// instead of being loaded whole and cut in JavaScript.
import type { Customer } from './customer.js';

/** Everything; a member's visible set (own, unowned, plus their reports' for a supervisor); or one owner's. */
export type CustomerScope =
  { kind: 'all' } | { kind: 'visible'; viewerId: string; supervisor: boolean } | { kind: 'owned'; ownerId: string };

/** One page of a scope and the size of the whole scope. */
export interface CustomerPage {
  total: number;
  customers: Customer[];
}
