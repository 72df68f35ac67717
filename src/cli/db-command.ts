// Running a CLI command that needs the database. On Postgres, or on an embedded data
// directory nobody holds, it opens the database itself (migrating first, so a fresh
// data directory works). When a Baton server holds the embedded database, the
// command runs inside that server (POST /api/admin/run with the lock's token), so
// `baton import` next to `npm start` is seen at once and survives a restart.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { loadConfig } from '../config.js';
import { openDb, type Db, type DbHandle } from '../db/client.js';
import { acquireLock, describeHolder, readLock } from '../db/embedded-lock.js';
import { migrate } from '../db/migrator.js';
import { explainDbError } from '../db/connect-error.js';
import { createRepositories, type Repositories } from '../db/repositories/index.js';
import { systemClock } from '../core/clock.js';

export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  readFile(path: string): Buffer;
  writeFile(path: string, data: Buffer | string): void;
  isTTY: boolean;
}

/** `db` is for what works on the database itself (migrate, backup); everything else goes through `repos`. */
export interface DbCommandEnv {
  db: Db;
  repos: Repositories;
  handle?: DbHandle;
  config: Config;
  now: Date;
  io: CliIo;
  via: 'local' | 'server';
}
export type DbCommand = (env: DbCommandEnv, argv: string[]) => Promise<number>;

export const processIo: CliIo = {
  out: (s) => {
    process.stdout.write(s);
  },
  err: (s) => {
    process.stderr.write(s);
  },
  readFile: (p) => readFileSync(p),
  writeFile: (p, d) => writeFileSync(p, d),
  isTTY: Boolean(process.stderr.isTTY),
};

const embedded = (c: Config) => !c.database.url && !c.database.dataDir.startsWith('memory://');

export interface RunOptions {
  /** Commands that must not run beside a server (restore) refuse instead of going through it. */
  remote?: boolean;
  /** Migrate before the command (default); `baton migrate` does it itself to report what it applied. */
  migrate?: boolean;
}

export async function runDbCommand(
  name: string,
  argv: string[],
  cmd: DbCommand,
  opts: RunOptions = {},
): Promise<number> {
  const config = loadConfig();
  if (embedded(config)) {
    const holder = readLock(config.database.dataDir);
    if (holder && holder.pid !== process.pid) {
      if (holder.kind === 'server' && holder.url && holder.token && opts.remote !== false)
        return runInServer(holder.url, holder.token, name, argv);
      process.stderr.write(`baton ${name}: ${describeHolder(holder, config.database.dataDir)}\n`);
      return 3;
    }
  }
  const lock = embedded(config) ? acquireLock(config.database.dataDir, 'cli', name, systemClock.now()) : undefined;
  let handle: DbHandle | undefined;
  try {
    handle = await openDb({ url: config.database.url, dataDir: config.database.dataDir, poolSize: 2 });
    if (opts.migrate !== false)
      await migrate(handle.db).catch((err: unknown) => {
        throw explainDbError(err, config.database.url);
      });
    return await cmd(
      {
        db: handle.db,
        repos: createRepositories(handle.db),
        handle,
        config,
        now: systemClock.now(),
        io: processIo,
        via: 'local',
      },
      argv,
    );
  } finally {
    await handle?.close();
    lock?.release();
  }
}

interface RemoteAnswer {
  code: number;
  stdout: string;
  stderr: string;
  files?: Record<string, string>;
}

/** Every argument naming a readable file goes along (the server never reads the caller's paths). */
function filesIn(argv: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const a of argv) {
    const p = a.includes('=') && a.startsWith('--') ? a.slice(a.indexOf('=') + 1) : a;
    try {
      if (statSync(p).isFile()) files[p] = readFileSync(p).toString('base64');
    } catch {
      /* not a file */
    }
  }
  return files;
}

async function runInServer(url: string, token: string, name: string, argv: string[]): Promise<number> {
  let res: Response;
  try {
    res = await fetch(`${url}/api/admin/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-baton-token': token },
      body: JSON.stringify({ command: name, argv, files: filesIn(argv) }),
    });
  } catch (err) {
    process.stderr.write(
      `baton ${name}: the Baton server at ${url} holds the embedded database but does not answer (${(err as Error).message}); try again when it is up, or stop it\n`,
    );
    return 3;
  }
  if (!res.ok) {
    process.stderr.write(
      `baton ${name}: the Baton server at ${url} refused the command (${res.status} ${await res.text()})\n`,
    );
    return 3;
  }
  const a = (await res.json()) as RemoteAnswer;
  process.stderr.write(`(run by the Baton server at ${url}, which holds the embedded database)\n`);
  // What the command said about its input (stderr) before its result, as when run locally.
  process.stderr.write(a.stderr);
  process.stdout.write(a.stdout);
  for (const [p, b64] of Object.entries(a.files ?? {})) writeFileSync(p, Buffer.from(b64, 'base64'));
  return a.code;
}
