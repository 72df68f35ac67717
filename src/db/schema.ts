// Kysely's view of the tables in migrations/. SQL is the source of truth; keep
// this in step with it. Rows never leave src/db: repositories map them to domain types.
import type { ColumnType, Generated } from 'kysely';
import type { CadenceTables } from './cadence-schema.js';
import type { OrderTables } from './orders-schema.js';
import type { TeamTables } from './team-schema.js';
import type { HardeningTables } from './hardening-schema.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface TeamMembersTable {
  id: string;
  name: string;
  role: string;
  reports_to: string | null;
  language: Generated<string>;
  active: Generated<boolean>;
  left_at: Timestamp | null;
  created_at: DefaultTimestamp;
}
export interface MemberIdentitiesTable {
  platform: string;
  external_id: string;
  member_id: string;
}
export interface ChatsTable {
  id: string;
  platform: string;
  external_id: string;
  kind: 'direct' | 'group';
  title: string | null;
  has_external: Generated<boolean>;
  member_id: string | null;
  language: string | null;
  created_at: DefaultTimestamp;
}
export interface ChatMembersTable {
  chat_id: string;
  participant: string;
  is_external: Generated<boolean>;
}
export interface CustomersTable {
  id: Generated<string>;
  code: string;
  name: string;
  aliases: Generated<string[]>;
  tier: Generated<string>;
  owner_id: string | null;
  stage: Generated<string>;
  country: string | null;
  language: string | null;
  notes: string | null;
  paused_until: Timestamp | null;
  pause_reason: string | null;
  last_contact_at: Timestamp | null;
  next_follow_up_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}
