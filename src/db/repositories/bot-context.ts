// What the bot remembers between messages without a table of its own: the customer a
// member last talked about (messages.customer_id) and the text of an earlier message.
import type { Db } from '../client.js';

export async function recentCustomerId(db: Db, memberId: string, since: Date): Promise<string | undefined> {
  const r = await db
    .selectFrom('messages')
    .select('customer_id')
    .where('sender_member_id', '=', memberId)
    .where('customer_id', 'is not', null)
    .where('received_at', '>=', since)
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.customer_id ?? undefined;
}

export async function messageText(db: Db, id: string): Promise<{ text: string; sentAt: Date } | undefined> {
  const r = await db.selectFrom('messages').select(['text', 'sent_at']).where('id', '=', id).executeTakeFirst();
  return r ? { text: r.text, sentAt: new Date(r.sent_at) } : undefined;
}

/** The bot-context repository: bound to a database in createRepositories(). */
export const botContextQueries = { recentCustomerId, messageText };
