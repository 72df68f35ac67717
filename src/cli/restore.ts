// `baton restore FILE`: replace the database with a backup. Postgres: pg_restore
// --clean into DATABASE_URL. Embedded: the current data directory is kept aside as
// pglite.before-restore-<time> and a new one is made from the tarball. Never beside a
// running server: it would keep serving (and writing) the old data.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { acquireLock, describeHolder, readLock } from '../db/embedded-lock.js';
import { migrate } from '../db/migrator.js';
import { openDb } from '../db/client.js';
import { systemClock } from '../core/clock.js';
import { runPgTool } from './backup.js';

export async function run(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('-'));
  if (!file) {
    process.stderr.write('usage: baton restore FILE   (a file written by baton backup)\n');
    return 2;
  }
  if (!existsSync(file)) {
    process.stderr.write(`baton restore: no file ${file}\n`);
    return 2;
  }
  const config = loadConfig();
  if (config.database.url) {
    const r = await runPgTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      `--dbname=${config.database.url}`,
      file,
    ]);
    if (r.code !== 0) {
      process.stderr.write(`baton restore: pg_restore failed (exit ${r.code}): ${r.stderr}`);
      return 1;
    }
    process.stdout.write(`restored ${file} into the Postgres database\n`);
    return 0;
  }
  const dataDir = config.database.dataDir;
  const holder = readLock(dataDir);
  if (holder) {
    process.stderr.write(`baton restore: ${describeHolder(holder, dataDir)}\n`);
    return 3;
  }
  const lock = acquireLock(dataDir, 'cli', 'restore', systemClock.now());
  try {
    const dir = resolve(dataDir, 'pglite');
    let aside: string | undefined;
    if (existsSync(dir)) {
      aside = `${dir}.before-restore-${systemClock.now().toISOString().replace(/[-:.]/g, '')}`;
      renameSync(dir, aside);
    }
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const pg = await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(file)]) });
      await pg.close();
      // A backup from an older release: bring it up to this one's schema.
      const h = await openDb({ dataDir });
      try {
        await migrate(h.db);
      } finally {
        await h.close();
      }
    } catch (err) {
      if (aside) {
        const { rmSync } = await import('node:fs');
        rmSync(dir, { recursive: true, force: true });
        renameSync(aside, dir);
      }
      process.stderr.write(
        `baton restore: ${file} is not a usable backup (${(err as Error).message}); the database is unchanged\n`,
      );
      return 1;
    }
    process.stdout.write(`restored ${file} into ${dir}${aside ? ` (the previous data is kept in ${aside})` : ''}\n`);
    return 0;
  } finally {
    lock.release();
  }
}
