// Test helper: sign a DingTalk robot callback the way DingTalk does
// (base64(HMAC-SHA256(appSecret, `${timestamp}\n${appSecret}`))), independent of the adapter's code.
import { createHmac } from 'node:crypto';

export function signDingtalk(appSecret: string, timestampMs: number): { timestamp: string; sign: string } {
  const timestamp = String(timestampMs);
  const sign = createHmac('sha256', appSecret).update(`${timestamp}\n${appSecret}`).digest('base64');
  return { timestamp, sign };
}
