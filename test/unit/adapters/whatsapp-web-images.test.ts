// WhatsApp Web pictures: the session fetches an image message's file at receipt through
// downloadMedia() (whatsapp-web.js's MessageMedia, base64) and hands the bytes over in images[].data;
// oversize, missing and hanging files; the caption kept when the file is lost; downloadImage.
// WhatsApp Web has no HTTP media API to fake: the fake is the client's message object, as for text.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWhatsappWebAdapter,
  normalizeWwebMessage,
  type WwebMessageData,
  type WwebMessageLike,
} from '../../../adapters/whatsapp-web/index.js';
import { fetchWwebImage } from '../../../adapters/whatsapp-web/media.js';
import type { WwebClientLike, WwebMedia } from '../../../adapters/whatsapp-web/types.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { InboundMessage } from '../../../src/core/types.js';
import { jpegLike, pngLike } from '../../fixtures/images/sample-images.js';

const recorded = JSON.parse(
  readFileSync(new URL('../../fixtures/whatsapp/wweb-messages.json', import.meta.url), 'utf8'),
) as Record<'direct' | 'image', WwebMessageData>;

const asImage = (download: () => Promise<WwebMedia | undefined>, over: Partial<WwebMessageData> = {}) =>
  ({
    ...recorded.image,
    ...over,
    getChat: async () => ({ isGroup: false }),
    downloadMedia: download,
  }) as WwebMessageLike;
const mediaOf = (data: Buffer, mimetype = 'image/jpeg'): WwebMedia => ({
  mimetype,
  data: data.toString('base64'),
  filesize: data.length,
});

describe('normalizeWwebMessage with a picture', () => {
  it('carries the bytes in images[].data and the caption as text; raw keeps no bytes', () => {
    const jpeg = jpegLike(4000);
    const m = normalizeWwebMessage(recorded.image, { isGroup: false }, { data: jpeg, mime: 'image/jpeg' });
    expect(m).toMatchObject({
      platform: 'whatsapp',
      externalId: 'false_4915112345678@c.us_3EB0FFEE11223344AABB',
      chatExternalId: '4915112345678@c.us',
      text: 'carton print',
      images: [{ mime: 'image/jpeg' }],
    });
    expect(m!.images![0]!.data!.equals(jpeg)).toBe(true);
    expect(JSON.stringify(m!.raw)).not.toContain(jpeg.toString('base64').slice(0, 40));
    expect((m!.raw as { image: unknown }).image).toEqual({ mime: 'image/jpeg', bytes: 4000 });
    // a text message has no images
    expect(normalizeWwebMessage(recorded.direct, { isGroup: false })!.images).toBeUndefined();
  });
});

describe('fetchWwebImage', () => {
  it('decodes the base64 file and names it by its bytes', async () => {
    const png = pngLike(70_001);
    const got = await fetchWwebImage(asImage(async () => mediaOf(png, 'application/octet-stream')));
    expect(got.mime).toBe('image/png');
    expect(got.data.equals(png)).toBe(true);
  });

  it('refuses an oversize file by its filesize and by its base64 length, before decoding', async () => {
    const big = await fetchWwebImage(
      asImage(async () => ({ mimetype: 'image/jpeg', data: 'AAAA', filesize: 31 * 1024 * 1024 })),
    ).catch((e: unknown) => e);
    expect(big).toBeInstanceOf(DeliveryError);
    expect((big as DeliveryError).message).toMatch(/31 MB, over the 30 MB limit/);
    const quiet = await fetchWwebImage(
      asImage(async () => ({ mimetype: 'image/jpeg', data: 'A'.repeat(2_000_000) })),
      {
        maxBytes: 1024 * 1024,
      },
    ).catch((e: unknown) => e);
    expect((quiet as DeliveryError).retryable).toBe(false);
    expect((quiet as DeliveryError).message).toMatch(/over the 1 MB limit/);
  });

  it('a file WhatsApp no longer has is final; a failing or hanging download is retryable', async () => {
    const gone = (await fetchWwebImage(asImage(async () => undefined)).catch((e: unknown) => e)) as DeliveryError;
    expect(gone.retryable).toBe(false);
    const failed = (await fetchWwebImage(
      asImage(async () => {
        throw new Error('Evaluation failed: page closed');
      }),
    ).catch((e: unknown) => e)) as DeliveryError;
    expect(failed).toMatchObject({ retryable: true, message: expect.stringMatching(/page closed/) });
    const hung = (await fetchWwebImage(
      asImage(() => new Promise(() => undefined)),
      { timeoutMs: 50 },
    ).catch((e: unknown) => e)) as DeliveryError;
    expect(hung).toMatchObject({ retryable: true, message: expect.stringMatching(/no file within 50 ms/) });
  });
});

class FakeClient extends EventEmitter implements WwebClientLike {
  async initialize() {}
  async destroy() {}
  async sendMessage(chatId: string) {
    return { id: { _serialized: `true_${chatId}_SENT` } };
  }
}

describe('whatsapp-web session with pictures', () => {
  let client: FakeClient;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  async function started(got: InboundMessage[], deps: { maxImageBytes?: number } = {}) {
    const adapter = createWhatsappWebAdapter(
      { dataDir: '/tmp/wweb-test' },
      { clientFactory: () => (client = new FakeClient()), watchdogMs: 60_000, ...deps },
    );
    await adapter.start!(async (m) => void got.push(m));
    client.emit('ready');
    return adapter;
  }

  it('downloads the picture at receipt and stores it with the message', async () => {
    const got: InboundMessage[] = [];
    const adapter = await started(got);
    const jpeg = jpegLike(10_000);
    const download = vi.fn(async () => mediaOf(jpeg));
    client.emit('message', asImage(download));
    await vi.advanceTimersByTimeAsync(0);
    expect(download).toHaveBeenCalledTimes(1);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toBe('carton print');
    expect(got[0]!.images![0]!.data!.equals(jpeg)).toBe(true);
    // downloadImage hands back the bytes that came with the message
    expect((await adapter.downloadImage!(got[0]!.images![0]!)).data.equals(jpeg)).toBe(true);
    await expect(adapter.downloadImage!({ ref: 'x' })).rejects.toMatchObject({ retryable: false });
    await adapter.stop!();
  });

  it('keeps the caption as text when the file cannot be had, and drops a captionless lost picture', async () => {
    const got: InboundMessage[] = [];
    const adapter = await started(got, { maxImageBytes: 1024 });
    client.emit(
      'message',
      asImage(async () => mediaOf(jpegLike(5000))),
    );
    client.emit(
      'message',
      asImage(async () => undefined, { body: '', id: { ...recorded.image.id, _serialized: 'x2' } }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(got.map((m) => [m.text, m.images])).toEqual([['carton print', undefined]]);
    await adapter.stop!();
  });
});
