// The roster: members with their identities, written by the team import, the
// `baton team` commands, directory sync, invites and the members page.
import type { Identity, RosterMember } from '../../core/roster.js';
import type { Platform, Role } from '../../core/types.js';
import type { Lang } from '../../core/language.js';
import type { Db } from '../client.js';

export interface MemberInput {
  id: string;
  name: string;
  role: Role;
  reportsTo: string | null;
  language: Lang;
}

export async function listRoster(db: Db): Promise<RosterMember[]> {
  const [members, ids] = await Promise.all([
    db.selectFrom('team_members').selectAll().orderBy('id').execute(),
    db.selectFrom('member_identities').selectAll().orderBy('platform').orderBy('external_id').execute(),
  ]);
  const byMember = new Map<string, Identity[]>();
  for (const i of ids) {
    const list = byMember.get(i.member_id) ?? [];
    list.push({ platform: i.platform as Platform, externalId: i.external_id });
    byMember.set(i.member_id, list);
  }
  return members.map((m) => ({
    id: m.id,
    name: m.name,
    role: m.role as Role,
    reportsTo: m.reports_to,
    language: m.language as Lang,
    active: m.active,
    leftAt: m.left_at,
    identities: byMember.get(m.id) ?? [],
  }));
}

export async function findRosterMember(db: Db, id: string): Promise<RosterMember | undefined> {
  return (await listRoster(db)).find((m) => m.id === id);
}

/** Who holds each identity now ("platform:external_id" → member id). */
export async function identityOwners(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('member_identities').selectAll().execute();
  return new Map(rows.map((r) => [`${r.platform}:${r.external_id}`, r.member_id]));
}

/**
 * Insert or update members. reports_to is written in a second pass so a sheet may
 * name a supervisor on a later row. Returns how many were created and updated.
 */
export async function upsertMembers(
  tx: Db,
  members: MemberInput[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  const existing = new Map((await tx.selectFrom('team_members').selectAll().execute()).map((r) => [r.id, r]));
  let created = 0,
    updated = 0,
    unchanged = 0;
  for (const m of members) {
    const old = existing.get(m.id);
    if (!old) {
      await tx
        .insertInto('team_members')
        .values({ id: m.id, name: m.name, role: m.role, reports_to: null, language: m.language })
        .execute();
      created++;
    } else if (
      old.name !== m.name ||
      old.role !== m.role ||
      old.language !== m.language ||
      old.reports_to !== m.reportsTo ||
      !old.active
    ) {
      await tx
        .updateTable('team_members')
        .set({ name: m.name, role: m.role, language: m.language, active: true, left_at: null })
        .where('id', '=', m.id)
        .execute();
      updated++;
    } else unchanged++;
  }
  for (const m of members) {
    if (existing.get(m.id)?.reports_to === m.reportsTo && existing.has(m.id)) continue;
    await tx.updateTable('team_members').set({ reports_to: m.reportsTo }).where('id', '=', m.id).execute();
  }
  return { created, updated, unchanged };
}

export async function updateMember(db: Db, id: string, patch: Partial<Omit<MemberInput, 'id'>>): Promise<void> {
  const set: { name?: string; role?: string; reports_to?: string | null; language?: string } = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.role !== undefined) set.role = patch.role;
  if (patch.reportsTo !== undefined) set.reports_to = patch.reportsTo;
  if (patch.language !== undefined) set.language = patch.language;
  if (Object.keys(set).length) await db.updateTable('team_members').set(set).where('id', '=', id).execute();
}

/**
 * Link identities to a member (moving them from whoever held them), and make an
 * earlier direct chat from that identity the member's DM with the bot.
 */
export async function linkIdentities(db: Db, memberId: string, identities: Identity[]): Promise<Identity[]> {
  const fresh: Identity[] = [];
  for (const i of identities) {
    const had = await db
      .selectFrom('member_identities')
      .select('member_id')
      .where('platform', '=', i.platform)
      .where('external_id', '=', i.externalId)
      .executeTakeFirst();
    if (had?.member_id === memberId) continue;
    fresh.push(i);
    await db
      .insertInto('member_identities')
      .values({ platform: i.platform, external_id: i.externalId, member_id: memberId })
      .onConflict((oc) => oc.columns(['platform', 'external_id']).doUpdateSet({ member_id: memberId }))
      .execute();
    await db
      .updateTable('chats')
      .set({ member_id: memberId })
      .where('platform', '=', i.platform)
      .where('external_id', '=', i.externalId)
      .where('kind', '=', 'direct')
      .execute();
    // The member's DM with the bot exists before they first write, so reminders and
    // notices reach them (WeCom and DingTalk can message any member of the organisation).
    if (
      i.platform === 'wecom' ||
      i.platform === 'dingtalk' ||
      (i.platform === 'whatsapp' && !i.externalId.includes('@'))
    ) {
      await db
        .insertInto('chats')
        .values({
          id: `${i.platform}:${i.externalId}`,
          platform: i.platform,
          external_id: i.externalId,
          kind: 'direct',
          title: null,
          member_id: memberId,
          language: null,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  return fresh;
}

export async function unlinkIdentities(db: Db, memberId: string, identities: Identity[]): Promise<number> {
  let n = 0;
  for (const i of identities) {
    const r = await db
      .deleteFrom('member_identities')
      .where('member_id', '=', memberId)
      .where('platform', '=', i.platform)
      .where('external_id', '=', i.externalId)
      .executeTakeFirst();
    n += Number(r.numDeletedRows);
  }
  return n;
}

/** Mark a member left (kept, with their history); returns false when already left or unknown. */
export async function markMemberLeft(db: Db, id: string, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('team_members')
    .set({ active: false, left_at: at })
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const r = await db
    .selectFrom('team_members')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** How many customers a member owns (the departure notice says how many to hand over). */
export async function countOwnedCustomers(db: Db, memberId: string): Promise<number> {
  const r = await db
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('owner_id', '=', memberId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The members repository: bound to a database in createRepositories(). */
export const membersQueries = {
  listRoster,
  findRosterMember,
  identityOwners,
  upsertMembers,
  updateMember,
  linkIdentities,
  unlinkIdentities,
  markMemberLeft,
  countActiveAdmins,
  countOwnedCustomers,
};
