// Writes the demo team (members, console identities, direct and group chats, default
// subscriptions). Idempotent: every insert skips what is already there.
import type { Db } from '../client.js';

export interface TeamSeed {
  members: { id: string; name: string; role: string; reportsTo: string | null; language: 'zh' | 'en' }[];
  groups: { id: string; title: string; members: string[]; externals: string[] }[];
  /** Chat-wide subscriptions by kind, created by `by`. */
  subscriptions: { chatId: string; kinds: readonly string[]; by: string }[];
}

/** Returns whether any of the seed's members was missing before. */
export async function seedTeam(db: Db, seed: TeamSeed): Promise<boolean> {
  const ids = seed.members.map((m) => m.id);
  const before = await db.selectFrom('team_members').select('id').where('id', 'in', ids).execute();
  for (const m of seed.members) {
    await db
      .insertInto('team_members')
      .values({ id: m.id, name: m.name, role: m.role, reports_to: m.reportsTo, language: m.language })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await db
      .insertInto('member_identities')
      .values({ platform: 'console', external_id: m.id, member_id: m.id })
      .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing())
      .execute();
    const dm = `dm:${m.id}`;
    await db
      .insertInto('chats')
      .values({
        id: dm,
        platform: 'console',
        external_id: dm,
        kind: 'direct',
        title: m.name,
        member_id: m.id,
        language: m.language,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await db
      .insertInto('chat_members')
      .values({ chat_id: dm, participant: m.id })
      .onConflict((oc) => oc.columns(['chat_id', 'participant']).doNothing())
      .execute();
  }
  for (const g of seed.groups) {
    await db
      .insertInto('chats')
      .values({
        id: g.id,
        platform: 'console',
        external_id: g.id,
        kind: 'group',
        title: g.title,
        has_external: g.externals.length > 0,
        member_id: null,
        language: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const rows = [
      ...g.members.map((p) => ({ chat_id: g.id, participant: p, is_external: false })),
      ...g.externals.map((p) => ({ chat_id: g.id, participant: p, is_external: true })),
    ];
    await db
      .insertInto('chat_members')
      .values(rows)
      .onConflict((oc) => oc.columns(['chat_id', 'participant']).doNothing())
      .execute();
  }
  for (const { chatId, kinds, by } of seed.subscriptions) {
    for (const kind of kinds) {
      const exists = await db
        .selectFrom('subscriptions')
        .select('id')
        .where('chat_id', '=', chatId)
        .where('kind', '=', kind)
        .where('customer_id', 'is', null)
        .executeTakeFirst();
      if (!exists)
        await db
          .insertInto('subscriptions')
          .values({ chat_id: chatId, kind, customer_id: null, created_by: by })
          .execute();
    }
  }
  return before.length < ids.length;
}

/** Whether any team member exists (a fresh database gets the demo team in demo mode). */
export async function hasTeam(db: Db): Promise<boolean> {
  return (await db.selectFrom('team_members').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** The demo-team repository: bound to a database in createRepositories(). */
export const demoTeamQueries = { seedTeam, hasTeam };
