// Customer lists that are counted and paged in SQL, never capped in JavaScript:
// "my customers", the choices offered when a customer is unclear. Visibility is the
// rule of src/core/permissions.ts (canSeeCustomer) written as a WHERE clause
// (customer-scope-where.ts).
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { Customer } from '../../core/customer.js';
import type { CustomerPage, CustomerScope } from '../../core/customer-scope.js';
import { toCustomer } from './customers.js';
import { scopeWhere } from './customer-scope-where.js';

export async function countCustomers(db: Db, scope: CustomerScope): Promise<number> {
  const r = await db
    .selectFrom('customers')
    .select(sql<string>`count(*)`.as('n'))
    .where(scopeWhere(scope))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One page in name order (id breaks ties), with the total of the whole scope. */
export async function pageCustomers(
  db: Db,
  scope: CustomerScope,
  page: { limit: number; offset: number },
): Promise<CustomerPage> {
  const rows = await db
    .selectFrom('customers')
    .selectAll()
    .where(scopeWhere(scope))
    .orderBy('name')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  // A short first page is the whole scope: no second query needed for the count.
  const total = rows.length < page.limit && page.offset === 0 ? rows.length : await countCustomers(db, scope);
  return { total, customers: rows.map(toCustomer) };
}

/** The most recently contacted (or created) customers in scope. */
export async function recentCustomers(db: Db, scope: CustomerScope, limit: number): Promise<Customer[]> {
  const rows = await db
    .selectFrom('customers')
    .selectAll()
    .where(scopeWhere(scope))
    .orderBy(sql`coalesce(last_contact_at, created_at)`, 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toCustomer);
}

/** The customer-lists repository: bound to a database in createRepositories(). */
export const customerListsQueries = { countCustomers, pageCustomers, recentCustomers };
