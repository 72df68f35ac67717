import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_REFRESH_MARGIN_MS } from '../../../adapters/wecom/client.js';
import { createWecomAdapter, type WecomAdapterConfig } from '../../../adapters/wecom/index.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { ChatAdapter, OutboundMessage } from '../../../src/core/types.js';
import { startFakeWecom, type FakeWecom } from '../../fakes/fake-wecom-server.js';

const CORP = 'ww0000000000000001';
const SECRET = 'app-secret';
const ROBOT_CHAT = 'team-sales-group';
const ROBOT_KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';

let fake: FakeWecom;
let clock: number;
let adapter: ChatAdapter;

function build(over: Partial<WecomAdapterConfig> = {}, timeoutMs = 10_000): ChatAdapter {
  return createWecomAdapter(
    {
      corpId: CORP,
      token: 't',
      encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
      agentId: '1000002',
      secret: SECRET,
      apiBase: fake.url,
      robotKeys: { [ROBOT_CHAT]: ROBOT_KEY },
      ...over,
    },
    { now: () => clock, timeoutMs },
  );
}

const direct = (text: string, over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  platform: 'wecom',
  chatExternalId: 'zhangsan',
  chatType: 'direct',
  text,
  format: 'text',
  idempotencyKey: 'outbox-1',
  ...over,
});

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

beforeEach(async () => {
  fake = await startFakeWecom({ corpId: CORP, secret: SECRET, robotKeys: [ROBOT_KEY] });
  clock = 1_700_000_000_000;
  adapter = build();
});
afterEach(async () => {
  await fake.close();
});

