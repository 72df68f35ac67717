// Who may see which customer, and what may be said where. Pure rules.
import type { Member } from './team.js';
import { SENSITIVE_KINDS, type NeedKind } from './needs.js';

/** Reps see their own customers, supervisors their team's (and their own), admins and finance/ops all. */
export function canSeeCustomer(
  viewer: Member,
  customerOwnerId: string | null,
  ownerReportsTo: string | null,
  extraResponsible: string[] = [],
): boolean {
  if (viewer.role === 'admin' || viewer.role === 'ops' || viewer.role === 'finance') return true;
  if (customerOwnerId === viewer.id || extraResponsible.includes(viewer.id)) return true;
  if (viewer.role === 'supervisor') return customerOwnerId === null || ownerReportsTo === viewer.id;
  // Unowned customers (e.g. just created from a forwarded chat) are visible to the team.
  return customerOwnerId === null;
}

/** Roles that may see prices, payment terms, money owed and internal cautions. */
export function roleMaySeeSensitive(viewer: Member): boolean {
  return viewer.role === 'admin' || viewer.role === 'supervisor' || viewer.role === 'finance' || viewer.role === 'rep';
}

export function isSensitiveKind(kind: NeedKind | string): boolean {
  return (SENSITIVE_KINDS as string[]).includes(kind) || kind === 'caution';
}

/** Whether a sensitive field may be shown to `viewer` in a chat (never where outsiders are). */
export function maySayHere(viewer: Member | null, chatHasExternal: boolean, kind: NeedKind | string): boolean {
  if (!isSensitiveKind(kind)) return true;
  if (chatHasExternal) return false;
  return viewer !== null && roleMaySeeSensitive(viewer);
}
