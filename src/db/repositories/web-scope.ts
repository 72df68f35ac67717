// Which customers a viewer may see, as SQL: the web read models filter with it.
// The scope itself is worked out from the permission rule in src/web/queries/visibility.ts.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../client.js';

export interface Scope {
  viewerId: string;
  all: boolean;
  ownerIds: string[];
  includeUnowned: boolean;
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
  const rows = await db
    .selectFrom('customer_responsibles')
    .select('member_id')
    .where('customer_id', '=', customerId)
    .execute();
  return rows.map((r) => r.member_id);
}
