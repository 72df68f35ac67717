// Who may hand over which customer: a rep their own, a supervisor their team's
// (and their own), an admin any. Everyone else is refused.

export interface Actor {
  id: string;
  role: string;
}

export function canHandOver(actor: Actor, ownerId: string | null, ownerReportsTo: string | null): boolean {
  if (actor.role === 'admin') return true;
  if (ownerId !== null && ownerId === actor.id) return true;
  if (actor.role === 'supervisor') return ownerId === null || ownerReportsTo === actor.id;
  return false;
}

/** Roles that see orders and money outstanding in a package. */
export function roleSeesMoney(role: string): boolean {
  return role === 'rep' || role === 'supervisor' || role === 'finance' || role === 'admin';
}
