// Scale: a database with 100,000 customers, 100,000 contacts and 1,000,000 current
// needs (seeded by SQL with generate_series), against a small team's database, on
// embedded PGlite and on the Postgres server. Everything goes through the console
// API with the workers running, ingest to reply: "SC-… 要什么？", a forwarded chat
// that names only a contact, and "我有哪些客户？" for a rep who owns half of them.
// SCALE_CUSTOMERS, SCALE_ASKS and SCALE_FORWARDS shrink or grow a run;
// SCALE_DATABASE_URL (default DATABASE_URL, else the local server) picks the Postgres;
// SCALE_DBS=pglite or postgres runs one of the two.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createApp, type App } from '../src/main.js';
import { openDb, type DbHandle } from '../src/db/client.js';
import { migrate } from '../src/db/migrator.js';
import { createRepositories } from '../src/db/repositories/index.js';
import { seedDemoTeam } from '../src/services/demo-team.js';
import { seedScale } from './scale-seed.js';

const TOKEN = 'bench-console-token-0123456789abcdef';
const progress = (line: string) => process.stderr.write(`  [scale] ${line}\n`);
const envInt = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);

interface Sample {
  ms: number;
  reply: string;
}

async function post(url: string, app: App, text: string): Promise<Sample> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/console/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ chat: 'dm:lily', from: 'lily', text, wait_ms: 15_000 }),
  });
  const body = (await res.json()) as { message: { id: string }; replies: { text: string }[]; pending?: boolean };
  if (!res.ok) throw new Error(`console answered ${res.status}: ${JSON.stringify(body)}`);
  // The console waits 15 s at most; a slower answer is waited for here, so it is measured, not cut.
  while (body.pending) {
    const state = await app.deps.repos.messages.messageState(body.message.id);
    if (state === 'done' || state === 'failed') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - t0;
  const replies = body.pending ? await app.deps.repos.outbox.outboxForSource(body.message.id) : body.replies;
  return { ms, reply: replies.map((r) => r.text).join('\n') };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

interface Measured {
  askP50: number;
  askP99: number;
  fwdP50: number;
  fwdP99: number;
  myCustomers: string;
  fwdResolved: string;
  firstFwd: number;
  seedS: number;
}

async function measure(h: DbHandle, n: number, label: string): Promise<Measured> {
  await migrate(h.db);
  await seedDemoTeam(createRepositories(h.db));
  const t0 = performance.now();
  await seedScale(h.db, n);
  const seedS = (performance.now() - t0) / 1000;
  progress(`${label}: seeded in ${seedS.toFixed(1)} s`);
  const config = loadConfig({
    NODE_ENV: 'test',
    BATON_MODE: 'demo',
    LOG_LEVEL: 'silent',
    PORT: '0',
    CONSOLE_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const app = await createApp(config, { logger: createLogger('silent'), db: h, seedDemo: false });
  app.startWorkers({ scheduler: false });
  const url = await app.listen();
  try {
    // Lily owns the even-numbered customers; each run asks about and forwards for a different one.
    const pick = (i: number, salt: number) => 2 * (1 + ((i * 7919 + salt) % Math.floor(n / 2 - 1)));
    const code = (g: number) => `SC-${String(g).padStart(6, '0')}`;
    const chatAbout = (g: number) =>
      `王${g}经理 2026-11-20 10:02\n我们要2万个PVC鞋花，12月20日前到货，要定制logo\nLily 2026-11-20 10:05\n好的，我确认一下交期`;
    for (let i = 0; i < 5; i++) await post(url, app, `${code(pick(i, 11))} 要什么？`); // warm-up
    // The first forward after start builds the mention index (or, before it, scanned like every other).
    const firstFwd = (await post(url, app, chatAbout(pick(1, 77)))).ms;
    const asks: number[] = [];
    for (let i = 0; i < envInt('SCALE_ASKS', 30); i++) {
      const g = pick(i, 101);
      const s = await post(url, app, `${code(g)} 要什么？`);
      if (!s.reply.includes(code(g)))
        throw new Error(`${label}: ask about ${code(g)} answered: ${s.reply.slice(0, 200)}`);
      asks.push(s.ms);
    }
    progress(`${label}: asks p50 ${r1(pct(asks, 50))} ms`);
    const fwds: number[] = [];
    let resolved = 0;
    const forwards = envInt('SCALE_FORWARDS', 8);
    for (let i = 0; i < forwards; i++) {
      const g = pick(i, 5003);
      // A chat copied from WeChat in which only the customer's contact is named: no 客户： line.
      const s = await post(url, app, chatAbout(g));
      if (s.reply.includes(code(g))) resolved++;
      fwds.push(s.ms);
    }
    const mine = await post(url, app, '我有哪些客户？');
    return {
      askP50: pct(asks, 50),
      askP99: pct(asks, 99),
      fwdP50: pct(fwds, 50),
      fwdP99: pct(fwds, 99),
      myCustomers: mine.reply.split('\n')[0]!.slice(0, 60),
      fwdResolved: `${resolved}/${forwards}`,
      firstFwd,
      seedS,
    };
  } finally {
    await app.stop(); // closes the database too
  }
}

async function onPglite(n: number, label: string): Promise<Measured> {
  return measure(await openDb({ dataDir: 'memory://' }), n, label);
}

async function onPostgres(url: string, n: number, label: string): Promise<Measured> {
  const schema = `scale_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    return await measure(await openDb({ url, searchPath: `${schema},public` }), n, label);
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export async function benchScale(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const n = envInt('SCALE_CUSTOMERS', 100_000);
  const small = 10;
  const url = process.env.SCALE_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const figures: Record<string, number | string> = {};
  const only = (process.env.SCALE_DBS ?? 'pglite,postgres').toLowerCase();
  const kinds: [string, (size: number, label: string) => Promise<Measured>][] = [];
  if (only.includes('pglite')) kinds.push(['PGlite', (size, label) => onPglite(size, label)]);
  if (!only.includes('postgres')) {
    /* Postgres not asked for */
  } else if (await reachable(url)) kinds.push(['Postgres', (size, label) => onPostgres(url, size, label)]);
  else figures['Postgres'] = `not reachable at ${url}: skipped`;
  for (const [kind, run] of kinds) {
    const s = await run(small, `${kind} small`);
    const b = await run(n, `${kind} ${n}`);
    figures[`${kind} seed ${n.toLocaleString('en-US')} s`] = r1(b.seedS);
    figures[`${kind} ask p50/p99 ms (small)`] = `${r1(s.askP50)} / ${r1(s.askP99)}`;
    figures[`${kind} ask p50/p99 ms (big)`] = `${r1(b.askP50)} / ${r1(b.askP99)}`;
    figures[`${kind} ask p50 ratio big/small`] = Math.round((b.askP50 / s.askP50) * 100) / 100;
    figures[`${kind} forward p50/p99 ms (small)`] = `${r1(s.fwdP50)} / ${r1(s.fwdP99)}`;
    figures[`${kind} forward p50/p99 ms (big)`] = `${r1(b.fwdP50)} / ${r1(b.fwdP99)}`;
    figures[`${kind} forward p50 ratio big/small`] = Math.round((b.fwdP50 / s.fwdP50) * 100) / 100;
    figures[`${kind} first forward after start ms (big)`] = Math.round(b.firstFwd);
    figures[`${kind} forward resolved by contact (big)`] = b.fwdResolved;
    figures[`${kind} my customers (big)`] = b.myCustomers;
  }
  return {
    name: `scale: ${n.toLocaleString('en-US')} customers and contacts, ${(n * 10).toLocaleString('en-US')} current needs vs ${small} (console API, workers on)`,
    figures,
  };
}
