// Failures by origin. A bug fails the same way on every try, so the message stops at once
// in 'failed' with the error text; a lost connection or a serialization failure is retried
// after a backoff and then goes through. The outbox does the same with a send that throws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createCountingAdapter } from '../fakes/counting-adapter.js';
import { ingestMessages } from '../../src/services/ingest.js';
import { MAX_ATTEMPTS, processOneBatch } from '../../src/jobs/message-worker.js';
import { deliverOneBatch } from '../../src/jobs/outbox-worker.js';
import { enqueue } from '../../src/db/repositories/outbox.js';
import { understand as realUnderstand } from '../../src/services/understand/index.js';
import type { Understand } from '../../src/services/understand/context.js';
import type { ChatAdapter, Platform } from '../../src/core/types.js';

// What understand() throws next: a function so that a bug can throw on every try.
let failure: (() => unknown) | undefined;
const understand: Understand = async (ctx) => {
  if (failure) throw failure();
  return realUnderstand(ctx);
};
const adapter = createCountingAdapter();
let t: TestApp;
let n = 0;

beforeAll(async () => {
  t = await createTestApp({
    workers: false,
    app: { understand, adapters: new Map<Platform, ChatAdapter>([['console', adapter]]) },
  });
});
afterAll(async () => {
  await t?.close();
});

async function post(text = 'help'): Promise<string> {
  const externalId = `err-${++n}`;
  await ingestMessages(t.app.deps, [
    {
      platform: 'console',
      externalId,
      chatExternalId: 'dm:lily',
      chatType: 'direct',
      senderExternalId: 'lily',
      text,
      sentAt: t.app.clock.now(),
      raw: {},
    },
  ]);
  return externalId;
}
const row = (externalId: string) =>
  t.app.db.db
    .selectFrom('messages')
    .select(['state', 'attempts', 'last_error', sql<boolean>`coalesce(locked_until > now(), false)`.as('waiting')])
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
const work = () => processOneBatch(t.app.deps, understand);

describe('message worker', () => {
  it('fails a bug at once, with the error text, and does not try it again', async () => {
    failure = () => new TypeError("Cannot read properties of undefined (reading 'change')");
    const id = await post();
    expect(await work()).toBe(1);
    expect(await row(id)).toMatchObject({ state: 'failed', attempts: 1, waiting: false });
    expect((await row(id)).last_error).toBe("TypeError: Cannot read properties of undefined (reading 'change')");
    expect(await work()).toBe(0);
    failure = undefined;
  });

  it.each([
    [
      'a serialization failure',
      () => Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' }),
    ],
    [
      'a lost connection (under a wrapper)',
      () => new Error('query failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
    ],
    ['a timeout', () => new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
  ])('retries %s after a backoff, then answers', async (_what, make) => {
    const once = make();
    failure = () => once; // for the first try only
    const id = await post();
    expect(await work()).toBe(1);
    failure = undefined;
    const first = await row(id);
    expect(first).toMatchObject({ state: 'pending', attempts: 1, waiting: true });
    expect(first.last_error).toContain((once as Error).message);
    expect(await work()).toBe(0); // still backing off
    await t.app.db.db
      .updateTable('messages')
      .set({ locked_until: sql`now()` })
      .where('external_id', '=', id)
      .execute(); // the wait is over
    const sentBefore = adapter.sent.length;
    expect(await work()).toBe(1);
    expect(await row(id)).toMatchObject({ state: 'done', attempts: 2 });
    await deliverOneBatch(t.app.deps);
    expect(adapter.sent.length).toBeGreaterThan(sentBefore);
  });

  it('stops retrying a transient failure after the last attempt', async () => {
    failure = () => new Error('Connection terminated unexpectedly');
    const id = await post();
    await t.app.db.db
      .updateTable('messages')
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where('external_id', '=', id)
      .execute();
    expect(await work()).toBe(1);
    failure = undefined;
    expect(await row(id)).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS, waiting: false });
  });
});

describe('outbox worker', () => {
  const outRow = (key: string) =>
    t.app.db.db
      .selectFrom('outbox')
      .select(['state', 'attempts', 'last_error'])
      .where('dedupe_key', '=', key)
      .executeTakeFirstOrThrow();

  it('fails a send that throws a bug at once, with the error text', async () => {
    adapter.failNextWith(1, new TypeError("Cannot read properties of undefined (reading 'externalId')"));
    await enqueue(t.app.db.db, [{ chatId: 'dm:lily', text: 'hello', dedupeKey: 'test:bug' }]);
    await deliverOneBatch(t.app.deps);
    expect(await outRow('test:bug')).toEqual({
      state: 'failed',
      attempts: 1,
      last_error: "TypeError: Cannot read properties of undefined (reading 'externalId')",
    });
  });

  it('retries a platform 503 later', async () => {
    adapter.failNextWith(1, Object.assign(new Error('Service Unavailable'), { status: 503 }));
    await enqueue(t.app.db.db, [{ chatId: 'dm:lily', text: 'hello', dedupeKey: 'test:503' }]);
    await deliverOneBatch(t.app.deps);
    expect(await outRow('test:503')).toEqual({ state: 'pending', attempts: 1, last_error: 'Service Unavailable' });
  });
});
