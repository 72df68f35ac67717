// AI bot pictures: downloadImage against a file server on 127.0.0.1 (the fake WeCom's plain file
// URLs), decrypting as the protocol says: with the bot's EncodingAESKey for callback images, with the
// image's own aeskey on the long connection. Byte-exact results, wrong keys and expired URLs refused.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWecomAibotAdapter } from '../../../adapters/wecom-aibot/index.js';
import { decryptAibotFile } from '../../../adapters/wecom-aibot/media.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { ChatAdapter } from '../../../src/core/types.js';
import { startFakeWecom, type FakeWecom } from '../../fakes/fake-wecom-server.js';
import { sealAibotFile } from '../../fakes/wecom-sign.js';
import { jpegLike, pngLike } from '../../fixtures/images/sample-images.js';
import { OFFICIAL_A, OFFICIAL_B } from '../../fixtures/wecom/official-samples.js';

const CALLBACK_KEY = OFFICIAL_A.encodingAesKey;
const WS = { botId: 'aib-1', secret: 's', wsUrl: 'ws://127.0.0.1:9' };

let fake: FakeWecom;
beforeEach(async () => {
  fake = await startFakeWecom({ corpId: 'ww1', secret: 's' });
});
afterEach(async () => {
  await fake.close();
});

function build(
  modes: { callback?: boolean; ws?: boolean } = { callback: true, ws: true },
  deps: { maxImageBytes?: number; mediaTimeoutMs?: number } = {},
): ChatAdapter {
  return createWecomAibotAdapter(
    {
      ...(modes.callback ? { callback: { token: 'T', encodingAesKey: CALLBACK_KEY } } : {}),
      ...(modes.ws ? { ws: WS } : {}),
    },
    deps,
  );
}

async function refusal(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe('wecom-aibot downloadImage', () => {
  it('decrypts a callback image with the EncodingAESKey, byte for byte', async () => {
    const png = pngLike(123_457); // not a multiple of 32: the padding is real
    fake.putFile('cb.png', { body: sealAibotFile(png, CALLBACK_KEY), contentType: 'application/octet-stream' });
    const got = await build().downloadImage!({ ref: fake.fileUrl('cb.png'), hint: { key: 'callback' } });
    expect(got.mime).toBe('image/png');
    expect(got.data.length).toBe(png.length);
    expect(got.data.equals(png)).toBe(true);
  });

  it('decrypts a long-connection image with its own aeskey, byte for byte (a whole 32-byte block of padding too)', async () => {
    const aeskey = randomBytes(32).toString('base64').replace(/=+$/, '');
    const jpeg = jpegLike(64 * 100); // a multiple of 32: PKCS#7 adds a full block
    fake.putFile('ws.jpg', { body: sealAibotFile(jpeg, aeskey), length: 'chunked' });
    const got = await build({ ws: true }).downloadImage!({
      ref: fake.fileUrl('ws.jpg'),
      hint: { key: 'message', aeskey },
    });
    expect(got.mime).toBe('image/jpeg');
    expect(got.data.equals(jpeg)).toBe(true);
  });

  it('refuses a file sealed with another key (the padding does not check out), for good', async () => {
    fake.putFile('other.png', { body: sealAibotFile(pngLike(5000), OFFICIAL_B.encodingAesKey) });
    const err = await refusal(build().downloadImage!({ ref: fake.fileUrl('other.png'), hint: { key: 'callback' } }));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/could not decrypt/);
    expect(() => decryptAibotFile(Buffer.alloc(33), CALLBACK_KEY)).toThrow(/AES blocks/);
  });

  it('a callback image on a bot with only the long connection has no key: refused for good, nothing fetched', async () => {
    fake.putFile('cb.png', { body: sealAibotFile(pngLike(100), CALLBACK_KEY) });
    const err = await refusal(
      build({ ws: true }).downloadImage!({ ref: fake.fileUrl('cb.png'), hint: { key: 'callback' } }),
    );
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/WECOM_AIBOT_ENCODING_AES_KEY/);
    expect(fake.fileHits('cb.png')).toBe(0);
  });

  it('takes a keyless image only when the bytes are a picture', async () => {
    const png = pngLike(1000);
    fake.putFile('plain.png', { body: png });
    const got = await build().downloadImage!({ ref: fake.fileUrl('plain.png'), hint: { key: 'none' } });
    expect(got.data.equals(png)).toBe(true);
    fake.putFile('sealed.bin', { body: sealAibotFile(png, CALLBACK_KEY) });
    expect(
      (await refusal(build().downloadImage!({ ref: fake.fileUrl('sealed.bin'), hint: { key: 'none' } }))).retryable,
    ).toBe(false);
  });

  it('an expired URL (404) is final; a 5xx is retryable', async () => {
    const gone = await refusal(build().downloadImage!({ ref: fake.fileUrl('expired.png'), hint: { key: 'callback' } }));
    expect(gone).toMatchObject({ retryable: false, message: expect.stringMatching(/HTTP 404/) });
    const flaky = createWecomAibotAdapter(
      { callback: { token: 'T', encodingAesKey: CALLBACK_KEY } },
      { fetch: async () => new Response('busy', { status: 503 }) },
    );
    expect((await refusal(flaky.downloadImage!({ ref: 'https://x/1', hint: { key: 'callback' } }))).retryable).toBe(
      true,
    );
  });

  it('refuses a file over the cap without reading it all', async () => {
    fake.putFile('big', { body: pngLike(100), length: 'chunked', fillerBytes: 2_000_000 });
    const err = await refusal(
      build(undefined, { maxImageBytes: 500_000 }).downloadImage!({
        ref: fake.fileUrl('big'),
        hint: { key: 'callback' },
      }),
    );
    expect(err).toMatchObject({ retryable: false, message: expect.stringMatching(/is \d+ KB, over the 489 KB limit/) });
  });

  it('refuses a reference that is not an http(s) URL', async () => {
    expect(
      (await refusal(build().downloadImage!({ ref: 'file:///etc/passwd', hint: { key: 'callback' } }))).retryable,
    ).toBe(false);
  });
});
