// A forwarded chat screenshot becomes needs like a forwarded text (issue 19), with a fake of the
// reader port: the same forward flow on the reading's transcript, evidence marked as from a picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { fakeReader, pngOf, readingOf, type FakeReader } from '../../fakes/fake-screenshot-reader.js';
import { joinReadings } from '../../../src/extract/screenshot/index.js';
import { ScreenshotReadError, type ScreenshotReading } from '../../../src/extract/screenshot/types.js';
import { shot, texts } from './helpers.js';

const ACME = readingOf(
  [
    {
      speaker: '张总',
      role: 'customer',
      text: '你好，我们要5000个，交货期12月20日前',
      at: '2026-11-18T10:02:00+08:00',
    },
    { speaker: '陈莉', role: 'rep', text: '好的张总，需要定制logo吗？', at: '2026-11-18T10:05:00+08:00' },
    { speaker: '张总', role: 'customer', text: '要印我们的logo，中性包装', at: '2026-11-18T10:06:00+08:00' },
  ],
  { title: 'ACME Trading' },
);

describe('forwarding a chat screenshot', () => {
  let t: TestApp;
  let reader: FakeReader;
  const readings = new Map<number, ScreenshotReading | ScreenshotReadError>();
  const db = () => t.app.db.db;
  const customerNamed = (name: string) => db().selectFrom('customers').selectAll().where('name', '=', name).execute();
  const currentNeeds = (customerId: string) =>
    db()
      .selectFrom('needs')
      .select(['kind', 'evidence', 'message_id', 'speaker'])
      .where('customer_id', '=', customerId)
      .where('status', '=', 'current')
      .orderBy('kind')
      .execute();

  beforeAll(async () => {
    readings.set(200, ACME);
    reader = fakeReader(readings);
    t = await createTestApp({ app: { screenshots: { reader, join: joinReadings } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads the picture and runs the forward flow on its transcript: asks the customer, then files it "from a screenshot"', async () => {
    const r = await shot(t, 'lily', 'dm:lily', await pngOf(200));
    expect(r.status).toBe(200);
    // No caption and no header naming a customer: asked like a pasted chat without one.
    expect(texts(r, 'dm:lily')[0]).toMatch(/这是哪个客户的聊天/);
    expect(await customerNamed('ACME Trading')).toEqual([]);
    // The reader was asked with the forwarding rep's names, as a text forward's chatOptions gives them.
    expect(reader.calls.at(-1)).toEqual({ width: 200, reps: expect.arrayContaining(['Lily Chen', '陈莉']) });
    const calls = reader.calls.length;

    const a = await t.say('lily', 'dm:lily', 'ACME Trading');
    const [card] = texts(a, 'dm:lily');
    expect(card).toContain('**ACME Trading**');
    expect(card).toContain('From a screenshot');
    expect(card).toContain('“你好，我们要5000个，交货期12月20日前” (张总, 2026-11-18 10:02)');
    // The answer files the stored reading: OCR does not run again.
    expect(reader.calls.length).toBe(calls);
    const [c] = await customerNamed('ACME Trading');
    expect(c?.owner_id).toBe('lily');
    const needs = await currentNeeds(c!.id);
    expect(needs.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['delivery_date', 'logo', 'packaging', 'quantity']),
    );
    // The evidence is the recognised text, and every need points at the message that carried the picture.
    const id = r.body.message!.id;
    expect(needs.every((n) => n.message_id === id)).toBe(true);
    expect(needs.find((n) => n.kind === 'quantity')?.evidence).toBe('你好，我们要5000个，交货期12月20日前');
    expect(await t.app.deps.repos.messageImages.messagesWithImages([id])).toEqual([id]);
    const img = await db()
      .selectFrom('message_images')
      .selectAll()
      .where('message_id', '=', id)
      .executeTakeFirstOrThrow();
    expect([img.state, Number(img.confidence).toFixed(2)]).toEqual(['read', '0.95']);
  });

  it('a caption naming the customer files the screenshot at once, in English when the caption is', async () => {
    readings.set(
      201,
      readingOf([
        { speaker: 'Mike', role: 'customer', text: 'We need 300 sets, delivery by December 15' },
        { speaker: 'Lily', role: 'rep', text: 'Noted, Mike.' },
      ]),
    );
    // Far from the last screenshot: not the same run.
    t.wall.advance(10 * 60_000);
    const r = await shot(t, 'lily', 'dm:lily', await pngOf(201), { text: 'Customer: Globex Industrial' });
    const [card] = texts(r, 'dm:lily');
    expect(card).toContain('**Globex Industrial**');
    expect(card).toContain('From a screenshot');
    expect(card).toMatch(/300 sets/);
  });

  it('a low-confidence reading is shown for a check: nothing filed, no notice, until the rep says yes', async () => {
    readings.set(
      202,
      readingOf(
        [
          { speaker: '王经理', role: 'customer', text: '我们要800箱，FOB宁波' },
          { speaker: '陈莉', role: 'rep', text: '好的' },
        ],
        { confidence: 0.9, lowBubble: 0 },
      ),
    );
    t.wall.advance(10 * 60_000);
    const r = await shot(t, 'lily', 'dm:lily', await pngOf(202), { text: '客户：Initech' });
    const [check] = texts(r, 'dm:lily');
    expect(check).toMatch(/不确定读对了（置信度 40%）/);
    expect(check).toContain('⚠️ 王经理: 我们要800箱，FOB宁波');
    expect(check).toContain('陈莉: 好的');
    expect(await customerNamed('Initech')).toEqual([]);
    const q = await db().selectFrom('pending_questions').select('kind').where('member_id', '=', 'lily').execute();
    expect(q.map((x) => x.kind)).toEqual(['screenshot_check']);

    // Another message meanwhile is handled as what it is; the check stays open (the middleware).
    const other = await t.say('lily', 'dm:lily', '帮助');
    const meanwhile = texts(other, 'dm:lily').join('\n');
    expect(meanwhile).toContain('刚才的问题还在等你回答');
    expect(meanwhile).toContain('⚠️ 王经理: 我们要800箱，FOB宁波');

    const yes = await t.say('lily', 'dm:lily', '确认');
    const [card] = texts(yes, 'dm:lily');
    expect(card).toContain('**Initech**');
    expect(card).toContain('来自截图');
    const [c] = await customerNamed('Initech');
    expect((await currentNeeds(c!.id)).map((n) => n.kind)).toEqual(expect.arrayContaining(['quantity', 'incoterm']));
    expect(await db().selectFrom('pending_questions').select('kind').where('member_id', '=', 'lily').execute()).toEqual(
      [],
    );
  });

  it('"cancel" to a check files nothing and keeps the picture', async () => {
    readings.set(
      203,
      readingOf([{ speaker: 'Ann', role: 'customer', text: 'We need 50 cartons' }], { confidence: 0.3 }),
    );
    t.wall.advance(10 * 60_000);
    const r = await shot(t, 'lily', 'dm:lily', await pngOf(203), { text: 'Customer: Umbrella Corp' });
    expect(texts(r, 'dm:lily')[0]).toMatch(/not sure I read this screenshot right \(confidence 30%\)/);
    const no = await t.say('lily', 'dm:lily', 'cancel');
    expect(texts(no, 'dm:lily')[0]).toMatch(/did not file that screenshot/);
    expect(await customerNamed('Umbrella Corp')).toEqual([]);
    const img = await db()
      .selectFrom('message_images')
      .select(['state', 'bytes'])
      .where('message_id', '=', r.body.message!.id)
      .executeTakeFirstOrThrow();
    expect(img.state).toBe('read');
    expect(img.bytes).toBeGreaterThan(0);
  });

  it('two screenshots in a row are joined and filed as one chat: one customer, the second refiles the first', async () => {
    readings.set(
      210,
      readingOf([
        { speaker: '李总', role: 'customer', text: '我们要2000个', at: '2026-11-20T09:00:00+08:00' },
        { speaker: '陈莉', role: 'rep', text: '好的李总', at: '2026-11-20T09:01:00+08:00' },
      ]),
    );
    // The second screenshot starts with the bubble the first ended with (scrolling overlaps).
    readings.set(
      211,
      readingOf([
        { speaker: '陈莉', role: 'rep', text: '好的李总', at: '2026-11-20T09:01:00+08:00' },
        { speaker: '李总', role: 'customer', text: '交货期12月30日前，要CE认证', at: '2026-11-20T09:03:00+08:00' },
      ]),
    );
    t.wall.advance(10 * 60_000);
    const first = await shot(t, 'lily', 'dm:lily', await pngOf(210), { text: '客户：Hooli' });
    expect(texts(first, 'dm:lily')[0]).toContain('**Hooli**');
    const [c] = await customerNamed('Hooli');
    expect((await currentNeeds(c!.id)).map((n) => n.kind)).toEqual(['quantity']);

    const second = await shot(t, 'lily', 'dm:lily', await pngOf(211));
    const [card] = texts(second, 'dm:lily');
    expect(card).toContain('**Hooli**');
    expect(card).toContain('来自截图');
    // One chat of three messages (the overlapping bubble once), all its needs in one card.
    expect(card).toMatch(/3 条消息/);
    expect(await customerNamed('Hooli')).toHaveLength(1);
    const needs = await currentNeeds(c!.id);
    expect(needs.map((n) => n.kind)).toEqual(['certification', 'delivery_date', 'quantity']);
    // One current version per need, all from the run's last message; the first filing was taken back quietly.
    expect(new Set(needs.map((n) => n.message_id))).toEqual(new Set([second.body.message!.id]));
    const all = await db().selectFrom('needs').select(['kind', 'status']).where('customer_id', '=', c!.id).execute();
    expect(
      all
        .filter((n) => n.kind === 'quantity')
        .map((n) => n.status)
        .sort(),
    ).toEqual(['current', 'reverted']);
    expect(second.body.replies?.some((x) => /retract|撤回/i.test(x.text))).toBe(false);
    const runs = await db()
      .selectFrom('message_images')
      .select(['message_id', 'run_start'])
      .where('message_id', 'in', [first.body.message!.id, second.body.message!.id])
      .execute();
    expect(new Set(runs.map((x) => x.run_start))).toEqual(new Set([first.body.message!.id]));
  });

  it('a screenshot with a caption naming a customer starts a chat of its own, even right after another', async () => {
    readings.set(215, readingOf([{ speaker: '周总', role: 'customer', text: '我们要60箱' }]));
    readings.set(216, readingOf([{ speaker: '吴总', role: 'customer', text: '我们要90套' }]));
    t.wall.advance(10 * 60_000);
    await shot(t, 'lily', 'dm:lily', await pngOf(215), { text: '客户：Stark Industries' });
    const r = await shot(t, 'lily', 'dm:lily', await pngOf(216), { text: '客户：Wayne Enterprises' });
    expect(texts(r, 'dm:lily')[0]).toContain('**Wayne Enterprises**');
    const [stark] = await customerNamed('Stark Industries');
    const [wayne] = await customerNamed('Wayne Enterprises');
    expect((await currentNeeds(stark!.id)).map((n) => n.evidence)).toEqual(['我们要60箱']);
    expect((await currentNeeds(wayne!.id)).map((n) => n.evidence)).toEqual(['我们要90套']);
  });

  it('a text between two screenshots ends the run: the next screenshot is a chat of its own', async () => {
    readings.set(212, readingOf([{ speaker: '赵总', role: 'customer', text: '我们要100套' }]));
    readings.set(213, readingOf([{ speaker: '钱总', role: 'customer', text: '我们要700个' }]));
    t.wall.advance(10 * 60_000);
    await shot(t, 'lily', 'dm:lily', await pngOf(212), { text: '客户：Vandelay' });
    await t.say('lily', 'dm:lily', '帮助');
    // No caption: only the run could tell its customer, and the text ended the run, so Baton asks.
    const r = await shot(t, 'lily', 'dm:lily', await pngOf(213));
    expect(texts(r, 'dm:lily')[0]).toMatch(/这是哪个客户的聊天/);
    const [v] = await customerNamed('Vandelay');
    expect((await currentNeeds(v!.id)).map((n) => n.evidence)).toEqual(['我们要100套']);
  });

  it('without Tesseract: says screenshots need it, and keeps the picture unread', async () => {
    reader.ok = false;
    try {
      t.wall.advance(10 * 60_000);
      const r = await shot(t, 'lily', 'dm:lily', await pngOf(200));
      expect(texts(r, 'dm:lily')[0]).toMatch(/读取截图需要在 Baton 服务器上安装 Tesseract OCR/);
      const img = await db()
        .selectFrom('message_images')
        .select(['state', 'bytes'])
        .where('message_id', '=', r.body.message!.id)
        .executeTakeFirstOrThrow();
      expect(img.state).toBe('stored');
      expect(img.bytes).toBeGreaterThan(0);
    } finally {
      reader.ok = true;
    }
  });

  it('refuses a picture over 60 megapixels with a clear reply, before OCR sees it', async () => {
    // A PNG header saying 10000 × 7000: the pixel size is read from the header, nothing is decoded.
    const png = await pngOf(10);
    const big = Buffer.from(png);
    big.writeUInt32BE(10_000, 16);
    big.writeUInt32BE(7_000, 20);
    const calls = reader.calls.length;
    t.wall.advance(10 * 60_000);
    const r = await shot(t, 'lily', 'dm:lily', big);
    expect(texts(r, 'dm:lily')[0]).toMatch(/超过 60 百万像素/);
    expect(reader.calls.length).toBe(calls);
  });

  it("answers the reader's own refusal (too many pixels) clearly", async () => {
    readings.set(214, new ScreenshotReadError('too-many-pixels', 'decoded to 61 MP'));
    t.wall.advance(10 * 60_000);
    const r = await shot(t, 'lily', 'dm:lily', await pngOf(214), { text: 'Customer: Big Pic Ltd' });
    expect(texts(r, 'dm:lily')[0]).toMatch(/more than 60 megapixels/);
    const img = await db()
      .selectFrom('message_images')
      .select(['state', 'error'])
      .where('message_id', '=', r.body.message!.id)
      .executeTakeFirstOrThrow();
    expect(img).toEqual({ state: 'unreadable', error: 'too-many-pixels' });
  });

  it('in a group, a picture with no chat in it (a product photo) gets no answer; in a direct chat it does', async () => {
    t.wall.advance(10 * 60_000);
    // Width 299 has no reading: the fake reader finds no chat in it.
    const inGroup = await shot(t, 'lily', 'group:production', await pngOf(299));
    expect(inGroup.status).toBe(200);
    expect(texts(inGroup, 'group:production')).toEqual([]);
    const direct = await shot(t, 'lily', 'dm:lily', await pngOf(299));
    expect(texts(direct, 'dm:lily')[0]).toMatch(/没有找到聊天内容/);
  });

  it('/move files a screenshot under another customer as the chat it was read as', async () => {
    readings.set(217, readingOf([{ speaker: '郑总', role: 'customer', text: '我们要450个' }]));
    t.wall.advance(10 * 60_000);
    await shot(t, 'lily', 'dm:lily', await pngOf(217), { text: '客户：Wrong Screens' });
    const r = await t.say('lily', 'dm:lily', '/move Right Screens');
    expect(texts(r, 'dm:lily').join('\n')).toContain('**Right Screens**');
    const [wrong] = await customerNamed('Wrong Screens');
    const [right] = await customerNamed('Right Screens');
    expect(await currentNeeds(wrong!.id)).toEqual([]);
    expect((await currentNeeds(right!.id)).map((n) => n.evidence)).toEqual(['我们要450个']);
  });
});
