// A console-like adapter that records every send, and can be told to fail.
import type { ChatAdapter, OutboundMessage } from '../../src/core/types.js';
import { DeliveryError } from '../../src/core/errors.js';

export interface CountingAdapter extends ChatAdapter {
  sent: OutboundMessage[];
  /** Fail the next N sends with a DeliveryError. */
  failNext(n: number, retryable: boolean): void;
  /** Fail the next N sends by throwing `err` (a bug, a network error …). */
  failNextWith(n: number, err: unknown): void;
}

export function createCountingAdapter(opts: { sendLimitPerMinute?: number } = {}): CountingAdapter {
  let failures = 0;
  let retryable = true;
  let thrown: unknown;
  const sent: OutboundMessage[] = [];
  return {
    platform: 'console',
    maxMessageBytes: 1_000_000,
    sendLimitPerMinute: opts.sendLimitPerMinute,
    sent,
    rendersMarkdown: () => true,
    failNext(n, r) {
      failures = n;
      retryable = r;
      thrown = undefined;
    },
    failNextWith(n, err) {
      failures = n;
      thrown = err;
    },
    async handleWebhook() {
      return { kind: 'ignored', reason: 'none' };
    },
    async send(msg) {
      if (failures > 0) {
        failures--;
        if (thrown !== undefined) throw thrown;
        throw new DeliveryError('platform said no', { retryable, retryAfterMs: 1 });
      }
      sent.push(msg);
      return { externalId: `sent-${sent.length}` };
    },
  };
}
