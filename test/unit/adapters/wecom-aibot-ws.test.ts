// Pure parts of the AI bot long connection: settings, frames as documented, normalisation, backoff.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import {
  parseFrame,
  sendMarkdownFrame,
  streamReplyFrame,
  subscribeFrame,
  welcomeFrame,
} from '../../../adapters/wecom-aibot/ws-frames.js';
import { normalizeWsCallback } from '../../../adapters/wecom-aibot/ws-normalize.js';
import { jitteredBackoff } from '../../../adapters/wecom-aibot/ws-types.js';
import { splitText } from '../../../src/core/split-text.js';

// The AI bot's frames are limited in UTF-8 bytes (the shared splitter's default measure).
const splitUtf8 = (text: string, maxBytes: number) => splitText(text, maxBytes);

const hint = { reqId: 'req-1', streamId: 'stream-1', receivedAt: Date.UTC(2026, 3, 1) };

describe('AI bot long connection settings', () => {
  it('turns on with BotID and Secret, defaulting the gateway address', () => {
    const c = loadConfig({ WECOM_AIBOT_BOT_ID: 'aib1', WECOM_AIBOT_SECRET: 's' });
    expect(c.wecomAibotWs).toEqual({ botId: 'aib1', secret: 's', wsUrl: 'wss://openws.work.weixin.qq.com' });
    expect(c.wecomAibot).toBeUndefined();
    expect(
      loadConfig({ WECOM_AIBOT_BOT_ID: 'a', WECOM_AIBOT_SECRET: 's', WECOM_AIBOT_WS_URL: 'ws://127.0.0.1:9' })
        .wecomAibotWs?.wsUrl,
    ).toBe('ws://127.0.0.1:9');
  });

  it('refuses half a configuration and a URL that is not a WebSocket one', () => {
    expect(() => loadConfig({ WECOM_AIBOT_BOT_ID: 'aib1' })).toThrow(
      /long connection is half configured: set WECOM_AIBOT_SECRET/,
    );
    expect(() =>
      loadConfig({ WECOM_AIBOT_BOT_ID: 'a', WECOM_AIBOT_SECRET: 's', WECOM_AIBOT_WS_URL: 'https://x' }),
    ).toThrow(/WECOM_AIBOT_WS_URL/);
  });
});

describe('AI bot long connection frames', () => {
  it('builds the documented frames', () => {
    expect(subscribeFrame('r', 'BOTID', 'SECRET')).toEqual({
      cmd: 'aibot_subscribe',
      headers: { req_id: 'r' },
      body: { bot_id: 'BOTID', secret: 'SECRET' },
    });
    expect(streamReplyFrame('r', 's', 'hi', false)).toEqual({
      cmd: 'aibot_respond_msg',
      headers: { req_id: 'r' },
      body: { msgtype: 'stream', stream: { id: 's', finish: false, content: 'hi' } },
    });
    expect(welcomeFrame('r', 'hello')).toEqual({
      cmd: 'aibot_respond_welcome_msg',
      headers: { req_id: 'r' },
      body: { msgtype: 'text', text: { content: 'hello' } },
    });
    expect(sendMarkdownFrame('r', 'CHATID', 'group', 'x').body).toEqual({
      chatid: 'CHATID',
      chat_type: 2,
      msgtype: 'markdown',
      markdown: { content: 'x' },
    });
  });

  it('reads acks and callbacks, and refuses what is not a frame', () => {
    expect(parseFrame('{"headers":{"req_id":"r"},"errcode":853000,"errmsg":"invalid"}')).toMatchObject({
      errcode: 853000,
    });
    expect(parseFrame('{"cmd":"aibot_msg_callback","headers":{"req_id":"r"},"body":{}}')?.cmd).toBe(
      'aibot_msg_callback',
    );
    expect(parseFrame('not json')).toBeUndefined();
    expect(parseFrame('{"errcode":0}')).toBeUndefined();
  });
});

