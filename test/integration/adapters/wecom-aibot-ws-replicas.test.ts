// Replicas on one Postgres database share one AI bot connection: the replica holding the connection
// lock subscribes, the others stand by (and leave the bot's outbox rows alone), and when the owner
// is stopped, or killed with SIGKILL (a real process), a standby takes over. Needs DATABASE_URL:
// advisory locks are a Postgres server feature (embedded PGlite is one process by nature).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { openDb, type DbHandle } from '../../../src/db/client.js';
import { createTestDb, usingPostgres } from '../../helpers/test-db.js';
import { fixedClocks } from '../../helpers/test-app.js';
import { startFakeAibotGateway, textBody, until, type FakeGateway } from '../../fakes/fake-aibot-gateway.js';

const root = join(import.meta.dirname, '..', '..', '..');
const BOT = `aib-rep-${randomBytes(4).toString('hex')}`;
const SECRET = 'replica-secret';
const FAST_LOCK = { retryMs: 150, checkMs: 150 };

type Status = { state: string; subscriptions: number };

describe.skipIf(!usingPostgres)('two replicas, one AI bot connection', () => {
  let gateway: FakeGateway;
  let handle: DbHandle & { schema?: string; url?: string };
  let config: Config;
  const apps: App[] = [];
  const children: ChildProcess[] = [];

  const status = (app: App) => app.deps.adapters.get('wecom-aibot')!.status!() as Status;
  async function replica(): Promise<App> {
    const db = await openDb({ url: handle.url!, searchPath: `${handle.schema},public`, poolSize: 4 });
    const app = await createApp(config, {
      logger: createLogger('silent'),
      db,
      seedDemo: false,
      ...fixedClocks(),
      connectionLock: FAST_LOCK,
      adapterOptions: { wecomAibot: { wsOptions: { heartbeatMs: 100 } } },
    });
    app.startWorkers({ scheduler: false });
    apps.push(app);
    return app;
  }
  async function answered(text: string, msgid: string): Promise<void> {
    const reqId = gateway.pushMessage(BOT, textBody({ msgid, userid: 'lily.w', text }));
    await until(`an answer to ${msgid}`, () =>
      gateway
        .framesOf('aibot_respond_msg')
        .find((f) => f.headers.req_id === reqId && (f.body?.['stream'] as { finish?: boolean })?.finish),
    );
  }

  beforeAll(async () => {
    gateway = await startFakeAibotGateway({ [BOT]: SECRET });
    handle = await createTestDb();
    config = loadConfig({
      NODE_ENV: 'test',
      BATON_MODE: 'demo',
      LOG_LEVEL: 'silent',
      WECOM_AIBOT_BOT_ID: BOT,
      WECOM_AIBOT_SECRET: SECRET,
      WECOM_AIBOT_WS_URL: gateway.url,
    });
    const seed = await createApp(config, {
      logger: createLogger('silent'),
      db: { ...handle, close: async () => undefined },
      seedDemo: true,
      ...fixedClocks(),
    });
    await seed.db.db
      .insertInto('member_identities')
      .values({ platform: 'wecom-aibot', external_id: 'lily.w', member_id: 'lily' })
      .execute();
    await seed.stop();
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    for (const a of apps) await a.stop().catch(() => undefined);
    await gateway?.close();
    await handle?.close();
  });

  it('keep one connection; the standby never subscribes and leaves the outbox rows to the owner', async () => {
    const [a, b] = [await replica(), await replica()];
    await until('one subscribed replica', () => [a, b].filter((x) => status(x).state === 'connected').length === 1);
    // Give the standby many chances to take the lock (every 150 ms) while the owner pings.
    const pings = gateway.framesOf('ping').length;
    await until('ten more pings', () => gateway.framesOf('ping').length >= pings + 10);
    expect(gateway.connections).toHaveLength(1);
    expect(gateway.framesOf('aibot_subscribe')).toHaveLength(1);
    expect([status(a).state, status(b).state].sort()).toEqual(['connected', 'standby']);
    await answered('帮助', 'rep-1');
    // The answer reached the gateway; the row is marked sent right after.
    const row = await until('the reply row marked sent', async () => {
      const r = await a.db.db
        .selectFrom('outbox')
        .innerJoin('messages', 'messages.id', 'outbox.source_message_id')
        .select(['outbox.state', 'outbox.attempts'])
        .where('messages.external_id', '=', 'rep-1')
        .executeTakeFirst();
      return r?.state === 'sent' ? r : undefined;
    });
    expect(row.attempts).toBe(1); // claimed once: the standby never took it
  });

  it('hands the connection to the standby when the owner stops', async () => {
    const owner = apps.find((x) => status(x).state === 'connected')!;
    const standby = apps.find((x) => x !== owner)!;
    await owner.stop();
    apps.splice(apps.indexOf(owner), 1);
    await until('the standby to subscribe', () => status(standby).state === 'connected' && gateway.live().length === 1);
    expect(gateway.framesOf('aibot_subscribe')).toHaveLength(2);
    await answered('help', 'rep-2');
  });

  it('hands the connection to a standby when the owner process is killed', async () => {
    for (const a of apps.splice(0)) await a.stop();
    const url = new URL(handle.url!);
    url.searchParams.set('options', `-c search_path=${handle.schema},public`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      BATON_MODE: 'demo',
      LOG_LEVEL: 'warn',
      WECOM_AIBOT_BOT_ID: BOT,
      WECOM_AIBOT_SECRET: SECRET,
      WECOM_AIBOT_WS_URL: gateway.url,
    };
    const child = spawn(process.execPath, [join(root, 'bin', 'baton.js'), 'start'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const before = gateway.connections.length;
    await until(
      'the child to subscribe',
      () => child.exitCode === null && gateway.connections.length > before && gateway.live().length === 1,
      90_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; its output:\n${output}`);
    });
    const owned = gateway.live()[0]!;
    const standby = await replica();
    expect(status(standby).state).toBe('standby');
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
    await until(
      'the standby to take over',
      () => status(standby).state === 'connected' && gateway.live().length === 1 && gateway.live()[0] !== owned,
      30_000,
    );
    expect(owned.closed).toBe(true);
    await answered('帮助', 'rep-3');
  });
});
