// WeCom app pictures: downloadImage through media/get against the fake WeCom API over real HTTP:
// the bytes as served, a token refreshed once on 42001, errcodes mapped to retryable or final,
// and the size cap enforced on the declared length and on the streamed bytes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWecomAdapter } from '../../../adapters/wecom/index.js';
import { DeliveryError } from '../../../src/core/errors.js';
import { MAX_IMAGE_BYTES } from '../../../src/core/media-download.js';
import type { ChatAdapter } from '../../../src/core/types.js';
import { startFakeWecom, type FakeWecom } from '../../fakes/fake-wecom-server.js';
import { jpegLike, pngLike, TINY_PNG } from '../../fixtures/images/sample-images.js';

const CORP = 'ww0000000000000001';
const SECRET = 'app-secret';
const MEDIA = '1J7rPW3q0yAFbLXCvcXNPxNfoUr8ZRh6yq0LuBQnY0Z5ITKuFrRhdf8KsIdVfQHl8';

let fake: FakeWecom;
let clock: number;

function build(deps: { maxImageBytes?: number; mediaTimeoutMs?: number; secret?: string } = {}): ChatAdapter {
  return createWecomAdapter(
    {
      corpId: CORP,
      token: 't',
      encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
      agentId: '1000002',
      secret: 'secret' in deps ? deps.secret : SECRET,
      apiBase: fake.url,
      robotKeys: {},
    },
    { now: () => clock, maxImageBytes: deps.maxImageBytes, mediaTimeoutMs: deps.mediaTimeoutMs },
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

beforeEach(async () => {
  fake = await startFakeWecom({ corpId: CORP, secret: SECRET });
  clock = 1_700_000_000_000;
});
afterEach(async () => {
  await fake.close();
});

describe('wecom downloadImage (media/get)', () => {
  it('downloads the picture byte for byte with the access token, and names its type', async () => {
    const png = pngLike(200_000);
    fake.putMedia(MEDIA, { body: png, contentType: 'image/png' });
    const got = await build().downloadImage!({ ref: MEDIA });
    expect(got.mime).toBe('image/png');
    expect(got.data.equals(png)).toBe(true);
    const call = fake.calls.find((c) => c.endpoint === 'media/get')!;
    expect(call.query).toEqual({ access_token: 'tok-1', media_id: MEDIA });
  });

  it('trusts the bytes over a generic Content-Type (a JPEG served as application/octet-stream)', async () => {
    fake.putMedia(MEDIA, { body: jpegLike(5_000), contentType: 'application/octet-stream', length: 'chunked' });
    expect((await build().downloadImage!({ ref: MEDIA })).mime).toBe('image/jpeg');
  });

  it('on 42001 refreshes the token once and downloads with the new one', async () => {
    fake.putMedia(MEDIA, { body: TINY_PNG });
    const adapter = build();
    await adapter.downloadImage!({ ref: MEDIA });
    fake.expireTokens();
    const got = await adapter.downloadImage!({ ref: MEDIA });
    expect(got.data.equals(TINY_PNG)).toBe(true);
    expect(fake.count('gettoken')).toBe(2);
    expect(fake.calls.filter((c) => c.endpoint === 'media/get').map((c) => c.query['access_token'])).toEqual([
      'tok-1',
      'tok-1',
      'tok-2',
    ]);
  });

  it('a second token error in a row is retryable, not a loop', async () => {
    fake.putMedia(MEDIA, { body: TINY_PNG });
    fake.script('media/get', { errcode: 42001 }, { errcode: 40014 });
    const err = await refusal(build().downloadImage!({ ref: MEDIA }));
    expect(err.retryable).toBe(true);
    expect(fake.count('media/get')).toBe(2);
  });

  it('40007 (invalid or expired media_id) is final; -1 and 45009 are worth another try', async () => {
    const gone = await refusal(build().downloadImage!({ ref: 'no-such-media' }));
    expect(gone.retryable).toBe(false);
    expect(gone.message).toMatch(/40007/);
    fake.script(
      'media/get',
      { errcode: -1, errmsg: 'system busy' },
      { errcode: 45009, errmsg: 'api freq out of limit' },
    );
    const adapter = build();
    const busy = await refusal(adapter.downloadImage!({ ref: MEDIA }));
    expect(busy).toMatchObject({ retryable: true, retryAfterMs: 1_000 });
    const freq = await refusal(adapter.downloadImage!({ ref: MEDIA }));
    expect(freq).toMatchObject({ retryable: true, retryAfterMs: 60_000 });
  });

  it('HTTP 5xx is retryable, HTTP 4xx is final, a hang times out retryably', async () => {
    fake.putMedia(MEDIA, { body: TINY_PNG });
    fake.script('media/get', { status: 502 }, { status: 403 }, { hang: true });
    const adapter = build({ mediaTimeoutMs: 300 });
    expect((await refusal(adapter.downloadImage!({ ref: MEDIA }))).retryable).toBe(true);
    expect((await refusal(adapter.downloadImage!({ ref: MEDIA }))).retryable).toBe(false);
    const hung = await refusal(adapter.downloadImage!({ ref: MEDIA }));
    expect(hung.retryable).toBe(true);
    expect(hung.message).toMatch(/no answer within 300 ms/);
  });

  it('refuses a picture over the cap by its Content-Length, and by counting when none is sent', async () => {
    fake.putMedia('declared', { body: TINY_PNG, length: 5_000_000 });
    const adapter = build({ maxImageBytes: 1024 * 1024 });
    const declared = await refusal(adapter.downloadImage!({ ref: 'declared' }));
    expect(declared.retryable).toBe(false);
    expect(declared.message).toMatch(/4\.8 MB, over the 1 MB limit/);
    fake.putMedia('chunked', { body: TINY_PNG, length: 'chunked', fillerBytes: 3_000_000 });
    const counted = await refusal(adapter.downloadImage!({ ref: 'chunked' }));
    expect(counted.retryable).toBe(false);
    expect(counted.message).toMatch(/over the 1 MB limit/);
  });

  it('the default cap is 30 MB: a 31 MB stream without Content-Length is refused', async () => {
    fake.putMedia('big', { body: TINY_PNG, length: 'chunked', fillerBytes: 31 * 1024 * 1024 });
    const err = await refusal(build().downloadImage!({ ref: 'big' }));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/over the 30 MB limit/);
    expect(MAX_IMAGE_BYTES).toBe(30 * 1024 * 1024);
  });

  it('without WECOM_SECRET there is no token, so the download is refused for good', async () => {
    const err = await refusal(build({ secret: undefined }).downloadImage!({ ref: MEDIA }));
    expect(err.retryable).toBe(false);
    expect(fake.count('media/get')).toBe(0);
  });
});
