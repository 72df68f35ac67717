// Write validated records in one transaction, in batches (one INSERT per 500 rows),
// so a 10,000-row sheet is a few dozen statements and an error leaves nothing behind.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';
import { formatCustomerCode } from '../../core/customer.js';
import { onCustomerContact } from '../cadence/on-contact.js';
import { loadCadence } from '../cadence/policy-store.js';
import type { CustomerRecord, FollowUpRecord, OrderRecord, Records } from './validate.js';

export interface WriteCounts { created: number; updated: number; skipped: number; contacts: number }

const BATCH = 500;

function chunks<T>(xs: T[], n = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export interface WriteOptions {
  now: Date;
  codeFormat: { format: string; prefix: string };
  actor: string | null;
  onProgress?: (done: number, total: number) => void;
}

export async function writeRecords(tx: Db, records: Records, opts: WriteOptions): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, updated: 0, skipped: 0, contacts: 0 };
  if (records.kind === 'customers') await writeCustomers(tx, records.items, opts, counts);
  else if (records.kind === 'orders') await writeOrders(tx, records.items, opts, counts);
  else await writeFollowUps(tx, records.items, opts, counts);
  await tx.insertInto('audit_log').values({
    at: opts.now, actor: opts.actor, action: 'import', entity: records.kind, entity_id: null,
    details: sql`${JSON.stringify({ ...counts, rows: records.items.length })}::jsonb`,
  }).execute();
  return counts;
}

async function writeCustomers(tx: Db, items: CustomerRecord[], opts: WriteOptions, counts: WriteCounts): Promise<void> {
  const year = opts.now.getUTCFullYear();
  const stem = formatCustomerCode(opts.codeFormat.format, opts.codeFormat.prefix, year, 0).replace(/0+$/, '');
  const used = await tx.selectFrom('customers').select('code').where('code', 'like', `${stem}%`).execute();
  let seq = used.reduce((m, x) => Math.max(m, Number(x.code.slice(stem.length)) || 0), 0);
  const fresh = items.filter((c) => !c.existingId);
  const existing = items.filter((c) => c.existingId);
  const ids = new Map<CustomerRecord, string>();
  let done = 0;
  const total = items.length;
  for (const batch of chunks(fresh)) {
    const rows = await tx.insertInto('customers').values(batch.map((c) => ({
      code: c.code ?? formatCustomerCode(opts.codeFormat.format, opts.codeFormat.prefix, year, ++seq), name: c.name, aliases: c.aliases,
      tier: c.tier ?? 'C', owner_id: c.ownerId, stage: c.stage ?? 'inquiry', country: c.country, language: c.language, notes: c.notes,
      created_at: opts.now, updated_at: opts.now,
    }))).returning('id').execute();
    batch.forEach((c, i) => ids.set(c, rows[i]!.id));
    counts.created += batch.length;
    opts.onProgress?.((done += batch.length), total);
  }
  // Existing customers: one UPDATE … FROM (VALUES …) per batch; only rows that really change count as updated.
  for (const batch of chunks(existing)) {
    const values = sql.join(batch.map((c) => sql`(${c.existingId}::uuid, ${c.tier}::text, ${c.ownerId}::text, ${c.stage}::text, ${c.country}::text, ${c.language}::text, ${c.notes}::text, ${sql.val(c.aliases)}::text[])`));
    const changed = await sql<{ id: string }>`
      update customers c set
        tier = coalesce(v.tier, c.tier), owner_id = coalesce(v.owner_id, c.owner_id), stage = coalesce(v.stage, c.stage),
        country = coalesce(v.country, c.country), language = coalesce(v.language, c.language), notes = coalesce(v.notes, c.notes),
        aliases = (select coalesce(array_agg(distinct a), '{}') from unnest(c.aliases || v.aliases) a), updated_at = ${opts.now}
      from (values ${values}) as v(id, tier, owner_id, stage, country, language, notes, aliases)
      where c.id = v.id and (
        c.tier is distinct from coalesce(v.tier, c.tier) or c.owner_id is distinct from coalesce(v.owner_id, c.owner_id)
        or c.stage is distinct from coalesce(v.stage, c.stage) or c.country is distinct from coalesce(v.country, c.country)
        or c.language is distinct from coalesce(v.language, c.language) or c.notes is distinct from coalesce(v.notes, c.notes)
        or not (v.aliases <@ c.aliases))
      returning c.id`.execute(tx);
    counts.updated += changed.rows.length;
    counts.skipped += batch.length - changed.rows.length;
    for (const c of batch) ids.set(c, c.existingId!);
    opts.onProgress?.((done += batch.length), total);
  }
  // Contacts: add those whose name the customer does not have yet (a re-import adds nothing twice).
  const have = new Set<string>();
  for (const batch of chunks(existing.map((c) => c.existingId!))) {
    const rows = await tx.selectFrom('contacts').select(['customer_id', 'name']).where('customer_id', 'in', batch).execute();
    for (const r of rows) have.add(`${r.customer_id}|${r.name.toLowerCase()}`);
  }
  const contacts = items.flatMap((c) => {
    const customerId = ids.get(c)!;
    return c.contacts.filter((k) => {
      const key = `${customerId}|${k.name.toLowerCase()}`;
      if (have.has(key)) return false;
      have.add(key);
      return true;
    }).map((k, i) => ({ customer_id: customerId, ...k, is_primary: !c.existingId && i === 0, created_at: opts.now }));
  });
  for (const batch of chunks(contacts)) await tx.insertInto('contacts').values(batch).execute();
  counts.contacts = contacts.length;
  opts.onProgress?.(total, total);
}

