// WeCom callback security: msg_signature (sha1 over sorted token/timestamp/nonce/ciphertext),
// a freshness window on the timestamp, and AES-256-CBC decryption via @wecom/crypto.
// Pure functions: no I/O, no clock (receivedAt is passed in).
import { timingSafeEqual } from 'node:crypto';
import { decrypt, getSignature } from '@wecom/crypto';
import { WebhookAuthError, WebhookPayloadError } from '../../src/core/errors.js';
import { assertFresh, MAX_CLOCK_SKEW_MS } from '../../src/core/freshness.js';

export interface SignedQuery {
  msgSignature: string;
  timestamp: string;
  nonce: string;
}

/** The three query parameters every callback carries. Missing ones mean an unsigned request: 401. */
export function readSignedQuery(query: Record<string, string | undefined>): SignedQuery {
  const msgSignature = query['msg_signature'];
  const timestamp = query['timestamp'];
  const nonce = query['nonce'];
  if (!msgSignature || !timestamp || !nonce) {
    throw new WebhookAuthError('missing msg_signature, timestamp or nonce');
  }
  return { msgSignature, timestamp, nonce };
}

/** Refuse timestamps that are not plain seconds or lie too far from when we received the request. */
export function checkFreshness(timestamp: string, receivedAt: number, maxSkewMs = MAX_CLOCK_SKEW_MS): void {
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookAuthError('timestamp is not a number of seconds');
  assertFresh(Number(timestamp) * 1000, receivedAt, { maxSkewMs });
}

/** Constant-time comparison of the expected and the presented signature. */
export function verifySignature(token: string, q: SignedQuery, ciphertext: string): void {
  const expected = Buffer.from(getSignature(token, q.timestamp, q.nonce, ciphertext), 'utf8');
  const presented = Buffer.from(q.msgSignature.toLowerCase(), 'utf8');
  // timingSafeEqual needs equal lengths; a length mismatch leaks only that the length is wrong.
  if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) {
    throw new WebhookAuthError('msg_signature does not match');
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Decrypt a WeCom ciphertext and check whom it was meant for.
 *
 * Layout after AES-256-CBC (key = base64(EncodingAESKey + '='), iv = key[0..16)):
 * random(16) | msg_len(4, big-endian) | msg | receive_id | PKCS#7 padding to a multiple of 32.
 *
 * @wecom/crypto pads correctly (to 32), but its unpad is lenient: a pad byte outside 1..32 is
 * silently kept and msg_len is not bounds-checked. We therefore check that the pieces it returns
 * add up to the ciphertext length with a legal pad, which rejects garbage from a wrong key.
 */
export function openEnvelope(encodingAesKey: string, ciphertext: string, expectedReceiveId: string): string {
  if (!BASE64.test(ciphertext)) throw new WebhookPayloadError('Encrypt is not base64');
  const sealedLength = Buffer.from(ciphertext, 'base64').length;
  if (sealedLength < 32 || sealedLength % 16 !== 0) {
    throw new WebhookPayloadError('Encrypt has an impossible length for AES-256-CBC');
  }
  let opened: { message: string; id: string; random: Buffer };
  try {
    opened = decrypt(encodingAesKey, ciphertext);
  } catch (cause) {
    throw new WebhookAuthError('could not decrypt: wrong EncodingAESKey?', { cause });
  }
  const contentLength = 20 + Buffer.byteLength(opened.message, 'utf8') + Buffer.byteLength(opened.id, 'utf8');
  const pad = sealedLength - contentLength;
  if (pad < 1 || pad > 32) {
    throw new WebhookAuthError('decrypted payload is inconsistent: wrong EncodingAESKey?');
  }
  if (opened.id !== expectedReceiveId) {
    throw new WebhookAuthError('decrypted receive id does not match this corp');
  }
  return opened.message;
}
