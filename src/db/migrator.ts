// Forward-only SQL migrations from migrations/NNNN_name.sql, applied in order and
// recorded with a checksum. A landed migration is never edited: a changed checksum
// stops start-up instead of leaving the schema in an unknown state.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from './client.js';
import { packageRoot } from '../core/package-root.js';

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = join(packageRoot(), 'migrations')): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

// One advisory lock key for migrations, so replicas starting together apply each file once.
const MIGRATION_LOCK = 727_001;

export async function migrate(db: Db, files = readMigrations()): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (
        name text primary key, checksum text not null, applied_at timestamptz not null default now())`.execute(conn);
      const done = await sql<{ name: string; checksum: string }>`select name, checksum from schema_migrations`.execute(
        conn,
      );
      const applied = new Map(done.rows.map((r) => [r.name, r.checksum]));
      for (const [name, checksum] of applied) {
        const file = files.find((f) => f.name === name);
        if (file && file.checksum !== checksum) {
          throw new Error(`migration ${name} was edited after it was applied; add a new migration instead`);
        }
      }
      const ran: string[] = [];
      for (const file of files) {
        if (applied.has(file.name)) continue;
        await conn.transaction().execute(async (tx) => {
          await sql.raw(file.sql).execute(tx);
          await sql`insert into schema_migrations (name, checksum) values (${file.name}, ${file.checksum})`.execute(tx);
        });
        ran.push(file.name);
      }
      return ran;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}
