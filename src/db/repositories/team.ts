// Team members, their platform identities, and chats.
import type { Chat, Member } from '../../core/team.js';
import type { Platform, Role } from '../../core/types.js';
import type { Lang } from '../../core/language.js';
import type { Db } from '../client.js';

type MemberRow = {
  id: string;
  name: string;
  role: string;
  reports_to: string | null;
  language: string;
  active: boolean;
};
type ChatRow = {
  id: string;
  platform: string;
  external_id: string;
  kind: 'direct' | 'group';
  title: string | null;
  has_external: boolean;
  member_id: string | null;
  language: string | null;
};

export function toMember(r: MemberRow): Member {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Role,
    reportsTo: r.reports_to,
    language: r.language as Lang,
    active: r.active,
  };
}

export function toChat(r: ChatRow): Chat {
  return {
    id: r.id,
    platform: r.platform as Platform,
    externalId: r.external_id,
    kind: r.kind,
    title: r.title,
    hasExternal: r.has_external,
    memberId: r.member_id,
    language: (r.language as Lang | null) ?? null,
  };
}

export async function findMember(db: Db, id: string): Promise<Member | undefined> {
  const r = await db.selectFrom('team_members').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toMember(r) : undefined;
}

export async function listMembers(db: Db): Promise<Member[]> {
  const rows = await db.selectFrom('team_members').selectAll().orderBy('id').execute();
  return rows.map(toMember);
}

export async function findMemberByIdentity(
  db: Db,
  platform: Platform,
  externalId: string,
): Promise<Member | undefined> {
  const r = await db
    .selectFrom('member_identities as i')
    .innerJoin('team_members as m', 'm.id', 'i.member_id')
    .selectAll('m')
    .where('i.platform', '=', platform)
    .where('i.external_id', '=', externalId)
    .executeTakeFirst();
  return r ? toMember(r) : undefined;
}

export async function findChat(db: Db, id: string): Promise<Chat | undefined> {
  const r = await db.selectFrom('chats').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toChat(r) : undefined;
}

export async function findChatByExternal(db: Db, platform: Platform, externalId: string): Promise<Chat | undefined> {
  const r = await db
    .selectFrom('chats')
    .selectAll()
    .where('platform', '=', platform)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return r ? toChat(r) : undefined;
}

/** The chat id Baton uses for a platform chat. Console chats keep their contract ids ('dm:lily'). */
export function chatIdFor(platform: Platform, externalId: string): string {
  return platform === 'console' ? externalId : `${platform}:${externalId}`;
}

/** Find or create the chat an inbound message arrived in. */
export async function ensureChat(
  db: Db,
  c: {
    platform: Platform;
    externalId: string;
    kind: 'direct' | 'group';
    memberId?: string | null;
    title?: string | null;
  },
): Promise<Chat> {
  const id = chatIdFor(c.platform, c.externalId);
  await db
    .insertInto('chats')
    .values({
      id,
      platform: c.platform,
      external_id: c.externalId,
      kind: c.kind,
      title: c.title ?? null,
      member_id: c.memberId ?? null,
      language: null,
    })
    .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing())
    .execute();
  const chat = await findChatByExternal(db, c.platform, c.externalId);
  if (!chat) throw new Error(`chat ${id} vanished after insert`);
  return chat;
}

export async function isChatParticipant(db: Db, chatId: string, participant: string): Promise<boolean> {
  const r = await db
    .selectFrom('chat_members')
    .select('participant')
    .where('chat_id', '=', chatId)
    .where('participant', '=', participant)
    .executeTakeFirst();
  return r !== undefined;
}

/** Whether `participant` is an outsider in some chat (the console lets the page act as one). */
export async function isExternalParticipant(db: Db, participant: string): Promise<boolean> {
  const r = await db
    .selectFrom('chat_members')
    .select('participant')
    .where('participant', '=', participant)
    .where('is_external', '=', true)
    .executeTakeFirst();
  return r !== undefined;
}

/** The direct chat with the bot for a member on a platform (where reminders and private answers go). */
export async function findDirectChat(db: Db, memberId: string, platform?: Platform): Promise<Chat | undefined> {
  let q = db.selectFrom('chats').selectAll().where('kind', '=', 'direct').where('member_id', '=', memberId);
  if (platform) q = q.where('platform', '=', platform);
  const r = await q.orderBy('created_at').executeTakeFirst();
  return r ? toChat(r) : undefined;
}

/** The first active supervisor or admin (admins first), the fallback when a rep's own supervisor is gone. */
export async function firstActiveSupervisor(db: Db): Promise<Member | undefined> {
  const r = await db
    .selectFrom('team_members')
    .selectAll()
    .where('active', '=', true)
    .where('role', 'in', ['supervisor', 'admin'])
    .orderBy('role', 'desc')
    .orderBy('id')
    .executeTakeFirst();
  return r ? toMember(r) : undefined;
}

/** Active supervisors and admins, by id. */
export async function activeSupervisors(db: Db): Promise<Member[]> {
  const rows = await db
    .selectFrom('team_members')
    .selectAll()
    .where('active', '=', true)
    .where('role', 'in', ['supervisor', 'admin'])
    .orderBy('id')
    .execute();
  return rows.map(toMember);
}

/** The reps who report to a supervisor, by id. */
export async function reportsOf(db: Db, supervisorId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('team_members')
    .selectAll()
    .where('reports_to', '=', supervisorId)
    .where('role', '=', 'rep')
    .orderBy('id')
    .execute();
  return rows.map(toMember);
}

/** The team repository: bound to a database in createRepositories(). */
export const teamQueries = {
  findMember,
  listMembers,
  findMemberByIdentity,
  findChat,
  findChatByExternal,
  ensureChat,
  isChatParticipant,
  isExternalParticipant,
  findDirectChat,
  firstActiveSupervisor,
  activeSupervisors,
  reportsOf,
};
