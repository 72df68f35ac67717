// Kysely's view of migrations/0008_hardening.sql (issue 17).
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface WebhookSignaturesTable {
  key: string;
  body_hash: string;
  expires_at: Timestamp;
}

export interface HardeningTables {
  webhook_signatures: WebhookSignaturesTable;
}
