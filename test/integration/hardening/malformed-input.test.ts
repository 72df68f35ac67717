// The audit's 500s, one by one: each is now a 4xx with a reason, or (for a signed message
// with NUL in it) a 200 with the message stored and its raw payload kept losslessly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAuth, createTestApp, type TestApp } from '../../helpers/test-app.js';
import { signedWecomCallback, wecomTextXml } from '../../fakes/wecom-sign.js';
import { readStoredJson } from '../../../src/core/storable-text.js';
import { createSession } from '../../../src/services/web-auth/tokens.js';
import { FUZZ_ENV, SECRETS } from './fuzz-helpers.js';

let t: TestApp;
const nowSec = () => Math.floor(t.wall.now().getTime() / 1000);
const qs = (q: Record<string, string>) => new URLSearchParams(q).toString();
const signed = (xml: string) =>
  signedWecomCallback({
    token: SECRETS.wecomToken,
    aesKey: SECRETS.wecomAesKey,
    corpId: SECRETS.corpId,
    xml,
    timestamp: nowSec(),
    nonce: '42',
  });
const postWecom = (cb: { query: Record<string, string>; body: string }) =>
  t.app.server.inject({
    method: 'POST',
    url: `/webhooks/wecom?${qs(cb.query)}`,
    payload: cb.body,
    headers: { 'content-type': 'text/xml' },
  });
const text = (msgId: string, content: string, createTime: string | number = nowSec()) =>
  wecomTextXml({ corpId: SECRETS.corpId, from: 'lily', content, msgId, createTime: 0 }).replace(
    '<CreateTime>0</CreateTime>',
    `<CreateTime>${createTime}</CreateTime>`,
  );

beforeAll(async () => {
  t = await createTestApp({ env: FUZZ_ENV, workers: false });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('malformed input is a 4xx with a reason', () => {
  it('refuses XML nested 200 deep or carrying a __proto__ tag with 400, before any parser runs it unsigned', async () => {
    const deep = `<xml>${'<a>'.repeat(200)}x${'</a>'.repeat(200)}<Encrypt>AAAA</Encrypt></xml>`;
    const unsigned = await t.app.server.inject({
      method: 'POST',
      url: '/webhooks/wecom?msg_signature=x&timestamp=1&nonce=1',
      payload: deep,
      headers: { 'content-type': 'text/xml' },
    });
    expect(unsigned.statusCode).toBe(401);
    const inner = await postWecom(signed(`<xml>${'<a>'.repeat(200)}x${'</a>'.repeat(200)}</xml>`));
    expect(inner.statusCode).toBe(400);
    expect(inner.json().error).toMatch(/deeper than/);
    const proto = await postWecom(signed('<xml><__proto__><MsgType>text</MsgType></__proto__></xml>'));
    expect(proto.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).MsgType).toBeUndefined();
  });

  it('refuses a signed message with CreateTime=99999999999999999999 with 400 naming CreateTime', async () => {
    const res = await postWecom(signed(text('7000000000000000001', 'hi', '99999999999999999999')));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/CreateTime/);
  });

  it('stores a signed message with U+0000 in it: text without NUL, raw payload byte for byte', async () => {
    const content = 'ACME\u0000 交期 6 月 1 日\uFFFF';
    const res = await postWecom(signed(text('7000000000000000002', content)));
    expect(res.statusCode).toBe(200);
    const row = await t.app.db.db
      .selectFrom('messages')
      .selectAll()
      .where('external_id', '=', '7000000000000000002')
      .executeTakeFirstOrThrow();
    expect(row.text).toBe('ACME 交期 6 月 1 日');
    const raw = readStoredJson(row.raw) as { xml: string };
    expect(raw.xml).toContain(content);
  });

  it('answers a garbled baton_web cookie like no cookie (401 page), not a URIError', async () => {
    for (const cookie of ['baton_web=%E0%A4%A', 'baton_web=%', 'baton_web=\u0000'.replace('\u0000', '%00')]) {
      const res = await t.app.server.inject({ method: 'GET', url: '/web/customers', headers: { cookie } });
      expect(res.statusCode, cookie).toBe(401);
    }
  });

  it('answers NUL in console text, chat ids, q= and the handover key with 4xx or a stored message, never 500', async () => {
    // NUL never reaches Postgres: `dm:lily\0` is read as dm:lily.
    const post = await t.app.server.inject({
      method: 'POST',
      url: '/api/console/messages',
      headers: consoleAuth,
      payload: { chat: 'dm:lily\u0000', from: 'lily', text: 'hi', wait_ms: 0 },
    });
    expect(post.statusCode).toBe(200);
    const unknown = await t.app.server.inject({
      method: 'POST',
      url: '/api/console/messages',
      headers: consoleAuth,
      payload: { chat: 'dm:\u0000nobody', from: 'lily', text: 'hi', wait_ms: 0 },
    });
    expect(unknown.statusCode).toBe(404);
    const nulText = await t.app.server.inject({
      method: 'POST',
      url: '/api/console/messages',
      headers: consoleAuth,
      payload: { chat: 'dm:lily', from: 'lily', text: 'a\u0000b', wait_ms: 0 },
    });
    expect(nulText.statusCode).toBe(200);
    const sid = await createSession(t.app.deps.repos, 'lily', t.app.deps.clock.now());
    const q = await t.app.server.inject({
      method: 'GET',
      url: '/web/customers?q=%00ACME',
      headers: { cookie: `baton_web=${sid}` },
    });
    expect(q.statusCode).toBe(200);
    const h = await t.app.server.inject({ method: 'GET', url: '/handovers/%00?k=%00' });
    expect(h.statusCode).toBe(404);
  });

  it('answers mapping={bad on import with 400 naming the mapping', async () => {
    const sid = await createSession(t.app.deps.repos, 'lily', t.app.deps.clock.now());
    const res = await t.app.server.inject({
      method: 'POST',
      url: `/web/import/preview?name=a.csv&mapping=${encodeURIComponent('{bad')}`,
      payload: Buffer.from('name\nACME\n'),
      headers: { cookie: `baton_web=${sid}`, 'x-baton-web': '1', 'content-type': 'application/octet-stream' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/mapping/);
  });

  it('answers a tick far outside any business time with 400', async () => {
    const res = await t.app.server.inject({
      method: 'POST',
      url: '/api/console/tick',
      headers: consoleAuth,
      payload: { now: '+275760-09-13T00:00:00Z' },
    });
    expect(res.statusCode).toBe(400);
  });
});
