// Replying as the AI bot: POST the message to the response_url WeCom handed us in the callback.
// That URL is temporary (one hour) and short-lived by design, so a missing or expired one is final.
import { z } from 'zod';
import { DeliveryError } from '../../src/core/errors.js';
import { wallMs } from '../../src/core/clock.js';

export interface ResponseUrlClientOptions {
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

const Reply = z.object({ errcode: z.number().default(0), errmsg: z.string().default('') }).passthrough();
export const ReplyHintSchema = z.object({
  responseUrl: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'must be http(s)'),
  responseUrlExpiresAt: z.number().optional(),
});

export function createResponseUrlClient(opts: ResponseUrlClientOptions = {}) {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const now = opts.now ?? wallMs;
  const timeoutMs = opts.timeoutMs ?? 10_000;

  return async function reply(hint: Record<string, unknown> | undefined, content: string): Promise<void> {
    const parsed = ReplyHintSchema.safeParse(hint ?? {});
    if (!parsed.success) {
      throw new DeliveryError('wecom-aibot: no response_url to answer with (the bot can only reply to a message)', {
        retryable: false,
      });
    }
    const { responseUrl, responseUrlExpiresAt } = parsed.data;
    if (responseUrlExpiresAt !== undefined && now() >= responseUrlExpiresAt) {
      throw new DeliveryError('wecom-aibot: response_url has expired', { retryable: false });
    }
    // response_url takes markdown; our plain texts carry no markdown syntax worth escaping.
    const body = { msgtype: 'markdown', markdown: { content } };
    let res: Response;
    try {
      res = await doFetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
      throw new DeliveryError(`wecom-aibot: ${timedOut ? `no answer within ${timeoutMs} ms` : 'network error'}`, {
        retryable: true,
        cause,
      });
    }
    if (res.status >= 500 || res.status === 429)
      throw new DeliveryError(`wecom-aibot: HTTP ${res.status}`, { retryable: true });
    if (!res.ok) throw new DeliveryError(`wecom-aibot: HTTP ${res.status}`, { retryable: false });
    const json = Reply.safeParse(await res.json().catch(() => ({ errcode: -1, errmsg: 'answer is not JSON' })));
    if (!json.success) throw new DeliveryError('wecom-aibot: unexpected answer', { retryable: false });
    if (json.data.errcode === -1)
      throw new DeliveryError(`wecom-aibot: ${json.data.errmsg}`, { retryable: true, retryAfterMs: 1_000 });
    if (json.data.errcode !== 0) {
      throw new DeliveryError(`wecom-aibot: errcode ${json.data.errcode} ${json.data.errmsg}`, { retryable: false });
    }
  };
}
