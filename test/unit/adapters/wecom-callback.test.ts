import { describe, expect, it } from 'vitest';
import { createWecomAdapter, type WecomAdapterConfig } from '../../../adapters/wecom/index.js';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/core/errors.js';
import type { InboundMessage, WebhookRequest } from '../../../src/core/types.js';
import { signedWecomCallback, signedWecomVerification, wecomImageXml, wecomTextXml } from '../../fakes/wecom-sign.js';
import { OFFICIAL_A, OFFICIAL_B } from '../../fixtures/wecom/official-samples.js';

const cfgOf = (s: { corpId: string; token: string; encodingAesKey: string }): WecomAdapterConfig => ({
  corpId: s.corpId,
  token: s.token,
  encodingAesKey: s.encodingAesKey,
  apiBase: 'http://127.0.0.1:9',
  robotKeys: {},
});
const adapterA = createWecomAdapter(cfgOf(OFFICIAL_A));
const adapterB = createWecomAdapter(cfgOf(OFFICIAL_B));

function req(
  method: 'GET' | 'POST',
  query: Record<string, string>,
  body: string,
  receivedAtSec: number | string,
): WebhookRequest {
  return { method, query, headers: {}, rawBody: Buffer.from(body, 'utf8'), receivedAt: Number(receivedAtSec) * 1000 };
}
const postQuery = (p: { msgSignature: string; timestamp: string; nonce: string }) => ({
  msg_signature: p.msgSignature,
  timestamp: p.timestamp,
  nonce: p.nonce,
});
const only = async (p: Promise<unknown>): Promise<InboundMessage> => {
  const outcome = (await p) as { kind: string; messages?: InboundMessage[] };
  expect(outcome.kind).toBe('messages');
  expect(outcome.messages).toHaveLength(1);
  return outcome.messages![0]!;
};

// A fresh signed callback in the official corp, for the cases the samples do not cover.
const NOW = 1_700_000_000;
function signed(xml: string, opts: { corpId?: string; timestamp?: number } = {}) {
  const s = signedWecomCallback({
    token: OFFICIAL_A.token,
    aesKey: OFFICIAL_A.encodingAesKey,
    corpId: opts.corpId ?? OFFICIAL_A.corpId,
    xml,
    timestamp: opts.timestamp ?? NOW,
    nonce: 'n0nce',
  });
  return req('POST', s.query, s.body, NOW);
}
const text = (content: string, msgId = '7230431812345678901') =>
  wecomTextXml({ corpId: OFFICIAL_A.corpId, from: 'zhangsan', content, msgId, createTime: NOW - 5 });

describe('wecom callback: official sample vectors', () => {
  it('answers the URL verification with the bare decrypted echostr (set A)', async () => {
    const v = OFFICIAL_A.verify;
    const outcome = await adapterA.handleWebhook(req('GET', { ...postQuery(v), echostr: v.echostr }, '', v.timestamp));
    expect(outcome).toEqual({ kind: 'handshake', body: v.plaintext, contentType: 'text/plain' });
  });

  it('accepts the URL-encoded echostr once decoded, and one whose + became spaces in a lax query parser', async () => {
    const v = OFFICIAL_A.verify;
    const decoded = new URLSearchParams(`echostr=${v.echostrUrlEncoded}`).get('echostr')!;
    expect(decoded).toBe(v.echostr);
    const lax = new URLSearchParams(`echostr=${v.echostr}`).get('echostr')!; // '+' → ' '
    expect(lax).not.toBe(v.echostr);
    for (const echostr of [decoded, lax]) {
      const outcome = await adapterA.handleWebhook(req('GET', { ...postQuery(v), echostr }, '', v.timestamp));
      expect(outcome).toMatchObject({ kind: 'handshake', body: v.plaintext });
    }
  });

  it('decrypts the sample POST into one text message with the exact MsgId (set A)', async () => {
    const p = OFFICIAL_A.post;
    const outcome = await adapterA.handleWebhook(req('POST', postQuery(p), p.body, p.timestamp));
    expect(outcome).toMatchObject({ kind: 'messages', reply: { body: '' } });
    const m = await only(Promise.resolve(outcome));
    expect(m).toMatchObject({
      platform: 'wecom',
      externalId: p.msgId,
      chatExternalId: p.from,
      chatType: 'direct',
      senderExternalId: p.from,
      text: p.content,
    });
    expect(m.sentAt.toISOString()).toBe(new Date(Number(p.timestamp) * 1000).toISOString());
    expect(m.raw).toEqual({ xml: p.plaintext, message: expect.objectContaining({ MsgId: p.msgId, AgentID: '218' }) });
  });

  it('passes set B: verification and a Chinese text message', async () => {
    const v = OFFICIAL_B.verify;
    expect(
      await adapterB.handleWebhook(req('GET', { ...postQuery(v), echostr: v.echostr }, '', v.timestamp)),
    ).toMatchObject({
      kind: 'handshake',
      body: v.plaintext,
    });
    const p = OFFICIAL_B.post;
    const m = await only(adapterB.handleWebhook(req('POST', postQuery(p), p.body, p.timestamp)));
    expect(m).toMatchObject({ externalId: p.msgId, senderExternalId: p.from, text: p.content });
  });

  it('refuses set A under set B keys (signature made with another token)', async () => {
    const p = OFFICIAL_A.post;
    await expect(adapterB.handleWebhook(req('POST', postQuery(p), p.body, p.timestamp))).rejects.toBeInstanceOf(
      WebhookAuthError,
    );
  });
});

