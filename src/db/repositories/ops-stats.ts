// What /metrics and /readyz read from the database: queue depths, processing lag,
// needs by extractor, and each platform's last send. Read from the tables, so every
// replica reports the same figures.
import { sql } from 'kysely';
import type { Db } from '../client.js';

export interface QueueStats {
  messages: { pending: number; processing: number; failed: number };
  outbox: { pending: number; retrying: number; sent: number; failed: number; merged: number };
  /** Seconds the oldest unprocessed message has waited (0 when none). */
  oldestPendingMessageSeconds: number;
  /** Seconds the oldest due outbox row is overdue (0 when none). */
  oldestDueOutboxSeconds: number;
}

export async function queueStats(db: Db, now: Date): Promise<QueueStats> {
  const [m, o, lagM, lagO] = await Promise.all([
    db
      .selectFrom('messages')
      .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
      .where('state', '!=', 'done')
      .groupBy('state')
      .execute(),
    db
      .selectFrom('outbox')
      .select([
        sql<string>`case when state in ('pending', 'sending') and attempts > 0 then 'retrying' when state = 'sending' then 'pending' else state end`.as(
          'bucket',
        ),
        (eb) => eb.fn.countAll<string>().as('n'),
      ])
      .groupBy('bucket')
      .execute(),
    db
      .selectFrom('messages')
      .select((eb) => eb.fn.min('received_at').as('t'))
      .where('state', 'in', ['pending', 'processing'])
      .executeTakeFirst(),
    db
      .selectFrom('outbox')
      .select((eb) => eb.fn.min('next_attempt_at').as('t'))
      .where('state', 'in', ['pending', 'sending'])
      .executeTakeFirst(),
  ]);
  const count = (rows: { n: string }[], pick: (r: never) => boolean) =>
    rows.filter(pick as (r: unknown) => boolean).reduce((a, r) => a + Number(r.n), 0);
  const mk = (s: string) => count(m, (r: { state: string }) => r.state === s);
  const ok = (s: string) => count(o, (r: { bucket: string }) => r.bucket === s);
  const age = (t: unknown) => (t ? Math.max(0, (now.getTime() - new Date(t as string).getTime()) / 1000) : 0);
  return {
    messages: { pending: mk('pending'), processing: mk('processing'), failed: mk('failed') },
    outbox: {
      pending: ok('pending'),
      retrying: ok('retrying'),
      sent: ok('sent'),
      failed: ok('failed'),
      merged: ok('merged'),
    },
    oldestPendingMessageSeconds: age(lagM?.t),
    oldestDueOutboxSeconds: age(lagO?.t),
  };
}

export async function needsByExtractor(db: Db): Promise<{ extractor: string; count: number }[]> {
  const rows = await db
    .selectFrom('needs')
    .select(['extractor', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('extractor')
    .execute();
  return rows.map((r) => ({ extractor: r.extractor, count: Number(r.n) }));
}

export interface PlatformSend {
  platform: string;
  lastSentAt: Date | null;
  lastFailureAt: Date | null;
  lastError: string | null;
}

/** Per platform: the last successful send and the last failure after it, if any. */
export async function platformLastSends(db: Db): Promise<PlatformSend[]> {
  const sent = await db
    .selectFrom('outbox as o')
    .innerJoin('chats as c', 'c.id', 'o.chat_id')
    .select(['c.platform', (eb) => eb.fn.max('o.sent_at').as('t')])
    .where('o.state', '=', 'sent')
    .groupBy('c.platform')
    .execute();
  const failed = await db
    .selectFrom('outbox as o')
    .innerJoin('chats as c', 'c.id', 'o.chat_id')
    .select(['c.platform', 'o.last_error', 'o.next_attempt_at', 'o.created_at', 'o.state'])
    .where('o.last_error', 'is not', null)
    .where('o.state', 'in', ['failed', 'pending', 'sending'])
    .orderBy('o.created_at', 'desc')
    .limit(200)
    .execute();
  const out = new Map<string, PlatformSend>();
  for (const s of sent)
    out.set(s.platform, {
      platform: s.platform,
      lastSentAt: s.t ? new Date(s.t) : null,
      lastFailureAt: null,
      lastError: null,
    });
  for (const f of failed) {
    const p = out.get(f.platform) ?? { platform: f.platform, lastSentAt: null, lastFailureAt: null, lastError: null };
    const at = new Date(f.created_at);
    if (!p.lastFailureAt && (!p.lastSentAt || at > p.lastSentAt)) {
      p.lastFailureAt = at;
      p.lastError = f.last_error;
    }
    out.set(f.platform, p);
  }
  return [...out.values()].sort((a, b) => a.platform.localeCompare(b.platform));
}

/** The ops-stats repository: bound to a database in createRepositories(). */
export const opsStatsQueries = { queueStats, needsByExtractor, platformLastSends };
