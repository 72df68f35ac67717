// The shared media rules: the size cap on a declared length and on streamed bytes (the stream is
// cancelled at the first byte over), the failure mapping, and naming a picture by its bytes.
import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/core/errors.js';
import {
  imageMime,
  mediaHttpError,
  networkFailure,
  readCappedBody,
  sniffImageMime,
} from '../../../src/core/media-download.js';
import { jpegLike, pngLike, TINY_PNG } from '../../fixtures/images/sample-images.js';

/** A body of `chunks` chunks of `size` bytes, counting how many were pulled and whether it was cancelled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(seen.pulled));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { res: new Response(body, { headers }), seen };
}

describe('readCappedBody', () => {
  it('returns every byte of a body under the cap', async () => {
    const png = pngLike(10_000);
    expect((await readCappedBody(new Response(new Uint8Array(png)), 'x', 10_000)).equals(png)).toBe(true);
  });

  it('refuses by Content-Length without reading the body', async () => {
    const { res, seen } = streamed(10, 1000, { 'content-length': '10000' });
    const err = await readCappedBody(res, 'probe', 5000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(false);
    expect((err as DeliveryError).message).toBe('probe: the picture is 10 KB, over the 5 KB limit');
    expect(seen.pulled).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk; nothing is consumed
    expect(seen.cancelled).toBe(true);
  });

  it('counts a body without Content-Length and stops at the first chunk over the cap', async () => {
    const { res, seen } = streamed(100, 1000);
    const err = (await readCappedBody(res, 'probe', 4500).catch((e: unknown) => e)) as DeliveryError;
    expect(err.retryable).toBe(false);
    expect(seen.pulled).toBeLessThan(10);
    expect(seen.cancelled).toBe(true);
  });

  it('a body that breaks off midway is a retryable network failure', async () => {
    let n = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (n++ === 0) c.enqueue(new Uint8Array(10));
        else c.error(new Error('socket hang up'));
      },
    });
    const err = (await readCappedBody(new Response(body), 'probe').catch((e: unknown) => e)) as DeliveryError;
    expect(err).toMatchObject({ retryable: true, message: 'probe: network error' });
  });
});

describe('failure mapping', () => {
  it('5xx and 429 are retryable, other statuses are not; a timeout says so', () => {
    expect([500, 503, 429, 400, 403, 404].map((s) => mediaHttpError('x', s).retryable)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    const timeout = Object.assign(new Error('t'), { name: 'TimeoutError' });
    expect(networkFailure('x', timeout, 300)).toMatchObject({ retryable: true, message: 'x: no answer within 300 ms' });
  });
});

describe('imageMime', () => {
  it('names PNG, JPEG, GIF, WebP and BMP by their signatures', () => {
    expect(sniffImageMime(TINY_PNG)).toBe('image/png');
    expect(sniffImageMime(jpegLike(20))).toBe('image/jpeg');
    expect(sniffImageMime(Buffer.from('GIF89a....'))).toBe('image/gif');
    expect(sniffImageMime(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageMime(Buffer.from('BM\0\0\0\0'))).toBe('image/bmp');
    expect(sniffImageMime(Buffer.from('<html>'))).toBeUndefined();
  });

  it('prefers the bytes, then a declared image type, else octet-stream', () => {
    expect(imageMime(TINY_PNG, 'image/jpeg')).toBe('image/png');
    expect(imageMime(Buffer.from('????'), 'image/heic; q=1')).toBe('image/heic');
    expect(imageMime(Buffer.from('????'), 'text/html')).toBe('application/octet-stream');
  });
});