export interface CustomerResponsiblesTable {
  customer_id: string;
  stage: string;
  member_id: string;
  since: DefaultTimestamp;
}
export interface ContactsTable {
  id: Generated<string>;
  customer_id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  whatsapp: string | null;
  is_primary: Generated<boolean>;
  notes: string | null;
  created_at: DefaultTimestamp;
  /** The message whose forwarded chat named this speaker (0012): /undo forgets them again. */
  learnt_from_message: string | null;
}
export interface MessagesTable {
  id: Generated<string>;
  platform: string;
  external_id: string;
  /** Empty until the worker resolved the chat (migration 0020): then chat_external_id / chat_kind name it. */
  chat_id: string | null;
  chat_external_id: string | null;
  chat_kind: 'direct' | 'group' | null;
  sender_member_id: string | null;
  sender_external_id: string;
  sender_name: string | null;
  text: string;
  sent_at: Timestamp;
  received_at: DefaultTimestamp;
  raw: Json;
  reply_hint: Json | null;
  state: Generated<'pending' | 'processing' | 'done' | 'failed'>;
  attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_error: string | null;
  processed_at: Timestamp | null;
  customer_id: string | null;
}
/** A picture of a message (0019, issue 19). */
export interface MessageImagesTable {
  message_id: string;
  ordinal: number;
  ref: string | null;
  hint: Json | null;
  mime: string | null;
  data: Buffer | null;
  bytes: number | null;
  sha256: string | null;
  width: number | null;
  height: number | null;
  state: Generated<'stored' | 'pending-download' | 'read' | 'unreadable'>;
  reading: Json | null;
  confidence: number | null;
  error: string | null;
  run_start: string | null;
  created_at: DefaultTimestamp;
}
export interface NeedsTable {
  id: Generated<string>;
  customer_id: string;
  kind: string;
  slot: string;
  value: Json;
  evidence: string;
  speaker: string | null;
  said_at: Timestamp | null;
  message_id: string | null;
  extractor: string;
  model: string | null;
  prompt_version: string | null;
  confidence: Generated<number>;
  recorded_by: string | null;
  status: Generated<'current' | 'superseded' | 'removed' | 'reverted'>;
  superseded_by: string | null;
  superseded_at: Timestamp | null;
  created_at: DefaultTimestamp;
}
export interface NeedChangesTable {
  id: Generated<string>;
  customer_id: string;
  kind: string;
  slot: string;
  from_need_id: string | null;
  to_need_id: string | null;
  from_value: Json | null;
  to_value: Json | null;
  evidence: string | null;
  said_by: string | null;
  said_at: Timestamp | null;
  recorded_by: string | null;
  message_id: string | null;
  created_at: DefaultTimestamp;
  /** The message that caused the change (the forward, an answer, a /move), for /undo (0012). */
  via_message_id: string | null;
  reverted_at: Timestamp | null;
  reverted_by: string | null;
}
export interface SubscriptionsTable {
  id: Generated<string>;
  chat_id: string;
  customer_id: string | null;
  kind: string | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
}
export interface FollowUpsTable {
  id: Generated<string>;
  customer_id: string;
  member_id: string | null;
  channel: Generated<string>;
  summary: string | null;
  happened_at: Timestamp;
  next_at: Timestamp | null;
  source_message_id: string | null;
  created_at: DefaultTimestamp;
}
export interface OrdersTable {
  id: Generated<string>;
  customer_id: string;
  order_no: string | null;
  ordered_at: ColumnType<Date, Date | string, Date | string>;
  amount: ColumnType<string, number | string, number | string> | null;
  currency: Generated<string>;
  amount_cny: ColumnType<string, number | string, number | string> | null;
  status: Generated<string>;
  shipped_at: ColumnType<Date, Date | string, Date | string> | null;
  delivered_at: ColumnType<Date, Date | string, Date | string> | null;
  details: Generated<Json>;
  created_at: DefaultTimestamp;
  // 0011 (orders from chat): amounts are unknown until someone enters them.
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
  ship_mode: 'sea' | 'air' | 'courier' | null;
  tracking: string | null;
  source_message_id: string | null;
}
export interface PaymentsTable {
  id: Generated<string>;
  order_id: string | null;
  customer_id: string;
  amount: ColumnType<string, number | string, number | string>;
  currency: Generated<string>;
  due_at: ColumnType<Date, Date | string, Date | string> | null;
  paid_at: ColumnType<Date, Date | string, Date | string> | null;
  created_at: DefaultTimestamp;
}
export interface OutboxTable {
  id: Generated<string>;
  chat_id: string;
  text: string;
  format: Generated<'text' | 'markdown'>;
  kind: Generated<string>;
  dedupe_key: string | null;
  source_message_id: string | null;
  reply_hint: Json | null;
  state: Generated<'pending' | 'sending' | 'sent' | 'failed' | 'merged'>;
  attempts: Generated<number>;
  next_attempt_at: DefaultTimestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  external_id: string | null;
  merged_into: string | null;
  created_at: DefaultTimestamp;
  sent_at: Timestamp | null;
  /** Which claim holds the row while it is `sending` (0008). */
  attempt_id: string | null;
  /** Queue order among rows with the same created_at. */
  seq: Generated<string>;
}
export interface HandoversTable {
  id: Generated<string>;
  kind: 'customer' | 'departure' | 'stage';
  customer_id: string;
  from_member_id: string | null;
  to_member_id: string;
  stage: string | null;
  status: Generated<string>;
  package: Json;
  created_by: string | null;
  created_at: DefaultTimestamp;
  due_at: Timestamp | null;
  signed_at: Timestamp | null;
  escalated_at: Timestamp | null;
  batch_id: string | null;
  refuse_reason: string | null;
  closed_at: Timestamp | null;
  quarantine_until: Timestamp | null;
}
// Handover (migrations/0004_handover.sql).
export interface HandoverBatchesTable {
  id: string;
  kind: 'customer' | 'departure' | 'stage';
  from_member_id: string | null;
  stage: string | null;
  split: Generated<string>;
  created_by: string;
  created_at: Timestamp;
  due_at: Timestamp;
  lang: Generated<string>;
}
export interface HandoverRecipientsTable {
  batch_id: string;
  member_id: string;
  role: string;
  token: string;
  status: Generated<string>;
  decided_at: Timestamp | null;
  reason: string | null;
  escalated_at: Timestamp | null;
}
export interface HandoverSignoffsTable {
  handover_id: string;
  member_id: string;
  role: string;
  signed_at: Timestamp | null;
}
export interface HandoverQuestionsTable {
  id: Generated<string>;
  batch_id: string;
  asked_by: string;
  asked_to: string;
  question: string;
  asked_at: Timestamp;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
}
export interface HandoverCheckinsTable {
  batch_id: string;
  member_id: string;
  week: string;
  asked_at: Timestamp;
  answer: string | null;
  answered_at: Timestamp | null;
}
export interface AuditLogTable {
  id: Generated<string>;
  at: DefaultTimestamp;
  actor: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: Generated<Json>;
}
export interface SettingsTable {
  key: string;
  value: Json;
  updated_at: DefaultTimestamp;
}
export interface JobRunsTable {
  job: string;
  slot: string;
  ran_at: DefaultTimestamp;
  details: Generated<Json>;
}

export interface WebLoginTokensTable {
  token_hash: string;
  member_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}
export interface WebSessionsTable {
  id_hash: string;
  member_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface PendingQuestionsTable {
  chat_id: string;
  member_id: string;
  kind: string;
  payload: Json;
  choices: Json;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
}

export interface Database extends CadenceTables, OrderTables, TeamTables, HardeningTables {
  team_members: TeamMembersTable;
  member_identities: MemberIdentitiesTable;
  chats: ChatsTable;
  chat_members: ChatMembersTable;
  customers: CustomersTable;
  customer_responsibles: CustomerResponsiblesTable;
  contacts: ContactsTable;
  messages: MessagesTable;
  message_images: MessageImagesTable;
  needs: NeedsTable;
  need_changes: NeedChangesTable;
  subscriptions: SubscriptionsTable;
  follow_ups: FollowUpsTable;
  orders: OrdersTable;
  payments: PaymentsTable;
  outbox: OutboxTable;
  handovers: HandoversTable;
  handover_batches: HandoverBatchesTable;
  handover_recipients: HandoverRecipientsTable;
  handover_signoffs: HandoverSignoffsTable;
  handover_questions: HandoverQuestionsTable;
  handover_checkins: HandoverCheckinsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  job_runs: JobRunsTable;
  pending_questions: PendingQuestionsTable;
  web_login_tokens: WebLoginTokensTable;
  web_sessions: WebSessionsTable;
}
