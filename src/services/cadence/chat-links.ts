// Chats that belong to one customer: outsiders' messages there are the customer
// writing (first-response clock, contact), the owner's messages are replies.
import type { Db } from '../../db/client.js';

export async function linkChatToCustomer(db: Db, chatId: string, customerId: string, by: string | null, at: Date): Promise<void> {
  await db.insertInto('customer_chats').values({ chat_id: chatId, customer_id: customerId, linked_by: by, linked_at: at })
    .onConflict((oc) => oc.column('chat_id').doUpdateSet({ customer_id: customerId, linked_by: by, linked_at: at })).execute();
}

export async function customerOfChat(db: Db, chatId: string): Promise<string | undefined> {
  const r = await db.selectFrom('customer_chats').select('customer_id').where('chat_id', '=', chatId).executeTakeFirst();
  return r?.customer_id;
}
