// Customers: lookup by code, name or alias; creation with the team's code format.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../client.js';
import type { Customer } from '../../core/customer.js';
import { formatCustomerCode } from '../../core/customer.js';
import type { LifecycleStage, Tier } from '../../core/types.js';
import type { Lang } from '../../core/language.js';
import type { CustomerScope } from '../../core/customer-scope.js';
import { scopeWhere } from './customer-scope-where.js';

type Row = {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  tier: string;
  owner_id: string | null;
  stage: string;
  country: string | null;
  language: string | null;
  notes: string | null;
  paused_until: Date | null;
  pause_reason: string | null;
  last_contact_at: Date | null;
  next_follow_up_at: Date | null;
  created_at: Date;
};

export function toCustomer(r: Row): Customer {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    aliases: r.aliases ?? [],
    tier: r.tier as Tier,
    ownerId: r.owner_id,
    stage: r.stage as LifecycleStage,
    country: r.country,
    language: r.language as Lang | null,
    notes: r.notes,
    pausedUntil: r.paused_until ? new Date(r.paused_until) : null,
    pauseReason: r.pause_reason,
    lastContactAt: r.last_contact_at ? new Date(r.last_contact_at) : null,
    nextFollowUpAt: r.next_follow_up_at ? new Date(r.next_follow_up_at) : null,
    createdAt: new Date(r.created_at),
  };
}

export async function findCustomerById(db: Db, id: string): Promise<Customer | undefined> {
  const r = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toCustomer(r) : undefined;
}

export async function findCustomerByCode(db: Db, code: string): Promise<Customer | undefined> {
  const r = await db
    .selectFrom('customers')
    .selectAll()
    .where(sql`lower(code)`, '=', code.toLowerCase())
    .executeTakeFirst();
  return r ? toCustomer(r) : undefined;
}

/**
 * Customers whose code, name or an alias matches `term` (case-insensitive): exact
 * matches first; substring matches only when there is no exact one.
 */
/**
 * Customers whose code, name or an alias is `term` (case-insensitive), else those whose
 * name or an alias contains it. `scope` filters in SQL, before the limit: a member
 * never loses a customer they may see to ones they may not.
 */
export async function searchCustomers(db: Db, term: string, limit = 10, scope?: CustomerScope): Promise<Customer[]> {
  const exact = await exactCustomers(db, term, limit, scope);
  return exact.length > 0 ? exact : partialCustomers(db, term, limit, scope);
}

/** Customers whose code, name or an alias is `term`, only those in `scope` when given. */
export async function exactCustomers(db: Db, term: string, limit = 10, scope?: CustomerScope): Promise<Customer[]> {
  const t = term.trim().toLowerCase();
  if (!t) return [];
  // Three lookups, each by its own index (lower(code), lower(name), the GIN index on
  // baton_lower_all(aliases) of migration 0016), united: written as one OR with a LIMIT the
  // planner may prefer a scan of every customer, which at 100,000 takes a second.
  const inScope = scope ? scopeWhere(scope) : sql<SqlBool>`true`;
  const by = (where: Expression<SqlBool>) => db.selectFrom('customers').selectAll().where(where).where(inScope);
  const rows = await by(sql<SqlBool>`lower(code) = ${t}`)
    .union(by(sql<SqlBool>`lower(name) = ${t}`))
    .union(by(sql<SqlBool>`baton_lower_all(aliases) @> array[${t}]::text[]`))
    .limit(limit)
    .execute();
  return rows.map(toCustomer);
}

/** Customers whose name or an alias contains `term`, in name order, only those in `scope` when given. */
export async function partialCustomers(db: Db, term: string, limit = 10, scope?: CustomerScope): Promise<Customer[]> {
  const t = term.trim().toLowerCase();
  if (!t) return [];
  const like = `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  let q = db
    .selectFrom('customers')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb(sql`lower(name)`, 'like', like),
        eb(sql<boolean>`exists (select 1 from unnest(aliases) a where lower(a) like ${like})`, '=', true),
      ]),
    );
  if (scope) q = q.where(scopeWhere(scope));
  const rows = await q.orderBy('name').orderBy('id').limit(limit).execute();
  return rows.map(toCustomer);
}

/** Customers with a contact named `term` ("张总"), in name order, only those in `scope` when given. */
export async function customersWithContactNamed(db: Db, term: string, scope?: CustomerScope): Promise<Customer[]> {
  const t = term.trim().toLowerCase();
  if (!t) return [];
  let q = db
    .selectFrom('customers')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('contacts')
        .select('customer_id')
        .where(sql`lower(name)`, '=', t),
    );
  if (scope) q = q.where(scopeWhere(scope));
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows.map(toCustomer);
}

/**
 * Customers in name order: all of them, or those of `ownerIds`. No default cap — a
 * silent one made lists look complete when they were not; pass `limit` only where a
 * shortened list is what the caller means (counted lists: customer-lists.ts).
 */
export async function listCustomers(db: Db, opts: { ownerIds?: string[]; limit?: number } = {}): Promise<Customer[]> {
  let q = db.selectFrom('customers').selectAll();
  if (opts.ownerIds) q = opts.ownerIds.length ? q.where('owner_id', 'in', opts.ownerIds) : q.where(sql<boolean>`false`);
  q = q.orderBy('name').orderBy('id');
  const rows = await (opts.limit === undefined ? q : q.limit(opts.limit)).execute();
  return rows.map(toCustomer);
}

/** Next code in the configured format, e.g. HZ-2026-001; sequence per prefix and year. */
export async function nextCustomerCode(db: Db, cfg: { format: string; prefix: string }, year: number): Promise<string> {
  const probe = formatCustomerCode(cfg.format, cfg.prefix, year, 0);
  const stem = probe.replace(/0+$/, '');
  const r = await db.selectFrom('customers').select('code').where('code', 'like', `${stem}%`).execute();
  const max = r.reduce((m, x) => Math.max(m, Number(x.code.slice(stem.length)) || 0), 0);
  return formatCustomerCode(cfg.format, cfg.prefix, year, max + 1);
}

export interface NewCustomer {
  name: string;
  code?: string;
  aliases?: string[];
  tier?: Tier;
  ownerId?: string | null;
  stage?: LifecycleStage;
  country?: string | null;
  language?: Lang | null;
  notes?: string | null;
}

export async function createCustomer(
  db: Db,
  c: NewCustomer,
  codeCfg: { format: string; prefix: string },
  now: Date,
): Promise<Customer> {
  const code = c.code ?? (await nextCustomerCode(db, codeCfg, now.getUTCFullYear()));
  const r = await db
    .insertInto('customers')
    .values({
      code,
      name: c.name,
      aliases: c.aliases ?? [],
      tier: c.tier ?? 'C',
      owner_id: c.ownerId ?? null,
      stage: c.stage ?? 'inquiry',
      country: c.country ?? null,
      language: c.language ?? null,
      notes: c.notes ?? null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCustomer(r);
}

/** Customers whose name, code or alias (2+ chars) occurs in `text`, the longest match only (ties all kept). */
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
  for (const r of best) {
    const c = await findCustomerById(db, r.id);
    if (c) out.push(c);
  }
  return out;
}

/** The customers repository: bound to a database in createRepositories(). */
export const customersQueries = {
  findCustomerById,
  findCustomerByCode,
  searchCustomers,
  exactCustomers,
  partialCustomers,
  customersWithContactNamed,
  listCustomers,
  nextCustomerCode,
  createCustomer,
  customersNamedIn,
};
