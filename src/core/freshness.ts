// Is a signed webhook request recent? WeCom and DingTalk sign a timestamp with each
// callback; one far from when we received it is a replay (or a badly wrong clock).
// Platforms retry for minutes, so an hour either way tolerates clock drift without
// accepting a request captured days ago.
import { WebhookAuthError } from './errors.js';

export const MAX_CLOCK_SKEW_MS = 60 * 60 * 1000;

/**
 * Throw WebhookAuthError (401) when `signedAtMs` lies more than `maxSkewMs` from
 * `receivedAtMs`. `who` prefixes the message ("dingtalk: ").
 */
export function assertFresh(
  signedAtMs: number,
  receivedAtMs: number,
  opts: { maxSkewMs?: number; who?: string } = {},
): void {
  const max = opts.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
  const skew = Math.abs(receivedAtMs - signedAtMs);
  if (!(skew <= max)) {
    const limit = max === MAX_CLOCK_SKEW_MS ? 'an hour' : `${Math.round(max / 1000)} s`;
    throw new WebhookAuthError(
      `${opts.who ?? ''}stale timestamp (${Math.round(skew / 1000)} s off, more than ${limit})`,
    );
  }
}
