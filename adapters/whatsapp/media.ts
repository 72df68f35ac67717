// Downloading a picture from the Cloud API: GET /{media-id} with the bearer token → { url, mime_type,
// sha256, file_size } (the URL lives 5 minutes), then GET that URL with the same bearer token
// (developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media).
// The bytes must hash to the SHA-256 the webhook or the media answer announced: a mismatch is refused.
import { createHash } from 'node:crypto';
import { DeliveryError } from '../../src/core/errors.js';
import {
  fetchMediaFile,
  imageMime,
  MAX_IMAGE_BYTES,
  MEDIA_TIMEOUT_MS,
  mediaHttpError,
  networkFailure,
  readCappedBody,
  tooLarge,
} from '../../src/core/media-download.js';
import type { InboundImage } from '../../src/core/types.js';
import { judgeGraphError, retryAfter } from './client.js';
import { MediaInfoSchema } from './schema.js';

export interface WhatsappMediaDeps {
  apiBase: string;
  accessToken?: string;
  fetch: typeof fetch;
  /** The media info call's timeout. */
  timeoutMs: number;
  mediaTimeoutMs?: number;
  maxBytes?: number;
}

/** Whether `data` hashes to `expected`, given as hex (the media answer) or base64 (the webhook). */
export function sha256Matches(data: Buffer, expected: string): boolean {
  const digest = createHash('sha256').update(data).digest();
  const e = expected.trim();
  if (/^[0-9a-f]{64}$/i.test(e)) return digest.toString('hex') === e.toLowerCase();
  return digest.toString('base64').replace(/=+$/, '') === e.replace(/=+$/, '');
}

export function createWhatsappMediaDownloader(deps: WhatsappMediaDeps) {
  const base = deps.apiBase.replace(/\/+$/, '');
  const mediaTimeoutMs = deps.mediaTimeoutMs ?? MEDIA_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? MAX_IMAGE_BYTES;

  async function get(url: string, what: string, timeoutMs: number): Promise<Response> {
    try {
      return await deps.fetch(url, {
        headers: { authorization: `Bearer ${deps.accessToken}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw networkFailure(what, cause, timeoutMs);
    }
  }

  return async function downloadImage(image: InboundImage): Promise<{ data: Buffer; mime: string }> {
    if (!deps.accessToken)
      throw new DeliveryError('whatsapp media: set WHATSAPP_ACCESS_TOKEN to download pictures', { retryable: false });
    if (!image.ref) throw new DeliveryError('whatsapp media: the picture has no media id', { retryable: false });

    const infoWhat = 'whatsapp media info';
    const infoRes = await get(`${base}/${encodeURIComponent(image.ref)}`, infoWhat, deps.timeoutMs);
    const infoText = await infoRes.text().catch(() => '');
    const infoJson = parseJson(infoText);
    if (!infoRes.ok)
      throw judgeGraphError(infoRes.status, infoJson, retryAfter(infoRes.headers.get('retry-after')), infoWhat);
    const info = MediaInfoSchema.safeParse(infoJson);
    if (!info.success)
      throw new DeliveryError(`${infoWhat}: answer without a url`, { retryable: false, cause: info.error });
    if (info.data.file_size !== undefined && info.data.file_size > maxBytes)
      throw tooLarge(infoWhat, info.data.file_size, maxBytes);

    const fileWhat = 'whatsapp media download';
    const res = await fetchMediaFile(deps.fetch, info.data.url, {
      what: fileWhat,
      timeoutMs: mediaTimeoutMs,
      headers: { authorization: `Bearer ${deps.accessToken}` },
      // The URL expires after 5 minutes; the next attempt asks for a fresh one, so 403/404 may pass.
      httpError: (status) =>
        status === 403 || status === 404
          ? new DeliveryError(`${fileWhat}: HTTP ${status} (the link expired?)`, { retryable: true })
          : mediaHttpError(fileWhat, status),
    });
    const data = await readCappedBody(res, fileWhat, maxBytes);
    const announced = [image.hint?.['sha256'], info.data.sha256].filter(
      (h): h is string => typeof h === 'string' && h !== '',
    );
    for (const expected of announced) {
      if (!sha256Matches(data, expected))
        throw new DeliveryError(`${fileWhat}: the bytes do not match the announced SHA-256; refused`, {
          retryable: false,
        });
    }
    return { data, mime: imageMime(data, info.data.mime_type ?? image.mime) };
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
