// Who hears about a rep's customers: the supervisor they report to, or — when
// that person is gone too — any active supervisor or admin, so nothing is silent.
import type { Repositories } from '../../deps.js';
import type { Member } from '../../core/team.js';

export async function supervisorFor(repos: Repositories, ownerId: string | null): Promise<Member | undefined> {
  if (ownerId) {
    const owner = await repos.team.findMember(ownerId);
    if (owner?.reportsTo) {
      const sup = await repos.team.findMember(owner.reportsTo);
      if (sup?.active) return sup;
    }
  }
  return repos.team.firstActiveSupervisor();
}
