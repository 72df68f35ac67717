// A member marked left (by `baton team leave`, the members page or a directory
// sync) starts the departure handover: their supervisor — or the admins when they
// have none — is told once, with the exact command that hands the customers over.
import { t } from '../../core/language.js';
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
    const to = colleagues.slice(0, 2).join(',') || t(lang, '接收人', 'RECEIVER');
    const text =
      owned > 0
        ? t(
            lang,
            `${member.name}（${member.id}）已离职（${reason.zh}）。TA 名下有 ${owned} 家客户，请发起离岗交接：/handover all ${member.id} to ${to}`,
            `${member.name} (${member.id}) has left (${reason.en}). They own ${owned} customers; start the departure handover: /handover all ${member.id} to ${to}`,
          )
        : t(
            lang,
            `${member.name}（${member.id}）已离职（${reason.zh}）。TA 名下没有客户，无需交接。`,
            `${member.name} (${member.id}) has left (${reason.en}). They own no customers, so there is nothing to hand over.`,
          );
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
