// Write validated records in one transaction, in batches (one INSERT per 500 rows),
// so a 10,000-row sheet is a few dozen statements and an error leaves nothing behind.
import type { Repositories } from '../../deps.js';
import { formatCustomerCode } from '../../core/customer.js';
import { onCustomerContacts } from '../cadence/on-contact.js';
import { loadCadence } from '../cadence/policy-store.js';
import type { CustomerRecord, FollowUpRecord, OrderRecord, Records } from './validate.js';

export interface WriteCounts {
  created: number;
  updated: number;
  skipped: number;
  contacts: number;
}

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

export async function writeRecords(tx: Repositories, records: Records, opts: WriteOptions): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, updated: 0, skipped: 0, contacts: 0 };
  if (records.kind === 'customers') await writeCustomers(tx, records.items, opts, counts);
  else if (records.kind === 'orders') await writeOrders(tx, records.items, opts, counts);
  else await writeFollowUps(tx, records.items, opts, counts);
  await tx.audit.writeAudit([
    {
      at: opts.now,
      actor: opts.actor,
      action: 'import',
      entity: records.kind,
      entityId: null,
      details: { ...counts, rows: records.items.length },
    },
  ]);
  return counts;
}

async function writeCustomers(
  tx: Repositories,
  items: CustomerRecord[],
  opts: WriteOptions,
  counts: WriteCounts,
): Promise<void> {
  const year = opts.now.getUTCFullYear();
  const stem = formatCustomerCode(opts.codeFormat.format, opts.codeFormat.prefix, year, 0).replace(/0+$/, '');
  const used = await tx.imports.codesStartingWith(stem);
  let seq = used.reduce((m, code) => Math.max(m, Number(code.slice(stem.length)) || 0), 0);
  const fresh = items.filter((c) => !c.existingId);
  const existing = items.filter((c) => c.existingId);
  const ids = new Map<CustomerRecord, string>();
  let done = 0;
  const total = items.length;
  for (const batch of chunks(fresh)) {
    const rows = await tx.imports.insertCustomers(
      batch.map((c) => ({
        code: c.code ?? formatCustomerCode(opts.codeFormat.format, opts.codeFormat.prefix, year, ++seq),
        name: c.name,
        aliases: c.aliases,
        tier: c.tier ?? 'C',
        ownerId: c.ownerId,
        stage: c.stage ?? 'inquiry',
        country: c.country,
        language: c.language,
        notes: c.notes,
      })),
      opts.now,
    );
    batch.forEach((c, i) => ids.set(c, rows[i]!));
    counts.created += batch.length;
    opts.onProgress?.((done += batch.length), total);
  }
  // Existing customers: one UPDATE … FROM (VALUES …) per batch; only rows that really change count as updated.
  for (const batch of chunks(existing)) {
    const changed = await tx.imports.mergeCustomers(
      batch.map((c) => ({
        id: c.existingId!,
        tier: c.tier,
        ownerId: c.ownerId,
        stage: c.stage,
        country: c.country,
        language: c.language,
        notes: c.notes,
        aliases: c.aliases,
      })),
      opts.now,
    );
    counts.updated += changed.length;
    counts.skipped += batch.length - changed.length;
    for (const c of batch) ids.set(c, c.existingId!);
    opts.onProgress?.((done += batch.length), total);
  }
  // Contacts: add those whose name the customer does not have yet (a re-import adds nothing twice).
  const have = new Set<string>();
  for (const batch of chunks(existing.map((c) => c.existingId!))) {
    for (const r of await tx.imports.contactNamesOf(batch)) have.add(`${r.customerId}|${r.name.toLowerCase()}`);
  }
  const contacts = items.flatMap((c) => {
    const customerId = ids.get(c)!;
    return c.contacts
      .filter((k) => {
        const key = `${customerId}|${k.name.toLowerCase()}`;
        if (have.has(key)) return false;
        have.add(key);
        return true;
      })
      .map((k, i) => ({ customerId, ...k, isPrimary: !c.existingId && i === 0 }));
  });
  for (const batch of chunks(contacts)) await tx.imports.insertContacts(batch, opts.now);
  counts.contacts = contacts.length;
  opts.onProgress?.(total, total);
}

async function writeOrders(
  tx: Repositories,
  items: OrderRecord[],
  opts: WriteOptions,
  counts: WriteCounts,
): Promise<void> {
  let done = 0;
  for (const batch of chunks(items)) {
    const rows = await tx.imports.upsertOrders(
      batch.map((o) => ({
        customerId: o.customerId,
        orderNo: o.orderNo,
        orderedAt: o.orderedAt,
        amount: o.amount,
        currency: o.currency,
        amountCny: o.amountCny,
        status: o.status ?? 'closed',
        shippedAt: o.shippedAt,
      })),
      opts.now,
    );
    for (const inserted of rows) {
      if (inserted) counts.created += 1;
      else counts.updated += 1;
    }
    opts.onProgress?.((done += batch.length), items.length);
  }
}

async function writeFollowUps(
  tx: Repositories,
  items: FollowUpRecord[],
  opts: WriteOptions,
  counts: WriteCounts,
): Promise<void> {
  const customerIds = [...new Set(items.map((f) => f.customerId))];
  const have = new Set<string>();
  for (const batch of chunks(customerIds)) {
    for (const r of await tx.imports.followUpsOfCustomers(batch))
      have.add(`${r.customerId}|${r.happenedAt.getTime()}|${r.summary ?? ''}`);
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
    await tx.imports.insertFollowUps(batch, opts.now);
    counts.created += batch.length;
    opts.onProgress?.((done += batch.length), fresh.length);
  }
  // The latest contact per customer feeds the cadence; its "next" date becomes the plan.
  const latest = new Map<string, FollowUpRecord>();
  for (const f of fresh) {
    const l = latest.get(f.customerId);
    if (!l || f.happenedAt > l.happenedAt) latest.set(f.customerId, f);
  }
  // The cadence hook runs once for the whole set (one statement per step, not per customer).
  if (latest.size === 0) return;
  const cadence = await loadCadence(tx);
  await onCustomerContacts(
    tx,
    [...latest.values()].map((f) => ({
      customerId: f.customerId,
      at: f.happenedAt,
      by: f.memberId ?? 'import',
      plannedAt: f.nextAt,
    })),
    cadence,
  );
}