describe('wecom send: app messages', () => {
  it('declares its limits and markdown support', () => {
    expect(adapter.platform).toBe('wecom');
    expect(adapter.maxMessageBytes).toBe(2048);
    expect(adapter.sendLimitPerMinute).toBe(30);
    expect(adapter.rendersMarkdown('direct')).toBe(true);
    expect(adapter.rendersMarkdown('group')).toBe(true);
  });

  it('sends a text to one member with the agent id, and returns WeCom msgid', async () => {
    const { externalId } = await adapter.send(direct('交期确认：5月20日'));
    expect(externalId).toBe('msg-1');
    const send = fake.calls.find((c) => c.endpoint === 'message/send')!;
    expect(send.query['access_token']).toBe('tok-1');
    expect(send.body).toMatchObject({
      touser: 'zhangsan',
      agentid: 1000002,
      msgtype: 'text',
      text: { content: '交期确认：5月20日' },
      enable_duplicate_check: 1,
    });
    const token = fake.calls.find((c) => c.endpoint === 'gettoken')!;
    expect(token.query).toEqual({ corpid: CORP, corpsecret: SECRET });
  });

  it('sends markdown as msgtype markdown', async () => {
    await adapter.send(direct('**客户** ACME', { format: 'markdown' }));
    expect(fake.calls.at(-1)!.body).toMatchObject({ msgtype: 'markdown', markdown: { content: '**客户** ACME' } });
  });

  it('caches the token across sends and refreshes it before it expires', async () => {
    await adapter.send(direct('a'));
    await adapter.send(direct('b'));
    await Promise.all([adapter.send(direct('c')), adapter.send(direct('d'))]);
    expect(fake.count('gettoken')).toBe(1);
    expect(fake.count('message/send')).toBe(4);

    clock += 7200 * 1000 - TOKEN_REFRESH_MARGIN_MS - 1; // still inside the safe window
    await adapter.send(direct('e'));
    expect(fake.count('gettoken')).toBe(1);
    clock += 2; // now within the margin: refresh before WeCom would refuse it
    await adapter.send(direct('f'));
    expect(fake.count('gettoken')).toBe(2);
    expect(fake.calls.at(-1)!.query['access_token']).toBe('tok-2');
  });

  it('on 42001 (token expired) refreshes once and retries, transparently', async () => {
    await adapter.send(direct('a'));
    fake.expireTokens();
    const { externalId } = await adapter.send(direct('b'));
    expect(externalId).toBe('msg-2');
    expect(fake.count('gettoken')).toBe(2);
    expect(fake.calls.filter((c) => c.endpoint === 'message/send').map((c) => c.query['access_token'])).toEqual([
      'tok-1',
      'tok-1',
      'tok-2',
    ]);
  });

  it('retries only once: a second token error is a retryable DeliveryError', async () => {
    fake.script('message/send', { errcode: 42001 }, { errcode: 40014 });
    const err = await deliveryError(adapter.send(direct('a')));
    expect(err.retryable).toBe(true);
    expect(fake.count('message/send')).toBe(2);
    expect(fake.count('gettoken')).toBe(2);
  });

  it('maps the rate limit 45009 to a retryable error with a wait', async () => {
    fake.script('message/send', { errcode: 45009, errmsg: 'reach max api daily quota limit' });
    const err = await deliveryError(adapter.send(direct('a')));
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 60_000 });
    fake.script('message/send', { errcode: 45033 });
    expect(await deliveryError(adapter.send(direct('a')))).toMatchObject({ retryable: true });
  });

  it('maps HTTP 5xx and 429 to retryable errors', async () => {
    fake.script('message/send', { status: 502 });
    expect((await deliveryError(adapter.send(direct('a')))).retryable).toBe(true);
    fake.script('gettoken', { status: 503 });
    clock += 10 * 3600 * 1000; // force a token refresh
    expect((await deliveryError(adapter.send(direct('a')))).retryable).toBe(true);
  });

  it('gives up on a hanging request after the timeout, as retryable', async () => {
    const quick = build({}, 300);
    // Get the token first (a busy machine may need a few tries within 300 ms), so
    // the scripted hang is consumed by message/send and not left for the next test.
    for (let i = 0; i < 10; i++)
      if (
        await quick.send(direct('warm')).then(
          () => true,
          () => false,
        )
      )
        break;
    fake.script('message/send', { hang: true });
    const err = await deliveryError(quick.send(direct('a')));
    expect(err).toMatchObject({ retryable: true });
    expect(err.message).toMatch(/no answer within 300 ms/);
    // the fake still answers the next send normally
    await expect(adapter.send(direct('b'))).resolves.toMatchObject({ externalId: expect.stringMatching(/^msg-/) });
  });

  it('maps permanent refusals (40003, 60011, 40001) to non-retryable errors', async () => {
    fake.script('message/send', { errcode: 40003, errmsg: 'invalid userid' });
    expect((await deliveryError(adapter.send(direct('a')))).retryable).toBe(false);
    fake.script('message/send', { errcode: 60011, errmsg: 'no privilege to access/modify contact' });
    expect((await deliveryError(adapter.send(direct('a')))).retryable).toBe(false);
    const wrongSecret = build({ secret: 'wrong' });
    const err = await deliveryError(wrongSecret.send(direct('a')));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/40001/);
  });

  it('refuses to send without WECOM_SECRET or WECOM_AGENT_ID, without calling WeCom', async () => {
    expect((await deliveryError(build({ secret: undefined }).send(direct('a')))).retryable).toBe(false);
    expect((await deliveryError(build({ agentId: undefined }).send(direct('a')))).retryable).toBe(false);
    expect(fake.calls).toHaveLength(0);
  });

  it('splits a long text into parts of at most 2048 bytes, sent in order', async () => {
    const lines = Array.from(
      { length: 120 },
      (_, i) => `${String(i).padStart(3, '0')} 客户要求：纸箱外印 logo，托盘包装`,
    );
    const text = lines.join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2048 * 2);
    const { externalId } = await adapter.send(direct(text));
    const sent = fake.calls
      .filter((c) => c.endpoint === 'message/send')
      .map((c) => (c.body!['text'] as { content: string }).content);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const part of sent) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(2048);
    expect(sent.join('\n')).toBe(text);
    expect(externalId.split(',')).toHaveLength(sent.length);
  });
});

describe('wecom send: group robots', () => {
  it('posts to the robot webhook of a configured team chat', async () => {
    const { externalId } = await adapter.send(
      direct('## 今日跟进', {
        chatType: 'group',
        chatExternalId: ROBOT_CHAT,
        format: 'markdown',
        idempotencyKey: 'ob-9',
      }),
    );
    expect(externalId).toBe('robot:ob-9');
    expect(fake.calls).toEqual([
      {
        endpoint: 'webhook/send',
        query: { key: ROBOT_KEY },
        body: { msgtype: 'markdown', markdown: { content: '## 今日跟进' } },
      },
    ]);
  });

  it('maps robot rate limiting to retryable, a dead key to non-retryable, an unknown group to non-retryable', async () => {
    const group = direct('x', { chatType: 'group', chatExternalId: ROBOT_CHAT });
    fake.script('webhook/send', { errcode: 45009, errmsg: 'api freq out of limit' });
    expect(await deliveryError(adapter.send(group))).toMatchObject({ retryable: true, retryAfterMs: 60_000 });
    const dead = build({ robotKeys: { [ROBOT_CHAT]: 'revoked-key' } });
    expect((await deliveryError(dead.send(group))).retryable).toBe(false);
    const before = fake.calls.length;
    expect((await deliveryError(adapter.send({ ...group, chatExternalId: 'unknown-group' }))).retryable).toBe(false);
    expect(fake.calls.length).toBe(before);
  });
});
