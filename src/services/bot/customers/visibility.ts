// Which customers a member may see (src/core/permissions.ts), applied to lists.
import type { Repositories } from '../../../deps.js';
import type { Customer } from '../../../core/customer.js';
import type { Member } from '../../../core/team.js';
import { canSeeCustomer } from '../../../core/permissions.js';

export interface Team {
  byId: Map<string, Member>;
}

export async function loadTeam(repos: Repositories): Promise<Team> {
  return { byId: new Map((await repos.team.listMembers()).map((m) => [m.id, m])) };
}

export function mayView(team: Team, viewer: Member, c: Customer): boolean {
  const owner = c.ownerId ? team.byId.get(c.ownerId) : undefined;
  return canSeeCustomer(viewer, c.ownerId, owner?.reportsTo ?? null);
}

export function nameOf(team: Team, id: string | null): string | null {
  return id ? (team.byId.get(id)?.name ?? id) : null;
}
