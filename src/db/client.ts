// Opens the database: Postgres over `pg` when DATABASE_URL is set, else embedded
// PGlite persisted in DATA_DIR. Both speak the same SQL and run the same migrations.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { PgliteDialect } from './pglite-dialect.js';
import { openLockSession, type LockSession } from './repositories/connection-locks.js';
import { StorableTextPlugin } from './storable-text.js';
import { initDataDirApart, pgliteStartParams } from './pglite-memory.js';

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Where the data lives, for the start-up banner (never the password). */
  describe: string;
  close(): Promise<void>;
  /**
   * Postgres only: a small pool of its own for the acknowledgement path's one write, so a
   * worker holding every connection of the main pool never makes an ack wait (issue 16).
   */
  ackDb?: Db;
  /** Postgres only: a dedicated session for advisory locks held long (one connection per bot account). */
  lockSession?: () => Promise<LockSession>;
  /** Embedded only: the data directory as a gzipped tarball (`baton backup`). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface OpenDbOptions {
  url?: string;
  /** PGlite data directory; 'memory://' for a throwaway in-memory database. */
  dataDir?: string;
  poolSize?: number;
  /** Postgres schema to use (tests run each file in a fresh schema). */
  searchPath?: string;
  /** Embedded only: start from this data directory (a `dumpDataDir` tarball) instead of an empty one. */
  loadDataDir?: Blob;
}

export async function openDb(opts: OpenDbOptions): Promise<DbHandle> {
  if (opts.url) {
    const options = opts.searchPath ? `-c search_path=${opts.searchPath}` : undefined;
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, options });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new StorableTextPlugin()] });
    // One connection: the group commit writes one batch at a time (src/db/group-commit.ts).
    const ackPool = new pg.Pool({ connectionString: opts.url, max: 1, options });
    // An idle connection the server ended (a restart, an administrator) must not crash the
    // process: the pool drops it and opens a new one when next asked.
    for (const p of [pool, ackPool]) p.on('error', () => undefined);
    const ackDb = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: ackPool }),
      plugins: [new StorableTextPlugin()],
    });
    const url = opts.url;
    return {
      db,
      ackDb,
      kind: 'postgres',
      describe: redactUrl(url),
      close: async () => {
        await ackDb.destroy();
        await db.destroy();
      },
      lockSession: () => openLockSession(url),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = opts.dataDir ?? './data';
  let pglite;
  const startParams = pgliteStartParams(PGlite.defaultStartParams);
  if (dir.startsWith('memory://')) {
    pglite = await PGlite.create(opts.loadDataDir ? { loadDataDir: opts.loadDataDir, startParams } : { startParams });
  } else {
    const abs = resolve(dir, 'pglite');
    mkdirSync(abs, { recursive: true });
    await initDataDirApart(abs);
    pglite = await PGlite.create(abs, { startParams });
  }
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite), plugins: [new StorableTextPlugin()] });
  const instance = pglite;
  return {
    db,
    kind: 'pglite',
    describe: dir.startsWith('memory://') ? 'in-memory PGlite' : `PGlite in ${resolve(dir, 'pglite')}`,
    close: () => db.destroy(),
    dumpDataDir: () => instance.dumpDataDir('gzip'),
  };
}

export async function pingDb(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return `Postgres at ${u.toString()}`;
  } catch {
    return 'Postgres';
  }
}
