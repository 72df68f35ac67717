// Which customers a viewer may see, as SQL, derived from the same rule the bot uses
// (core/permissions canSeeCustomer) applied to every possible owner.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client.js';
import type { Member } from '../../core/team.js';
import { canSeeCustomer } from '../../core/permissions.js';
import { listMembers } from '../../db/repositories/team.js';

export interface Scope { viewerId: string; all: boolean; ownerIds: string[]; includeUnowned: boolean }

export async function scopeFor(db: Db, viewer: Member): Promise<Scope> {
  const members = await listMembers(db);
  const ownerIds = members.filter((m) => canSeeCustomer(viewer, m.id, m.reportsTo)).map((m) => m.id);
  const all = viewer.role === 'admin' || viewer.role === 'ops' || viewer.role === 'finance';
  return { viewerId: viewer.id, all, ownerIds, includeUnowned: canSeeCustomer(viewer, null, null) };
}

/** A condition on the `customers` table (unaliased) for rows in scope. */
export function visibleSql(scope: Scope): RawBuilder<boolean> {
  if (scope.all) return sql<boolean>`true`;
  const parts: RawBuilder<unknown>[] = [
    sql`exists (select 1 from customer_responsibles r where r.customer_id = customers.id and r.member_id = ${scope.viewerId})`,
  ];
  if (scope.ownerIds.length) parts.push(sql`customers.owner_id in (${sql.join(scope.ownerIds)})`);
  if (scope.includeUnowned) parts.push(sql`customers.owner_id is null`);
  return sql<boolean>`(${sql.join(parts, sql` or `)})`;
}

export async function responsiblesOf(db: Db, customerId: string): Promise<string[]> {
  const rows = await db.selectFrom('customer_responsibles').select('member_id').where('customer_id', '=', customerId).execute();
  return rows.map((r) => r.member_id);
}
