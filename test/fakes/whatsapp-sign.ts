// Test helper: the X-Hub-Signature-256 header Meta sends, `sha256=` + hex HMAC-SHA256(appSecret, raw body).
import { createHmac } from 'node:crypto';

export function signWhatsapp(appSecret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}
