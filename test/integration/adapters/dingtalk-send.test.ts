// DingTalk sending against a fake DingTalk on 127.0.0.1 (test/fakes/fake-dingtalk-server.ts):
// sessionWebhook while valid, robot API after expiry, token caching and refresh, error mapping.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDingtalkAdapter, sendGroupRobotNotice } from '../../../adapters/dingtalk/index.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { ChatAdapter, OutboundMessage } from '../../../src/core/types.js';
import { startFakeDingtalk, type FakeDingtalk } from '../../fakes/fake-dingtalk-server.js';

const APP = { appKey: 'dingappkey123', appSecret: 'app-secret-xyz' };
const BATCH = '/v1.0/robot/oToMessages/batchSend';
const GROUP = '/v1.0/robot/groupMessages/send';
const TOKEN = '/v1.0/oauth2/accessToken';

let fake: FakeDingtalk;
let clock: number;
let adapter: ChatAdapter;

beforeEach(async () => {
  clock = Date.parse('2026-11-22T10:00:00+08:00');
  fake = await startFakeDingtalk({
    ...APP,
    groupRobotToken: 'grp-token',
    groupRobotSecret: 'SECgroupsecret',
    now: () => clock,
  });
  adapter = createDingtalkAdapter(
    { ...APP, robotCode: 'dingrobot001', stream: false, apiBase: fake.baseUrl },
    // Roomy: the first request of a busy test run can be slow. Only the timeout test uses a short one.
    { now: () => clock, timeoutMs: 5_000 },
  );
});
afterEach(() => fake.close());

function outbound(over: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    platform: 'dingtalk',
    chatExternalId: 'staff-42',
    chatType: 'direct',
    text: '**Müller GmbH** needs: delivery before 20 March',
    format: 'markdown',
    idempotencyKey: 'outbox-1',
    ...over,
  };
}

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof DeliveryError)) throw new Error(`expected DeliveryError, got ${String(err)}`);
  return err;
}

describe('dingtalk send: sessionWebhook', () => {
  it('replies through a valid sessionWebhook as markdown', async () => {
    const hint = {
      sessionWebhook: fake.sessionWebhookUrl('s1'),
      sessionWebhookExpiredTime: clock + 30 * 60_000,
      conversationId: 'cid1',
    };
    const out = await adapter.send(outbound({ replyHint: hint }));
    expect(out.externalId).toBe('dingtalk:outbox-1');
    const [req] = fake.to('/robot/sendBySession');
    expect(req?.body).toEqual({
      msgtype: 'markdown',
      markdown: { title: 'Müller GmbH needs: delivery be', text: outbound().text },
    });
    expect(fake.to(TOKEN)).toHaveLength(0);
  });

  it('sends text format as a text message', async () => {
    const hint = { sessionWebhook: fake.sessionWebhookUrl('s1'), sessionWebhookExpiredTime: clock + 30 * 60_000 };
    await adapter.send(outbound({ format: 'text', text: 'plain', replyHint: hint }));
    expect(fake.to('/robot/sendBySession')[0]?.body).toEqual({ msgtype: 'text', text: { content: 'plain' } });
  });

  it('uses the robot API once the sessionWebhook has expired', async () => {
    const hint = {
      sessionWebhook: fake.sessionWebhookUrl('s1'),
      sessionWebhookExpiredTime: clock - 1,
      robotCode: 'dingrobot-from-hint',
    };
    const out = await adapter.send(outbound({ replyHint: hint }));
    expect(fake.to('/robot/sendBySession')).toHaveLength(0);
    const [req] = fake.to(BATCH);
    expect(out.externalId).toMatch(/^pqk-oto-/);
    expect(req?.headers['x-acs-dingtalk-access-token']).toBe('tok-1');
    expect(req?.body).toEqual({
      robotCode: 'dingrobot-from-hint',
      userIds: ['staff-42'],
      msgKey: 'sampleMarkdown',
      msgParam: JSON.stringify({ title: 'Müller GmbH needs: delivery be', text: outbound().text }),
    });
  });

  it('falls back to the robot API when the sessionWebhook is refused', async () => {
    fake.queue('/robot/sendBySession', { status: 200, body: { errcode: 300001, errmsg: 'session expired' } });
    const hint = { sessionWebhook: fake.sessionWebhookUrl('s1'), sessionWebhookExpiredTime: clock + 30 * 60_000 };
    await adapter.send(outbound({ replyHint: hint }));
    expect(fake.to(BATCH)).toHaveLength(1);
  });

  it('maps sessionWebhook throttling (errcode 130101) to retryable with the 10-minute mute', async () => {
    fake.queue('/robot/sendBySession', {
      status: 200,
      body: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' },
    });
    const hint = { sessionWebhook: fake.sessionWebhookUrl('s1'), sessionWebhookExpiredTime: clock + 30 * 60_000 };
    const err = await deliveryError(adapter.send(outbound({ replyHint: hint })));
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBe(600_000);
  });
});

