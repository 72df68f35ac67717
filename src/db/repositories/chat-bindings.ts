// What a group chat is bound to (a role audience or a customer) and whether
// outsiders are present, with who decided it.
import type { Db } from '../client.js';

export interface ChatBinding {
  chatId: string;
  audience: string | null;
  customerId: string | null;
  externalSource: 'platform' | 'admin';
}

export async function findChatBinding(db: Db, chatId: string): Promise<ChatBinding | undefined> {
  const r = await db.selectFrom('chat_bindings').selectAll().where('chat_id', '=', chatId).executeTakeFirst();
  return r
    ? { chatId: r.chat_id, audience: r.audience, customerId: r.customer_id, externalSource: r.external_source }
    : undefined;
}

export async function bindChat(
  db: Db,
  b: {
    chatId: string;
    audience: string | null;
    customerId: string | null;
    externalSource: 'platform' | 'admin';
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('chat_bindings')
    .values({
      chat_id: b.chatId,
      audience: b.audience,
      customer_id: b.customerId,
      external_source: b.externalSource,
      bound_by: b.by,
      bound_at: b.at,
    })
    .onConflict((oc) =>
      oc.column('chat_id').doUpdateSet({
        audience: b.audience,
        customer_id: b.customerId,
        external_source: b.externalSource,
        bound_by: b.by,
        bound_at: b.at,
      }),
    )
    .execute();
}

export async function unbindChat(db: Db, chatId: string): Promise<boolean> {
  const r = await db.deleteFrom('chat_bindings').where('chat_id', '=', chatId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function setChatHasExternal(db: Db, chatId: string, hasExternal: boolean): Promise<void> {
  await db.updateTable('chats').set({ has_external: hasExternal }).where('id', '=', chatId).execute();
}

export async function removeAudienceSubscriptions(db: Db, chatId: string): Promise<void> {
  await db.deleteFrom('subscriptions').where('chat_id', '=', chatId).where('customer_id', 'is', null).execute();
}

/** The chat-bindings repository: bound to a database in createRepositories(). */
export const chatBindingsQueries = {
  findChatBinding,
  bindChat,
  unbindChat,
  setChatHasExternal,
  removeAudienceSubscriptions,
};
