// Kysely's view of migrations/0007_team.sql (directory sync, invite codes, chat bindings).
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface DirectoryEntriesTable {
  platform: string;
  external_id: string;
  member_id: string;
  name: string;
  departments: TextArray;
  seen_at: Timestamp;
  removed_at: Timestamp | null;
}
export interface InviteCodesTable {
  code_hash: string;
  role: string;
  reports_to: string | null;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_by: string | null;
  used_at: Timestamp | null;
}
export interface ChatBindingsTable {
  chat_id: string;
  audience: string | null;
  customer_id: string | null;
  external_source: ColumnType<'platform' | 'admin', 'platform' | 'admin' | undefined, 'platform' | 'admin'>;
  bound_by: string | null;
  bound_at: Timestamp;
}

export interface TeamTables {
  directory_entries: DirectoryEntriesTable;
  invite_codes: InviteCodesTable;
  chat_bindings: ChatBindingsTable;
}
