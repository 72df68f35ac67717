// Signature checks for DingTalk. Pure: no I/O, the clock is passed in.
//
// Enterprise robot HTTP callback (open.dingtalk.com "接收消息" for robots): the headers
// `timestamp` (ms) and `sign` carry base64(HMAC-SHA256(key = appSecret, timestamp + "\n" + appSecret)).
// The documentation refuses timestamps more than one hour away from now. The sign covers only
// the timestamp, not the body, so a captured pair works with any body for as long as it is
// fresh: we narrow the window (DINGTALK_SIGN_WINDOW_SECONDS, default 5 minutes) and the
// webhook route remembers every pair used until its window ends (docs/HARDENING.md).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookAuthError } from '../../src/core/errors.js';
import type { SingleUseSignature } from '../../src/core/types.js';
import { assertFresh, MAX_CLOCK_SKEW_MS } from '../../src/core/freshness.js';

/** DingTalk's own limit (an hour, the shared MAX_CLOCK_SKEW_MS) caps ours. */
export { MAX_CLOCK_SKEW_MS };
/** Ours, by default: DingTalk stamps the request when it sends it, and we answer in milliseconds. */
export const DEFAULT_SIGN_WINDOW_MS = 5 * 60 * 1000;

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

/**
 * Throws WebhookAuthError unless `sign` matches and `timestamp` is within `windowMs` of receivedAt.
 * Returns the pair as a single-use signature for the route to remember.
 */
export function verifyDingtalkCallback(
  headers: Record<string, string | undefined>,
  appSecret: string,
  receivedAt: number,
  windowMs = DEFAULT_SIGN_WINDOW_MS,
  rawBody: Buffer = Buffer.alloc(0),
): SingleUseSignature {
  const timestamp = headers['timestamp'];
  const sign = headers['sign'];
  if (!timestamp || !sign) throw new WebhookAuthError('dingtalk: missing timestamp or sign header');
  if (!/^\d{1,16}$/.test(timestamp)) throw new WebhookAuthError('dingtalk: timestamp is not a number of milliseconds');
  assertFresh(Number(timestamp), receivedAt, { maxSkewMs: Math.min(windowMs, MAX_CLOCK_SKEW_MS), who: 'dingtalk: ' });
  if (!constantTimeEqual(dingtalkSignature(appSecret, timestamp), sign)) {
    throw new WebhookAuthError('dingtalk: signature mismatch');
  }
  return {
    key: `dingtalk:${timestamp}:${sign}`,
    bodyHash: createHash('sha256').update(rawBody).digest('hex'),
    expiresAt: Number(timestamp) + Math.min(windowMs, MAX_CLOCK_SKEW_MS),
  };
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
