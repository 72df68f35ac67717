// A WhatsApp Web picture is fetched at receipt, through the session that received it (WhatsApp Web
// has no media API a worker could call later). Bounded like every download: a time limit (puppeteer
// can hang on a page that went away) and the size cap, judged on the announced filesize and on the
// base64 length before decoding, so an oversize file is never turned into a Buffer.
import { DeliveryError } from '../../src/core/errors.js';
import { imageMime, MAX_IMAGE_BYTES, MEDIA_TIMEOUT_MS, tooLarge } from '../../src/core/media-download.js';
import type { InboundImage } from '../../src/core/types.js';
import type { WwebMessageLike } from './types.js';

const what = 'whatsapp-web image';

export interface WwebMediaOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

/** The picture of an image message, or a DeliveryError saying why not. */
export async function fetchWwebImage(
  msg: WwebMessageLike,
  opts: WwebMediaOptions = {},
): Promise<{ data: Buffer; mime: string }> {
  const timeoutMs = opts.timeoutMs ?? MEDIA_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_IMAGE_BYTES;
  if (!msg.hasMedia || !msg.downloadMedia)
    throw new DeliveryError(`${what}: the message has no media`, { retryable: false });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DeliveryError(`${what}: no file within ${timeoutMs} ms`, { retryable: true })),
      timeoutMs,
    );
  });
  let media: Awaited<ReturnType<NonNullable<WwebMessageLike['downloadMedia']>>>;
  try {
    media = await Promise.race([msg.downloadMedia(), timeout]);
  } catch (cause) {
    if (cause instanceof DeliveryError) throw cause;
    throw new DeliveryError(`${what}: download failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      retryable: true,
      cause,
    });
  } finally {
    clearTimeout(timer);
  }
  if (!media || typeof media.data !== 'string')
    throw new DeliveryError(`${what}: WhatsApp no longer has the file`, { retryable: false });
  if (typeof media.filesize === 'number' && media.filesize > maxBytes) throw tooLarge(what, media.filesize, maxBytes);
  // base64: 4 characters carry 3 bytes.
  const estimate = Math.floor((media.data.length * 3) / 4);
  if (estimate > maxBytes + 2) throw tooLarge(what, estimate, maxBytes);
  const data = Buffer.from(media.data, 'base64');
  if (data.length > maxBytes) throw tooLarge(what, data.length, maxBytes);
  return { data, mime: imageMime(data, media.mimetype) };
}

/** downloadImage for WhatsApp Web: the bytes came with the message, or there is nothing to fetch. */
export async function storedWwebImage(image: InboundImage): Promise<{ data: Buffer; mime: string }> {
  if (!image.data)
    throw new DeliveryError(`${what}: pictures are downloaded when they arrive; this one came without bytes`, {
      retryable: false,
    });
  return { data: image.data, mime: image.mime ?? imageMime(image.data) };
}
