// Stream mode with a fake of the small DWClient surface we use (the real gateway is unreachable here).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDingtalkAdapter } from '../../../adapters/dingtalk/index.js';
import {
  backoffDelay,
  TOPIC_ROBOT,
  type StreamClientLike,
  type StreamDownstream,
} from '../../../adapters/dingtalk/stream.js';
import type { InboundMessage } from '../../../src/core/types.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/dingtalk/${name}`, import.meta.url), 'utf8');

class FakeStreamClient implements StreamClientLike {
  connected = false;
  connectAttempts = 0;
  /** Attempts that fail before one succeeds. */
  failuresLeft = 0;
  acks: { messageId: string; result: unknown }[] = [];
  disconnected = false;
  private listeners = new Map<string, (msg: StreamDownstream) => void>();

  registerCallbackListener(topic: string, cb: (msg: StreamDownstream) => void) {
    this.listeners.set(topic, cb);
    return this;
  }
  async getEndpoint() {
    return this;
  }
  async _connect() {
    this.connectAttempts++;
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('gateway unreachable');
    }
    this.connected = true;
  }
  disconnect() {
    this.disconnected = true;
    this.connected = false;
  }
  socketCallBackResponse(messageId: string, result: unknown) {
    this.acks.push({ messageId, result });
  }
  /** What the socket's close handler does in DWClient. */
  dropConnection() {
    this.connected = false;
  }
  push(messageId: string, data: string) {
    this.listeners.get(TOPIC_ROBOT)?.({ headers: { messageId, topic: TOPIC_ROBOT }, data });
  }
}

const cfg = { appKey: 'dingappkey123', appSecret: 'secret', stream: true, apiBase: 'http://127.0.0.1:9' };
const options = { baseDelayMs: 100, maxDelayMs: 800, healthCheckMs: 50 };

describe('dingtalk stream mode', () => {
  let fake: FakeStreamClient;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = new FakeStreamClient();
  });
  afterEach(() => vi.useRealTimers());

  const build = () => createDingtalkAdapter(cfg, { streamClientFactory: () => fake, streamOptions: options });

  it('backs off exponentially up to the cap', () => {
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, options))).toEqual([100, 200, 400, 800, 800, 800]);
  });

  it('normalises a robot callback and acks it after onMessage resolved', async () => {
    const adapter = build();
    const got: InboundMessage[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await adapter.start!(async (m) => {
      got.push(m);
      await gate;
    });
    fake.push('stream-msg-1', fixture('group-text.json'));
    await vi.advanceTimersByTimeAsync(0);
    expect(got.map((m) => m.externalId)).toEqual(['msgR6hPZ0jH3eK8n4Cw0yW4Q1g==']);
    expect(fake.acks).toEqual([]); // not before the message is stored
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.acks).toEqual([{ messageId: 'stream-msg-1', result: { status: 'SUCCESS', message: 'OK' } }]);
    await adapter.stop!();
  });

  it('does not ack when onMessage fails, so DingTalk delivers again', async () => {
    const adapter = build();
    await adapter.start!(async () => {
      throw new Error('database down');
    });
    fake.push('stream-msg-2', fixture('single-text.json'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.acks).toEqual([]);
    await adapter.stop!();
  });

  it('hands a picture to onMessage with its downloadCode, then acks', async () => {
    const adapter = build();
    const got: InboundMessage[] = [];
    await adapter.start!(async (m) => void got.push(m));
    fake.push('pic-1', fixture('picture.json'));
    await vi.advanceTimersByTimeAsync(0);
    expect(got.map((m) => [m.text, m.images?.[0]?.ref])).toEqual([
      ['', 'mIofN681YE3f/+m+NntqpT3F0Dk9jmJ+lUuNnXS7yMwBBTd7U4m'],
    ]);
    expect(fake.acks.map((a) => a.messageId)).toEqual(['pic-1']);
    await adapter.stop!();
  });

  it('acks ignored and unreadable callbacks without calling onMessage', async () => {
    const adapter = build();
    const onMessage = vi.fn(async () => undefined);
    await adapter.start!(onMessage);
    fake.push('pic', JSON.stringify({ ...JSON.parse(fixture('picture.json')), msgtype: 'file' }));
    fake.push('junk', '{"not":"a robot message"}');
    await vi.advanceTimersByTimeAsync(0);
    expect(onMessage).not.toHaveBeenCalled();
    expect(fake.acks.map((a) => a.messageId)).toEqual(['pic', 'junk']);
    await adapter.stop!();
  });

  it('retries a failed first connect with growing delays', async () => {
    fake.failuresLeft = 3;
    const adapter = build();
    await adapter.start!(async () => undefined); // returns although the gateway is down
    expect(fake.connectAttempts).toBe(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(fake.connectAttempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1); // +100
    expect(fake.connectAttempts).toBe(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(fake.connectAttempts).toBe(3);
    await vi.advanceTimersByTimeAsync(399);
    expect(fake.connectAttempts).toBe(3);
    await vi.advanceTimersByTimeAsync(1); // +400
    expect(fake.connectAttempts).toBe(4);
    expect(fake.connected).toBe(true);
    await adapter.stop!();
  });

  it('reconnects after the connection drops and stops cleanly', async () => {
    const adapter = build();
    await adapter.start!(async () => undefined);
    expect(fake.connectAttempts).toBe(1);
    fake.dropConnection();
    await vi.advanceTimersByTimeAsync(50 + 100); // health check notices, then the first backoff
    expect(fake.connectAttempts).toBe(2);
    expect(fake.connected).toBe(true);
    await adapter.stop!();
    expect(fake.disconnected).toBe(true);
    fake.dropConnection();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.connectAttempts).toBe(2); // no reconnect after stop()
  });
});
