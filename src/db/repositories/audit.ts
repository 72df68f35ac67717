// audit_log: who did what to which entity. details is jsonb with a default, which
// Kysely types awkwardly for inserts; one cast here keeps it out of the callers.
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface AuditEntry {
  at: Date;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: unknown;
}

export async function writeAudit(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        at: e.at,
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId,
        details: sql<never>`${JSON.stringify(e.details)}::jsonb`,
      })),
    )
    .execute();
}

/** The audit repository: bound to a database in createRepositories(). */
export const auditQueries = { writeAudit };
