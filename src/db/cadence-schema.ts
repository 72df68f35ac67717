// Kysely's view of migrations/0003_cadence.sql (the follow-up cadence's tables).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: pg hands back a Date (pg) or string (PGlite); we write 'YYYY-MM-DD'. */
type DateColumn = ColumnType<Date | string, string, string>;

export interface CustomerChatsTable {
  chat_id: string;
  customer_id: string;
  linked_by: string | null;
  linked_at: DefaultTimestamp;
}
export interface CadenceDigestsTable {
  member_id: string;
  day: DateColumn;
  window_name: string;
  outbox_id: string | null;
  due_count: Generated<number>;
  overdue_count: Generated<number>;
  created_at: Timestamp;
}
export interface CadenceRemindersTable {
  customer_id: string;
  day: DateColumn;
  member_id: string;
  window_name: string;
  due_at: Timestamp;
  reminded_at: Timestamp;
}
export interface CadenceDuesTable {
  customer_id: string;
  due_at: Timestamp;
  member_id: string | null;
  tier: string;
  done_at: Timestamp | null;
}
export interface CadenceEscalationsTable {
  id: Generated<string>;
  customer_id: string;
  reason: 'overdue' | 'owner_left';
  cause_key: string;
  member_id: string | null;
  supervisor_id: string | null;
  due_at: Timestamp | null;
  escalated_at: Timestamp;
}
export interface SlaClocksTable {
  id: Generated<string>;
  customer_id: string;
  chat_id: string | null;
  start_message_id: string | null;
  owner_id: string | null;
  sla_class: 'high' | 'normal' | 'general';
  started_at: Timestamp;
  due_at: Timestamp;
  stopped_at: Timestamp | null;
  stopped_by: string | null;
  breached_at: Timestamp | null;
}
export interface TierSuggestionsTable {
  id: Generated<string>;
  quarter: string;
  seq: number;
  supervisor_id: string;
  customer_id: string;
  from_tier: string;
  to_tier: string;
  revenue_cny: ColumnType<string, number | string, number | string>;
  status: Generated<'pending' | 'accepted' | 'dismissed'>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
}

export interface CadenceTables {
  customer_chats: CustomerChatsTable;
  cadence_digests: CadenceDigestsTable;
  cadence_reminders: CadenceRemindersTable;
  cadence_dues: CadenceDuesTable;
  cadence_escalations: CadenceEscalationsTable;
  sla_clocks: SlaClocksTable;
  tier_suggestions: TierSuggestionsTable;
}
