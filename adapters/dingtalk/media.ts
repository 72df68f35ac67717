// Downloading a picture a robot received: POST /v1.0/robot/messageFiles/download with
// { downloadCode, robotCode } and the x-acs-dingtalk-access-token header → { downloadUrl }, then a
// plain GET of that temporary URL (no token: it is pre-signed). An expired or wrong downloadCode is
// a 4xx: final. An expired token is refreshed once; throttling and 5xx are retryable.
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
import type { DingtalkApi } from './client.js';
import { judgeApiFailure } from './errors.js';
import { postJson, retryAfterMs } from './http.js';

const DownloadAnswer = z.object({ downloadUrl: z.string().url() }).passthrough();

export interface DingtalkMediaDeps {
  apiBase: string;
  /** The robot code when the picture's callback named none (cfg.robotCode ?? appKey). */
  robotCode: string;
  fetch: typeof fetch;
  now: () => number;
  /** The API call's timeout (the link request). */
  timeoutMs: number;
  /** The file GET's timeout. */
  mediaTimeoutMs?: number;
  maxBytes?: number;
}

export function createDingtalkMediaDownloader(api: DingtalkApi, deps: DingtalkMediaDeps) {
  const base = deps.apiBase.replace(/\/+$/, '');
  const mediaTimeoutMs = deps.mediaTimeoutMs ?? MEDIA_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? MAX_IMAGE_BYTES;
  const what = 'dingtalk /v1.0/robot/messageFiles/download';

  async function linkFor(downloadCode: string, robotCode: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const token = await api.getToken(attempt > 0);
      const res = await postJson(
        deps.fetch,
        `${base}/v1.0/robot/messageFiles/download`,
        { downloadCode, robotCode },
        { headers: { 'x-acs-dingtalk-access-token': token }, timeoutMs: deps.timeoutMs, what },
      );
      if (res.status === 200) {
        const answer = DownloadAnswer.safeParse(res.json);
        if (!answer.success)
          throw new DeliveryError(`${what}: answer without a downloadUrl`, { retryable: false, cause: answer.error });
        return answer.data.downloadUrl;
      }
      const verdict = judgeApiFailure(what, res.status, res.json, retryAfterMs(res.headers, deps.now()));
      if (verdict.kind === 'error') throw verdict.error;
      if (attempt > 0) throw new DeliveryError(`${what}: access token refused twice`, { retryable: true });
    }
  }

  return async function downloadImage(image: InboundImage): Promise<{ data: Buffer; mime: string }> {
    if (!image.ref) throw new DeliveryError(`${what}: the picture has no downloadCode`, { retryable: false });
    const hinted = image.hint?.['robotCode'];
    const url = await linkFor(image.ref, typeof hinted === 'string' && hinted ? hinted : deps.robotCode);
    const fileWhat = 'dingtalk picture download';
    const res = await fetchMediaFile(deps.fetch, url, { what: fileWhat, timeoutMs: mediaTimeoutMs });
    const data = await readCappedBody(res, fileWhat, maxBytes);
    // The file often comes as application/octet-stream (or a ".file" name): the bytes say what it is.
    return { data, mime: imageMime(data, res.headers.get('content-type')) };
  };
}
