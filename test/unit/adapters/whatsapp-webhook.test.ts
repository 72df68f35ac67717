// WhatsApp Cloud API webhook: GET verification, X-Hub-Signature-256 over the raw bytes, payload
// fan-out and what is ignored. Payload shapes: Meta's webhook references, see test/fixtures/whatsapp/README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWhatsappCloudAdapter, markdownToWhatsapp } from '../../../adapters/whatsapp/index.js';
import { WebhookAuthError, WebhookForbiddenError, WebhookPayloadError } from '../../../src/core/errors.js';
import type { WebhookRequest } from '../../../src/core/types.js';
import { signWhatsapp } from '../../fakes/whatsapp-sign.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/whatsapp/${name}`, import.meta.url));
const cfg = { verifyToken: 'baton-verify-7f3a', appSecret: 'meta-app-secret-123', apiBase: 'http://127.0.0.1:9/v21.0' };
const adapter = createWhatsappCloudAdapter(cfg);
const RECEIVED_AT = Date.parse('2026-11-22T10:00:00+08:00');

function post(body: Buffer | string, signature?: string): WebhookRequest {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return {
    method: 'POST',
    query: {},
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': signature ?? signWhatsapp(cfg.appSecret, raw),
    },
    rawBody: raw,
    receivedAt: RECEIVED_AT,
  };
}
const get = (query: Record<string, string>): WebhookRequest => ({
  method: 'GET',
  query,
  headers: {},
  rawBody: Buffer.alloc(0),
  receivedAt: RECEIVED_AT,
});

