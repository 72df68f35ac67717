// Session advisory locks held for as long as a replica owns something long-lived (the WeCom AI
// bot's one connection per BotID). Same pg_try_advisory_lock as the scheduled jobs, but on a
// dedicated connection outside the pool: the lock lives exactly as long as that session, so a
// replica that dies (process killed, host gone) loses it when Postgres drops the session, and a
// pooled client that the server cuts would otherwise crash the process with an unhandled 'error'.
import pg from 'pg';

export interface LockSession {
  /** Try (never wait) to take the lock; true when this session holds it now. */
  tryLock(key: number): Promise<boolean>;
  /** A round trip on the session; rejects when it is gone (and with it the lock). */
  ping(): Promise<void>;
  /** Set when the server or the network ended the session. */
  readonly lost: boolean;
  /** Called once when the session is lost. */
  onLost(fn: () => void): void;
  close(): Promise<void>;
}

export async function openLockSession(url: string): Promise<LockSession> {
  const client = new pg.Client({ connectionString: url, application_name: 'baton-connection-lock' });
  let lost = false;
  const listeners: (() => void)[] = [];
  const markLost = () => {
    if (lost) return;
    lost = true;
    for (const fn of listeners.splice(0)) fn();
  };
  client.on('error', markLost);
  client.on('end', markLost);
  await client.connect();
  return {
    get lost() {
      return lost;
    },
    onLost(fn) {
      if (lost) fn();
      else listeners.push(fn);
    },
    async tryLock(key) {
      const r = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [key]);
      return r.rows[0]?.locked === true;
    },
    async ping() {
      if (lost) throw new Error('lock session lost');
      await client.query('select 1');
    },
    async close() {
      if (lost) return;
      listeners.length = 0;
      lost = true;
      // Ending the session releases every advisory lock it holds.
      await client.end().catch(() => undefined);
    },
  };
}

/** The backend pid holding `key` (tests use it to cut an owner's session as a crash would). */
export async function advisoryLockHolder(url: string, key: number): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ pid: number }>(
      "select pid from pg_locks where locktype = 'advisory' and granted and classid = 0 and objid = $1 and objsubid = 1",
      [key],
    );
    return r.rows[0]?.pid;
  } finally {
    await client.end();
  }
}

/** End a backend (pg_terminate_backend), as a crashed replica's session ends. */
export async function terminateBackend(url: string, pid: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_terminate_backend($1)', [pid]);
  } finally {
    await client.end();
  }
}
