// A customer scope (src/core/customer-scope.ts) as a WHERE clause on `customers`: the
// rule of src/core/permissions.ts (canSeeCustomer) in SQL, so lists, lookups and
// mention hits are filtered before any LIMIT, never after it in JavaScript.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { CustomerScope } from '../../core/customer-scope.js';

export function scopeWhere(scope: CustomerScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'owned':
      return sql<SqlBool>`owner_id = ${scope.ownerId}`;
    case 'visible':
      return scope.supervisor
        ? sql<SqlBool>`(owner_id is null or owner_id = ${scope.viewerId}
          or owner_id in (select id from team_members where reports_to = ${scope.viewerId}))`
        : sql<SqlBool>`(owner_id is null or owner_id = ${scope.viewerId})`;
  }
}
