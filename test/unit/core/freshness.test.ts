import { describe, expect, it } from 'vitest';
import { assertFresh, MAX_CLOCK_SKEW_MS } from '../../../src/core/freshness.js';
import { WebhookAuthError } from '../../../src/core/errors.js';

describe('assertFresh', () => {
  const received = Date.UTC(2026, 10, 20, 8, 0, 0);

  it('accepts a timestamp up to the skew either way', () => {
    expect(() => assertFresh(received - MAX_CLOCK_SKEW_MS, received)).not.toThrow();
    expect(() => assertFresh(received + MAX_CLOCK_SKEW_MS, received)).not.toThrow();
  });

  it('refuses one beyond it, saying by how much, as a 401', () => {
    expect(() => assertFresh(received - MAX_CLOCK_SKEW_MS - 1000, received, { who: 'dingtalk: ' })).toThrow(
      new WebhookAuthError('dingtalk: stale timestamp (3601 s off, more than an hour)'),
    );
    expect(() => assertFresh(received + 61_000, received, { maxSkewMs: 60_000 })).toThrow(WebhookAuthError);
    expect(() => assertFresh(Number.NaN, received)).toThrow(WebhookAuthError);
  });
});
