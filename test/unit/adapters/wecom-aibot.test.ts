import { encrypt, getSignature } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import { createWecomAibotAdapter } from '../../../adapters/wecom-aibot/index.js';
import { openEnvelope, verifySignature } from '../../../adapters/wecom-aibot/verify.js';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/core/errors.js';
import type { InboundMessage, WebhookRequest } from '../../../src/core/types.js';
import { signedAibotCallback, signedWecomVerification } from '../../fakes/wecom-sign.js';
import { OFFICIAL_A, OFFICIAL_B } from '../../fixtures/wecom/official-samples.js';

const cfg = { token: 'AibotT0ken', encodingAesKey: OFFICIAL_A.encodingAesKey };
const adapter = createWecomAibotAdapter(cfg);
const NOW = 1_750_000_000;

function post(json: unknown, opts: { timestamp?: number; token?: string } = {}): WebhookRequest {
  const s = signedAibotCallback({
    token: opts.token ?? cfg.token,
    aesKey: cfg.encodingAesKey,
    json,
    timestamp: opts.timestamp ?? NOW,
    nonce: 'abc',
  });
  return {
    method: 'POST',
    query: s.query,
    headers: { 'content-type': 'application/json' },
    rawBody: Buffer.from(s.body),
    receivedAt: NOW * 1000,
  };
}
const textMsg = (over: Record<string, unknown> = {}) => ({
  msgid: 'CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=',
  aibotid: 'AIBOTID',
  chattype: 'single',
  from: { userid: 'lisi' },
  response_url: 'https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RC',
  msgtype: 'text',
  text: { content: '客户 ACME 要求 6 月 1 日前交货' },
  ...over,
});
async function one(req: WebhookRequest): Promise<InboundMessage> {
  const outcome = await adapter.handleWebhook(req);
  if (outcome.kind !== 'messages') throw new Error(`expected messages, got ${JSON.stringify(outcome)}`);
  expect(outcome.messages).toHaveLength(1);
  return outcome.messages[0]!;
}

