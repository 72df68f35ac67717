// Pictures that come as platform references are downloaded by the worker through the adapter's
// downloadImage (here: from a fake media endpoint, a real HTTP server on 127.0.0.1): a transient
// failure retries through the worker's backoff, a permanent one is answered clearly. And a slow
// reading is preceded by "reading the screenshot…", queued in the outbox at once (issue 19).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { createCountingAdapter } from '../../fakes/counting-adapter.js';
import { fakeReader, pngOf, readingOf, type FakeReader } from '../../fakes/fake-screenshot-reader.js';
import { ingestMessages } from '../../../src/services/ingest.js';
import { MAX_ATTEMPTS, processOneBatch } from '../../../src/jobs/message-worker.js';
import { understand } from '../../../src/services/understand/index.js';
import { DeliveryError } from '../../../src/core/errors.js';
import { joinReadings } from '../../../src/extract/screenshot/index.js';
import type { ChatAdapter, InboundImage, Platform } from '../../../src/core/types.js';
import type { ScreenshotReading } from '../../../src/extract/screenshot/types.js';

/** The fake media endpoint: GET /media/:ref answers what the test set for that ref, in turn. */
const answers = new Map<string, (number | Buffer)[]>();
let server: Server;
let base = '';

function mediaAdapter(): ChatAdapter {
  return {
    ...createCountingAdapter(),
    async downloadImage(image: InboundImage) {
      const res = await fetch(`${base}/media/${image.ref}`);
      if (res.status >= 500) throw new DeliveryError(`media: HTTP ${res.status}`, { retryable: true });
      if (!res.ok) throw new DeliveryError(`media: HTTP ${res.status}`, { retryable: false });
      return { data: Buffer.from(await res.arrayBuffer()), mime: res.headers.get('content-type') ?? 'image/png' };
    },
  };
}

