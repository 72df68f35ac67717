// The console's `image` field (issue 19): a base64 PNG or JPEG instead of `text`, checked before
// anything is stored (base64, magic bytes, 30 MB), stored with its message before the answer, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAuth, createTestApp, type TestApp } from '../../helpers/test-app.js';
import { jpegOf, pngOf } from '../../fakes/fake-screenshot-reader.js';
import { createScreenshotReader, joinReadings } from '../../../src/extract/screenshot/index.js';

describe('console API: posting a screenshot', () => {
  let t: TestApp;
  const db = () => t.app.db.db;
  const post = (payload: Record<string, unknown>) =>
    t.app.server.inject({ method: 'POST', url: '/api/console/messages', headers: consoleAuth, payload });
  const countImages = async () =>
    Number(
      (
        await db()
          .selectFrom('message_images')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const countMessages = async () =>
    Number(
      (
        await db()
          .selectFrom('messages')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    // The real reader pointed at a tesseract that is not there: Baton says screenshots need it, and keeps the picture.
    const reader = createScreenshotReader({ tesseract: '/nonexistent/tesseract' });
    t = await createTestApp({ workers: false, app: { screenshots: { reader, join: joinReadings } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores a PNG with its message before it answers, with size, hash and pixel size', async () => {
    const png = await pngOf(123, 45);
    const res = await post({ chat: 'dm:lily', from: 'lily', image: png.toString('base64'), id: 'shot-1', wait_ms: 0 });
    expect(res.statusCode).toBe(200);
    const id = res.json().message.id as string;
    const rows = await db().selectFrom('message_images').selectAll().where('message_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect([row.ordinal, row.mime, row.bytes, row.width, row.height, row.state]).toEqual([
      0,
      'image/png',
      png.length,
      123,
      45,
      'stored',
    ]);
    expect(Buffer.from(row.data!).equals(png)).toBe(true);
    const msg = await db()
      .selectFrom('messages')
      .select(['text', 'raw'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(msg.text).toBe('');
    // The bytes live in message_images only, not a second time in the raw payload.
    expect(JSON.stringify(msg.raw)).not.toContain(png.toString('base64').slice(0, 40));
  });

  it('a retry of the same message (same id) stores the picture once', async () => {
    const png = await pngOf(124);
    const before = await countImages();
    const a = await post({
      chat: 'dm:lily',
      from: 'lily',
      image: png.toString('base64'),
      id: 'shot-retry',
      wait_ms: 0,
    });
    const b = await post({
      chat: 'dm:lily',
      from: 'lily',
      image: png.toString('base64'),
      id: 'shot-retry',
      wait_ms: 0,
    });
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(b.json().message.id).toBe(a.json().message.id);
    expect(await countImages()).toBe(before + 1);
  });

  it('takes a JPEG as a data: URL, with a caption as text', async () => {
    const jpg = await jpegOf(77, 33);
    const res = await post({
      chat: 'dm:lily',
      from: 'lily',
      text: 'ACME 的聊天',
      image: `data:image/jpeg;base64,${jpg.toString('base64')}`,
      wait_ms: 0,
    });
    expect(res.statusCode).toBe(200);
    const row = await db()
      .selectFrom('message_images')
      .select(['mime', 'width', 'height'])
      .where('message_id', '=', res.json().message.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ mime: 'image/jpeg', width: 77, height: 33 });
  });

  it('refuses malformed base64 and pictures that are not PNG or JPEG with 400, storing nothing', async () => {
    const before = [await countMessages(), await countImages()];
    const bad = await post({ chat: 'dm:lily', from: 'lily', image: 'this is not base64!!' });
    const gif = await post({
      chat: 'dm:lily',
      from: 'lily',
      image: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64'),
    });
    const empty = await post({ chat: 'dm:lily', from: 'lily', image: '' });
    expect([bad.statusCode, gif.statusCode, empty.statusCode]).toEqual([400, 400, 400]);
    expect(bad.json()).toMatchObject({ code: 'bad_image', error: expect.stringMatching(/base64/) });
    expect(gif.json()).toMatchObject({ code: 'bad_image', error: expect.stringMatching(/PNG or JPEG/) });
    expect(empty.json().error).toMatch(/image/);
    expect([await countMessages(), await countImages()]).toEqual(before);
  });

  it('still refuses a message with neither text nor image', async () => {
    const res = await post({ chat: 'dm:lily', from: 'lily' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/text/);
  });

  it('refuses a picture over 30 MB with 413 and a clear JSON error, storing nothing', async () => {
    const before = [await countMessages(), await countImages()];
    const png = await pngOf(10);
    // A PNG header followed by 30 MB and one byte more: the size is checked before anything else is trusted.
    const big = Buffer.concat([png, Buffer.alloc(30 * 1024 * 1024 + 1 - png.length + 1)]);
    const res = await post({ chat: 'dm:lily', from: 'lily', image: big.toString('base64') });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(413);
    expect(res.json()).toMatchObject({ code: 'image_too_large', error: expect.stringMatching(/30\.0 MB/) });
    expect([await countMessages(), await countImages()]).toEqual(before);
  });

  it('refuses a body beyond the route limit with 413 JSON, and keeps the 2 MB limit on other routes', async () => {
    const huge = 'A'.repeat(42 * 1024 * 1024);
    const res = await post({ chat: 'dm:lily', from: 'lily', image: huge });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBeTruthy();
    const tick = await t.app.server.inject({
      method: 'POST',
      url: '/api/console/tick',
      headers: consoleAuth,
      payload: { now: '2026-11-23T10:00:00+08:00', pad: 'x'.repeat(3 * 1024 * 1024) },
    });
    expect(tick.statusCode).toBe(413);
  });

  it('without OCR, answers that screenshots need Tesseract and keeps the picture', async () => {
    const png = await pngOf(130);
    const res = await post({ chat: 'dm:lily', from: 'lily', image: png.toString('base64'), wait_ms: 0 });
    await t.app.drain();
    const id = res.json().message.id as string;
    const out = await t.app.deps.repos.outbox.outboxForSource(id);
    expect(out.map((o) => o.text).join('\n')).toMatch(/Tesseract OCR/);
    const row = await db()
      .selectFrom('message_images')
      .select(['state', 'data'])
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('stored');
    expect(Buffer.from(row.data!).equals(png)).toBe(true);
    expect(await t.app.deps.repos.messages.messageState(id)).toBe('done');
  });
});
