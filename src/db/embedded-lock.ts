// The embedded database (PGlite) may be opened by one process only: two processes
// on one data directory each keep their own copy in memory and the last to write
// wins, so a CLI import next to a running server would silently vanish. The holder
// writes DATA_DIR/baton.lock.json; a server also writes its URL and a secret token
// so a CLI started next to it can run its command through the server instead.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const LockSchema = z.object({
  pid: z.number().int(),
  kind: z.enum(['server', 'cli']),
  command: z.string(),
  startedAt: z.string(),
  url: z.string().optional(),
  token: z.string().optional(),
});
export type EmbeddedLock = z.infer<typeof LockSchema>;

export class EmbeddedDbBusyError extends Error {
  constructor(
    readonly holder: EmbeddedLock,
    readonly dataDir: string,
  ) {
    super(describeHolder(holder, dataDir));
  }
}

export function describeHolder(h: EmbeddedLock, dataDir: string): string {
  const who =
    h.kind === 'server'
      ? `the Baton server (pid ${h.pid}${h.url ? `, ${h.url}` : ''}, started ${h.startedAt})`
      : `"baton ${h.command}" (pid ${h.pid})`;
  return `the embedded database in ${resolve(dataDir)} is open in ${who}; stop it first, or set DATABASE_URL to share a Postgres server`;
}

export const lockPath = (dataDir: string) => join(resolve(dataDir), 'baton.lock.json');

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the data directory, if any (a lock left by a dead process is ignored). */
export function readLock(dataDir: string): EmbeddedLock | undefined {
  let raw: string;
  try {
    raw = readFileSync(lockPath(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = LockSchema.safeParse(
    (() => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return undefined;
      }
    })(),
  );
  if (!parsed.success || !alive(parsed.data.pid)) return undefined;
  return parsed.data;
}

export interface LockHandle {
  lock: EmbeddedLock;
  update(patch: Partial<EmbeddedLock>): void;
  release(): void;
}

/** Take the data directory or throw EmbeddedDbBusyError naming the live holder. */
export function acquireLock(dataDir: string, kind: EmbeddedLock['kind'], command: string, startedAt: Date): LockHandle {
  mkdirSync(resolve(dataDir), { recursive: true });
  const held = readLock(dataDir);
  if (held) throw new EmbeddedDbBusyError(held, dataDir);
  let lock: EmbeddedLock = {
    pid: process.pid,
    kind,
    command,
    startedAt: startedAt.toISOString(),
    ...(kind === 'server' ? { token: randomBytes(24).toString('base64url') } : {}),
  };
  const write = () => {
    // Written whole and renamed, so a reader never sees half a file; 0600 because of the token.
    const tmp = `${lockPath(dataDir)}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(lock), { mode: 0o600 });
    renameSync(tmp, lockPath(dataDir));
  };
  write();
  // Two processes starting at once: the last rename wins; the loser sees it and backs off.
  const check = readLock(dataDir);
  if (check && check.pid !== process.pid) throw new EmbeddedDbBusyError(check, dataDir);
  return {
    get lock() {
      return lock;
    },
    update(patch) {
      lock = { ...lock, ...patch };
      write();
    },
    release() {
      const now = readLock(dataDir);
      if (now?.pid === process.pid) rmSync(lockPath(dataDir), { force: true });
    },
  };
}
