// Runs once per `vitest run`, before any test file: builds one PGlite database with every
// migration applied and dumps its data directory to a file. Each test file's
// createTestDb() then starts from that copy instead of running initdb and all migrations
// again, which was most of the suite's time on a 2-core machine. On Postgres
// (DATABASE_URL) each file still migrates its own schema: that takes milliseconds there.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { PgliteDialect } from '../../src/db/pglite-dialect.js';
import { migrate } from '../../src/db/migrator.js';
import { MIGRATED_PGLITE_ENV } from './test-db.js';

let dir: string | undefined;

export async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create();
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  try {
    await migrate(db);
    // Uncompressed: gunzip in every test file would cost more than reading 40 MB from the page cache.
    const tarball = await pglite.dumpDataDir('none');
    dir = await mkdtemp(join(tmpdir(), 'baton-test-db-'));
    const file = join(dir, 'migrated-pglite.tar');
    await writeFile(file, new Uint8Array(await tarball.arrayBuffer()));
    // Test workers are forked after global setup and inherit this.
    process.env[MIGRATED_PGLITE_ENV] = file;
  } finally {
    await db.destroy();
  }
}

export async function teardown(): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}
