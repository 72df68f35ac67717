// Downloading a picture by MediaId: GET /cgi-bin/media/get?access_token=…&media_id=…
// (https://developer.work.weixin.qq.com/document/path/90254). WeCom answers the file itself
// (Content-Type image/…) or, on failure, a JSON { errcode, errmsg } with HTTP 200.
// 42001/40014 (token expired or invalid): refresh once and retry; 40007 (invalid media_id,
// also an expired one: temporary media live 3 days): final; -1/45009 (busy, frequency): later.
import { z } from 'zod';
import { DeliveryError } from '../../src/core/errors.js';
import {
  fetchMediaFile,
  imageMime,
  MAX_IMAGE_BYTES,
  MEDIA_TIMEOUT_MS,
  readCappedBody,
} from '../../src/core/media-download.js';
import type { InboundImage } from '../../src/core/types.js';
import type { WecomClient } from './client.js';

const TOKEN_ERRCODES = new Set([40014, 42001]);
const ErrorReply = z.object({ errcode: z.number(), errmsg: z.string().default('') }).passthrough();

export interface WecomMediaDeps {
  apiBase: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export function createWecomMediaDownloader(client: WecomClient, deps: WecomMediaDeps) {
  const doFetch = deps.fetch ?? globalThis.fetch;
  const timeoutMs = deps.timeoutMs ?? MEDIA_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? MAX_IMAGE_BYTES;
  const base = deps.apiBase.replace(/\/+$/, '');
  const what = 'wecom media/get';

  return async function downloadImage(image: InboundImage): Promise<{ data: Buffer; mime: string }> {
    const mediaId = image.ref;
    if (!mediaId) throw new DeliveryError(`${what}: the image has no MediaId`, { retryable: false });
    for (let attempt = 0; ; attempt++) {
      const token = await client.accessToken();
      const url = `${base}/cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(mediaId)}`;
      const res = await fetchMediaFile(doFetch, url, { what, timeoutMs });
      const type = res.headers.get('content-type') ?? '';
      const body = await readCappedBody(res, what, maxBytes);
      if (!/json|text\/plain/i.test(type)) return { data: body, mime: imageMime(body, type) };

      const reply = ErrorReply.safeParse(parseJson(body));
      if (!reply.success) throw new DeliveryError(`${what}: unexpected JSON answer`, { retryable: false });
      const { errcode, errmsg } = reply.data;
      if (TOKEN_ERRCODES.has(errcode) && attempt === 0) {
        client.dropToken(token);
        continue;
      }
      if (TOKEN_ERRCODES.has(errcode))
        throw new DeliveryError(`${what}: errcode ${errcode} even with a fresh token`, {
          retryable: true,
          retryAfterMs: 60_000,
        });
      if (errcode === 40007)
        throw new DeliveryError(`${what}: errcode 40007 invalid media_id (expired after 3 days, or not ours)`, {
          retryable: false,
        });
      // errcode 0 with a JSON body is not a picture either.
      if (errcode === 0) throw new DeliveryError(`${what}: answered JSON instead of a file`, { retryable: false });
      client.fail(what, errcode, errmsg);
    }
  };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
