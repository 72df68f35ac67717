// Customers named in a text, through an in-memory index (src/core/mention-index.ts)
// kept per database and refreshed from what changed: triggers on customers and
// contacts take a version and log the customers they touched (migration 0016), so a
// replica asks one cheap question per message ("has the version moved?") and reloads
// only those customers when it has. Several replicas, each with its own index, stay
// right. The hits are then read in SQL with the viewer's visibility.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { Customer } from '../../core/customer.js';
import type { CustomerScope } from '../../core/customer-scope.js';
import { MentionIndex, type MentionSource } from '../../core/mention-index.js';
import { scopeWhere } from './customer-scope-where.js';
import { toCustomer } from './customers.js';
import { currentValue, newVersionedCache, type VersionedCache } from './versioned-cache.js';

/** Beyond this many changed customers a full reload is cheaper than a patch. */
const PATCH_LIMIT = 5_000;

export type MentionCache = VersionedCache<MentionIndex>;

export const newMentionCache = (): MentionCache => newVersionedCache<MentionIndex>();

async function currentVersion(db: Db): Promise<number> {
  const r = await sql<{ version: string }>`select version from customer_mention_version`.execute(db);
  return Number(r.rows[0]?.version ?? 0);
}

/** The sources of every customer, or of `ids`. Two lean reads, no join: 100,000 rows each load in well under a second. */
async function loadSources(db: Db, ids?: string[]): Promise<MentionSource[]> {
  let cq = db.selectFrom('customers').select(['id', 'name', 'code', 'aliases']);
  let kq = db.selectFrom('contacts').select(['customer_id', 'name']);
  if (ids) {
    cq = cq.where('id', '=', sql<string>`any(${ids}::uuid[])`);
    kq = kq.where('customer_id', '=', sql<string>`any(${ids}::uuid[])`);
  }
  const [customers, contacts] = await Promise.all([cq.execute(), kq.execute()]);
  const byId = new Map<string, MentionSource>();
  for (const c of customers) {
    byId.set(c.id, { customerId: c.id, name: c.name, code: c.code, aliases: c.aliases ?? [], contacts: [] });
  }
  for (const k of contacts) byId.get(k.customer_id)?.contacts.push(k.name);
  return [...byId.values()];
}

async function rebuild(db: Db, cache: MentionCache): Promise<void> {
  // The version first: whatever is loaded after it is at least that new.
  const version = await currentVersion(db);
  cache.value = new MentionIndex(await loadSources(db));
  cache.version = version;
}

async function patch(db: Db, cache: MentionCache, index: MentionIndex): Promise<void> {
  const rows = await sql<{ version: string; customer_id: string | null }>`
    select version, customer_id from customer_mention_changes where version > ${cache.version}`.execute(db);
  const ids = new Set<string>();
  let version = cache.version;
  for (const r of rows.rows) {
    if (r.customer_id === null) return rebuild(db, cache);
    ids.add(r.customer_id);
    version = Math.max(version, Number(r.version));
  }
  if (ids.size > PATCH_LIMIT) return rebuild(db, cache);
  // Loaded after the change list: at least as new as every change in it.
  index.replace(ids, await loadSources(db, [...ids]));
  cache.version = version;
}

function refresh(db: Db, cache: MentionCache): Promise<MentionIndex> {
  return currentValue(
    cache,
    () => currentVersion(db),
    () => (cache.value ? patch(db, cache, cache.value) : rebuild(db, cache)),
  );
}

/**
 * Ids of the customers `text` names. Inside a transaction the shared index is left
 * alone (it must only ever hold committed data): a throwaway one is built from what
 * the transaction sees.
 */
export async function mentionedCustomerIds(db: Db, cache: MentionCache, text: string): Promise<string[]> {
  const index = db.isTransaction ? new MentionIndex(await loadSources(db)) : await refresh(db, cache);
  return [...index.find(text)];
}

/** These customers in name order (as lists are), only those in `scope` when given. */
export async function customersByIds(db: Db, ids: string[], scope?: CustomerScope): Promise<Customer[]> {
  if (ids.length === 0) return [];
  let q = db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', sql<string>`any(${ids}::uuid[])`);
  if (scope) q = q.where(scopeWhere(scope));
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows.map(toCustomer);
}

/** The customer-mentions repository: bound to a database and its index in createRepositories(). */
export function customerMentionsQueries(cache: MentionCache) {
  return {
    mentionedCustomerIds: (db: Db, text: string) => mentionedCustomerIds(db, cache, text),
    customersByIds,
  };
}
