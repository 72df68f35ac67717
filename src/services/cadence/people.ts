// Who hears about a rep's customers: the supervisor they report to, or — when
// that person is gone too — any active supervisor or admin, so nothing is silent.
import type { Db } from '../../db/client.js';
import { findMember, toMember } from '../../db/repositories/team.js';
import type { Member } from '../../core/team.js';

export async function supervisorFor(db: Db, ownerId: string | null): Promise<Member | undefined> {
  if (ownerId) {
    const owner = await findMember(db, ownerId);
    if (owner?.reportsTo) {
      const sup = await findMember(db, owner.reportsTo);
      if (sup?.active) return sup;
    }
  }
  const r = await db.selectFrom('team_members').selectAll().where('active', '=', true)
    .where('role', 'in', ['supervisor', 'admin']).orderBy('role', 'desc').orderBy('id').executeTakeFirst();
  return r ? toMember(r) : undefined;
}

/** Members whose customers a viewer may see measured: reps their own, supervisors their reports. */
export async function reportsOf(db: Db, supervisorId: string): Promise<Member[]> {
  const rows = await db.selectFrom('team_members').selectAll().where('reports_to', '=', supervisorId).where('role', '=', 'rep').orderBy('id').execute();
  return rows.map(toMember);
}
