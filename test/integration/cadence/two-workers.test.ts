// Two app instances (two "replicas") on one database run the cadence jobs at the
// same instant, concurrently and repeatedly: each reminder, escalation and SLA
// notice is queued exactly once. With PGlite both share the one DbHandle; with
// DATABASE_URL each has its own pool on the same schema (truly concurrent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { openDb, type DbHandle } from '../../../src/db/client.js';
import { cadenceJobs } from '../../../src/jobs/cadence-jobs.js';
import { runJobExclusively } from '../../../src/jobs/scheduler.js';
import { startSlaClock } from '../../../src/services/cadence/sla.js';
import { DEFAULT_POLICY } from '../../../src/core/cadence/policy.js';
import { createTestDb } from '../../helpers/test-db.js';
import { fixedClocks } from '../../helpers/test-app.js';
import { customerWithContact } from './helpers.js';
import { createRepositories } from '../../../src/db/repositories/index.js';

let a: App;
let b: App;
let handle: DbHandle & { schema?: string; url?: string };

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'test', BATON_MODE: 'demo', LOG_LEVEL: 'silent' });
  handle = await createTestDb();
  const second: DbHandle = handle.url
    ? await openDb({ url: handle.url, searchPath: `${handle.schema},public`, poolSize: 5 })
    : { ...handle, close: async () => undefined }; // one PGlite: closed once, by the first app
  a = await createApp(config, { logger: createLogger('silent'), db: handle, seedDemo: true, ...fixedClocks() });
  b = await createApp(config, { logger: createLogger('silent'), db: second, seedDemo: true, ...fixedClocks() });
  const db = a.db.db;
  for (const [name, owner] of [
    ['Alpha', 'lily'],
    ['Beta', 'lily'],
    ['Gamma', 'lily'],
    ['Delta', 'bob'],
    ['Epsilon', 'bob'],
  ] as const) {
    await customerWithContact(db, { name, owner, tier: 'A', contact: '2026-12-07T10:00:00+08:00' });
  }
  await customerWithContact(db, { name: 'Late', owner: 'bob', tier: 'A', contact: '2026-12-01T10:00:00+08:00' });
  await customerWithContact(db, { name: 'Tomorrow', owner: 'lily', tier: 'A', contact: '2026-12-08T10:00:00+08:00' });
  const asker = await customerWithContact(db, {
    name: 'Asker',
    owner: 'lily',
    tier: 'C',
    contact: '2026-11-20T10:00:00+08:00',
  });
  await startSlaClock(
    createRepositories(db),
    { customerId: asker.id, chatId: null, messageId: null, at: new Date('2026-12-10T08:40:00+08:00') },
    DEFAULT_POLICY,
  );
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

async function bothRun(nowIso: string): Promise<void> {
  const now = new Date(nowIso);
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      cadenceJobs().flatMap((job) => [
        job.run(a.deps, now),
        job.run(b.deps, now), // no lock: the unique claims alone must hold
        runJobExclusively(b.deps, job, now),
      ]),
    );
  }
}

async function outbox(chatId: string, kind: string) {
  return a.db.db.selectFrom('outbox').select(['text']).where('chat_id', '=', chatId).where('kind', '=', kind).execute();
}

describe('two workers on one database', () => {
  it('queue each digest, escalation and SLA notice exactly once', async () => {
    await bothRun('2026-12-10T09:00:00+08:00');
    const lily = await outbox('dm:lily', 'digest');
    const bob = await outbox('dm:bob', 'digest');
    expect(lily).toHaveLength(1);
    expect(bob).toHaveLength(1);
    expect(lily[0]!.text).toContain('今天：3 个到期，0 个逾期');
    expect(bob[0]!.text).toContain('今天：2 个到期，1 个逾期'); // Delta and Epsilon due, Late overdue
    const reminders = await a.db.db.selectFrom('cadence_reminders').select('customer_id').execute();
    expect(reminders).toHaveLength(6);
    const esc = await outbox('dm:wang', 'escalation');
    expect(esc.filter((e) => e.text.includes('Late'))).toHaveLength(1);
    expect(esc.filter((e) => e.text.includes('Asker'))).toHaveLength(1);
    expect(esc).toHaveLength(2);
  });

  it('a window missed while both were down is caught up later the same day, once', async () => {
    await bothRun('2026-12-11T13:00:00+08:00');
    const lily = await outbox('dm:lily', 'digest');
    expect(lily).toHaveLength(2);
    expect(lily[1]!.text).toContain('Tomorrow');
  });
});
