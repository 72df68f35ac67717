// A fresh database per test file: in-memory PGlite by default, or a new schema on
// the Postgres server named by DATABASE_URL (dropped afterwards), so runs never
// see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type DbHandle } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrator.js';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

export async function createTestDb(opts: { poolSize?: number; migrate?: boolean } = {}): Promise<DbHandle & { schema?: string; url?: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const h = await openDb({ dataDir: 'memory://' });
    if (opts.migrate !== false) await migrate(h.db);
    return h;
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
