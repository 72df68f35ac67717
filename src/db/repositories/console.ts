// The built-in web console's reads: who can be chosen and which chats each is in,
// and a chat's transcript (messages in, sent replies out).
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../client.js';

export interface ConsoleTeam {
  members: { id: string; name: string; role: string; active: boolean }[];
  chats: { id: string; title: string | null; kind: string; has_external: boolean }[];
  links: { chatId: string; participant: string; isExternal: boolean }[];
}

export async function consoleTeam(db: Db): Promise<ConsoleTeam> {
  const members = await db.selectFrom('team_members').select(['id', 'name', 'role', 'active']).orderBy('id').execute();
  const chats = await db
    .selectFrom('chats')
    .select(['id', 'title', 'kind', 'has_external'])
    .where('platform', '=', 'console')
    .orderBy('id')
    .execute();
  const links = await db
    .selectFrom('chat_members')
    .innerJoin('chats', 'chats.id', 'chat_members.chat_id')
    .select(['chat_members.chat_id', 'chat_members.participant', 'chat_members.is_external'])
    .where('chats.platform', '=', 'console')
    .execute();
  return {
    members,
    chats,
    links: links.map((l) => ({ chatId: l.chat_id, participant: l.participant, isExternal: l.is_external })),
  };
}

/** A chat's messages in and sent replies out (since a time, if given), oldest first. */
export async function chatTranscript(
  db: Db,
  chatId: string,
  since?: Date,
): Promise<{ id: string; from: string; text: string; at: Date; format: 'text' | 'markdown' }[]> {
  let mq = db
    .selectFrom('messages')
    .select(['id', 'sender_external_id', 'text', 'sent_at'])
    .where((eb) =>
      eb.or([
        eb('chat_id', '=', chatId),
        // Stored by an ack, its chat not resolved by the worker yet (migration 0020).
        eb.and([
          eb('chat_id', 'is', null),
          sql<SqlBool>`(messages.platform, messages.chat_external_id) in (select platform, external_id from chats where id = ${chatId})`,
        ]),
      ]),
    );
  let oq = db
    .selectFrom('outbox')
    .select(['id', 'text', 'created_at', 'format'])
    .where('chat_id', '=', chatId)
    .where('state', '=', 'sent');
  if (since) {
    mq = mq.where('sent_at', '>', since);
    oq = oq.where('created_at', '>', since);
  }
  const [ms, os] = await Promise.all([mq.execute(), oq.execute()]);
  return [
    // Ids let the page show each message once however its polls overlap.
    ...ms.map((m) => ({
      id: `m:${m.id}`,
      from: m.sender_external_id,
      text: m.text,
      at: new Date(m.sent_at),
      format: 'text' as const,
    })),
    ...os.map((o) => ({ id: `o:${o.id}`, from: 'bot', text: o.text, at: new Date(o.created_at), format: o.format })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The console repository: bound to a database in createRepositories(). */
export const consoleQueries = { consoleTeam, chatTranscript };
