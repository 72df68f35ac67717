// Download the pictures a message carried as platform references (issue 19), before the message
// is understood: through the adapter's downloadImage, then stored at once, so a later failure or
// retry never downloads twice and an expiring platform link is not needed again. A retryable
// failure is thrown to the worker, which retries with its backoff; a permanent one (or the last
// try) marks the picture unreadable, and the screenshot step answers the member with why.
import type { AppDeps } from '../../deps.js';
import type { StoredMessage } from '../../core/records.js';
import { DeliveryError } from '../../core/errors.js';
import { sniffImage } from '../../core/image-info.js';

export async function fetchImages(
  deps: Pick<AppDeps, 'repos' | 'adapters' | 'config' | 'logger'>,
  message: StoredMessage,
  opts: { lastAttempt: boolean },
): Promise<void> {
  const images = (await deps.repos.messageImages.imagesOf(message.id)).filter((i) => i.state === 'pending-download');
  if (images.length === 0) return;
  const adapter = deps.adapters.get(message.platform);
  for (const img of images) {
    const fail = (why: string) => deps.repos.messageImages.markUnreadable(message.id, img.ordinal, why);
    if (!adapter?.downloadImage || !img.ref) {
      await fail('download-failed: this platform cannot download pictures');
      continue;
    }
    let got: { data: Buffer; mime: string };
    try {
      got = await adapter.downloadImage({ ref: img.ref, hint: img.hint ?? undefined, mime: img.mime ?? undefined });
    } catch (err) {
      const retryable = err instanceof DeliveryError ? err.retryable : false;
      if (retryable && !opts.lastAttempt) throw err;
      deps.logger.warn({ err, messageId: message.id, ordinal: img.ordinal }, 'picture download failed for good');
      await fail(`download-failed: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    if (got.data.length > deps.config.screenshots.maxBytes) {
      await fail('too-large');
      continue;
    }
    const info = sniffImage(got.data);
    await deps.repos.messageImages.storeDownloaded(message.id, img.ordinal, {
      data: got.data,
      mime: info?.mime ?? got.mime,
      width: info?.width,
      height: info?.height,
    });
  }
}
