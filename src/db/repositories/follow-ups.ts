// Follow-ups: a rep's recorded contact with a customer (phone, WeChat, visit…) and when to contact them next.
import type { Db } from '../client.js';
import { FOLLOW_UP_CHANNELS, type FollowUpChannel, type FollowUp } from '../../core/records.js';

export { FOLLOW_UP_CHANNELS, type FollowUpChannel, type FollowUp };

type Row = {
  id: string;
  customer_id: string;
  member_id: string | null;
  channel: string;
  summary: string | null;
  happened_at: Date;
  next_at: Date | null;
  source_message_id: string | null;
};
const toFollowUp = (r: Row): FollowUp => ({
  id: r.id,
  customerId: r.customer_id,
  memberId: r.member_id,
  channel: r.channel as FollowUpChannel,
  summary: r.summary,
  happenedAt: new Date(r.happened_at),
  nextAt: r.next_at ? new Date(r.next_at) : null,
  sourceMessageId: r.source_message_id,
});

export async function insertFollowUp(db: Db, f: Omit<FollowUp, 'id'>, createdAt: Date): Promise<FollowUp> {
  const r = await db
    .insertInto('follow_ups')
    .values({
      customer_id: f.customerId,
      member_id: f.memberId,
      channel: f.channel,
      summary: f.summary,
      happened_at: f.happenedAt,
      next_at: f.nextAt,
      source_message_id: f.sourceMessageId,
      created_at: createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFollowUp(r);
}

export async function followUpsOf(db: Db, customerId: string): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom('follow_ups')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('happened_at')
    .execute();
  return rows.map(toFollowUp);
}

/** The follow-ups repository: bound to a database in createRepositories(). */
export const followUpsQueries = { insertFollowUp, followUpsOf };
