// A captured DingTalk timestamp+sign pair is accepted once: replayed with another body it is
// refused (401, nothing stored), and no reply ever goes to an address taken from a payload —
// neither the sessionWebhook a stranger wrote nor anything else outside the configured bases.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { signDingtalk } from '../../fakes/dingtalk-sign.js';
import { startFakeDingtalk, type FakeDingtalk } from '../../fakes/fake-dingtalk-server.js';

const APP = { appKey: 'dingreplaykey', appSecret: 'ding-replay-secret' };
// A single chat: an unregistered sender there is answered ("not registered"), so a reply goes out.
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/dingtalk/single-text.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let t: TestApp;
let dingtalk: FakeDingtalk;
let attacker: FakeDingtalk;

const message = (msgId: string, sessionWebhook: string) =>
  JSON.stringify({
    ...fixture,
    msgId,
    createAt: t.wall.now().getTime(),
    sessionWebhook,
    sessionWebhookExpiredTime: t.wall.now().getTime() + 90 * 60_000,
    text: { content: `ACME 要什么 ${msgId}` },
  });
const post = (body: string, h: { timestamp: string; sign: string }) =>
  t.app.server.inject({
    method: 'POST',
    url: '/webhooks/dingtalk',
    payload: body,
    headers: { 'content-type': 'application/json', ...h },
  });
const stored = () =>
  t.app.db.db.selectFrom('messages').select(['external_id', 'reply_hint']).where('platform', '=', 'dingtalk').execute();

/** Until every message is processed and every outbox row delivered or given up (the workers run). */
async function settled(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await t.app.drain();
    const busy = await t.app.db.db
      .selectFrom('outbox')
      .select('id')
      .where('state', 'in', ['pending', 'sending'])
      .execute();
    const open = await t.app.db.db
      .selectFrom('messages')
      .select('id')
      .where('state', 'in', ['pending', 'processing'])
      .execute();
    if (busy.length === 0 && open.length === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('outbox did not settle');
}

beforeAll(async () => {
  dingtalk = await startFakeDingtalk({ ...APP, now: () => t.wall.now().getTime() });
  attacker = await startFakeDingtalk({ ...APP, now: () => t.wall.now().getTime() });
  t = await createTestApp({
    env: {
      DINGTALK_APP_KEY: APP.appKey,
      DINGTALK_APP_SECRET: APP.appSecret,
      DINGTALK_ROBOT_CODE: 'dingrobot001',
      DINGTALK_API_BASE: dingtalk.baseUrl,
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await dingtalk?.close();
  await attacker?.close();
});

describe('DingTalk signatures are single-use', () => {
  it('refuses 40 of 40 replays of a captured sign with other bodies, and stores the genuine one once', async () => {
    const captured = signDingtalk(APP.appSecret, t.wall.now().getTime());
    const genuine = message('msgReplay-genuine==', dingtalk.sessionWebhookUrl('s1'));
    expect((await post(genuine, captured)).statusCode).toBe(200);
    // DingTalk retrying the same request is still answered 200 (and stored once).
    expect((await post(genuine, captured)).statusCode).toBe(200);
    let accepted = 0;
    for (let i = 0; i < 40; i++) {
      const res = await post(
        message(`msgReplay-${i}==`, `${attacker.baseUrl}/robot/sendBySession?session=evil${i}`),
        captured,
      );
      if (res.statusCode < 300) accepted++;
      else expect(res.statusCode).toBe(401);
    }
    expect(accepted).toBe(0);
    expect((await stored()).map((r) => r.external_id)).toEqual(['msgReplay-genuine==']);
  });

  it('never posts a reply to a sessionWebhook outside DingTalk, even from a freshly signed callback', async () => {
    const body = message('msgReplay-ssrf==', `${attacker.baseUrl}/robot/sendBySession?session=loopback`);
    expect((await post(body, signDingtalk(APP.appSecret, t.wall.now().getTime() + 1))).statusCode).toBe(200);
    const row = (await stored()).find((r) => r.external_id === 'msgReplay-ssrf==');
    expect(row?.reply_hint).not.toHaveProperty('sessionWebhook');
    await settled();
    expect(attacker.requests).toEqual([]);
    // The answers went out through DingTalk itself (the robot API on the configured base).
    expect(dingtalk.requests.some((r) => r.path.startsWith('/v1.0/robot/'))).toBe(true);
  });

  it('refuses a timestamp outside the window (default 5 minutes, narrower than DingTalk’s hour)', async () => {
    const old = signDingtalk(APP.appSecret, t.wall.now().getTime() - 6 * 60_000);
    const res = await post(message('msgReplay-old==', dingtalk.sessionWebhookUrl('s2')), old);
    expect(res.statusCode).toBe(401);
  });
});