describe('screenshots by reference, and the reading notice', () => {
  let t: TestApp;
  let reader: FakeReader;
  const readings = new Map<number, ScreenshotReading>();
  let n = 0;
  const db = () => t.app.db.db;
  const work = () => processOneBatch(t.app.deps, understand);
  const replies = async (id: string) => (await t.app.deps.repos.outbox.outboxForSource(id)).map((o) => o.text);

  /** By default minutes after the last: each screenshot is a chat of its own, not the next of a run. */
  async function postRef(ref: string, text = '', afterMs = 10 * 60_000): Promise<string> {
    t.wall.advance(afterMs);
    const externalId = `ref-${++n}`;
    const r = await ingestMessages(t.app.deps, [
      {
        platform: 'console',
        externalId,
        chatExternalId: 'dm:lily',
        chatType: 'direct',
        senderExternalId: 'lily',
        text,
        images: [{ ref, mime: 'image/png' }],
        sentAt: t.app.clock.now(),
        raw: { ref },
      },
    ]);
    return r.stored[0]!;
  }
  const message = (id: string) =>
    db()
      .selectFrom('messages')
      .select(['state', 'attempts', 'last_error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const image = (id: string) =>
    db()
      .selectFrom('message_images')
      .select(['state', 'bytes', 'error', 'ref'])
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const ref = decodeURIComponent(req.url!.replace('/media/', ''));
      const next = answers.get(ref)?.shift() ?? 404;
      if (typeof next === 'number') res.writeHead(next).end();
      else res.writeHead(200, { 'content-type': 'image/png' }).end(next);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    readings.set(
      300,
      readingOf([{ speaker: '孙总', role: 'customer', text: '我们要1200个，30天交货' }], { title: '孙总' }),
    );
    reader = fakeReader(readings);
    t = await createTestApp({
      workers: false,
      // Say "reading…" after 1 ms: a reading that is held back (the fake's gate) always gets it first.
      env: { SCREENSHOT_READING_NOTICE_MS: '1', SCREENSHOT_MAX_MB: '1' },
      app: {
        screenshots: { reader, join: joinReadings },
        adapters: new Map<Platform, ChatAdapter>([['console', mediaAdapter()]]),
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('stores the reference with the message, retries a transient download failure, then reads the bytes', async () => {
    const png = await pngOf(300);
    answers.set('media-1', [503, png]);
    const id = await postRef('media-1', 'Customer: Soylent');
    expect(await image(id)).toEqual({ state: 'pending-download', bytes: null, error: null, ref: 'media-1' });

    expect(await work()).toBe(1);
    expect(await message(id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      last_error: expect.stringMatching(/HTTP 503/),
    });
    expect(await replies(id)).toEqual([]);

    // The backoff has passed (on the database clock).
    await sql`update messages set locked_until = now() - interval '1 second' where id = ${id}`.execute(db());
    expect(await work()).toBe(1);
    expect(await message(id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(await image(id)).toMatchObject({ state: 'read', bytes: png.length });
    expect((await replies(id)).join('\n')).toContain('**Soylent**');
  });

  it('answers a permanent download failure clearly, and does not retry it', async () => {
    answers.set('media-gone', [404]);
    const id = await postRef('media-gone');
    expect(await work()).toBe(1);
    expect(await message(id)).toMatchObject({ state: 'done', attempts: 1 });
    expect(await image(id)).toMatchObject({
      state: 'unreadable',
      error: expect.stringMatching(/^download-failed: .*404/),
    });
    expect(await replies(id)).toEqual([expect.stringMatching(/无法从平台下载这张图片/)]);
  });

  it('a transient failure on the last try is answered too, not dropped silently', async () => {
    answers.set('media-flaky', [503, 503]);
    const id = await postRef('media-flaky');
    await sql`update messages set attempts = ${MAX_ATTEMPTS - 1} where id = ${id}`.execute(db());
    expect(await work()).toBe(1);
    expect(await message(id)).toMatchObject({ state: 'done', attempts: MAX_ATTEMPTS });
    expect(await image(id)).toMatchObject({ state: 'unreadable', error: expect.stringMatching(/503/) });
    expect(await replies(id)).toEqual([expect.stringMatching(/无法从平台下载这张图片/)]);
  });

  it('refuses a download over the size limit (here 1 MB) without keeping its bytes', async () => {
    const png = await pngOf(300);
    answers.set('media-big', [Buffer.concat([png, Buffer.alloc(1024 * 1024)])]);
    const id = await postRef('media-big');
    expect(await work()).toBe(1);
    expect(await image(id)).toEqual({ state: 'unreadable', bytes: null, error: 'too-large', ref: 'media-big' });
    expect(await replies(id)).toEqual([expect.stringMatching(/超过 1 MB/)]);
  });

  it('says "reading the screenshot…" first when the reading takes longer than the notice delay, once', async () => {
    answers.set('media-slow', [await pngOf(300)]);
    const id = await postRef('media-slow', '客户：Tyrell');
    let release!: () => void;
    reader.gate = new Promise<void>((resolve) => (release = resolve));
    const working = work();
    // The notice is queued while the reader is still busy: outside the message's transaction.
    for (let i = 0; i < 500 && (await replies(id)).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await replies(id)).toEqual(['正在识别截图…']);
    expect(await message(id)).toMatchObject({ state: 'processing' });
    release();
    reader.gate = undefined;
    await working;
    const out = await replies(id);
    expect(out[0]).toBe('正在识别截图…');
    expect(out[1]).toContain('**Tyrell**');
    expect(out.filter((x) => x === '正在识别截图…')).toHaveLength(1);
  });

  it('a quick reading gets no "reading…" notice', async () => {
    answers.set('media-quick', [await pngOf(300)]);
    const id = await postRef('media-quick', '客户：Wonka');
    expect(await work()).toBe(1);
    const out = await replies(id);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('**Wonka**');
  });

  it('the next screenshot of a run waits while the one before is still being read elsewhere, then joins it', async () => {
    readings.set(301, readingOf([{ speaker: '冯总', role: 'customer', text: '我们要2500个' }]));
    readings.set(302, readingOf([{ speaker: '冯总', role: 'customer', text: '要CE认证' }]));
    answers.set('run-1', [await pngOf(301)]);
    answers.set('run-2', [await pngOf(302)]);
    const first = await postRef('run-1', '客户：Replica Co');
    // Seconds later, the same member's next screenshot of the same chat.
    const second = await postRef('run-2', '', 5_000);
    const hold = (id: string, seconds: number) =>
      sql`update messages set state = 'pending', locked_until = now() + make_interval(secs => ${seconds}) where id = ${id}`.execute(
        db(),
      );
    // Another replica holds the first: this one gets only the second, which must not file alone.
    await sql`update messages set state = 'processing', locked_until = now() + interval '1 hour' where id = ${first}`.execute(
      db(),
    );
    expect(await work()).toBe(1);
    expect(await message(second)).toMatchObject({
      state: 'pending',
      last_error: expect.stringMatching(/still being read/),
    });
    expect(await replies(second)).toEqual([]);
    // The first is done (here: by this worker, while the second waits out its backoff).
    await hold(first, -1);
    await hold(second, 3600);
    expect(await work()).toBe(1);
    expect((await replies(first)).join('\n')).toContain('**Replica Co**');
    await hold(second, -1);
    expect(await work()).toBe(1);
    const card = (await replies(second)).join('\n');
    expect(card).toContain('**Replica Co**');
    expect(card).toMatch(/2 条消息/);
    const customers = await db().selectFrom('customers').select('id').where('name', '=', 'Replica Co').execute();
    expect(customers).toHaveLength(1);
  });
});
