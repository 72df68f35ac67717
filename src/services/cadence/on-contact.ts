// Called whenever a contact with a customer is recorded (a forwarded chat, a logged
// follow-up, a message on any platform): the cadence recomputes the next follow-up.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';

export async function onCustomerContact(db: Db, customerId: string, at: Date): Promise<void> {
  await db.updateTable('customers')
    .set({ last_contact_at: sql`greatest(coalesce(last_contact_at, ${at}), ${at})`, updated_at: at })
    .where('id', '=', customerId).execute();
}
