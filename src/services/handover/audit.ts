// Audit rows for handovers. audit_log.details is jsonb with a default, which
// Kysely types awkwardly for inserts; one cast here keeps it out of the callers.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';

export interface AuditEntry { at: Date; actor: string | null; action: string; entity: string; entityId: string; details: Record<string, unknown> }

export async function writeAudit(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('audit_log').values(entries.map((e) => ({
    at: e.at, actor: e.actor, action: e.action, entity: e.entity, entity_id: e.entityId,
    details: sql<never>`${JSON.stringify(e.details)}::jsonb`,
  }))).execute();
}
