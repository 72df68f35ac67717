// Changes to a customer the bot makes on a member's word, each with an audit_log row.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { Tier } from '../../core/types.js';

export async function setCustomerTier(
  db: Db,
  customerId: string,
  from: Tier,
  to: Tier,
  actor: string,
  at: Date,
): Promise<void> {
  await db.updateTable('customers').set({ tier: to, updated_at: at }).where('id', '=', customerId).execute();
  await db
    .insertInto('audit_log')
    .values({
      at,
      actor,
      action: 'customer.tier',
      entity: 'customer',
      entity_id: customerId,
      details: sql`${JSON.stringify({ from, to })}::jsonb`,
    })
    .execute();
}

/** The customer-updates repository: bound to a database in createRepositories(). */
export const customerUpdatesQueries = { setCustomerTier };
