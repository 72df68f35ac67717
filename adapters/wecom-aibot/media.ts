// Downloading an AI bot picture: GET the image URL (no token; it lives 5 minutes), then decrypt.
// The file is AES-256-CBC encrypted (https://developer.work.weixin.qq.com/document/path/100719,
// 图片 / 图文混排): key = the 32 bytes of the base64 key (the bot's EncodingAESKey + '=' for callbacks,
// the image's own aeskey on the long connection), IV = the key's first 16 bytes, PKCS#7 padding to a
// multiple of 32 bytes. @wecom/crypto cannot do this: its decrypt() expects the message layout
// (random | length | message | receive id), not a bare file, so node:crypto does it here.
import { createDecipheriv } from 'node:crypto';
import { DeliveryError } from '../../src/core/errors.js';
import {
  fetchMediaFile,
  imageMime,
  MAX_IMAGE_BYTES,
  MEDIA_TIMEOUT_MS,
  readCappedBody,
  sniffImageMime,
} from '../../src/core/media-download.js';
import type { InboundImage } from '../../src/core/types.js';

const BLOCK = 32;

/** The 32-byte AES key a base64 string stands for (EncodingAESKey has 43 characters, no '='). */
export function aesKeyOf(base64Key: string): Buffer {
  const trimmed = base64Key.trim();
  const padded = trimmed + '='.repeat((4 - (trimmed.length % 4)) % 4);
  const key = Buffer.from(padded, 'base64');
  if (key.length !== 32) throw new Error(`the AES key decodes to ${key.length} bytes, not 32`);
  return key;
}

/** AES-256-CBC with IV = key[0..16) and a strict PKCS#7 (1..32) unpad; throws on anything else. */
export function decryptAibotFile(sealed: Buffer, base64Key: string): Buffer {
  const key = aesKeyOf(base64Key);
  if (sealed.length === 0 || sealed.length % 16 !== 0)
    throw new Error(`${sealed.length} bytes is not a whole number of AES blocks`);
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(sealed), decipher.final()]);
  const pad = plain[plain.length - 1]!;
  if (pad < 1 || pad > BLOCK || pad > plain.length) throw new Error('the padding is not PKCS#7: wrong key?');
  for (let i = plain.length - pad; i < plain.length; i++)
    if (plain[i] !== pad) throw new Error('the padding is not PKCS#7: wrong key?');
  return plain.subarray(0, plain.length - pad);
}

export interface AibotMediaDeps {
  /** The callback's EncodingAESKey (undefined when only the long connection is configured). */
  encodingAesKey?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export function createAibotMediaDownloader(deps: AibotMediaDeps) {
  const doFetch = deps.fetch ?? globalThis.fetch;
  const timeoutMs = deps.timeoutMs ?? MEDIA_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? MAX_IMAGE_BYTES;
  const what = 'wecom-aibot image';

  function keyFor(image: InboundImage): string | undefined {
    const hint = image.hint ?? {};
    if (hint['key'] === 'message' && typeof hint['aeskey'] === 'string') return hint['aeskey'];
    if (hint['key'] === 'none') return undefined;
    if (hint['key'] === 'callback') {
      if (!deps.encodingAesKey)
        throw new DeliveryError(`${what}: came by callback, but WECOM_AIBOT_ENCODING_AES_KEY is not set`, {
          retryable: false,
        });
      return deps.encodingAesKey;
    }
    throw new DeliveryError(`${what}: no key to decrypt it with`, { retryable: false });
  }

  return async function downloadImage(image: InboundImage): Promise<{ data: Buffer; mime: string }> {
    const url = image.ref;
    if (!url || !/^https?:\/\//i.test(url))
      throw new DeliveryError(`${what}: the image has no http(s) URL`, { retryable: false });
    const key = keyFor(image);
    // 403/404 after the URL's 5 minutes is final (mediaHttpError): a retry gets the same answer.
    const res = await fetchMediaFile(doFetch, url, { what, timeoutMs });
    const body = await readCappedBody(res, what, maxBytes);
    if (key === undefined) {
      if (!sniffImageMime(body))
        throw new DeliveryError(`${what}: came without an aeskey and is not a plain picture`, { retryable: false });
      return { data: body, mime: imageMime(body) };
    }
    let plain: Buffer;
    try {
      plain = decryptAibotFile(body, key);
    } catch (cause) {
      throw new DeliveryError(`${what}: could not decrypt (${(cause as Error).message})`, {
        retryable: false,
        cause,
      });
    }
    return { data: plain, mime: imageMime(plain, res.headers.get('content-type')) };
  };
}