describe('normalizeWsCallback', () => {
  const text = (extra: Record<string, unknown>) => ({
    msgid: 'M1',
    aibotid: 'AIB',
    from: { userid: 'u1' },
    msgtype: 'text',
    text: { content: '@Baton ACME 要什么？' },
    ...extra,
  });

  it('maps a group message like the callback transport: chatid, sender, mention dropped', () => {
    const r = normalizeWsCallback(text({ chattype: 'group', chatid: 'wrkG' }), hint);
    expect(r.kind).toBe('message');
    if (r.kind !== 'message') return;
    expect(r.message).toMatchObject({
      platform: 'wecom-aibot',
      externalId: 'M1',
      chatExternalId: 'wrkG',
      chatType: 'group',
      senderExternalId: 'u1',
      text: 'ACME 要什么？',
    });
    expect(r.message.replyHint).toEqual({ transport: 'ws', ...hint, aibotId: 'AIB' });
    expect(r.message.sentAt.getTime()).toBe(hint.receivedAt);
  });

  it('maps a single chat to the sender, keeping the text as written', () => {
    const r = normalizeWsCallback(
      { ...text({ chattype: 'single', create_time: 1775000000 }), text: { content: 'help' } },
      hint,
    );
    expect(
      r.kind === 'message' && [
        r.message.chatExternalId,
        r.message.chatType,
        r.message.text,
        r.message.sentAt.getTime(),
      ],
    ).toEqual(['u1', 'direct', 'help', 1775000000_000]);
  });

  it('turns an image into a picture keeping its own aeskey, and a mixed message into text and pictures', () => {
    const image = normalizeWsCallback(
      {
        ...text({ chattype: 'single' }),
        msgtype: 'image',
        text: undefined,
        image: { url: 'https://ww-aibot-img.example/a.png', aeskey: 'ZmFrZS1rZXktZmFrZS1rZXktZmFrZS1rZXktMTIzNDU2' },
      },
      hint,
    );
    expect(image.kind === 'message' && image.message).toMatchObject({
      text: '',
      images: [
        {
          ref: 'https://ww-aibot-img.example/a.png',
          hint: { key: 'message', aeskey: 'ZmFrZS1rZXktZmFrZS1rZXktZmFrZS1rZXktMTIzNDU2' },
        },
      ],
    });
    const mixed = normalizeWsCallback(
      {
        ...text({ chattype: 'group', chatid: 'wrkG' }),
        msgtype: 'mixed',
        text: undefined,
        mixed: {
          msg_item: [
            { msgtype: 'text', text: { content: '@Baton 客户截图' } },
            { msgtype: 'image', image: { url: 'https://x/1', aeskey: 'k1' } },
            { msgtype: 'image', image: { url: 'https://x/2', aeskey: 'k2' } },
          ],
        },
      },
      hint,
    );
    expect(mixed.kind === 'message' && mixed.message).toMatchObject({
      chatExternalId: 'wrkG',
      text: '客户截图',
      images: [
        { ref: 'https://x/1', hint: { key: 'message', aeskey: 'k1' } },
        { ref: 'https://x/2', hint: { key: 'message', aeskey: 'k2' } },
      ],
    });
    const keyless = normalizeWsCallback(
      { ...text({ chattype: 'single' }), msgtype: 'image', text: undefined, image: { url: 'https://x/9' } },
      hint,
    );
    expect(keyless.kind === 'message' && keyless.message.images).toEqual([
      { ref: 'https://x/9', hint: { key: 'none' } },
    ]);
    // a text message stays without images
    const plain = normalizeWsCallback(text({ chattype: 'single' }), hint);
    expect(plain.kind === 'message' && plain.message.images).toBeUndefined();
  });

  it('ignores what it cannot answer', () => {
    expect(normalizeWsCallback(text({ chattype: 'group' }), hint)).toEqual({
      kind: 'ignored',
      reason: 'group message without chatid',
    });
    expect(normalizeWsCallback({ ...text({ chattype: 'single' }), msgtype: 'stream' }, hint).kind).toBe('ignored');
    expect(normalizeWsCallback({ msgtype: 'text', text: { content: 'x' } }, hint).kind).toBe('ignored');
  });
});

describe('jitteredBackoff', () => {
  it('doubles from the base, stays between half and all of the step, and is capped', () => {
    expect(jitteredBackoff(0, 1000, 30_000, () => 0)).toBe(500);
    expect(jitteredBackoff(0, 1000, 30_000, () => 1)).toBe(1000);
    expect(jitteredBackoff(3, 1000, 30_000, () => 1)).toBe(8000);
    expect(jitteredBackoff(50, 1000, 30_000, () => 1)).toBe(30_000);
    expect(jitteredBackoff(50, 1000, 30_000, () => 0)).toBe(15_000);
  });
});

describe('splitUtf8', () => {
  it('keeps short texts whole and cuts long ones at line breaks, under the byte limit', () => {
    expect(splitUtf8('交期 12月10日', 100)).toEqual(['交期 12月10日']);
    const text = ['第一行需求内容', '第二行需求内容', '第三行需求内容'].join('\n'); // 21 bytes a line
    const parts = splitUtf8(text, 50);
    expect(parts).toEqual(['第一行需求内容\n第二行需求内容', '第三行需求内容']);
    const long = '码'.repeat(30); // no line break: cut between characters
    expect(splitUtf8(long, 20).every((p) => Buffer.byteLength(p) <= 20)).toBe(true);
    expect(splitUtf8(long, 20).join('')).toBe(long);
  });
});
