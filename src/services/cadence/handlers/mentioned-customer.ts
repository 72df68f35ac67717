// Which customer a short message names: the longest name, code or alias that
// occurs in the text (case-insensitive). Used by the cadence's commands.
import { sql } from 'kysely';
import type { Db } from '../../../db/client.js';
import { findCustomerById, searchCustomers } from '../../../db/repositories/customers.js';
import type { Customer } from '../../../core/customer.js';

export async function customersNamedIn(db: Db, text: string): Promise<Customer[]> {
  const lower = text.toLowerCase();
  const rows = await sql<{ id: string; len: number }>`
    select id, greatest(
      case when position(lower(name) in ${lower}) > 0 then length(name) else 0 end,
      case when position(lower(code) in ${lower}) > 0 then length(code) else 0 end,
      coalesce((select max(length(a)) from unnest(aliases) a where length(a) >= 2 and position(lower(a) in ${lower}) > 0), 0)
    ) as len
    from customers
    where position(lower(name) in ${lower}) > 0 or position(lower(code) in ${lower}) > 0
       or exists (select 1 from unnest(aliases) a where length(a) >= 2 and position(lower(a) in ${lower}) > 0)
    order by len desc limit 5`.execute(db);
  if (rows.rows.length === 0) return [];
  const best = rows.rows.filter((r) => r.len === rows.rows[0]!.len);
  const out: Customer[] = [];
  for (const r of best) { const c = await findCustomerById(db, r.id); if (c) out.push(c); }
  return out;
}

/** A customer named by an argument ("ACME", "HZ-2026-001"): exact matches first. */
export async function customerByArg(db: Db, arg: string): Promise<Customer[]> {
  return searchCustomers(db, arg, 5);
}
