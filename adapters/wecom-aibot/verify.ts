// AI bot (智能机器人) callback security. Same scheme as the WeCom app callback (msg_signature over
// the ciphertext, AES-256-CBC via @wecom/crypto), but the sealed receive id is '' for an internal bot.
// Restated here rather than imported: adapters never import each other (docs/DEVELOPING.md).
import { timingSafeEqual } from 'node:crypto';
import { decrypt, getSignature } from '@wecom/crypto';
import { WebhookAuthError, WebhookPayloadError } from '../../src/core/errors.js';
import { assertFresh, MAX_CLOCK_SKEW_MS } from '../../src/core/freshness.js';
/** An internal AI bot seals an empty receive id (a CorpID would mean a self-built app callback). */
export const AIBOT_RECEIVE_ID = '';

export interface SignedQuery {
  msgSignature: string;
  timestamp: string;
  nonce: string;
}

export function readSignedQuery(query: Record<string, string | undefined>): SignedQuery {
  const msgSignature = query['msg_signature'];
  const timestamp = query['timestamp'];
  const nonce = query['nonce'];
  if (!msgSignature || !timestamp || !nonce) throw new WebhookAuthError('missing msg_signature, timestamp or nonce');
  return { msgSignature, timestamp, nonce };
}

export function checkFreshness(timestamp: string, receivedAt: number, maxSkewMs = MAX_CLOCK_SKEW_MS): void {
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookAuthError('timestamp is not a number of seconds');
  assertFresh(Number(timestamp) * 1000, receivedAt, { maxSkewMs });
}

export function verifySignature(token: string, q: SignedQuery, ciphertext: string): void {
  const expected = Buffer.from(getSignature(token, q.timestamp, q.nonce, ciphertext), 'utf8');
  const presented = Buffer.from(q.msgSignature.toLowerCase(), 'utf8');
  if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) {
    throw new WebhookAuthError('msg_signature does not match');
  }
}

/**
 * Decrypt and check the receive id. @wecom/crypto's unpad is lenient, and with an empty receive id a
 * wrong key can even "match"; so the pieces must add up to the ciphertext length with a legal 1..32 pad.
 */
export function openEnvelope(encodingAesKey: string, ciphertext: string, expectedReceiveId = AIBOT_RECEIVE_ID): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(ciphertext)) throw new WebhookPayloadError('encrypt is not base64');
  const sealedLength = Buffer.from(ciphertext, 'base64').length;
  if (sealedLength < 32 || sealedLength % 16 !== 0)
    throw new WebhookPayloadError('encrypt has an impossible length for AES-256-CBC');
  let opened: { message: string; id: string };
  try {
    opened = decrypt(encodingAesKey, ciphertext);
  } catch (cause) {
    throw new WebhookAuthError('could not decrypt: wrong EncodingAESKey?', { cause });
  }
  const pad = sealedLength - (20 + Buffer.byteLength(opened.message, 'utf8') + Buffer.byteLength(opened.id, 'utf8'));
  if (pad < 1 || pad > 32) throw new WebhookAuthError('decrypted payload is inconsistent: wrong EncodingAESKey?');
  if (opened.id !== expectedReceiveId) throw new WebhookAuthError('decrypted receive id is not an AI bot one');
  return opened.message;
}