describe('wecom callback: our signing helper', () => {
  it('produces verifications the adapter accepts (so the end-to-end tests exercise real crypto)', async () => {
    const { query } = signedWecomVerification({
      token: OFFICIAL_A.token,
      aesKey: OFFICIAL_A.encodingAesKey,
      corpId: OFFICIAL_A.corpId,
      plaintext: '8837462',
      timestamp: NOW,
      nonce: 'n',
    });
    expect(await adapterA.handleWebhook(req('GET', query, '', NOW))).toMatchObject({
      kind: 'handshake',
      body: '8837462',
    });
  });
});

describe('wecom callback: refusals', () => {
  it('refuses a forged signature (one hex digit changed)', async () => {
    const p = OFFICIAL_A.post;
    const forged = p.msgSignature.slice(0, -1) + (p.msgSignature.endsWith('0') ? '1' : '0');
    await expect(
      adapterA.handleWebhook(req('POST', { ...postQuery(p), msg_signature: forged }, p.body, p.timestamp)),
    ).rejects.toBeInstanceOf(WebhookAuthError);
    const v = OFFICIAL_A.verify;
    await expect(
      adapterA.handleWebhook(
        req('GET', { ...postQuery(v), msg_signature: forged, echostr: v.echostr }, '', v.timestamp),
      ),
    ).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses a body whose ciphertext was swapped under a valid signature', async () => {
    const other = signed(text('hi'));
    const p = OFFICIAL_A.post;
    await expect(
      adapterA.handleWebhook({ ...req('POST', postQuery(p), other.rawBody.toString(), p.timestamp) }),
    ).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses a request without signature parameters', async () => {
    const p = OFFICIAL_A.post;
    await expect(
      adapterA.handleWebhook(req('POST', { timestamp: p.timestamp, nonce: p.nonce }, p.body, p.timestamp)),
    ).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses stale timestamps (more than an hour off), and accepts 59 minutes', async () => {
    const p = OFFICIAL_A.post;
    const ts = Number(p.timestamp);
    await expect(adapterA.handleWebhook(req('POST', postQuery(p), p.body, ts + 3601))).rejects.toThrow(/stale/);
    await expect(adapterA.handleWebhook(req('POST', postQuery(p), p.body, ts - 3601))).rejects.toBeInstanceOf(
      WebhookAuthError,
    );
    await expect(adapterA.handleWebhook(req('POST', postQuery(p), p.body, ts + 59 * 60))).resolves.toMatchObject({
      kind: 'messages',
    });
    const v = OFFICIAL_A.verify;
    await expect(
      adapterA.handleWebhook(req('GET', { ...postQuery(v), echostr: v.echostr }, '', Number(v.timestamp) + 7200)),
    ).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses a correctly signed message sealed for another corp', async () => {
    await expect(adapterA.handleWebhook(signed(text('hi'), { corpId: 'wwOTHERCORP000000' }))).rejects.toThrow(
      /receive id/,
    );
  });

  it('refuses a correctly signed message when our EncodingAESKey is wrong', async () => {
    const wrongKey = createWecomAdapter({ ...cfgOf(OFFICIAL_A), encodingAesKey: OFFICIAL_B.encodingAesKey });
    await expect(wrongKey.handleWebhook(signed(text('hi')))).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('answers malformed or incomplete bodies with WebhookPayloadError', async () => {
    const base = signed(text('hi'));
    for (const body of [
      'not xml',
      '<xml><Encrypt>abc</xml>',
      '<xml><ToUserName>x</ToUserName></xml>',
      '',
      '<!DOCTYPE x [<!ENTITY a "b">]><xml><Encrypt>&a;</Encrypt></xml>',
    ]) {
      await expect(adapterA.handleWebhook({ ...base, rawBody: Buffer.from(body) }), body).rejects.toBeInstanceOf(
        WebhookPayloadError,
      );
    }
  });

  it('answers a correctly signed but malformed decrypted message with WebhookPayloadError', async () => {
    await expect(adapterA.handleWebhook(signed('<xml><MsgType>text</xml>'))).rejects.toBeInstanceOf(
      WebhookPayloadError,
    );
    const noMsgId = text('hi').replace(/<MsgId>.*<\/MsgId>/, '');
    await expect(adapterA.handleWebhook(signed(noMsgId))).rejects.toThrow(/MsgId/);
  });
});

describe('wecom callback: normalisation', () => {
  it('keeps MsgId 7230431812345678901 (above 2^53) as the exact string', async () => {
    const m = await only(adapterA.handleWebhook(signed(text('交期 5月20日'))));
    expect(m.externalId).toBe('7230431812345678901');
    expect(Number(m.externalId).toString()).not.toBe('7230431812345678901'); // proves a number would have lost it
    expect(m.text).toBe('交期 5月20日');
    expect((m.raw as { message: { MsgId: unknown } }).message.MsgId).toBe('7230431812345678901');
  });

  it('keeps text exactly, including whitespace, markup-like characters and numbers-only content', async () => {
    for (const content of ['  padded \n lines  ', 'a < b & c > d', '00123', 'emoji 📦 ok']) {
      const m = await only(adapterA.handleWebhook(signed(text(content))));
      expect(m.text).toBe(content);
    }
  });

  it('ignores events such as enter_agent, and unsupported message types', async () => {
    const event =
      `<xml><ToUserName><![CDATA[${OFFICIAL_A.corpId}]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>` +
      `<CreateTime>${NOW}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>` +
      `<EventKey><![CDATA[]]></EventKey><AgentID>1000002</AgentID></xml>`;
    expect(await adapterA.handleWebhook(signed(event))).toEqual({ kind: 'ignored', reason: 'event enter_agent' });
    const voice = text('x').replace('<MsgType><![CDATA[text]]></MsgType>', '<MsgType><![CDATA[voice]]></MsgType>');
    expect(await adapterA.handleWebhook(signed(voice))).toEqual({
      kind: 'ignored',
      reason: 'unsupported MsgType voice',
    });
  });
});

describe('wecom callback: image messages', () => {
  const imageXml = (over: Partial<Parameters<typeof wecomImageXml>[0]> = {}) =>
    wecomImageXml({
      corpId: OFFICIAL_A.corpId,
      from: 'zhangsan',
      mediaId: '1J7rPW3q0yAFbLXCvcXNPxNfoUr8ZRh6yq0LuBQnY0Z5ITKuFrRhdf8KsIdVfQHl8',
      picUrl: 'https://wework.qpic.cn/wwpic/7223_dJ4Rm2fAWi-tNhF_1702962356/0',
      msgId: '7230431812345678902',
      createTime: NOW - 5,
      ...over,
    });

  it('turns an image into a message without words whose picture is the MediaId', async () => {
    const m = await only(adapterA.handleWebhook(signed(imageXml())));
    expect(m).toMatchObject({
      platform: 'wecom',
      externalId: '7230431812345678902',
      chatExternalId: 'zhangsan',
      chatType: 'direct',
      senderExternalId: 'zhangsan',
      text: '',
      images: [
        {
          ref: '1J7rPW3q0yAFbLXCvcXNPxNfoUr8ZRh6yq0LuBQnY0Z5ITKuFrRhdf8KsIdVfQHl8',
          hint: { picUrl: 'https://wework.qpic.cn/wwpic/7223_dJ4Rm2fAWi-tNhF_1702962356/0' },
        },
      ],
    });
    expect(m.sentAt.getTime()).toBe((NOW - 5) * 1000);
    expect((m.raw as { message: { MsgType: string } }).message.MsgType).toBe('image');
  });

  it('refuses an image message without MediaId', async () => {
    const noMedia = imageXml().replace(/<MediaId>.*<\/MediaId>/, '');
    await expect(adapterA.handleWebhook(signed(noMedia))).rejects.toThrow(/MediaId/);
  });

  it('leaves text messages without images', async () => {
    const m = await only(adapterA.handleWebhook(signed(text('hi'))));
    expect(m.images).toBeUndefined();
  });
});
