// Cadence at scale: 100,000 customers (one INSERT … SELECT generate_series), then
// the due follow-ups at a given now — the query alone, and a whole reminder run
// (claims, talking points, one digest per rep) — with time, heap delta, and whether
// the planner uses the partial index customers_next_follow_up.
import { CompiledQuery, sql } from 'kysely';
import { openDb } from '../src/db/client.js';
import { migrate } from '../src/db/migrator.js';
import { seedDemoTeam } from '../src/services/demo-team.js';
import { dueQuery, listDue } from '../src/db/repositories/cadence.js';
import { createRepositories } from '../src/db/repositories/index.js';
import { runReminders } from '../src/services/cadence/reminders.js';
import { DEFAULT_POLICY } from '../src/core/cadence/policy.js';

const ms = (t0: number) => Math.round(performance.now() - t0);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function indexesIn(plan: unknown, out: string[] = []): string[] {
  if (plan && typeof plan === 'object') {
    const o = plan as Record<string, unknown>;
    if (typeof o['Index Name'] === 'string') out.push(o['Index Name']);
    for (const v of Object.values(o)) indexesIn(v, out);
  }
  return out;
}

export async function benchCadence(
  opts: { customers?: number } = {},
): Promise<{ name: string; figures: Record<string, number | string> }> {
  const n = opts.customers ?? 100_000;
  const url = process.env.DATABASE_URL;
  const h = await openDb(url ? { url } : { dataDir: 'memory://' });
  const schema = `cadence_bench_${process.pid}`;
  try {
    if (url) {
      await sql.raw(`create schema ${schema}; set search_path to ${schema}, public`).execute(h.db);
    }
    await migrate(h.db);
    await seedDemoTeam(createRepositories(h.db));
    const now = new Date('2026-12-10T01:00:00Z'); // Thursday 09:00 in Shanghai
    let t0 = performance.now();
    // Next follow-ups spread over 120 days around now (about 1 in 12 already due); every 10th customer paused.
    await sql`insert into customers (code, name, tier, owner_id, stage, last_contact_at, next_follow_up_at, paused_until, created_at, updated_at)
      select 'BC-' || g, 'Bench customer ' || g, (array['A','B','C','D'])[1 + (g / 2) % 4], case when g % 2 = 0 then 'lily' else 'bob' end,
             'inquiry', ${now}::timestamptz - interval '20 days',
             ${now}::timestamptz - interval '10 days' + (g % 2880) * interval '1 hour',
             case when g % 10 = 0 then ${now}::timestamptz + interval '60 days' end,
             ${now}::timestamptz - interval '1 year', ${now}::timestamptz
      from generate_series(1, ${n}) g`.execute(h.db);
    const insertMs = ms(t0);
    await sql`analyze customers`.execute(h.db);

    const until = new Date(now.getTime() + 86_400_000);
    const compiled = dueQuery(h.db, until).compile();
    const explain = await h.db.executeQuery<{ 'QUERY PLAN': unknown }>(
      CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]),
    );
    const plan = explain.rows[0]?.['QUERY PLAN'];
    const used = [...new Set(indexesIn(plan))];

    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    t0 = performance.now();
    const due = await listDue(h.db, until);
    const dueMs = ms(t0);
    const heapDue = process.memoryUsage().heapUsed - heap0;

    t0 = performance.now();
    const outbox = await runReminders(
      { repos: createRepositories(h.db), logger: { warn: () => undefined } as never },
      now,
      DEFAULT_POLICY,
      'Asia/Shanghai',
    );
    const reminderMs = ms(t0);
    const heapRun = process.memoryUsage().heapUsed - heap0;
    const claimed = await h.db
      .selectFrom('cadence_reminders')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    t0 = performance.now();
    const again = await runReminders(
      { repos: createRepositories(h.db), logger: { warn: () => undefined } as never },
      now,
      DEFAULT_POLICY,
      'Asia/Shanghai',
    );
    const rerunMs = ms(t0);

    return {
      name: `cadence (${n.toLocaleString('en-US')} customers, ${h.kind})`,
      figures: {
        'insert customers (ms)': insertMs,
        'due by end of tomorrow (rows)': due.length,
        'due query (ms)': dueMs,
        'due query heap delta (MB)': mb(heapDue),
        plan: used.length ? `index ${used.join(', ')}` : 'sequential scan',
        'reminder run, tier A morning (ms)': reminderMs,
        'reminder run heap delta (MB)': mb(heapRun),
        'customers named in digests': Number(claimed.n),
        'digests queued': outbox.length,
        're-run at same now (ms, queued)': `${rerunMs} (${again.length})`,
      },
    };
  } finally {
    if (url)
      await sql
        .raw(`drop schema if exists ${schema} cascade`)
        .execute(h.db)
        .catch(() => undefined);
    await h.close();
  }
}