async function writeOrders(tx: Db, items: OrderRecord[], opts: WriteOptions, counts: WriteCounts): Promise<void> {
  let done = 0;
  for (const batch of chunks(items)) {
    const rows = await tx.insertInto('orders').values(batch.map((o) => ({
      customer_id: o.customerId, order_no: o.orderNo, ordered_at: o.orderedAt, amount: o.amount, currency: o.currency,
      amount_cny: o.amountCny, status: o.status ?? 'closed', shipped_at: o.shippedAt, created_at: opts.now,
    })))
      .onConflict((oc) => oc.columns(['customer_id', 'order_no']).doUpdateSet((eb) => ({
        ordered_at: eb.ref('excluded.ordered_at'), amount: eb.ref('excluded.amount'), currency: eb.ref('excluded.currency'),
        amount_cny: eb.ref('excluded.amount_cny'), status: eb.ref('excluded.status'), shipped_at: eb.ref('excluded.shipped_at'),
      })))
      // xmax = 0 only for freshly inserted rows: tells created from updated in one round trip.
      .returning(sql<boolean>`(xmax = 0)`.as('inserted')).execute();
    for (const r of rows) { if (r.inserted) counts.created += 1; else counts.updated += 1; }
    opts.onProgress?.((done += batch.length), items.length);
  }
}

async function writeFollowUps(tx: Db, items: FollowUpRecord[], opts: WriteOptions, counts: WriteCounts): Promise<void> {
  const customerIds = [...new Set(items.map((f) => f.customerId))];
  const have = new Set<string>();
  for (const batch of chunks(customerIds)) {
    const rows = await tx.selectFrom('follow_ups').select(['customer_id', 'happened_at', 'summary']).where('customer_id', 'in', batch).execute();
    for (const r of rows) have.add(`${r.customer_id}|${new Date(r.happened_at).getTime()}|${r.summary ?? ''}`);
  }
  const fresh = items.filter((f) => {
    const k = `${f.customerId}|${f.happenedAt.getTime()}|${f.summary ?? ''}`;
    if (have.has(k)) return false;
    have.add(k);
    return true;
  });
  counts.skipped = items.length - fresh.length;
  let done = 0;
  for (const batch of chunks(fresh)) {
    await tx.insertInto('follow_ups').values(batch.map((f) => ({
      customer_id: f.customerId, member_id: f.memberId, channel: f.channel, summary: f.summary, happened_at: f.happenedAt,
      next_at: f.nextAt, created_at: opts.now,
    }))).execute();
    counts.created += batch.length;
    opts.onProgress?.((done += batch.length), fresh.length);
  }
  // The latest contact per customer feeds the cadence; its "next" date becomes the plan.
  const latest = new Map<string, FollowUpRecord>();
  for (const f of fresh) { const l = latest.get(f.customerId); if (!l || f.happenedAt > l.happenedAt) latest.set(f.customerId, f); }
  // The cadence hook runs per customer (it recomputes the plan); its policy is loaded once.
  const cadence = latest.size ? await loadCadence(tx) : undefined;
  for (const f of latest.values()) {
    await onCustomerContact(tx, f.customerId, f.happenedAt, { policy: cadence!.policy, tz: cadence!.tz, by: f.memberId ?? 'import' });
    if (f.nextAt) {
      await tx.updateTable('customers').set({ next_follow_up_at: f.nextAt })
        .where('id', '=', f.customerId).where((eb) => eb.or([eb('last_contact_at', 'is', null), eb('last_contact_at', '<=', f.happenedAt)])).execute();
    }
  }
}
