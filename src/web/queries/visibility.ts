// Which customers a viewer may see, derived from the same rule the bot uses
// (core/permissions canSeeCustomer) applied to every possible owner; the SQL
// form of the scope lives with the queries (src/db/repositories/web-scope.ts).
import type { Repositories } from '../../deps.js';
import type { Member } from '../../core/team.js';
import { canSeeCustomer } from '../../core/permissions.js';
import type { Scope } from '../../db/repositories/web-scope.js';

export type { Scope };

export async function scopeFor(repos: Repositories, viewer: Member): Promise<Scope> {
  const members = await repos.team.listMembers();
  const ownerIds = members.filter((m) => canSeeCustomer(viewer, m.id, m.reportsTo)).map((m) => m.id);
  const all = viewer.role === 'admin' || viewer.role === 'ops' || viewer.role === 'finance';
  return { viewerId: viewer.id, all, ownerIds, includeUnowned: canSeeCustomer(viewer, null, null) };
}
