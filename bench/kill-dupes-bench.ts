// Issue 17's 20-kill test, on the embedded database (PGlite on disk) and on the Postgres
// server: Baton runs as a child process (`bin/baton.js start`, so `npm run build` first) with
// the WhatsApp Cloud adapter pointed at a fake Graph API on 127.0.0.1 that records every send.
// Signed webhooks from new senders (each gets one reply) arrive continuously; the child is
// SIGKILLed 20 times at random moments and restarted. After the last restart the queues are
// left to drain, then the database and the fake's log are compared:
// - acked: webhooks answered 200 (the platform will not send them again);
// - lost: acked messages that were never processed (or never got their reply sent);
// - replies expected: reply rows in the outbox; replies sent: requests the fake received;
// - duplicates: requests beyond the first for the same reply (same recipient and text).
// Postgres is postgres://postgres@127.0.0.1:5432 (KILL_BENCH_PG_URL), in a fresh database
// that is dropped afterwards. KILL_BENCH_KILLS changes the number of kills.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDb, type DbHandle } from '../src/db/client.js';
import { startFakeWhatsapp, type FakeWhatsapp } from '../test/fakes/fake-whatsapp-server.js';
import { signWhatsapp } from '../test/fakes/whatsapp-sign.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KILLS = Number(process.env.KILL_BENCH_KILLS ?? 20);
const PG_URL = process.env.KILL_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const WA = {
  WHATSAPP_VERIFY_TOKEN: 'kill-bench-verify',
  WHATSAPP_APP_SECRET: 'kill-bench-app-secret',
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_ACCESS_TOKEN: 'EAAG-kill-bench',
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Target {
  name: string;
  env: Record<string, string>;
  open: () => Promise<DbHandle>;
  cleanup: () => Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-kill-'));
  return {
    name: 'PGlite on disk',
    env: { DATA_DIR: dir },
    open: async () => openDb({ dataDir: dir }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target> {
  const name = `baton_kill_${randomBytes(4).toString('hex')}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    name: `Postgres (${url.host})`,
    env: { DATABASE_URL: url.href },
    open: async () => openDb({ url: url.href, poolSize: 2 }),
    cleanup: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function startBaton(port: number, fake: FakeWhatsapp, target: Target): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...WA,
    ...target.env,
    WHATSAPP_API_BASE: fake.apiBase,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    // Shorter leases than the defaults (35 s and 120 s) only shorten the wait after a kill:
    // what a kill duplicates does not depend on them.
    OUTBOX_SEND_TIMEOUT_MS: '2000',
    WORKER_LEASE_SECONDS: '10',
  };
  if (!target.env.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(root, 'bin', 'baton.js'), 'start'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d) => (output = (output + String(d)).slice(-4000)));
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`baton exited early (${child.exitCode}):\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`baton did not start:\n${output}`);
}

function webhookBody(n: number, at: number): { id: string; from: string; body: string } {
  const from = `4479${String(n).padStart(8, '0')}`;
  const id = `wamid.KILLBENCH${String(n).padStart(8, '0')}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: WA.WHATSAPP_PHONE_NUMBER_ID },
              contacts: [{ profile: { name: `Buyer ${n}` }, wa_id: from }],
              messages: [
                {
                  from,
                  id,
                  timestamp: String(Math.floor(at / 1000)),
                  type: 'text',
                  text: { body: `Hello, can you quote 500 mugs with our logo? (${n})` },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  return { id, from, body };
}

async function metric(port: number): Promise<number | undefined> {
  const text = await fetch(`http://127.0.0.1:${port}/metrics`).then(
    (r) => r.text(),
    () => undefined,
  );
  if (!text) return undefined;
  let open = 0;
  for (const m of text.matchAll(/^baton_queue_depth\{queue="(\w+)",state="(\w+)"\} (\d+)/gm)) {
    if (m[2] !== 'failed') open += Number(m[3]);
  }
  return open;
}

async function runOne(target: Target) {
  const fake = await startFakeWhatsapp({
    accessToken: WA.WHATSAPP_ACCESS_TOKEN,
    phoneNumberId: WA.WHATSAPP_PHONE_NUMBER_ID,
  });
  const port = await freePort();
  const acked = new Set<string>();
  let n = 0;
  let feeding = true;
  const feeder = async () => {
    while (feeding) {
      const m = webhookBody(++n, Date.now());
      const ok = await fetch(`http://127.0.0.1:${port}/webhooks/whatsapp`, {
        method: 'POST',
        body: m.body,
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': signWhatsapp(WA.WHATSAPP_APP_SECRET, m.body),
        },
      }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) acked.add(m.id);
      else await sleep(200);
      await sleep(20);
    }
  };
  const t0 = performance.now();
  let child = await startBaton(port, fake, target);
  const feeders = [feeder(), feeder(), feeder()];
  for (let k = 0; k < KILLS; k++) {
    await sleep(500 + Math.random() * 3000);
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
    child = await startBaton(port, fake, target);
  }
  await sleep(3000);
  feeding = false;
  await Promise.all(feeders);
  // Drain: every message processed and every reply sent (rows a kill left 'sending' wait for their lease).
  const drainDeadline = performance.now() + 180_000;
  while (performance.now() < drainDeadline && (await metric(port)) !== 0) await sleep(500);
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await gone;
  const seconds = (performance.now() - t0) / 1000;

  const h = await target.open();
  const messages = await h.db
    .selectFrom('messages')
    .select(['id', 'external_id', 'state'])
    .where('platform', '=', 'whatsapp')
    .execute();
  // Only rows for WhatsApp chats reach the fake (an outsider's message may also notify the team's console chats).
  const outbox = await h.db
    .selectFrom('outbox as o')
    .innerJoin('chats as c', 'c.id', 'o.chat_id')
    .select(['o.id', 'o.state', 'o.source_message_id'])
    .where('c.platform', '=', 'whatsapp')
    .execute();
  await h.close();
  const byExternal = new Map(messages.map((m) => [m.external_id, m]));
  const replied = new Set(outbox.filter((o) => o.state === 'sent').map((o) => o.source_message_id));
  const lost = [...acked].filter((id) => {
    const m = byExternal.get(id);
    return !m || m.state !== 'done' || !replied.has(m.id);
  }).length;
  const perReply = new Map<string, number>();
  for (const s of fake.sends) {
    const key = `${String(s.body.to)}\n${(s.body.text as { body?: string } | undefined)?.body ?? ''}`;
    perReply.set(key, (perReply.get(key) ?? 0) + 1);
  }
  const duplicates = [...perReply.values()].reduce((a, c) => a + c - 1, 0);
  await fake.close();
  return {
    kills: KILLS,
    seconds: Math.round(seconds),
    acked: acked.size,
    lost,
    expected: outbox.length,
    notSent: outbox.filter((o) => o.state !== 'sent').length,
    sent: fake.sends.length,
    duplicates,
    repliesSentTwice: [...perReply.values()].filter((c) => c > 1).length,
  };
}

export async function benchKillDupes() {
  if (!existsSync(join(root, 'dist', 'src', 'cli.js')))
    throw new Error('run `npm run build` first (the child is bin/baton.js)');
  const figures: Record<string, string> = {};
  for (const make of [pgliteTarget, postgresTarget]) {
    const target = await make();
    try {
      const r = await runOne(target);
      figures[target.name] =
        `${r.kills} kills in ${r.seconds} s: ${r.acked} acked, ${r.lost} lost; ${r.expected} replies expected ` +
        `(${r.notSent} unsent), ${r.sent} sent, ${r.duplicates} duplicates (${r.repliesSentTwice} replies sent more than once)`;
    } finally {
      await target.cleanup();
    }
  }
  return { name: `kill test: SIGKILL under load, then restart (${KILLS} kills per database)`, figures };
}
