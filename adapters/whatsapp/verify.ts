// WhatsApp Cloud API webhook checks. Pure.
// - GET verification (developers.facebook.com/docs/graph-api/webhooks/getting-started):
//   hub.mode=subscribe & hub.verify_token=<ours> → answer hub.challenge as the body.
// - POST: X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body bytes)>.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookAuthError, WebhookForbiddenError, WebhookPayloadError } from '../../src/core/errors.js';

function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  if (ab.length !== bb.length) {
    timingSafeEqual(ab, ab); // spend comparable time on a length mismatch
    return false;
  }
  return timingSafeEqual(ab, bb);
}

/** Returns the challenge to echo; a wrong mode or token is a 403, as Meta's webhook contract asks. */
export function verifyHandshake(query: Record<string, string | undefined>, verifyToken: string): string {
  if (query['hub.mode'] !== 'subscribe') throw new WebhookForbiddenError('whatsapp: hub.mode is not subscribe');
  if (!constantTimeEqual(query['hub.verify_token'] ?? '', verifyToken))
    throw new WebhookForbiddenError('whatsapp: hub.verify_token does not match');
  const challenge = query['hub.challenge'];
  if (!challenge) throw new WebhookPayloadError('whatsapp: hub.challenge is missing');
  return challenge;
}

export function whatsappSignature(appSecret: string, rawBody: Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** Throws WebhookAuthError unless X-Hub-Signature-256 is the HMAC of exactly these bytes. */
export function verifySignature(headers: Record<string, string | undefined>, rawBody: Buffer, appSecret: string): void {
  const header = headers['x-hub-signature-256'];
  if (!header) throw new WebhookAuthError('whatsapp: X-Hub-Signature-256 header is missing');
  if (!/^sha256=[0-9a-f]{64}$/i.test(header)) throw new WebhookAuthError('whatsapp: X-Hub-Signature-256 is malformed');
  if (!constantTimeEqual(whatsappSignature(appSecret, rawBody), header.toLowerCase())) {
    throw new WebhookAuthError('whatsapp: signature mismatch');
  }
}
