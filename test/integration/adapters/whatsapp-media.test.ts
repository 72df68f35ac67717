// WhatsApp Cloud API pictures: downloadImage against the fake Graph API over real HTTP: the media
// info call, then the file with the bearer token; SHA-256 checked (hex from the info, base64 from the
// webhook), Graph errors mapped, oversize refused before and while downloading.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsappCloudAdapter } from '../../../adapters/whatsapp/index.js';
import { sha256Matches } from '../../../adapters/whatsapp/media.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { ChatAdapter } from '../../../src/core/types.js';
import { graphError, startFakeWhatsapp, type FakeWhatsapp } from '../../fakes/fake-whatsapp-server.js';
import { jpegLike, pngLike, sha256Base64, sha256Hex } from '../../fixtures/images/sample-images.js';

const TOKEN = 'EAAG-test-token';
const PHONE = '106540352242922';
const MEDIA = '1003383421387257';

let fake: FakeWhatsapp;
beforeEach(async () => {
  fake = await startFakeWhatsapp({ accessToken: TOKEN, phoneNumberId: PHONE });
});
afterEach(() => fake.close());

function build(over: { accessToken?: string | undefined; maxImageBytes?: number } = {}): ChatAdapter {
  return createWhatsappCloudAdapter(
    {
      verifyToken: 'v',
      appSecret: 's',
      phoneNumberId: PHONE,
      accessToken: 'accessToken' in over ? over.accessToken : TOKEN,
      apiBase: fake.apiBase,
    },
    { timeoutMs: 5_000, maxImageBytes: over.maxImageBytes },
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

describe('whatsapp downloadImage', () => {
  it('asks for the media URL, downloads it with the bearer token, and checks both hashes', async () => {
    const jpeg = jpegLike(250_000);
    fake.putMedia(MEDIA, { body: jpeg, contentType: 'image/jpeg' });
    const got = await build().downloadImage!({ ref: MEDIA, mime: 'image/jpeg', hint: { sha256: sha256Base64(jpeg) } });
    expect(got.data.equals(jpeg)).toBe(true);
    expect(got.mime).toBe('image/jpeg');
    expect(fake.mediaCalls.map((c) => [c.path.replace(/\/[^/]+$/, '/…'), c.authorization])).toEqual([
      ['/v21.0/…', `Bearer ${TOKEN}`],
      ['/media-download/…', `Bearer ${TOKEN}`],
    ]);
  });

  it('refuses bytes whose SHA-256 differs from the webhook’s, for good', async () => {
    fake.putMedia(MEDIA, { body: pngLike(10_000) });
    const err = await refusal(
      build().downloadImage!({ ref: MEDIA, hint: { sha256: sha256Base64(pngLike(10_000, 8)) } }),
    );
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/SHA-256/);
  });

  it('refuses bytes whose SHA-256 differs from the media answer’s (hex)', async () => {
    fake.putMedia(MEDIA, { body: pngLike(10_000) }, { sha256: sha256Hex(pngLike(10_000, 9)) });
    expect((await refusal(build().downloadImage!({ ref: MEDIA }))).retryable).toBe(false);
    expect(sha256Matches(pngLike(5), sha256Hex(pngLike(5)).toUpperCase())).toBe(true);
    expect(sha256Matches(pngLike(5), sha256Base64(pngLike(5)).replace(/=+$/, ''))).toBe(true);
  });

  it('an unknown media id (Graph #100) and an invalid token (#190) are final; a 5xx is retryable', async () => {
    const unknown = await refusal(build().downloadImage!({ ref: 'no-such-media' }));
    expect(unknown).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/whatsapp media info: HTTP 400 code 100/),
    });
    fake.putMedia(MEDIA, { body: pngLike(100) });
    const badToken = await refusal(build({ accessToken: 'wrong' }).downloadImage!({ ref: MEDIA }));
    expect(badToken.retryable).toBe(false);
    expect(badToken.message).toMatch(/WHATSAPP_ACCESS_TOKEN/);
    fake.queueMedia({ status: 500, body: graphError(2, 'Service temporarily unavailable') });
    expect((await refusal(build().downloadImage!({ ref: MEDIA }))).retryable).toBe(true);
  });

  it('a file GET failing with 5xx is retryable; a 404 (expired link) is retried with a fresh link', async () => {
    const adapter = build();
    fake.putMedia('m2', { body: pngLike(100) });
    // Each attempt: a scripted (good) info answer, then a scripted failure of the file itself.
    const infoOk = () =>
      fake.queueMedia({
        status: 200,
        body: {
          messaging_product: 'whatsapp',
          url: `${fake.apiBase.replace(/\/v21\.0$/, '')}/media-download/m2`,
          id: 'm2',
        },
      });
    infoOk();
    fake.queueMedia({ status: 503, body: '' });
    expect((await refusal(adapter.downloadImage!({ ref: 'm2' }))).retryable).toBe(true);
    infoOk();
    fake.queueMedia({ status: 404, body: '' });
    expect((await refusal(adapter.downloadImage!({ ref: 'm2' }))).retryable).toBe(true);
    infoOk();
    fake.queueMedia({ status: 400, body: '' });
    expect((await refusal(adapter.downloadImage!({ ref: 'm2' }))).retryable).toBe(false);
  });

  it('refuses an oversize picture by the announced file_size before downloading, and by counting the bytes', async () => {
    fake.putMedia('big', { body: pngLike(100) }, { file_size: 31 * 1024 * 1024 });
    const announced = await refusal(build().downloadImage!({ ref: 'big' }));
    expect(announced).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/31 MB, over the 30 MB limit/),
    });
    expect(fake.mediaCalls.filter((c) => c.path.startsWith('/media-download/'))).toHaveLength(0);
    fake.putMedia('quiet', { body: pngLike(100), length: 'chunked', fillerBytes: 2 * 1024 * 1024 }, { file_size: 100 });
    const counted = await refusal(build({ maxImageBytes: 1024 * 1024 }).downloadImage!({ ref: 'quiet' }));
    expect(counted).toMatchObject({ retryable: false, message: expect.stringMatching(/over the 1 MB limit/) });
  });

  it('without WHATSAPP_ACCESS_TOKEN nothing is fetched and the picture is refused for good', async () => {
    const err = await refusal(build({ accessToken: undefined }).downloadImage!({ ref: MEDIA }));
    expect(err.retryable).toBe(false);
    expect(fake.mediaCalls).toHaveLength(0);
  });
});
