// The info log of a whole session holds none of the secrets and tokens the session used:
// sign-in tokens and session cookies, handover keys, the WhatsApp verify token, WeCom's
// echostr and signatures, DingTalk's sign, the console token and every app secret.
// Handover keys stop working when the handover ends.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAuth, createTestApp, TEST_CONSOLE_TOKEN, type TestApp } from '../../helpers/test-app.js';
import { createLogger } from '../../../src/logger.js';
import { signDingtalk } from '../../fakes/dingtalk-sign.js';
import { signedWecomVerification } from '../../fakes/wecom-sign.js';
import { signWhatsapp } from '../../fakes/whatsapp-sign.js';
import { FUZZ_ENV, SECRETS } from './fuzz-helpers.js';
import { linkFor } from '../web/helpers.js';

let t: TestApp;
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});

beforeAll(async () => {
  t = await createTestApp({ env: { ...FUZZ_ENV, LOG_LEVEL: 'info' }, app: { logger: createLogger('info', sink) } });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('a session leaves no secret in the info log', () => {
  it('logs requests with their secret query parameters masked', async () => {
    const used: string[] = [TEST_CONSOLE_TOKEN, ...Object.values(SECRETS)];
    type Res = { statusCode: number; headers: Record<string, unknown> };
    const inject = async (o: {
      method: 'GET' | 'POST';
      url: string;
      payload?: string;
      headers?: Record<string, string>;
    }): Promise<Res> => t.app.server.inject(o);

    // WhatsApp handshake, right and wrong.
    expect(
      (
        await inject({
          method: 'GET',
          url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${SECRETS.waVerify}&hub.challenge=8112`,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await inject({
          method: 'GET',
          url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guessed-token-xyz&hub.challenge=1',
        })
      ).statusCode,
    ).toBe(403);
    used.push('guessed-token-xyz');
    // A WhatsApp message (its signature travels in a header).
    const wa = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });
    await inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      payload: wa,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsapp(SECRETS.waSecret, wa) },
    });
    // WeCom URL verification: echostr and msg_signature in the query.
    const v = signedWecomVerification({
      token: SECRETS.wecomToken,
      aesKey: SECRETS.wecomAesKey,
      corpId: SECRETS.corpId,
      plaintext: '4242',
      timestamp: Math.floor(t.wall.now().getTime() / 1000),
      nonce: '77',
    });
    expect(
      (await inject({ method: 'GET', url: `/webhooks/wecom?${new URLSearchParams(v.query).toString()}` })).statusCode,
    ).toBe(200);
    used.push(v.query.echostr!, v.query.msg_signature!);
    // DingTalk: a sign in the headers and the query (both never logged).
    const ding = signDingtalk(SECRETS.dingSecret, t.wall.now().getTime());
    await inject({
      method: 'POST',
      url: `/webhooks/dingtalk?sign=${encodeURIComponent(ding.sign)}`,
      payload: '{}',
      headers: { 'content-type': 'application/json', ...ding },
    });
    used.push(ding.sign);

    // The web sign-in link, used once, and the session cookie it gives.
    const link = new URL(await linkFor(t, 'lily'));
    const token = link.searchParams.get('token')!;
    const login = await inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(login.statusCode).toBe(303);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    used.push(token, cookie.split('=')[1]!);
    expect((await inject({ method: 'GET', url: '/web/customers', headers: { cookie } })).statusCode).toBe(200);

    // A handover: its key opens the page while it is open, and not after the receiver signed.
    await t.say(
      'lily',
      'dm:lily',
      ['客户：ACME Trading', '张总 2026-11-19 10:02', '我们要3000个，交货期12月20日前'].join('\n'),
    );
    expect((await t.say('lily', 'dm:lily', '/handover ACME Trading to bob')).status).toBe(200);
    const r = await t.app.db.db
      .selectFrom('handover_recipients')
      .select(['batch_id', 'token'])
      .where('member_id', '=', 'bob')
      .executeTakeFirstOrThrow();
    used.push(r.token);
    const url = `/handovers/${r.batch_id}?k=${r.token}`;
    expect((await inject({ method: 'GET', url })).statusCode).toBe(200);
    await t.say('bob', 'dm:bob', '确认接收');
    const after = await inject({ method: 'GET', url });
    expect(after.statusCode).toBe(410);
    await inject({ method: 'GET', url: '/api/console/team', headers: consoleAuth });

    const log = lines.join('');
    expect(log).toContain('incoming request'); // the log is really there
    expect(log).toMatch(/"url":"\/web\/login\?token=\*\*\*"/);
    for (const secret of used) expect(log.includes(secret), `log contains ${secret.slice(0, 6)}…`).toBe(false);
    for (const encoded of used.map(encodeURIComponent))
      expect(log.includes(encoded), `log contains ${encoded.slice(0, 6)}…`).toBe(false);
  });
});
