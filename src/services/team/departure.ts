// A member marked left (by `baton team leave`, the members page or a directory
// sync) starts the departure handover: their supervisor — or the admins when they
// have none — is told once, with the exact command that hands the customers over.
import { tr } from '../../core/i18n/index.js';
import type { RosterMember } from '../../core/roster.js';
import type { Repositories } from '../../deps.js';

export type Reason = { zh: string; en: string };

export async function announceDeparture(
  repos: Repositories,
  member: RosterMember,
  now: Date,
  reason: Reason,
): Promise<string[]> {
  const roster = await repos.members.listRoster();
  const boss = roster.find((m) => m.id === member.reportsTo && m.active);
  const told = boss ? [boss] : roster.filter((m) => m.active && m.role === 'admin');
  const owned = await repos.members.countOwnedCustomers(member.id);
  const colleagues = roster
    .filter((m) => m.active && m.role === 'rep' && m.id !== member.id && (!boss || m.reportsTo === boss.id))
    .map((m) => m.id);
  const ids: string[] = [];
  for (const who of told) {
    const dm = await repos.team.findDirectChat(who.id);
    if (!dm) continue;
    const lang = dm.language ?? who.language;
    const to = colleagues.slice(0, 2).join(',') || tr(lang, 'team.departure.receiver');
    const text =
      owned > 0
        ? tr(lang, 'team.departure.has_left_they_own_customers', {
            name: member.name,
            id: member.id,
            zh: reason.zh,
            owned,
            to,
            en: reason.en,
          })
        : tr(lang, 'team.departure.has_left_they_own_no', {
            name: member.name,
            id: member.id,
            zh: reason.zh,
            en: reason.en,
          });
    ids.push(
      ...(await repos.outbox.enqueue([
        {
          chatId: dm.id,
          text,
          kind: 'notice',
          dedupeKey: `departure:${member.id}:${who.id}:${member.leftAt?.toISOString() ?? now.toISOString()}`,
          at: now,
        },
      ])),
    );
  }
  return ids;
}
