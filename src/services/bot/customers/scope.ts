// Which customers a member's lists cover, as a database scope (src/core/customer-scope.ts,
// answered by deps.repos.customerLists), so counting and paging happen in SQL.
import type { Member } from '../../../core/team.js';
import type { CustomerScope } from '../../../core/customer-scope.js';

/** All a member may see (src/core/permissions.ts canSeeCustomer). */
export function visibleScope(m: Member): CustomerScope {
  if (m.role === 'admin' || m.role === 'ops' || m.role === 'finance') return { kind: 'all' };
  return { kind: 'visible', viewerId: m.id, supervisor: m.role === 'supervisor' };
}

/** "My customers": a rep's own; everyone else what they may see. */
export function myScope(m: Member): CustomerScope {
  return m.role === 'rep' ? { kind: 'owned', ownerId: m.id } : visibleScope(m);
}
