// DingTalk HTTP callback: signature, stale timestamp, payload validation and normalisation.
// Payload shapes: open.dingtalk.com "机器人接收消息" (https://open.dingtalk.com/document/orgapp/receive-message);
// see test/fixtures/dingtalk/README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDingtalkAdapter } from '../../../adapters/dingtalk/index.js';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/core/errors.js';
import type { WebhookRequest } from '../../../src/core/types.js';
import { signDingtalk } from '../../fakes/dingtalk-sign.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/dingtalk/${name}`, import.meta.url));
const cfg = {
  appKey: 'dingappkey123',
  appSecret: 'test-app-secret-0123456789',
  stream: false,
  apiBase: 'http://127.0.0.1:9',
};
const NOW = 1_774_081_000_000;

function signedRequest(
  body: Buffer | string,
  opts: { secret?: string; timestamp?: number; receivedAt?: number } = {},
): WebhookRequest {
  const { timestamp, sign } = signDingtalk(opts.secret ?? cfg.appSecret, opts.timestamp ?? NOW);
  return {
    method: 'POST',
    query: {},
    headers: { 'content-type': 'application/json; charset=utf-8', timestamp, sign },
    rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body),
    receivedAt: opts.receivedAt ?? NOW,
  };
}

describe('dingtalk callback signature', () => {
  const adapter = createDingtalkAdapter(cfg);

  it('accepts a request signed with the app secret', async () => {
    const out = await adapter.handleWebhook(signedRequest(fixture('group-text.json')));
    expect(out.kind).toBe('messages');
  });

  it('accepts a timestamp a few minutes off', async () => {
    const out = await adapter.handleWebhook(signedRequest(fixture('group-text.json'), { timestamp: NOW - 5 * 60_000 }));
    expect(out.kind).toBe('messages');
  });

  it('refuses a signature made with another secret', async () => {
    await expect(
      adapter.handleWebhook(signedRequest(fixture('group-text.json'), { secret: 'forged' })),
    ).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses a signature for another timestamp', async () => {
    const req = signedRequest(fixture('group-text.json'));
    req.headers.timestamp = String(NOW + 1);
    await expect(adapter.handleWebhook(req)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses a correctly signed but stale timestamp (more than an hour old)', async () => {
    const req = signedRequest(fixture('group-text.json'), { timestamp: NOW - 61 * 60_000 });
    await expect(adapter.handleWebhook(req)).rejects.toThrow(/stale timestamp/);
  });

  it('refuses a timestamp more than an hour in the future', async () => {
    const req = signedRequest(fixture('group-text.json'), { timestamp: NOW + 61 * 60_000 });
    await expect(adapter.handleWebhook(req)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses missing headers', async () => {
    const req = signedRequest(fixture('group-text.json'));
    delete req.headers.sign;
    await expect(adapter.handleWebhook(req)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('checks the signature before reading the body', async () => {
    const req = signedRequest('{not json', { secret: 'forged' });
    await expect(adapter.handleWebhook(req)).rejects.toBeInstanceOf(WebhookAuthError);
  });
});

describe('dingtalk callback payloads', () => {
  const adapter = createDingtalkAdapter(cfg);

  it('normalises a group text message', async () => {
    const out = await adapter.handleWebhook(signedRequest(fixture('group-text.json')));
    if (out.kind !== 'messages') throw new Error(`expected messages, got ${out.kind}`);
    expect(out.messages).toHaveLength(1);
    const m = out.messages[0]!;
    expect(m).toMatchObject({
      platform: 'dingtalk',
      externalId: 'msgR6hPZ0jH3eK8n4Cw0yW4Q1g==',
      chatExternalId: 'cidPxq3hAAkBmyP5ZAT7VxWtA==',
      chatType: 'group',
      senderExternalId: 'manager4521',
      senderName: '杨晓',
      text: 'Hamburg 的客户要求 3 月 20 日前交货，logo 印在外箱上',
      replyHint: {
        sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=c4d1f3a6e9b24e0a9b7d',
        sessionWebhookExpiredTime: 1613635652738,
        conversationId: 'cidPxq3hAAkBmyP5ZAT7VxWtA==',
        robotCode: 'dingf0apw4ibx5u5ktba',
      },
    });
    expect(m.sentAt.toISOString()).toBe(new Date(1613630252678).toISOString());
    expect((m.raw as { conversationTitle: string }).conversationTitle).toBe('外贸一组 · Hamburg Trading');
  });

  it('uses the sender staff id as the chat of a single chat', async () => {
    const out = await adapter.handleWebhook(signedRequest(fixture('single-text.json')));
    if (out.kind !== 'messages') throw new Error(`expected messages, got ${out.kind}`);
    expect(out.messages[0]).toMatchObject({
      chatType: 'direct',
      chatExternalId: '032615015535634423',
      senderExternalId: '032615015535634423',
      text: 'what does Müller GmbH need?',
    });
  });

  it('turns a picture into a message without words whose image is the downloadCode', async () => {
    const out = await adapter.handleWebhook(signedRequest(fixture('picture.json')));
    if (out.kind !== 'messages') throw new Error(`expected messages, got ${out.kind}`);
    expect(out.messages[0]).toMatchObject({
      platform: 'dingtalk',
      externalId: 'msgPic0qY3mB5t7uWn2zK1xA==',
      chatType: 'group',
      chatExternalId: 'cidPxq3hAAkBmyP5ZAT7VxWtA==',
      senderExternalId: 'manager4521',
      text: '',
      images: [
        { ref: 'mIofN681YE3f/+m+NntqpT3F0Dk9jmJ+lUuNnXS7yMwBBTd7U4m', hint: { robotCode: 'dingf0apw4ibx5u5ktba' } },
      ],
    });
  });

  it('reads richText: the text runs joined, the pictures in order', async () => {
    const out = await adapter.handleWebhook(signedRequest(fixture('rich-text.json')));
    if (out.kind !== 'messages') throw new Error(`expected messages, got ${out.kind}`);
    const m = out.messages[0]!;
    expect(m.text).toBe('客户发来的聊天截图\n第二张');
    expect(m.images?.map((i) => i.ref)).toEqual([
      'mIofN681YE3f/+m+NntqpT3F0Dk9jmJ+lUuNnXS7yMwBBTd7U4mRich1',
      'mIofN681YE3f/+m+NntqpT3F0Dk9jmJ+lUuNnXS7yMwBBTd7U4mRich2',
    ]);
  });

  it('leaves text without images, ignores files and audio, and refuses a picture without downloadCode', async () => {
    const text = await adapter.handleWebhook(signedRequest(fixture('group-text.json')));
    expect(text.kind === 'messages' && text.messages[0]!.images).toBeUndefined();
    const pic = JSON.parse(fixture('picture.json').toString()) as Record<string, unknown>;
    for (const msgtype of ['file', 'audio', 'video']) {
      const out = await adapter.handleWebhook(signedRequest(JSON.stringify({ ...pic, msgtype })));
      expect(out).toMatchObject({ kind: 'ignored', reason: expect.stringContaining(msgtype) });
    }
    await expect(
      adapter.handleWebhook(signedRequest(JSON.stringify({ ...pic, content: { pictureDownloadCode: 'x' } }))),
    ).rejects.toBeInstanceOf(WebhookPayloadError);
  });

  it('rejects malformed JSON with WebhookPayloadError', async () => {
    await expect(adapter.handleWebhook(signedRequest('{"msgId": '))).rejects.toBeInstanceOf(WebhookPayloadError);
  });

  it('rejects JSON that is not a robot callback', async () => {
    await expect(adapter.handleWebhook(signedRequest(JSON.stringify({ hello: 'world' })))).rejects.toThrow(/msgId/);
  });

  it('rejects an unknown conversationType', async () => {
    const body = JSON.parse(fixture('group-text.json').toString()) as Record<string, unknown>;
    body.conversationType = '3';
    await expect(adapter.handleWebhook(signedRequest(JSON.stringify(body)))).rejects.toBeInstanceOf(
      WebhookPayloadError,
    );
  });

  it('falls back to senderId for people outside the organisation', async () => {
    const body = JSON.parse(fixture('single-text.json').toString()) as Record<string, unknown>;
    delete body.senderStaffId;
    const out = await adapter.handleWebhook(signedRequest(JSON.stringify(body)));
    if (out.kind !== 'messages') throw new Error('expected messages');
    expect(out.messages[0]!.senderExternalId).toBe('$:LWCP_v1:$gzXDEXQDiM8piyLH4HRRcg==');
  });

  it('declares its send limits', () => {
    expect(adapter.platform).toBe('dingtalk');
    expect(adapter.sendLimitPerMinute).toBe(20);
    expect(adapter.rendersMarkdown('group')).toBe(true);
    expect(adapter.start).toBeUndefined();
  });
});