describe('whatsapp verification handshake', () => {
  it('echoes hub.challenge for the right token', async () => {
    const out = await adapter.handleWebhook(
      get({ 'hub.mode': 'subscribe', 'hub.verify_token': cfg.verifyToken, 'hub.challenge': '1158201444' }),
    );
    expect(out).toEqual({ kind: 'handshake', body: '1158201444', contentType: 'text/plain' });
  });

  it('refuses a wrong token', async () => {
    await expect(
      adapter.handleWebhook(get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' })),
    ).rejects.toBeInstanceOf(WebhookForbiddenError);
  });

  it('refuses another mode', async () => {
    await expect(
      adapter.handleWebhook(
        get({ 'hub.mode': 'unsubscribe', 'hub.verify_token': cfg.verifyToken, 'hub.challenge': '1' }),
      ),
    ).rejects.toBeInstanceOf(WebhookForbiddenError);
  });
});

describe('whatsapp signature', () => {
  it('accepts the HMAC of the raw bytes', async () => {
    expect((await adapter.handleWebhook(post(fixture('text.json')))).kind).toBe('messages');
  });

  it('refuses a forged signature', async () => {
    const forged = signWhatsapp('not-the-secret', fixture('text.json'));
    await expect(adapter.handleWebhook(post(fixture('text.json'), forged))).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses a signature over re-serialised JSON (the bytes matter, not the meaning)', async () => {
    const raw = fixture('text.json');
    const reserialised = JSON.stringify(JSON.parse(raw.toString()));
    await expect(adapter.handleWebhook(post(raw, signWhatsapp(cfg.appSecret, reserialised)))).rejects.toBeInstanceOf(
      WebhookAuthError,
    );
  });

  it('refuses a missing or malformed header', async () => {
    const req = post(fixture('text.json'));
    delete req.headers['x-hub-signature-256'];
    await expect(adapter.handleWebhook(req)).rejects.toBeInstanceOf(WebhookAuthError);
    await expect(adapter.handleWebhook(post(fixture('text.json'), 'sha1=abc'))).rejects.toBeInstanceOf(
      WebhookAuthError,
    );
  });
});

describe('whatsapp payloads', () => {
  it('normalises a text message', async () => {
    const out = await adapter.handleWebhook(post(fixture('text.json')));
    if (out.kind !== 'messages') throw new Error(`expected messages, got ${out.kind}`);
    expect(out.messages).toHaveLength(1);
    const m = out.messages[0]!;
    expect(m).toMatchObject({
      platform: 'whatsapp',
      externalId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      chatExternalId: '16505551234',
      chatType: 'direct',
      senderExternalId: '16505551234',
      senderName: 'Sheena Nelson',
      text: 'Can you ship the 500 mugs before 20 March? Logo on the outer carton please.',
      replyHint: { phoneNumberId: '106540352242922' },
    });
    expect(m.sentAt.toISOString()).toBe('2025-06-08T20:59:43.000Z');
  });

  it('fans out messages from two entries, the image with its caption as text', async () => {
    const out = await adapter.handleWebhook(post(fixture('two-entries.json')));
    if (out.kind !== 'messages') throw new Error(`expected messages, got ${out.kind}`);
    expect(out.messages.map((m) => [m.externalId.slice(0, 12), m.chatExternalId, m.senderName])).toEqual([
      ['wamid.HBgLMT', '16505551234', 'Sheena Nelson'],
      ['wamid.HBgNND', '4915112345678', 'Jonas Müller'],
      ['wamid.HBgNND', '4915112345678', 'Jonas Müller'],
    ]);
    expect(out.messages[1]!.text).toBe('Bitte Palettenhöhe max. 1,60 m.');
    expect(out.messages[1]!.images).toBeUndefined();
    expect(out.messages[2]).toMatchObject({
      text: 'carton',
      images: [
        {
          ref: '1003383421387256',
          mime: 'image/jpeg',
          hint: { sha256: 'gAKnS7cDsPfrzNU5hq6Bo3FZ86mZ7tgq7Wq6mKqBbVk=' },
        },
      ],
    });
  });

  it('treats a message with group_id as a group chat', async () => {
    const out = await adapter.handleWebhook(post(fixture('group-text.json')));
    if (out.kind !== 'messages') throw new Error('expected messages');
    expect(out.messages[0]).toMatchObject({
      chatType: 'group',
      chatExternalId: 'Y2FwaV9ncm91cDoxNTU1MDc4Mzg4MToxMjAzNjM0MDU1NDQ1NzY4',
      senderExternalId: '4915112345678',
    });
  });

  it('ignores statuses-only payloads', async () => {
    expect(await adapter.handleWebhook(post(fixture('statuses.json')))).toEqual({
      kind: 'ignored',
      reason: 'whatsapp statuses only',
    });
  });

  it('turns an image without caption into a message without words', async () => {
    const out = await adapter.handleWebhook(post(fixture('image-only.json')));
    if (out.kind !== 'messages') throw new Error(`expected messages, got ${out.kind}`);
    expect(out.messages[0]).toMatchObject({
      externalId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUY5NTg0QjE1NzUyQzQ5QzMA',
      chatExternalId: '16505551234',
      text: '',
      images: [{ ref: '1003383421387257', mime: 'image/jpeg', hint: { sha256: 'abc=' } }],
    });
  });

  it('ignores audio, stickers and other media it cannot read', async () => {
    const body = JSON.parse(fixture('image-only.json').toString()) as {
      entry: { changes: { value: { messages: Record<string, unknown>[] } }[] }[];
    };
    const m = body.entry[0]!.changes[0]!.value.messages[0]!;
    body.entry[0]!.changes[0]!.value.messages[0] = { ...m, type: 'audio', image: undefined, audio: { id: '1' } };
    expect((await adapter.handleWebhook(post(JSON.stringify(body)))).kind).toBe('ignored');
  });

  it('ignores other webhook fields and objects', async () => {
    expect((await adapter.handleWebhook(post(fixture('template-status.json')))).kind).toBe('ignored');
    expect((await adapter.handleWebhook(post(JSON.stringify({ object: 'page', entry: [] })))).kind).toBe('ignored');
  });

  it('rejects malformed JSON with WebhookPayloadError', async () => {
    await expect(adapter.handleWebhook(post('{"object": "whatsapp_business_account", '))).rejects.toBeInstanceOf(
      WebhookPayloadError,
    );
  });

  it('rejects a messages change of the wrong shape', async () => {
    const body = JSON.parse(fixture('text.json').toString()) as {
      entry: { changes: { value: { messages: { timestamp: string }[] } }[] }[];
    };
    body.entry[0]!.changes[0]!.value.messages[0]!.timestamp = 'yesterday';
    await expect(adapter.handleWebhook(post(JSON.stringify(body)))).rejects.toThrow(/timestamp/);
  });

  it('rejects a body without entries', async () => {
    await expect(
      adapter.handleWebhook(post(JSON.stringify({ object: 'whatsapp_business_account' }))),
    ).rejects.toBeInstanceOf(WebhookPayloadError);
  });
});

describe('markdownToWhatsapp', () => {
  it('converts the simple markdown Baton writes', () => {
    expect(
      markdownToWhatsapp('## Needs\n**Logo**: outer carton, *urgent*\n~~old~~ see [quote](https://x.test/q)\n* item'),
    ).toBe('*Needs*\n*Logo*: outer carton, _urgent_\n~old~ see quote (https://x.test/q)\n* item');
  });

  it('declares plain text and its limits', () => {
    expect(adapter.rendersMarkdown('direct')).toBe(false);
    expect(adapter.maxMessageBytes).toBe(4096);
    expect(adapter.platform).toBe('whatsapp');
  });
});