describe('wecom-aibot callback', () => {
  it('answers URL verification with the bare plaintext; the sealed receive id is empty', async () => {
    const { query } = signedWecomVerification({
      token: cfg.token,
      aesKey: cfg.encodingAesKey,
      corpId: '',
      plaintext: '5927384615',
      timestamp: NOW,
      nonce: 'n',
    });
    expect(
      await adapter.handleWebhook({
        method: 'GET',
        query,
        headers: {},
        rawBody: Buffer.alloc(0),
        receivedAt: NOW * 1000,
      }),
    ).toEqual({ kind: 'handshake', body: '5927384615', contentType: 'text/plain' });
  });

  it('refuses a verification sealed with a CorpID (that is a self-built app callback, not a bot)', async () => {
    const { query } = signedWecomVerification({
      token: cfg.token,
      aesKey: cfg.encodingAesKey,
      corpId: OFFICIAL_A.corpId,
      plaintext: '1',
      timestamp: NOW,
      nonce: 'n',
    });
    await expect(
      adapter.handleWebhook({ method: 'GET', query, headers: {}, rawBody: Buffer.alloc(0), receivedAt: NOW * 1000 }),
    ).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('turns a direct text into an InboundMessage with the response_url in replyHint', async () => {
    const m = await one(post(textMsg()));
    expect(m).toMatchObject({
      platform: 'wecom-aibot',
      externalId: 'CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=',
      chatExternalId: 'lisi',
      chatType: 'direct',
      senderExternalId: 'lisi',
      text: '客户 ACME 要求 6 月 1 日前交货',
      replyHint: {
        responseUrl: textMsg().response_url,
        responseUrlExpiresAt: NOW * 1000 + 3600_000,
        aibotId: 'AIBOTID',
      },
    });
    expect(m.sentAt.getTime()).toBe(NOW * 1000);
    expect((m.raw as { json: string }).json).toContain('"msgid"');
  });

  it('uses the group chatid and drops the leading @mention in groups', async () => {
    const m = await one(
      post(textMsg({ chattype: 'group', chatid: 'wrkSFfCgAAxxx', text: { content: '@Baton 需求 ACME' } })),
    );
    expect(m).toMatchObject({
      chatExternalId: 'wrkSFfCgAAxxx',
      chatType: 'group',
      senderExternalId: 'lisi',
      text: '需求 ACME',
    });
    await expect(adapter.handleWebhook(post(textMsg({ chattype: 'group' })))).rejects.toBeInstanceOf(
      WebhookPayloadError,
    );
  });

  it('reads transcribed voice and the text items of mixed messages', async () => {
    expect(
      (await one(post(textMsg({ msgtype: 'voice', text: undefined, voice: { content: '明天发样品' } })))).text,
    ).toBe('明天发样品');
    const mixed = {
      msg_item: [
        { msgtype: 'text', text: { content: '看这个' } },
        { msgtype: 'image', image: { url: 'https://ww-aibot-img.example/1' } },
        { msgtype: 'text', text: { content: 'logo 左上' } },
      ],
    };
    const m = await one(post(textMsg({ msgtype: 'mixed', text: undefined, mixed })));
    expect(m.text).toBe('看这个\nlogo 左上');
    // callback pictures are sealed with the bot's EncodingAESKey
    expect(m.images).toEqual([{ ref: 'https://ww-aibot-img.example/1', hint: { key: 'callback' } }]);
  });

  it('turns an image into a message without words whose picture is the URL', async () => {
    const m = await one(
      post(textMsg({ msgtype: 'image', text: undefined, image: { url: 'https://ww-aibot-img.example/2' } })),
    );
    expect(m).toMatchObject({
      externalId: 'CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=',
      chatExternalId: 'lisi',
      text: '',
      images: [{ ref: 'https://ww-aibot-img.example/2', hint: { key: 'callback' } }],
      replyHint: { responseUrl: textMsg().response_url },
    });
    await expect(
      adapter.handleWebhook(post(textMsg({ msgtype: 'image', text: undefined, image: {} }))),
    ).rejects.toBeInstanceOf(WebhookPayloadError);
    expect((await one(post(textMsg()))).images).toBeUndefined();
    const ownKey = await one(
      post(textMsg({ msgtype: 'image', text: undefined, image: { url: 'https://x/3', aeskey: 'K3' } })),
    );
    expect(ownKey.images).toEqual([{ ref: 'https://x/3', hint: { key: 'message', aeskey: 'K3' } }]);
  });

  it('ignores events, stream refreshes and unsupported types', async () => {
    expect(
      await adapter.handleWebhook(
        post({ msgtype: 'event', event: { eventtype: 'enter_chat' }, from: { userid: 'u' } }),
      ),
    ).toEqual({ kind: 'ignored', reason: 'event enter_chat' });
    expect(await adapter.handleWebhook(post({ msgtype: 'stream', stream: { id: 's' } }))).toEqual({
      kind: 'ignored',
      reason: 'stream refresh',
    });
    expect(await adapter.handleWebhook(post(textMsg({ msgtype: 'file', file: { url: 'x' } })))).toEqual({
      kind: 'ignored',
      reason: 'unsupported msgtype file',
    });
  });

  it('refuses forged, unsigned and stale callbacks', async () => {
    await expect(adapter.handleWebhook(post(textMsg(), { token: 'other' }))).rejects.toBeInstanceOf(WebhookAuthError);
    const r = post(textMsg());
    await expect(
      adapter.handleWebhook({ ...r, query: { ...r.query, msg_signature: undefined } }),
    ).rejects.toBeInstanceOf(WebhookAuthError);
    await expect(adapter.handleWebhook(post(textMsg(), { timestamp: NOW - 4000 }))).rejects.toThrow(/stale/);
  });

  it('answers malformed bodies and malformed decrypted messages with WebhookPayloadError', async () => {
    const r = post(textMsg());
    for (const body of ['{', '<xml/>', '{"Encrypt":"x"}', '{"encrypt":""}']) {
      await expect(adapter.handleWebhook({ ...r, rawBody: Buffer.from(body) }), body).rejects.toBeInstanceOf(
        WebhookPayloadError,
      );
    }
    await expect(adapter.handleWebhook(post(textMsg({ msgid: 7230431812345678901 })))).rejects.toThrow(/msgid/);
    await expect(adapter.handleWebhook(post(textMsg({ text: undefined })))).rejects.toBeInstanceOf(WebhookPayloadError);
    // decrypted plaintext that is not JSON
    const sealed = encrypt(cfg.encodingAesKey, 'not json', '');
    const query = {
      msg_signature: getSignature(cfg.token, String(NOW), 'n', sealed),
      timestamp: String(NOW),
      nonce: 'n',
    };
    await expect(
      adapter.handleWebhook({ ...r, query, rawBody: Buffer.from(JSON.stringify({ encrypt: sealed })) }),
    ).rejects.toThrow(/not JSON/);
  });

  it('rejects garbage from a wrong key even though the empty receive id could "match"', () => {
    // Under the wrong key @wecom/crypto may return id '' — the length check is what catches it.
    const j = OFFICIAL_B.json;
    expect(() =>
      verifySignature(
        OFFICIAL_B.token,
        { msgSignature: j.msgSignature, timestamp: j.timestamp, nonce: j.nonce },
        j.encrypt,
      ),
    ).not.toThrow();
    expect(() => openEnvelope(OFFICIAL_A.encodingAesKey, j.encrypt)).toThrow(WebhookAuthError);
    expect(openEnvelope(OFFICIAL_B.encodingAesKey, j.encrypt, OFFICIAL_B.corpId)).toMatch(/^\{ "ToUserName"/);
  });
});
