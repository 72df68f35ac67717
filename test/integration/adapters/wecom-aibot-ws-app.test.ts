// The whole app with WECOM_AIBOT_BOT_ID / WECOM_AIBOT_SECRET / WECOM_AIBOT_WS_URL pointing at a fake
// gateway: it subscribes, answers "帮助" on the callback's req_id, stores a re-pushed msgid once,
// pushes an outbox notice as aibot_send_msg, re-subscribes after a drop, and shows all in /readyz.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../../src/db/repositories/outbox.js';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import {
  startFakeAibotGateway,
  textBody,
  until,
  type FakeGateway,
  type Received,
} from '../../fakes/fake-aibot-gateway.js';

const BOT = `aib-app-${process.pid}`;
const SECRET = 'app-secret';

type Stream = { id: string; finish: boolean; content: string };
const streamOf = (f: Received) => (f.body as { stream: Stream }).stream;

describe('Baton on the WeCom AI bot long connection', () => {
  let gateway: FakeGateway;
  let t: TestApp;

  beforeAll(async () => {
    gateway = await startFakeAibotGateway({ [BOT]: SECRET });
    t = await createTestApp({
      env: { WECOM_AIBOT_BOT_ID: BOT, WECOM_AIBOT_SECRET: SECRET, WECOM_AIBOT_WS_URL: gateway.url },
    });
    await t.app.db.db
      .insertInto('member_identities')
      .values({ platform: 'wecom-aibot', external_id: 'lily.w', member_id: 'lily' })
      .execute();
    await until('the subscribe', () => gateway.live().length === 1);
  });
  afterAll(async () => {
    await t?.close();
    await gateway?.close();
  });

  const finalAnswer = (reqId: string) =>
    gateway.framesOf('aibot_respond_msg').find((f) => f.headers.req_id === reqId && streamOf(f).finish);

  it('subscribes with the configured BotID and Secret, and has no callback URL', async () => {
    expect(gateway.framesOf('aibot_subscribe')[0]!.body).toEqual({ bot_id: BOT, secret: SECRET });
    const res = await t.app.server.inject({
      method: 'POST',
      url: '/webhooks/wecom-aibot?msg_signature=a&timestamp=1&nonce=n',
      payload: '{"encrypt":"x"}',
    });
    expect(res.statusCode).toBe(404);
  });

  it('answers "帮助" with aibot_respond_msg carrying the callback req_id', async () => {
    const reqId = gateway.pushMessage(BOT, textBody({ msgid: 'msg-help-1', userid: 'lily.w', text: '帮助' }));
    const answer = await until('the answer', () => finalAnswer(reqId));
    expect(streamOf(answer).content).toContain('Baton 可以');
    const rows = await t.app.db.db
      .selectFrom('messages')
      .select(['text', 'state'])
      .where('platform', '=', 'wecom-aibot')
      .where('external_id', '=', 'msg-help-1')
      .execute();
    expect(rows).toEqual([{ text: '帮助', state: 'done' }]);
  });

  it('stores a msgid pushed twice once, and answers it once', async () => {
    const body = textBody({ msgid: 'msg-dup-1', userid: 'lily.w', text: '我有哪些客户？' });
    const first = gateway.pushMessage(BOT, body);
    const again = gateway.pushMessage(BOT, body);
    const later = gateway.pushMessage(BOT, textBody({ msgid: 'msg-dup-2', userid: 'lily.w', text: 'help' }));
    await until('the answers', () => finalAnswer(later) && (finalAnswer(first) ?? finalAnswer(again)));
    const n = await t.app.db.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('platform', '=', 'wecom-aibot')
      .where('external_id', '=', 'msg-dup-1')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    expect([finalAnswer(first), finalAnswer(again)].filter(Boolean)).toHaveLength(1);
  });

  it('sends a notice with no callback to answer as aibot_send_msg', async () => {
    await enqueue(t.app.db.db, [
      { chatId: 'wecom-aibot:lily.w', text: 'ACME 交货期改为 12月10日', kind: 'notice', dedupeKey: 'test:notice:1' },
    ]);
    t.app.deps.signals.outboxQueued();
    const push = await until('the push', () =>
      gateway.framesOf('aibot_send_msg').find((f) => f.body?.['chatid'] === 'lily.w'),
    );
    expect(push.body).toEqual({
      chatid: 'lily.w',
      chat_type: 1,
      msgtype: 'markdown',
      markdown: { content: 'ACME 交货期改为 12月10日' },
    });
  });

  it('re-subscribes within 10 s after the gateway closes the socket, and shows it in /readyz', async () => {
    const before = gateway.framesOf('aibot_subscribe').length;
    gateway.dropAll();
    await until(
      're-subscribe',
      () => gateway.framesOf('aibot_subscribe').length > before && gateway.live().length === 1,
      10_000,
    );
    // The gateway sees the subscribe frame before Baton has read its acknowledgement, so wait for
    // Baton's own view of the connection rather than reading /readyz once.
    const status = await until(
      'connected in /readyz',
      async () => {
        const res = await t.app.server.inject({ method: 'GET', url: '/readyz' });
        const s = res.statusCode === 200 ? res.json().connections?.['wecom-aibot'] : undefined;
        return s?.state === 'connected' && s?.subscriptions === 2 ? s : undefined;
      },
      10_000,
    );
    expect(status).toMatchObject({
      transport: 'long-connection',
      state: 'connected',
      subscriptions: 2,
    });
  });
});

describe('a refused subscribe', () => {
  let gateway: FakeGateway;
  let t: TestApp;

  beforeAll(async () => {
    gateway = await startFakeAibotGateway({ [BOT]: SECRET });
    t = await createTestApp({
      env: { WECOM_AIBOT_BOT_ID: BOT, WECOM_AIBOT_SECRET: 'not-the-secret', WECOM_AIBOT_WS_URL: gateway.url },
    });
  });
  afterAll(async () => {
    await t?.close();
    await gateway?.close();
  });

  it('is reported in /readyz with the errcode and what to check', async () => {
    await until('the refusal', () => gateway.framesOf('aibot_subscribe').length > 0);
    const status = await until('the refused state', async () => {
      const s = (await t.app.server.inject({ method: 'GET', url: '/readyz' })).json().connections?.['wecom-aibot'];
      return s?.state === 'refused' ? s : undefined;
    });
    expect(status).toMatchObject({ errcode: 853000 });
    expect(status.detail).toContain('WECOM_AIBOT_BOT_ID');
  });
});
