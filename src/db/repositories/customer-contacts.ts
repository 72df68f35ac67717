// Customer contacts as the bot needs them: find a customer by a contact's name
// ("张总那边要什么?"), and remember the customer-side speakers of forwarded chats.
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface ContactHit {
  customerId: string;
  name: string;
}

/** Contacts whose name equals `term` (case-insensitive). */
export async function contactsNamed(db: Db, term: string): Promise<ContactHit[]> {
  const t = term.trim().toLowerCase();
  if (!t) return [];
  const rows = await db
    .selectFrom('contacts')
    .select(['customer_id', 'name'])
    .where(sql`lower(name)`, '=', t)
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, name: r.name }));
}

/** Contacts whose phone or WhatsApp number ends in these digits (a number seen in a chat). */
export async function contactsWithNumber(db: Db, digits: string): Promise<ContactHit[]> {
  const d = digits.replace(/\D/g, '');
  if (d.length < 7) return [];
  const tail = d.slice(-8);
  const rows = await db
    .selectFrom('contacts')
    .select(['customer_id', 'name'])
    .where((eb) =>
      eb.or([
        eb(sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`, 'like', `%${tail}`),
        eb(sql`regexp_replace(coalesce(whatsapp, ''), '[^0-9]', '', 'g')`, 'like', `%${tail}`),
      ]),
    )
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, name: r.name }));
}

/**
 * Add each name as a contact of the customer unless it is one already. Returns the names added.
 * `learntFrom`: the message whose chat named them, so taking that message back forgets them.
 */
export async function rememberContacts(
  db: Db,
  customerId: string,
  names: string[],
  at: Date,
  learntFrom?: string,
): Promise<string[]> {
  const added: string[] = [];
  for (const name of [...new Set(names.map((n) => n.trim()).filter(Boolean))]) {
    const exists = await db
      .selectFrom('contacts')
      .select('id')
      .where('customer_id', '=', customerId)
      .where(sql`lower(name)`, '=', name.toLowerCase())
      .executeTakeFirst();
    if (exists) continue;
    await db
      .insertInto('contacts')
      .values({
        customer_id: customerId,
        name,
        notes: 'speaker in a forwarded chat',
        created_at: at,
        learnt_from_message: learntFrom ?? null,
      })
      .execute();
    added.push(name);
  }
  return added;
}

/** The customer-contacts repository: bound to a database in createRepositories(). */
export const customerContactsQueries = { contactsNamed, contactsWithNumber, rememberContacts };
