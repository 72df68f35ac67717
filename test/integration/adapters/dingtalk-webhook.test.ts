// The DingTalk adapter end to end through the server (app.server.inject) on a real test database:
// callbacks signed like DingTalk signs them (test/fakes/dingtalk-sign.ts), answers per the platform contract.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../adapters/console/index.js';
import { createDingtalkAdapter } from '../../../adapters/dingtalk/index.js';
import type { ChatAdapter, Platform } from '../../../src/core/types.js';
import { loadConfig } from '../../../src/config.js';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { signDingtalk } from '../../fakes/dingtalk-sign.js';

const ENV = {
  DINGTALK_APP_KEY: 'dingappkey123',
  DINGTALK_APP_SECRET: 'dt-app-secret-for-tests',
  DINGTALK_ROBOT_CODE: 'dingrobot001',
  // Never reach the real DingTalk from a test.
  DINGTALK_API_BASE: 'http://127.0.0.1:9',
};
const config = loadConfig({ NODE_ENV: 'test', ...ENV });
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/dingtalk/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

let t: TestApp;
// Signed on the app's wall clock (fixed by the test app), as DingTalk would sign "now".
const nowMs = () => t.wall.now().getTime();
const stored = () => t.app.db.db.selectFrom('messages').selectAll().where('platform', '=', 'dingtalk').execute();

function post(body: string, opts: { secret?: string; timestamp?: number } = {}) {
  // The wall clock stands still; DingTalk signs each callback at its own millisecond, and a
  // timestamp+sign pair is single-use (docs/HARDENING.md), so move it on for each request.
  if (opts.timestamp === undefined) t.wall.advance(1);
  const { timestamp, sign } = signDingtalk(opts.secret ?? ENV.DINGTALK_APP_SECRET, opts.timestamp ?? nowMs());
  return t.app.server.inject({
    method: 'POST',
    url: '/webhooks/dingtalk',
    payload: body,
    headers: { 'content-type': 'application/json; charset=utf-8', timestamp, sign },
  });
}
const message = (msgId: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...fixture('group-text.json'),
    msgId,
    createAt: nowMs(),
    sessionWebhookExpiredTime: nowMs() + 90 * 60_000,
    ...over,
  });

beforeAll(async () => {
  const adapters = new Map<Platform, ChatAdapter>([
    ['console', createConsoleAdapter()],
    ['dingtalk', createDingtalkAdapter(config.dingtalk!)],
  ]);
  t = await createTestApp({ env: ENV, app: { adapters }, workers: false });
});
afterAll(async () => {
  await t?.close();
});

describe('POST /webhooks/dingtalk', () => {
  it('stores a signed message once, even when DingTalk posts it twice', async () => {
    const body = message('msgE2E-1==');
    const first = await post(body);
    expect(first.statusCode).toBe(200);
    expect((await post(body)).statusCode).toBe(200);
    const rows = (await stored()).filter((r) => r.external_id === 'msgE2E-1==');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sender_external_id: 'manager4521',
      sender_name: '杨晓',
      text: 'Hamburg 的客户要求 3 月 20 日前交货，logo 印在外箱上',
    });
    expect(rows[0]!.reply_hint).toMatchObject({
      conversationId: 'cidPxq3hAAkBmyP5ZAT7VxWtA==',
      robotCode: 'dingf0apw4ibx5u5ktba',
    });
  });

  it('answers 401 to a forged signature and stores nothing', async () => {
    const res = await post(message('msgE2E-forged=='), { secret: 'not-the-secret' });
    expect(res.statusCode).toBe(401);
    expect((await stored()).map((r) => r.external_id)).not.toContain('msgE2E-forged==');
  });

  it('answers 401 to a stale timestamp and stores nothing', async () => {
    const res = await post(message('msgE2E-stale=='), { timestamp: nowMs() - 2 * 3600_000 });
    expect(res.statusCode).toBe(401);
    expect((await stored()).map((r) => r.external_id)).not.toContain('msgE2E-stale==');
  });

  it('answers 400 to a malformed body and stores nothing', async () => {
    const before = (await stored()).length;
    const res = await post('{"msgId": "msgE2E-bad==", ');
    expect(res.statusCode).toBe(400);
    expect((await stored()).length).toBe(before);
  });

  it('acknowledges a picture with 200 and stores it (its words are empty; the image is read later)', async () => {
    const res = await post(JSON.stringify({ ...fixture('picture.json'), msgId: 'msgE2E-pic==' }));
    expect(res.statusCode).toBe(200);
    expect((await stored()).map((r) => r.external_id)).toContain('msgE2E-pic==');
  });

  it('acknowledges a file with 200 and stores nothing', async () => {
    const before = (await stored()).length;
    const res = await post(JSON.stringify({ ...fixture('picture.json'), msgtype: 'file', msgId: 'msgE2E-file==' }));
    expect(res.statusCode).toBe(200);
    expect((await stored()).length).toBe(before);
  });
});
