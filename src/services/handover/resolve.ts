// Finding the team members and customers a handover command names: "bob",
// "Bob Li", "李波" all mean bob; a customer by code, name or alias.
import type { Member } from '../../core/team.js';

export function resolveMember(members: Member[], term: string): Member | undefined {
  const t = term.trim().toLowerCase().replace(/^@/, '');
  if (!t) return undefined;
  const exact = members.find((m) => m.id.toLowerCase() === t || m.name.toLowerCase() === t);
  if (exact) return exact;
  const byPart = members.filter((m) => m.name.toLowerCase().split(/\s+/).includes(t));
  if (byPart.length === 1) return byPart[0];
  const contains = members.filter((m) => t.length >= 2 && m.name.toLowerCase().includes(t));
  return contains.length === 1 ? contains[0] : undefined;
}

/** Whose supervisor hears about escalations and refusals. */
export function supervisorOf(members: Member[], ...candidates: (string | null | undefined)[]): Member | undefined {
  for (const id of candidates) {
    const m = id ? members.find((x) => x.id === id) : undefined;
    const boss = m?.reportsTo ? members.find((x) => x.id === m.reportsTo && x.active) : undefined;
    if (boss) return boss;
  }
  return members.find((m) => m.role === 'admin' && m.active);
}
