// WhatsApp Web: the pure normaliser on recorded message shapes, the fromMe filter, QR/login state,
// the watchdog and shutdown, with a fake client implementing the event surface we use.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWhatsappWebAdapter,
  normalizeWwebMessage,
  type WwebMessageData,
  type WwebMessageLike,
} from '../../../adapters/whatsapp-web/index.js';
import type { WwebClientLike } from '../../../adapters/whatsapp-web/types.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { InboundMessage } from '../../../src/core/types.js';

const recorded = JSON.parse(
  readFileSync(new URL('../../fixtures/whatsapp/wweb-messages.json', import.meta.url), 'utf8'),
) as Record<'direct' | 'group' | 'fromMe' | 'status' | 'image', WwebMessageData>;

describe('normalizeWwebMessage', () => {
  it('normalises a direct text message', () => {
    const m = normalizeWwebMessage(recorded.direct, { isGroup: false });
    expect(m).toMatchObject({
      platform: 'whatsapp',
      externalId: 'false_4915112345678@c.us_3EB0C767D26A1D8E4F21',
      chatExternalId: '4915112345678@c.us',
      chatType: 'direct',
      senderExternalId: '4915112345678@c.us',
      senderName: 'Jonas Müller',
      text: 'Hi, can you quote 500 mugs with our logo? Delivery Hamburg before 20 March.',
    });
    expect(m?.sentAt.toISOString()).toBe('2025-06-08T20:59:43.000Z');
  });

  it('uses the group as chat and the author as sender', () => {
    const m = normalizeWwebMessage(recorded.group, { isGroup: true, name: 'Müller GmbH / Baton' });
    expect(m).toMatchObject({
      chatType: 'group',
      chatExternalId: '120363041234567890@g.us',
      senderExternalId: '4915112345678@c.us',
    });
    expect((m?.raw as { chat: { name: string } }).chat.name).toBe('Müller GmbH / Baton');
  });

  it('drops our own messages, status updates and media whose file was not fetched', () => {
    expect(normalizeWwebMessage(recorded.fromMe, { isGroup: false })).toBeUndefined();
    expect(normalizeWwebMessage(recorded.status, { isGroup: false })).toBeUndefined();
    expect(normalizeWwebMessage(recorded.image, { isGroup: false })).toBeUndefined();
  });

  it('drops a message whose id says fromMe even if the flag is missing', () => {
    expect(normalizeWwebMessage({ ...recorded.fromMe, fromMe: false }, { isGroup: false })).toBeUndefined();
  });
});

class FakeClient extends EventEmitter implements WwebClientLike {
  initialized = 0;
  destroyed = 0;
  sent: { chatId: string; content: string }[] = [];
  async initialize() {
    this.initialized++;
  }
  async destroy() {
    this.destroyed++;
  }
  async sendMessage(chatId: string, content: string) {
    this.sent.push({ chatId, content });
    return { id: { _serialized: `true_${chatId}_SENT${this.sent.length}` } };
  }
}

const asMessage = (data: WwebMessageData, isGroup: boolean): WwebMessageLike => ({
  ...data,
  getChat: async () => ({ isGroup }),
});

describe('whatsapp-web adapter lifecycle', () => {
  let clients: FakeClient[];
  const factory = () => {
    const c = new FakeClient();
    clients.push(c);
    return c;
  };
  beforeEach(() => {
    clients = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const build = () =>
    createWhatsappWebAdapter({ dataDir: '/tmp/wweb-test' }, { clientFactory: factory, watchdogMs: 60_000 });

  it('keeps the latest QR, then reports ready', async () => {
    const adapter = build();
    await adapter.start!(async () => undefined);
    expect(adapter.getLoginState()).toEqual({ state: 'starting' });
    clients[0]!.emit('qr', 'qr-1');
    clients[0]!.emit('qr', 'qr-2');
    expect(adapter.getLoginState()).toEqual({ state: 'qr', qr: 'qr-2' });
    clients[0]!.emit('ready');
    expect(adapter.getLoginState()).toEqual({ state: 'ready' });
    await adapter.stop!();
  });

  it('hands incoming messages to onMessage and never its own', async () => {
    const adapter = build();
    const got: InboundMessage[] = [];
    await adapter.start!(async (m) => void got.push(m));
    const c = clients[0]!;
    c.emit('ready');
    c.emit('message', asMessage(recorded.fromMe, false));
    c.emit('message', asMessage(recorded.direct, false));
    c.emit('message', asMessage(recorded.group, true));
    await vi.advanceTimersByTimeAsync(0);
    expect(got.map((m) => m.chatType)).toEqual(['direct', 'group']);
    await adapter.stop!();
  });

  it('destroys and restarts a client stuck before ready', async () => {
    const adapter = build();
    await adapter.start!(async () => undefined);
    clients[0]!.emit('qr', 'qr-1');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(clients).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(clients[0]!.destroyed).toBe(1);
    expect(clients).toHaveLength(2);
    expect(clients[1]!.initialized).toBe(1);
    expect(adapter.getLoginState()).toEqual({ state: 'starting' });
    clients[0]!.emit('qr', 'late-qr-from-old-client'); // ignored
    expect(adapter.getLoginState()).toEqual({ state: 'starting' });
    await adapter.stop!();
  });

  it('leaves a ready client alone', async () => {
    const adapter = build();
    await adapter.start!(async () => undefined);
    clients[0]!.emit('ready');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(clients).toHaveLength(1);
    expect(clients[0]!.destroyed).toBe(0);
    await adapter.stop!();
  });

  it('reports auth failure and restarts after a disconnect', async () => {
    const adapter = build();
    await adapter.start!(async () => undefined);
    clients[0]!.emit('auth_failure', 'session restore failed');
    expect(adapter.getLoginState()).toEqual({ state: 'failed', reason: 'session restore failed' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(clients).toHaveLength(2);
    clients[1]!.emit('ready');
    clients[1]!.emit('disconnected', 'LOGOUT');
    await vi.advanceTimersByTimeAsync(0);
    expect(clients).toHaveLength(3);
    expect(clients[1]!.destroyed).toBe(1);
    await adapter.stop!();
  });

  it('sends only when ready, converting markdown', async () => {
    const adapter = build();
    await adapter.start!(async () => undefined);
    const msg = {
      platform: 'whatsapp' as const,
      chatExternalId: '4915112345678@c.us',
      chatType: 'direct' as const,
      text: '**Noted**: 20 March',
      format: 'markdown' as const,
      idempotencyKey: 'k',
    };
    const err = await adapter.send(msg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(true);
    clients[0]!.emit('ready');
    expect(await adapter.send(msg)).toEqual({ externalId: 'true_4915112345678@c.us_SENT1' });
    expect(clients[0]!.sent).toEqual([{ chatId: '4915112345678@c.us', content: '*Noted*: 20 March' }]);
    await adapter.stop!();
  });

  it('shuts down cleanly and does not restart after stop', async () => {
    const adapter = build();
    await adapter.start!(async () => undefined);
    await adapter.stop!();
    expect(clients[0]!.destroyed).toBe(1);
    clients[0]!.emit('disconnected', 'NAVIGATION');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(clients).toHaveLength(1);
  });

  it('ignores webhooks', async () => {
    const adapter = build();
    expect(
      (await adapter.handleWebhook({ method: 'POST', query: {}, headers: {}, rawBody: Buffer.alloc(0), receivedAt: 0 }))
        .kind,
    ).toBe('ignored');
  });
});
