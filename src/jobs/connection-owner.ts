// One connection per platform account across replicas. WeCom allows one long connection per AI
// bot (a second subscribe kicks the first), so the replicas agree through the same Postgres
// advisory lock as the scheduled jobs: the replica whose lock session holds the key runs the
// connection; the others stand by and try the lock again every `retryMs`. The lock lives with
// its session, so when the owner stops (released) or dies (Postgres drops its session) a standby
// takes over. An owner that loses its session closes its connection at once: it may no longer
// be the only one. With embedded PGlite there is one process, so it simply owns the connection.
import type { Logger } from '../logger.js';
import type { LockSession } from '../db/repositories/connection-locks.js';
import { advisoryKey } from './scheduler.js';

export interface OwnerTimings {
  /** How often a standby tries the lock. */
  retryMs: number;
  /** How often the owner checks its lock session is still there (loss is also noticed at once). */
  checkMs: number;
}

export const DEFAULT_OWNER_TIMINGS: OwnerTimings = { retryMs: 5_000, checkMs: 5_000 };

export interface ConnectionOwner {
  role(): 'owner' | 'standby' | 'stopped';
  stop(): Promise<void>;
}

export function superviseExclusive(opts: {
  key: string;
  lockSession?: () => Promise<LockSession>;
  logger: Logger;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  timings?: Partial<OwnerTimings>;
}): ConnectionOwner {
  const timings = { ...DEFAULT_OWNER_TIMINGS, ...opts.timings };
  const log = opts.logger.child({ connection: opts.key });
  const lockKey = advisoryKey(`connection:${opts.key}`);
  let role: 'owner' | 'standby' | 'stopped' = 'standby';
  let stopped = false;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  async function own(session?: LockSession): Promise<void> {
    role = 'owner';
    log.info({}, 'this replica holds the connection');
    try {
      await opts.start();
      while (!stopped && !(session?.lost ?? false)) {
        await sleep(session ? timings.checkMs : 24 * 60 * 60 * 1000);
        if (!stopped && session) await session.ping();
      }
    } finally {
      role = stopped ? 'stopped' : 'standby';
      await opts.stop().catch((err: unknown) => log.warn({ err }, 'connection did not stop cleanly'));
      if (!stopped) log.warn({}, 'lost the connection lock; closed the connection and standing by');
    }
  }

  async function loop(): Promise<void> {
    if (!opts.lockSession) {
      await own().catch((err: unknown) => log.error({ err }, 'connection failed'));
      return;
    }
    let session: LockSession | undefined;
    while (!stopped) {
      try {
        if (!session || session.lost) {
          await session?.close();
          session = await opts.lockSession();
          session.onLost(() => wake?.());
        }
        if (await session.tryLock(lockKey)) {
          await own(session);
          // Whatever ended it, start again from a fresh session: the old one may still hold the lock.
          await session.close();
          session = undefined;
        }
      } catch (err) {
        log.warn({ err: err instanceof Error ? err.message : String(err) }, 'connection lock: will try again');
        await session?.close();
        session = undefined;
      }
      if (!stopped) await sleep(timings.retryMs);
    }
    await session?.close();
  }

  const running = loop();
  return {
    role: () => role,
    async stop() {
      stopped = true;
      wake?.();
      await running;
      role = 'stopped';
    },
  };
}
