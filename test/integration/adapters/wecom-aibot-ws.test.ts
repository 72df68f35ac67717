// The AI bot long-connection transport against a fake gateway speaking the real frames on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createWecomAibotAdapter, type WsOptions } from '../../../adapters/wecom-aibot/index.js';
import type { ChatAdapter, InboundMessage } from '../../../src/core/types.js';
import { startFakeAibotGateway, textBody, until, type FakeGateway } from '../../fakes/fake-aibot-gateway.js';

const BOT = 'aib-test-1';
const SECRET = 'long-connection-secret';
const FAST: Partial<WsOptions> = {
  heartbeatMs: 150,
  baseDelayMs: 40,
  maxDelayMs: 200,
  takenOverDelayMs: 300,
  takenOverMaxDelayMs: 600,
  streamAfterMs: 60_000,
};

let gateway: FakeGateway;
let adapter: ChatAdapter;
let stored: InboundMessage[];

async function connect(opts: { secret?: string; ws?: Partial<WsOptions>; lang?: 'zh' | 'en' } = {}): Promise<void> {
  gateway = await startFakeAibotGateway({ [BOT]: SECRET });
  stored = [];
  adapter = createWecomAibotAdapter(
    { ws: { botId: BOT, secret: opts.secret ?? SECRET, wsUrl: gateway.url } },
    { wsOptions: { ...FAST, ...opts.ws } },
  );
  await adapter.start!(
    async (m) => {
      const duplicate = stored.some((s) => s.externalId === m.externalId);
      if (!duplicate) stored.push(m);
      return { duplicate };
    },
    { memberLanguage: async () => opts.lang },
  );
}

const state = () => adapter.status!() as { state: string; errcode?: number; detail?: string; subscriptions: number };

afterEach(async () => {
  await adapter?.stop?.();
  await gateway?.close();
});

