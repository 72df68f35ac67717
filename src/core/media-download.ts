// The rules every platform's image download shares (issue 19): the size cap, reading a media
// body without ever holding more than the cap, and naming what the bytes are. Each adapter makes
// its own HTTP calls (adapters never import each other); this file only judges what came back.
import { DeliveryError } from './errors.js';

/** The largest picture Baton accepts from any platform: a screenshot is a few MB; 30 MB is not one. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

/** Per media request, longer than the API calls' 10 s: a large picture on a slow link takes a while. */
export const MEDIA_TIMEOUT_MS = 30_000;

const MB = 1024 * 1024;

function size(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The non-retryable refusal of a picture over the cap (a retry would fetch the same bytes). */
export function tooLarge(what: string, bytes: number, maxBytes: number): DeliveryError {
  return new DeliveryError(`${what}: the picture is ${size(bytes)}, over the ${size(maxBytes)} limit`, {
    retryable: false,
  });
}

/**
 * The body of a media answer, refused as soon as it exceeds `maxBytes`: first by its declared
 * Content-Length (nothing read), then by counting bytes as they stream in (a missing or lying
 * Content-Length), cancelling the stream at the first byte over the cap.
 */
export async function readCappedBody(res: Response, what: string, maxBytes = MAX_IMAGE_BYTES): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(what, declared, maxBytes);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(what, total, maxBytes);
      }
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  } catch (cause) {
    if (cause instanceof DeliveryError) throw cause;
    throw networkFailure(what, cause);
  }
  return Buffer.concat(chunks, total);
}

/** A fetch that threw (timeout, reset, DNS): the platform may well answer next time. */
export function networkFailure(what: string, cause: unknown, timeoutMs?: number): DeliveryError {
  const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  return new DeliveryError(
    `${what}: ${timedOut ? `no answer${timeoutMs ? ` within ${timeoutMs} ms` : ''}` : 'network error'}`,
    { retryable: true, cause },
  );
}

/** An HTTP failure of a media fetch: 5xx and 429 pass, the rest (gone, forbidden, expired link) stays. */
export function mediaHttpError(what: string, status: number): DeliveryError {
  return new DeliveryError(`${what}: HTTP ${status}`, { retryable: status >= 500 || status === 429 });
}

/** The MIME type from the picture's first bytes; undefined when it is none of the formats chats send. */
export function sniffImageMime(bytes: Buffer): string | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (bytes.length >= 2 && bytes.subarray(0, 2).toString('latin1') === 'BM') return 'image/bmp';
  return undefined;
}

/**
 * What the bytes are: their own signature first (platforms label pictures application/octet-stream
 * or `.file`), else the declared type when it names an image, else application/octet-stream.
 */
export function imageMime(bytes: Buffer, declared?: string | null): string {
  const sniffed = sniffImageMime(bytes);
  if (sniffed) return sniffed;
  const type = declared?.split(';')[0]?.trim().toLowerCase();
  return type && type.startsWith('image/') ? type : 'application/octet-stream';
}

/**
 * GET a media file with a timeout through the adapter's own fetch: the Response when it is 2xx,
 * else a DeliveryError (networkFailure, or the HTTP status judged by `httpError`, default
 * mediaHttpError) with the unread body cancelled. The network call is the caller's `doFetch`.
 */
export async function fetchMediaFile(
  doFetch: typeof fetch,
  url: string,
  opts: {
    what: string;
    timeoutMs: number;
    headers?: Record<string, string>;
    httpError?: (status: number) => DeliveryError;
  },
): Promise<Response> {
  let res: Response;
  try {
    res = await doFetch(url, { headers: opts.headers, signal: AbortSignal.timeout(opts.timeoutMs) });
  } catch (cause) {
    throw networkFailure(opts.what, cause, opts.timeoutMs);
  }
  if (res.ok) return res;
  await res.body?.cancel().catch(() => undefined);
  throw (opts.httpError ?? ((status) => mediaHttpError(opts.what, status)))(res.status);
}
