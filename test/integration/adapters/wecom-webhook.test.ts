// The WeCom adapters end to end through the server (app.server.inject) on a real test database:
// callbacks signed with real WeCom crypto (test/fakes/wecom-sign.ts), answers per the platform contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../adapters/console/index.js';
import { createWecomAibotAdapter } from '../../../adapters/wecom-aibot/index.js';
import { createWecomAdapter } from '../../../adapters/wecom/index.js';
import type { ChatAdapter, Platform } from '../../../src/core/types.js';
import { loadConfig } from '../../../src/config.js';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import {
  signedAibotCallback,
  signedWecomCallback,
  signedWecomVerification,
  wecomTextXml,
} from '../../fakes/wecom-sign.js';
import { OFFICIAL_A } from '../../fixtures/wecom/official-samples.js';

const ENV = {
  WECOM_CORP_ID: OFFICIAL_A.corpId,
  WECOM_TOKEN: OFFICIAL_A.token,
  WECOM_ENCODING_AES_KEY: OFFICIAL_A.encodingAesKey,
  // Never reach the real WeCom API from a test: a closed port and no secret make any send fail fast.
  WECOM_API_BASE: 'http://127.0.0.1:9',
  WECOM_AIBOT_TOKEN: 'AibotT0ken',
  WECOM_AIBOT_ENCODING_AES_KEY: OFFICIAL_A.encodingAesKey,
};
const config = loadConfig({ NODE_ENV: 'test', ...ENV });

let t: TestApp;
// Signed on the app's wall clock (fixed by the test app), as WeCom's servers would sign "now".
const nowSec = () => Math.floor(t.wall.now().getTime() / 1000);
const qs = (q: Record<string, string>) => new URLSearchParams(q).toString();

async function stored(platform: Platform) {
  return t.app.db.db.selectFrom('messages').selectAll().where('platform', '=', platform).execute();
}
function post(url: string, query: Record<string, string>, body: string, contentType = 'text/xml') {
  return t.app.server.inject({
    method: 'POST',
    url: `${url}?${qs(query)}`,
    payload: body,
    headers: { 'content-type': contentType },
  });
}
const signed = (xml: string) =>
  signedWecomCallback({
    token: OFFICIAL_A.token,
    aesKey: OFFICIAL_A.encodingAesKey,
    corpId: OFFICIAL_A.corpId,
    xml,
    timestamp: nowSec(),
    nonce: '1372623149',
  });
const text = (msgId: string, content = '客户 ACME：交期 6 月 1 日，纸箱印 logo') =>
  wecomTextXml({ corpId: OFFICIAL_A.corpId, from: 'lily', content, msgId, createTime: nowSec() });

beforeAll(async () => {
  const adapters = new Map<Platform, ChatAdapter>([
    ['console', createConsoleAdapter()],
    ['wecom', createWecomAdapter(config.wecom!)],
    ['wecom-aibot', createWecomAibotAdapter(config.wecomAibot!)],
  ]);
  t = await createTestApp({ env: ENV, app: { adapters }, workers: false });
});
afterAll(async () => {
  await t?.close();
});

describe('POST/GET /webhooks/wecom', () => {
  it('answers a signed URL verification with the bare plaintext', async () => {
    const { query } = signedWecomVerification({
      token: OFFICIAL_A.token,
      aesKey: OFFICIAL_A.encodingAesKey,
      corpId: OFFICIAL_A.corpId,
      plaintext: '1616140317555161061',
      timestamp: nowSec(),
      nonce: '263014780',
    });
    const res = await t.app.server.inject({ method: 'GET', url: `/webhooks/wecom?${qs(query)}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('1616140317555161061');
  });

  it('refuses the official sample verification today: its 2014 timestamp is stale', async () => {
    const v = OFFICIAL_A.verify;
    const res = await t.app.server.inject({
      method: 'GET',
      url: `/webhooks/wecom?msg_signature=${v.msgSignature}&timestamp=${v.timestamp}&nonce=${v.nonce}&echostr=${v.echostrUrlEncoded}`,
    });
    expect(res.statusCode).toBe(401);
  });

  it('stores a signed text message once, even when WeCom posts it twice, and answers 200 with an empty body', async () => {
    const cb = signed(text('7230431812345678901'));
    const first = await post('/webhooks/wecom', cb.query, cb.body);
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe('');
    const again = await post('/webhooks/wecom', cb.query, cb.body);
    expect(again.statusCode).toBe(200);
    const rows = await stored('wecom');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      external_id: '7230431812345678901',
      sender_external_id: 'lily',
      text: '客户 ACME：交期 6 月 1 日，纸箱印 logo',
    });
  });

  it('answers 401 to a forged signature and stores nothing', async () => {
    const cb = signed(text('7230431812345678902'));
    const res = await post('/webhooks/wecom', { ...cb.query, msg_signature: '0'.repeat(40) }, cb.body);
    expect(res.statusCode).toBe(401);
    expect((await stored('wecom')).map((r) => r.external_id)).not.toContain('7230431812345678902');
  });

  it('answers 400 to a malformed body and stores nothing', async () => {
    const before = (await stored('wecom')).length;
    const cb = signed(text('1'));
    const res = await post('/webhooks/wecom', cb.query, '<xml><Encrypt>unterminated');
    expect(res.statusCode).toBe(400);
    expect((await stored('wecom')).length).toBe(before);
  });

  it('acknowledges events with 200 and stores nothing', async () => {
    const before = (await stored('wecom')).length;
    const event =
      `<xml><ToUserName><![CDATA[${OFFICIAL_A.corpId}]]></ToUserName><FromUserName><![CDATA[lily]]></FromUserName>` +
      `<CreateTime>${nowSec()}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event><AgentID>1</AgentID></xml>`;
    const cb = signed(event);
    const res = await post('/webhooks/wecom', cb.query, cb.body);
    expect(res.statusCode).toBe(200);
    expect((await stored('wecom')).length).toBe(before);
  });
});

describe('POST /webhooks/wecom-aibot', () => {
  it('stores a signed bot message once with its response_url, and refuses a forged one', async () => {
    const cb = signedAibotCallback({
      token: 'AibotT0ken',
      aesKey: OFFICIAL_A.encodingAesKey,
      timestamp: nowSec(),
      nonce: 'n1',
      json: {
        msgid: 'CAIQ16HMjQYY',
        aibotid: 'AIBOT',
        chatid: 'wrkGroup1',
        chattype: 'group',
        from: { userid: 'bob' },
        response_url: 'https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RC',
        msgtype: 'text',
        text: { content: '@Baton ACME 要什么' },
      },
    });
    for (let i = 0; i < 2; i++)
      expect((await post('/webhooks/wecom-aibot', cb.query, cb.body, 'application/json')).statusCode).toBe(200);
    const rows = await stored('wecom-aibot');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ external_id: 'CAIQ16HMjQYY', text: 'ACME 要什么' });
    expect(rows[0]!.reply_hint).toMatchObject({ responseUrl: expect.stringContaining('response_code=RC') });

    const forged = await post('/webhooks/wecom-aibot', { ...cb.query, nonce: 'other' }, cb.body, 'application/json');
    expect(forged.statusCode).toBe(401);
  });
});
