// A fresh database per test file: an in-memory PGlite copied from the migrated database
// that test/helpers/global-setup.ts built once for the run (or migrated here when run
// outside vitest), or a new schema on the Postgres server named by DATABASE_URL (dropped
// afterwards), so runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openDb, type DbHandle } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrator.js';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/** Where global setup left the migrated PGlite data directory (a tarball). */
export const MIGRATED_PGLITE_ENV = 'BATON_TEST_MIGRATED_PGLITE';

let migratedTarball: Blob | undefined;

export async function createTestDb(
  opts: { poolSize?: number; migrate?: boolean } = {},
): Promise<DbHandle & { schema?: string; url?: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = process.env[MIGRATED_PGLITE_ENV];
    if (opts.migrate === false || !template) {
      const h = await openDb({ dataDir: 'memory://' });
      if (opts.migrate !== false) await migrate(h.db);
      return h;
    }
    return copyOfMigratedPglite(template);
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const h = await openDb({ url, searchPath: `${schema},public`, poolSize: opts.poolSize ?? 5 });
  if (opts.migrate !== false) await migrate(h.db);
  return {
    ...h,
    schema,
    url,
    async close() {
      await h.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

async function copyOfMigratedPglite(file: string): Promise<DbHandle> {
  migratedTarball ??= new Blob([readFileSync(file)]);
  // openDb, as the app opens it (same dialect and plugins), only starting from the migrated copy.
  const h = await openDb({ dataDir: 'memory://', loadDataDir: migratedTarball });
  return { ...h, describe: 'in-memory PGlite (copy of the migrated test database)' };
}