describe('dingtalk send: robot API', () => {
  it('sends to a group by openConversationId with sampleText', async () => {
    await adapter.send(
      outbound({ chatType: 'group', chatExternalId: 'cidGroup==', format: 'text', text: 'hello team' }),
    );
    expect(fake.to(GROUP)[0]?.body).toEqual({
      robotCode: 'dingrobot001',
      openConversationId: 'cidGroup==',
      msgKey: 'sampleText',
      msgParam: JSON.stringify({ content: 'hello team' }),
    });
  });

  it('caches the access token across sends', async () => {
    await adapter.send(outbound());
    await adapter.send(outbound({ idempotencyKey: 'outbox-2' }));
    expect(fake.to(TOKEN)).toHaveLength(1);
    expect(fake.to(BATCH).map((r) => r.headers['x-acs-dingtalk-access-token'])).toEqual(['tok-1', 'tok-1']);
  });

  it('refreshes the token before it expires', async () => {
    await adapter.send(outbound());
    clock += 7200_000 - 4 * 60_000; // inside the 5-minute margin
    await adapter.send(outbound());
    expect(fake.to(TOKEN)).toHaveLength(2);
    expect(fake.to(BATCH)[1]?.headers['x-acs-dingtalk-access-token']).toBe('tok-2');
  });

  it('refreshes a refused token once and retries', async () => {
    await adapter.send(outbound());
    fake.revokeTokens();
    const out = await adapter.send(outbound());
    expect(out.externalId).toMatch(/^pqk-oto-/);
    expect(fake.to(BATCH).map((r) => r.headers['x-acs-dingtalk-access-token'])).toEqual(['tok-1', 'tok-1', 'tok-2']);
  });

  it('gives up when the fresh token is refused too', async () => {
    fake.queue(BATCH, { status: 401, body: { code: 'InvalidAuthentication', message: '不合法的access_token' } });
    fake.queue(BATCH, { status: 401, body: { code: 'InvalidAuthentication', message: '不合法的access_token' } });
    const err = await deliveryError(adapter.send(outbound()));
    expect(fake.to(BATCH)).toHaveLength(2);
    expect(err.message).toMatch(/refused twice/);
  });

  it('maps 429 to retryable with Retry-After', async () => {
    fake.queue(BATCH, {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { code: 'Throttling', message: 'too many requests' },
    });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 7000 });
  });

  it('maps a QPS throttling code to retryable with a default wait', async () => {
    fake.queue(GROUP, {
      status: 403,
      body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' },
    });
    const err = await deliveryError(adapter.send(outbound({ chatType: 'group', chatExternalId: 'cid' })));
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBeGreaterThan(0);
  });

  it('maps 5xx to retryable', async () => {
    fake.queue(BATCH, { status: 503, body: '<html>busy</html>' });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err.retryable).toBe(true);
  });

  it('maps a timeout to retryable', async () => {
    const impatient = createDingtalkAdapter(
      { ...APP, stream: false, apiBase: fake.baseUrl },
      { now: () => clock, timeoutMs: 300 },
    );
    await impatient.send(outbound()); // token fetched with time to spare
    fake.queue(BATCH, { status: 200, body: { processQueryKey: 'late' }, delayMs: 2_000 });
    const err = await deliveryError(impatient.send(outbound()));
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/no answer within 300 ms/);
  });

  it('maps other 4xx to not retryable', async () => {
    fake.queue(BATCH, { status: 400, body: { code: 'invalidParameter', message: 'robotCode is wrong' } });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/robotCode is wrong/);
  });

  it('reports wrong app credentials as not retryable', async () => {
    const wrong = createDingtalkAdapter(
      { appKey: 'dingappkey123', appSecret: 'wrong', stream: false, apiBase: fake.baseUrl },
      { now: () => clock },
    );
    const err = await deliveryError(wrong.send(outbound()));
    expect(err.retryable).toBe(false);
  });

  it('maps a flow-controlled user in a 200 answer to retryable', async () => {
    fake.queue(BATCH, {
      status: 200,
      body: { processQueryKey: 'x', invalidStaffIdList: [], flowControlledStaffIdList: ['staff-42'] },
    });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err.retryable).toBe(true);
  });

  it('splits a text longer than maxMessageBytes into several sends', async () => {
    const para = '客户要求的包装：每箱 12 件，外箱印 logo。\n';
    const text = para.repeat(Math.ceil((adapter.maxMessageBytes * 2.5) / Buffer.byteLength(para)));
    await adapter.send(outbound({ text, format: 'text' }));
    const sent = fake
      .to(BATCH)
      .map((r) => (JSON.parse((r.body as { msgParam: string }).msgParam) as { content: string }).content);
    expect(sent.length).toBe(3);
    for (const s of sent) expect(Buffer.byteLength(s)).toBeLessThanOrEqual(adapter.maxMessageBytes);
    expect(sent.join('\n')).toBe(text.trimEnd());
  });
});

describe('dingtalk custom group robot', () => {
  it('posts a signed notice', async () => {
    await sendGroupRobotNotice(
      {
        webhookUrl: fake.groupRobotUrl('grp-token'),
        secret: 'SECgroupsecret',
        text: '## Change\nMüller moved the date',
        format: 'markdown',
      },
      { now: () => clock },
    );
    const [req] = fake.to('/robot/send');
    expect(req?.body).toEqual({
      msgtype: 'markdown',
      markdown: { title: 'Change', text: '## Change\nMüller moved the date' },
    });
  });

  it('fails without retry when the signature is wrong', async () => {
    const err = await deliveryError(
      sendGroupRobotNotice(
        { webhookUrl: fake.groupRobotUrl('grp-token'), secret: 'SECwrong', text: 'x', format: 'text' },
        { now: () => clock },
      ),
    );
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/310000/);
  });

  it('maps the 20-per-minute throttle to retryable', async () => {
    fake.queue('/robot/send', {
      status: 200,
      body: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' },
    });
    const err = await deliveryError(
      sendGroupRobotNotice(
        { webhookUrl: fake.groupRobotUrl('grp-token'), secret: 'SECgroupsecret', text: 'x', format: 'text' },
        { now: () => clock },
      ),
    );
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 600_000 });
  });
});
