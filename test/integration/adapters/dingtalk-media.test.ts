// DingTalk pictures: downloadImage's two steps against the fake DingTalk over real HTTP:
// messageFiles/download (token header, downloadCode + robotCode) → downloadUrl, then a GET of that
// URL without the token. Token refresh, an expired code, 5xx vs 4xx, and the size cap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDingtalkAdapter } from '../../../adapters/dingtalk/index.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { ChatAdapter } from '../../../src/core/types.js';
import { startFakeDingtalk, type FakeDingtalk } from '../../fakes/fake-dingtalk-server.js';
import { jpegLike, pngLike } from '../../fixtures/images/sample-images.js';

const APP = { appKey: 'dingappkey123', appSecret: 'app-secret-xyz' };
const LINK = '/v1.0/robot/messageFiles/download';
const TOKEN = '/v1.0/oauth2/accessToken';
const CODE = 'mIofN681YE3f/+m+NntqpT3F0Dk9jmJ+lUuNnXS7yMwBBTd7U4m';

let fake: FakeDingtalk;
let clock: number;

function build(deps: { maxImageBytes?: number; mediaTimeoutMs?: number } = {}, robotCode?: string): ChatAdapter {
  return createDingtalkAdapter(
    { ...APP, ...(robotCode ? { robotCode } : {}), stream: false, apiBase: fake.baseUrl },
    { now: () => clock, timeoutMs: 5_000, ...deps },
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
  clock = Date.parse('2026-11-22T10:00:00+08:00');
  fake = await startFakeDingtalk({ ...APP, now: () => clock });
});
afterEach(() => fake.close());

describe('dingtalk downloadImage', () => {
  it('asks for the link with the token and the robot code, then fetches the file without the token', async () => {
    const png = pngLike(300_001);
    fake.putFile(CODE, { body: png, contentType: 'application/octet-stream' }, 'dingf0apw4ibx5u5ktba');
    const got = await build().downloadImage!({ ref: CODE, hint: { robotCode: 'dingf0apw4ibx5u5ktba' } });
    expect(got.data.equals(png)).toBe(true);
    expect(got.mime).toBe('image/png'); // served as octet-stream: the bytes decide
    const [link] = fake.to(LINK);
    expect(link!.headers['x-acs-dingtalk-access-token']).toBe('tok-1');
    expect(link!.body).toEqual({ downloadCode: CODE, robotCode: 'dingf0apw4ibx5u5ktba' });
    const file = fake.requests.find((r) => r.method === 'GET' && r.path.startsWith('/files/'))!;
    expect(file.headers['x-acs-dingtalk-access-token']).toBeUndefined();
  });

  it('uses the configured robot code (or the appKey) when the picture names none', async () => {
    fake.putFile(CODE, { body: jpegLike(2000) }, 'dingrobot001');
    expect((await build({}, 'dingrobot001').downloadImage!({ ref: CODE })).mime).toBe('image/jpeg');
    fake.putFile('code-2', { body: jpegLike(2000) }); // the fake's default: the appKey
    expect((await build().downloadImage!({ ref: 'code-2' })).data.length).toBe(2000);
  });

  it('refreshes a refused token once and tries again', async () => {
    fake.putFile(CODE, { body: pngLike(100) });
    const adapter = build();
    await adapter.downloadImage!({ ref: CODE });
    fake.revokeTokens();
    await adapter.downloadImage!({ ref: CODE });
    expect(fake.to(TOKEN)).toHaveLength(2);
    expect(fake.to(LINK).map((r) => r.headers['x-acs-dingtalk-access-token'])).toEqual(['tok-1', 'tok-1', 'tok-2']);
  });

  it('an expired or unknown downloadCode is final; a 5xx or a throttle on the link is retryable', async () => {
    const gone = await refusal(build().downloadImage!({ ref: 'expired-code' }));
    expect(gone.retryable).toBe(false);
    expect(gone.message).toMatch(/HTTP 400 invalidParameter.downloadCode/);
    fake.putFile(CODE, { body: pngLike(100) });
    fake.queue(LINK, { status: 503, body: { code: 'ServiceUnavailable', message: 'busy' } });
    fake.queue(LINK, { status: 429, body: { code: 'Forbidden.AccessDenied.QpsLimitForApi', message: 'qps' } });
    const adapter = build();
    expect((await refusal(adapter.downloadImage!({ ref: CODE }))).retryable).toBe(true);
    expect(await refusal(adapter.downloadImage!({ ref: CODE }))).toMatchObject({
      retryable: true,
      retryAfterMs: 1_000,
    });
  });

  it('the file URL failing: 5xx is retryable, 403 (an expired link) is final', async () => {
    fake.putFile(CODE, { body: pngLike(100) });
    fake.queue('/files', { status: 502 });
    fake.queue('/files', { status: 403 });
    const adapter = build();
    expect((await refusal(adapter.downloadImage!({ ref: CODE }))).retryable).toBe(true);
    expect((await refusal(adapter.downloadImage!({ ref: CODE }))).retryable).toBe(false);
  });

  it('refuses an oversize file by its Content-Length and by counting a chunked one', async () => {
    fake.putFile('declared', { body: pngLike(100), length: 40 * 1024 * 1024 });
    const declared = await refusal(build().downloadImage!({ ref: 'declared' }));
    expect(declared).toMatchObject({ retryable: false, message: expect.stringMatching(/40 MB, over the 30 MB limit/) });
    fake.putFile('chunked', { body: pngLike(100), length: 'chunked', fillerBytes: 3 * 1024 * 1024 });
    const counted = await refusal(build({ maxImageBytes: 1024 * 1024 }).downloadImage!({ ref: 'chunked' }));
    expect(counted).toMatchObject({ retryable: false, message: expect.stringMatching(/over the 1 MB limit/) });
  });
});