describe('wecom-aibot long connection', () => {
  it('subscribes with bot_id, secret and a req_id, and reports connected', async () => {
    await connect();
    const [sub] = gateway.framesOf('aibot_subscribe');
    expect(sub!.body).toEqual({ bot_id: BOT, secret: SECRET });
    expect(sub!.headers.req_id).toMatch(/^aibot_subscribe_/);
    expect(state().state).toBe('connected');
    expect(adapter.canSend!()).toBe(true);
    expect(adapter.exclusiveConnection).toBe(`wecom-aibot:${BOT}`);
    expect(adapter.sendLimitPerMinute).toBe(30);
  });

  it('reports a refused subscribe (853000) with the settings to check, and keeps trying', async () => {
    await connect({ secret: 'wrong' });
    expect(state()).toMatchObject({ state: 'refused', errcode: 853000 });
    expect(state().detail).toContain('WECOM_AIBOT_SECRET');
    expect(adapter.canSend!()).toBe(false);
    await until('a second subscribe attempt', () => gateway.framesOf('aibot_subscribe').length >= 2);
    expect(state().state).toBe('refused');
  });

  it('pings with a req_id; an unanswered ping ends the connection and it subscribes again', async () => {
    await connect();
    const ping = await until('a ping', () => gateway.framesOf('ping')[0]);
    expect(ping.headers.req_id).toMatch(/^ping_/);
    expect(ping.body).toBeUndefined();
    gateway.ackPings(false);
    await until('the dead connection to be closed', () => gateway.connections[0]!.closed);
    gateway.ackPings(true);
    await until('a new subscribed connection', () => gateway.live().find((c) => c.id > 1));
    // The gateway has the frame before Baton has read its ack: wait for Baton's own state.
    await until('connected again', () => state().state === 'connected');
  });

  it('subscribes again after the gateway closes the socket', async () => {
    await connect();
    gateway.dropAll();
    await until('re-subscribe', () => gateway.framesOf('aibot_subscribe').length === 2 && gateway.live().length === 1);
    await until('the second subscription acknowledged', () => state().subscriptions === 2);
    expect(state().state).toBe('connected');
  });

  it('turns a text callback into the InboundMessage of the callback transport and answers it with the same req_id', async () => {
    await connect();
    const reqId = gateway.pushMessage(
      BOT,
      textBody({ msgid: 'm-1', userid: 'lily.w', chatid: 'wrkG1', text: '@Baton 帮助' }),
    );
    const m = await until('the message to be stored', () => stored[0]);
    expect(m).toMatchObject({
      platform: 'wecom-aibot',
      externalId: 'm-1',
      chatExternalId: 'wrkG1',
      chatType: 'group',
      senderExternalId: 'lily.w',
      text: '帮助',
    });
    expect(m.replyHint).toMatchObject({ transport: 'ws', reqId });
    await adapter.send({
      platform: 'wecom-aibot',
      chatExternalId: 'wrkG1',
      chatType: 'group',
      text: '**help**',
      format: 'markdown',
      idempotencyKey: 'o1',
      replyHint: m.replyHint,
    });
    const [answer] = gateway.framesOf('aibot_respond_msg');
    expect(answer!.headers.req_id).toBe(reqId);
    expect(answer!.body).toEqual({
      msgtype: 'stream',
      stream: { id: m.replyHint!['streamId'], finish: true, content: '**help**' },
    });
    // A second reply to the same callback cannot reuse the finished stream: it is pushed.
    await adapter.send({
      platform: 'wecom-aibot',
      chatExternalId: 'wrkG1',
      chatType: 'group',
      text: 'part 2',
      format: 'text',
      idempotencyKey: 'o2',
      replyHint: m.replyHint,
    });
    expect(gateway.framesOf('aibot_send_msg')[0]!.body).toEqual({
      chatid: 'wrkG1',
      chat_type: 2,
      msgtype: 'markdown',
      markdown: { content: 'part 2' },
    });
  });

  it('opens a stream at once when the answer is slow, and finishes the same stream with the answer', async () => {
    await connect({ ws: { streamAfterMs: 0 } });
    const reqId = gateway.pushMessage(BOT, textBody({ msgid: 'm-2', userid: 'bob', text: 'what does ACME need?' }));
    const hold = await until('the holding frame', () => gateway.framesOf('aibot_respond_msg')[0]);
    expect(stored).toHaveLength(1); // stored before anything answered it
    expect(hold.headers.req_id).toBe(reqId);
    expect(hold.body).toMatchObject({
      msgtype: 'stream',
      stream: { finish: false, content: 'Got it, working on it…' },
    });
    await adapter.send({
      platform: 'wecom-aibot',
      chatExternalId: 'bob',
      chatType: 'direct',
      text: 'ACME: 5000 pcs',
      format: 'text',
      idempotencyKey: 'o3',
      replyHint: stored[0]!.replyHint,
    });
    const frames = gateway.framesOf('aibot_respond_msg');
    expect(frames).toHaveLength(2);
    expect(frames[1]!.headers.req_id).toBe(reqId);
    const [first, last] = frames.map(
      (f) => (f.body as { stream: { id: string; finish: boolean; content: string } }).stream,
    );
    expect(last).toEqual({ id: first!.id, finish: true, content: 'ACME: 5000 pcs' });
  });

  it('finishes a stream left open too long with the holding text, and pushes the late answer', async () => {
    await connect({ ws: { streamAfterMs: 0, streamCloseAfterMs: 100 } });
    gateway.pushMessage(BOT, textBody({ msgid: 'm-slow', userid: 'bob', text: '交接给李波' }));
    const closed = await until('the stream closed', () => gateway.framesOf('aibot_respond_msg')[1]);
    expect(closed.body).toMatchObject({ stream: { finish: true, content: '收到，正在处理…' } });
    await adapter.send({
      platform: 'wecom-aibot',
      chatExternalId: 'bob',
      chatType: 'direct',
      text: '好的',
      format: 'text',
      idempotencyKey: 'o5',
      replyHint: stored[0]!.replyHint,
    });
    expect(gateway.framesOf('aibot_respond_msg')).toHaveLength(2);
    expect(gateway.framesOf('aibot_send_msg')[0]!.body).toMatchObject({ chatid: 'bob', markdown: { content: '好的' } });
  });

  it('pushes the answer when WeCom refuses it on the callback (e.g. 846608, stream expired)', async () => {
    await connect();
    gateway.pushMessage(BOT, textBody({ msgid: 'm-exp', userid: 'bob', text: 'help' }));
    const m = await until('stored', () => stored[0]);
    gateway.script('aibot_respond_msg', 846608);
    await adapter.send({
      platform: 'wecom-aibot',
      chatExternalId: 'bob',
      chatType: 'direct',
      text: 'help text',
      format: 'text',
      idempotencyKey: 'o6',
      replyHint: m.replyHint,
    });
    expect(gateway.framesOf('aibot_send_msg')[0]!.body).toMatchObject({
      chatid: 'bob',
      chat_type: 1,
      markdown: { content: 'help text' },
    });
  });

  it('pushes messages with no callback to answer as aibot_send_msg to the chat', async () => {
    await connect();
    const res = await adapter.send({
      platform: 'wecom-aibot',
      chatExternalId: 'zhao',
      chatType: 'direct',
      text: '提醒：今天跟进 ACME',
      format: 'text',
      idempotencyKey: 'o4',
    });
    const [push] = gateway.framesOf('aibot_send_msg');
    expect(push!.headers.req_id).toBe(res.externalId);
    expect(push!.body).toEqual({
      chatid: 'zhao',
      chat_type: 1,
      msgtype: 'markdown',
      markdown: { content: '提醒：今天跟进 ACME' },
    });
  });

  it('welcomes a member entering the chat in their language, answering the event req_id', async () => {
    await connect({ lang: 'en' });
    const reqId = gateway.pushEvent(BOT, {
      msgid: 'e-1',
      create_time: 1700000000,
      aibotid: 'A',
      chattype: 'single',
      from: { userid: 'bob' },
      msgtype: 'event',
      event: { eventtype: 'enter_chat' },
    });
    const welcome = await until('the welcome', () => gateway.framesOf('aibot_respond_welcome_msg')[0]);
    expect(welcome.headers.req_id).toBe(reqId);
    expect(welcome.body).toMatchObject({ msgtype: 'text', text: { content: expect.stringContaining("I'm Baton") } });
    expect(stored).toHaveLength(0);
  });

  it('stores images as pictures with their aeskey, and file and voice callbacks as placeholders', async () => {
    await connect();
    const base = { aibotid: 'A', chattype: 'single', from: { userid: 'lily' } };
    gateway.pushMessage(BOT, { ...base, msgid: 'i-1', msgtype: 'image', image: { url: 'https://x/1', aeskey: 'k' } });
    gateway.pushMessage(BOT, {
      ...base,
      msgid: 'f-1',
      msgtype: 'file',
      file: { url: 'https://x/2', aeskey: 'k', filename: 'PI-2031.pdf' },
    });
    gateway.pushMessage(BOT, { ...base, msgid: 'v-1', msgtype: 'voice', voice: { content: '' } });
    gateway.pushMessage(BOT, {
      ...base,
      msgid: 'x-1',
      msgtype: 'mixed',
      mixed: {
        msg_item: [
          { msgtype: 'text', text: { content: '看图' } },
          { msgtype: 'image', image: { url: 'https://x/3', aeskey: 'k3' } },
        ],
      },
    });
    await until('four stored', () => stored.length === 4);
    expect(stored.map((m) => m.text)).toEqual(['', '[文件: PI-2031.pdf]', '[语音]', '看图']);
    expect(stored.map((m) => m.images)).toEqual([
      [{ ref: 'https://x/1', hint: { key: 'message', aeskey: 'k' } }],
      undefined,
      undefined,
      [{ ref: 'https://x/3', hint: { key: 'message', aeskey: 'k3' } }],
    ]);
  });

  it('backs off when another connection takes the BotID over, then comes back', async () => {
    await connect();
    const rival = new WebSocket(gateway.url);
    await new Promise((r) => rival.once('open', r));
    rival.send(
      JSON.stringify({ cmd: 'aibot_subscribe', headers: { req_id: 'rival-1' }, body: { bot_id: BOT, secret: SECRET } }),
    );
    await until('the taken-over state', () => state().state === 'taken-over');
    rival.close();
    await until('our connection back', () => state().state === 'connected' && gateway.live().length === 1);
    expect(gateway.framesOf('aibot_subscribe').filter((f) => f.conn !== 2)).toHaveLength(2);
  });
});
