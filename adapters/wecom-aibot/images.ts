// AI bot pictures → InboundImage references, for both transports. Pure. The URL is the handle; the
// hint says which key decrypts the file: the bot's EncodingAESKey for callbacks, or the aeskey that
// came with the image on the long connection (the worker downloads later, so the key is stored).
import type { InboundImage } from '../../src/core/types.js';
import type { ImageContent } from './schema.js';

/** How the downloaded file is sealed. */
export type AibotImageKey = { key: 'callback' } | { key: 'message'; aeskey: string } | { key: 'none' };

export function callbackImage(image: ImageContent): InboundImage {
  // Should a callback ever carry its own aeskey too, that key is the one the file was sealed with.
  const hint: AibotImageKey = image.aeskey ? { key: 'message', aeskey: image.aeskey } : { key: 'callback' };
  return { ref: image.url, hint };
}

export function wsImage(image: ImageContent): InboundImage {
  // The SDK hands back the bytes as they are when no aeskey came; the download checks they are a picture.
  const hint: AibotImageKey = image.aeskey ? { key: 'message', aeskey: image.aeskey } : { key: 'none' };
  return { ref: image.url, hint };
}
