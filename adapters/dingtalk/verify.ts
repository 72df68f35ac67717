// Signature checks for DingTalk. Pure: no I/O, the clock is passed in.
//
// Enterprise robot HTTP callback (open.dingtalk.com "接收消息" for robots): the headers
// `timestamp` (ms) and `sign` carry base64(HMAC-SHA256(key = appSecret, timestamp + "\n" + appSecret)).
// A timestamp more than one hour away from now is refused, as the documentation requires.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookAuthError } from '../../src/core/errors.js';
import { assertFresh } from '../../src/core/freshness.js';

/** base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)), the same recipe for callbacks and custom robots. */
export function dingtalkSignature(secret: string, timestamp: string | number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
}

function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  // Compare equal-length buffers so the time taken does not depend on where they differ.
  if (ab.length !== bb.length) {
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}

/** Throws WebhookAuthError unless `sign` matches and `timestamp` is within an hour of receivedAt. */
export function verifyDingtalkCallback(
  headers: Record<string, string | undefined>,
  appSecret: string,
  receivedAt: number,
): void {
  const timestamp = headers['timestamp'];
  const sign = headers['sign'];
  if (!timestamp || !sign) throw new WebhookAuthError('dingtalk: missing timestamp or sign header');
  if (!/^\d{1,16}$/.test(timestamp)) throw new WebhookAuthError('dingtalk: timestamp is not a number of milliseconds');
  assertFresh(Number(timestamp), receivedAt, { who: 'dingtalk: ' });
  if (!constantTimeEqual(dingtalkSignature(appSecret, timestamp), sign)) {
    throw new WebhookAuthError('dingtalk: signature mismatch');
  }
}

/**
 * A custom group robot's signed send URL (open.dingtalk.com "自定义机器人安全设置 — 加签"):
 * `…/robot/send?access_token=…&timestamp=…&sign=urlencode(base64(HMAC-SHA256(secret, timestamp+"\n"+secret)))`.
 */
export function signGroupRobotUrl(webhookUrl: string, secret: string | undefined, timestampMs: number): string {
  if (!secret) return webhookUrl;
  const url = new URL(webhookUrl);
  // URLSearchParams percent-encodes the base64 ('+', '/', '='), which is the urlencode step.
  url.searchParams.set('timestamp', String(timestampMs));
  url.searchParams.set('sign', dingtalkSignature(secret, timestampMs));
  return url.toString();
}
