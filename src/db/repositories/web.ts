// The web workspace's read models: the customer list, the customer page, the
// dashboard and the export, each limited to what the viewer may see.
import type { Db } from '../client.js';
import { listVisibleCustomers } from './web-customer-list.js';
import { loadCustomerDetail } from './web-customer-detail.js';
import { dashboardRows } from './web-dashboard.js';
import { responsiblesOf } from './web-scope.js';

/** Each customer's first contact, primary first (the export's contact columns). */
export async function primaryContactsOf(
  db: Db,
  customerIds: string[],
): Promise<Map<string, { name: string; phone: string | null; email: string | null }>> {
  const out = new Map<string, { name: string; phone: string | null; email: string | null }>();
  if (customerIds.length === 0) return out;
  const cr = await db
    .selectFrom('contacts')
    .select(['customer_id', 'name', 'phone', 'email', 'is_primary'])
    .where('customer_id', 'in', customerIds)
    .orderBy('is_primary', 'desc')
    .execute();
  for (const c of cr)
    if (!out.has(c.customer_id)) out.set(c.customer_id, { name: c.name, phone: c.phone, email: c.email });
  return out;
}

/** Current needs of these customers, by customer and slot. */
export async function currentNeedsOf(db: Db, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  const needs = await db
    .selectFrom('needs')
    .select(['customer_id', 'kind', 'value', 'evidence', 'speaker', 'said_at', 'created_at'])
    .where('customer_id', 'in', customerIds)
    .where('status', '=', 'current')
    .orderBy('customer_id')
    .orderBy('slot')
    .execute();
  return needs.map((n) => ({
    customerId: n.customer_id,
    kind: n.kind,
    value: n.value,
    evidence: n.evidence,
    speaker: n.speaker,
    saidAt: new Date(n.said_at ?? n.created_at),
  }));
}

/** Page tokens of the handover batches a member is a recipient of. */
export async function handoverTokens(db: Db, batchIds: string[], memberId: string): Promise<Map<string, string>> {
  if (batchIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('handover_recipients')
    .select(['batch_id', 'token'])
    .where('batch_id', 'in', batchIds)
    .where('member_id', '=', memberId)
    .execute();
  return new Map(rows.map((r) => [r.batch_id, r.token]));
}

/** The web repository: bound to a database in createRepositories(). */
export const webQueries = {
  listVisibleCustomers,
  loadCustomerDetail,
  dashboardRows,
  responsiblesOf,
  primaryContactsOf,
  currentNeedsOf,
  handoverTokens,
};
