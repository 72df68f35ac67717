// Bulk writes for spreadsheet import: one statement per batch of rows (the caller
// chunks), inside the caller's transaction so an error leaves nothing behind.
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface ImportCustomerRow {
  code: string;
  name: string;
  aliases: string[];
  tier: string;
  ownerId: string | null;
  stage: string;
  country: string | null;
  language: 'zh' | 'en' | null;
  notes: string | null;
}
export interface ImportCustomerUpdate {
  id: string;
  tier: string | null;
  ownerId: string | null;
  stage: string | null;
  country: string | null;
  language: string | null;
  notes: string | null;
  aliases: string[];
}
export interface ImportContactRow {
  customerId: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  whatsapp: string | null;
  isPrimary: boolean;
}
export interface ImportOrderRow {
  customerId: string;
  orderNo: string | null;
  orderedAt: string;
  amount: number;
  currency: string;
  amountCny: number;
  status: string;
  shippedAt: string | null;
}
export interface ImportFollowUpRow {
  customerId: string;
  memberId: string | null;
  channel: string;
  summary: string | null;
  happenedAt: Date;
  nextAt: Date | null;
}

/** What import validation matches names and codes against. */
export async function knownCustomers(
  db: Db,
): Promise<{ id: string; code: string; name: string; aliases: string[]; ownerId: string | null }[]> {
  const rows = await db.selectFrom('customers').select(['id', 'code', 'name', 'aliases', 'owner_id']).execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, aliases: r.aliases ?? [], ownerId: r.owner_id }));
}

export async function codesStartingWith(db: Db, stem: string): Promise<string[]> {
  const used = await db.selectFrom('customers').select('code').where('code', 'like', `${stem}%`).execute();
  return used.map((r) => r.code);
}

/** Insert new customers; returns their ids in the order given. */
export async function insertCustomers(db: Db, rows: ImportCustomerRow[], now: Date): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = await db
    .insertInto('customers')
    .values(
      rows.map((c) => ({
        code: c.code,
        name: c.name,
        aliases: c.aliases,
        tier: c.tier,
        owner_id: c.ownerId,
        stage: c.stage,
        country: c.country,
        language: c.language,
        notes: c.notes,
        created_at: now,
        updated_at: now,
      })),
    )
    .returning('id')
    .execute();
  return ids.map((r) => r.id);
}

/**
 * Existing customers: one UPDATE … FROM (VALUES …); a null keeps the stored value and
 * aliases are unioned. Returns the ids of the rows that really changed.
 */
export async function mergeCustomers(db: Db, batch: ImportCustomerUpdate[], now: Date): Promise<string[]> {
  if (batch.length === 0) return [];
  const values = sql.join(
    batch.map(
      (c) =>
        sql`(${c.id}::uuid, ${c.tier}::text, ${c.ownerId}::text, ${c.stage}::text, ${c.country}::text, ${c.language}::text, ${c.notes}::text, ${sql.val(c.aliases)}::text[])`,
    ),
  );
  const changed = await sql<{ id: string }>`
    update customers c set
      tier = coalesce(v.tier, c.tier), owner_id = coalesce(v.owner_id, c.owner_id), stage = coalesce(v.stage, c.stage),
      country = coalesce(v.country, c.country), language = coalesce(v.language, c.language), notes = coalesce(v.notes, c.notes),
      aliases = (select coalesce(array_agg(distinct a), '{}') from unnest(c.aliases || v.aliases) a), updated_at = ${now}
    from (values ${values}) as v(id, tier, owner_id, stage, country, language, notes, aliases)
    where c.id = v.id and (
      c.tier is distinct from coalesce(v.tier, c.tier) or c.owner_id is distinct from coalesce(v.owner_id, c.owner_id)
      or c.stage is distinct from coalesce(v.stage, c.stage) or c.country is distinct from coalesce(v.country, c.country)
      or c.language is distinct from coalesce(v.language, c.language) or c.notes is distinct from coalesce(v.notes, c.notes)
      or not (v.aliases <@ c.aliases))
    returning c.id`.execute(db);
  return changed.rows.map((r) => r.id);
}

export async function contactNamesOf(db: Db, customerIds: string[]): Promise<{ customerId: string; name: string }[]> {
  if (customerIds.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .select(['customer_id', 'name'])
    .where('customer_id', 'in', customerIds)
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, name: r.name }));
}

export async function insertContacts(db: Db, rows: ImportContactRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('contacts')
    .values(
      rows.map((k) => ({
        customer_id: k.customerId,
        name: k.name,
        title: k.title,
        phone: k.phone,
        email: k.email,
        wechat: k.wechat,
        whatsapp: k.whatsapp,
        is_primary: k.isPrimary,
        created_at: now,
      })),
    )
    .execute();
}

/** Insert or update orders by (customer, order number); returns per row whether it was new. */
export async function upsertOrders(db: Db, rows: ImportOrderRow[], now: Date): Promise<boolean[]> {
  if (rows.length === 0) return [];
  const out = await db
    .insertInto('orders')
    .values(
      rows.map((o) => ({
        customer_id: o.customerId,
        order_no: o.orderNo,
        ordered_at: o.orderedAt,
        amount: o.amount,
        currency: o.currency,
        amount_cny: o.amountCny,
        status: o.status,
        shipped_at: o.shippedAt,
        created_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['customer_id', 'order_no']).doUpdateSet((eb) => ({
        ordered_at: eb.ref('excluded.ordered_at'),
        amount: eb.ref('excluded.amount'),
        currency: eb.ref('excluded.currency'),
        amount_cny: eb.ref('excluded.amount_cny'),
        status: eb.ref('excluded.status'),
        shipped_at: eb.ref('excluded.shipped_at'),
      })),
    )
    // xmax = 0 only for freshly inserted rows: tells created from updated in one round trip.
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .execute();
  return out.map((r) => r.inserted);
}

export async function followUpsOfCustomers(
  db: Db,
  customerIds: string[],
): Promise<{ customerId: string; happenedAt: Date; summary: string | null }[]> {
  if (customerIds.length === 0) return [];
  const rows = await db
    .selectFrom('follow_ups')
    .select(['customer_id', 'happened_at', 'summary'])
    .where('customer_id', 'in', customerIds)
    .execute();
  return rows.map((r) => ({ customerId: r.customer_id, happenedAt: new Date(r.happened_at), summary: r.summary }));
}

export async function insertFollowUps(db: Db, rows: ImportFollowUpRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('follow_ups')
    .values(
      rows.map((f) => ({
        customer_id: f.customerId,
        member_id: f.memberId,
        channel: f.channel,
        summary: f.summary,
        happened_at: f.happenedAt,
        next_at: f.nextAt,
        created_at: now,
      })),
    )
    .execute();
}

/** The imports repository: bound to a database in createRepositories(). */
export const importsQueries = {
  knownCustomers,
  codesStartingWith,
  insertCustomers,
  mergeCustomers,
  contactNamesOf,
  insertContacts,
  upsertOrders,
  followUpsOfCustomers,
  insertFollowUps,
};
