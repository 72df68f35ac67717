// Kysely's view of migrations/0011_orders.sql (orders from chat, production sheets).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface OrderEventsTable {
  id: Generated<string>;
  order_id: string;
  customer_id: string;
  kind: 'confirmed' | 'shipped' | 'delivered';
  said_by: string | null;
  at: Timestamp;
  message_id: string | null;
  details: Json;
}
export interface OrderSheetsTable {
  id: string;
  order_id: string;
  customer_id: string;
  version: number;
  snapshot: Json;
  diff: Json;
  created_at: Timestamp;
  created_by: string | null;
  clerk_id: string | null;
  rep_id: string | null;
  due_at: Timestamp;
  status: Generated<'pending' | 'acknowledged' | 'superseded'>;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  questioned: Generated<boolean>;
  escalated_at: Timestamp | null;
}
export interface OrderSheetQuestionsTable {
  id: Generated<string>;
  sheet_id: string;
  asked_by: string;
  asked_to: string;
  question: string;
  asked_at: Timestamp;
  answer: string | null;
  answered_at: Timestamp | null;
}
export interface OrderOffersTable {
  id: Generated<string>;
  chat_id: string;
  member_id: string;
  customer_id: string;
  message_id: string | null;
  evidence: string;
  created_at: Timestamp;
  decided_at: Timestamp | null;
  decision: 'accepted' | 'declined' | null;
}
export interface OrderFollowupsTable {
  id: Generated<string>;
  order_id: string;
  customer_id: string;
  member_id: string;
  due_at: Timestamp;
  created_at: Timestamp;
  reminded_at: Timestamp | null;
}

export interface OrderTables {
  order_events: OrderEventsTable;
  order_sheets: OrderSheetsTable;
  order_sheet_questions: OrderSheetQuestionsTable;
  order_offers: OrderOffersTable;
  order_followups: OrderFollowupsTable;
}
