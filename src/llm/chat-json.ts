// One chat completion that should answer a JSON object, with a retry policy
// we control (the SDK's own retries are off, see openai-client.ts) and every
// failure turned into a typed LlmError.
import { setTimeout as sleep } from 'node:timers/promises';
import { APIConnectionError, APIConnectionTimeoutError, APIError, type OpenAI } from 'openai';
import { LlmError } from '../core/errors.js';
import { wallMs } from '../core/clock.js';

/** A Retry-After longer than this is not worth holding a message for: fall back to rules at once. */
export const MAX_RETRY_AFTER_MS = 2_000;
const RETRY_DELAY_MS = 300;

export interface ChatJsonRequest {
  model: string;
  system: string;
  user: string;
}

function retryAfterMs(err: APIError): number | undefined {
  const rawMs = err.headers?.get('retry-after-ms');
  const ms = rawMs ? Number(rawMs) : NaN;
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = err.headers?.get('retry-after');
  if (!raw) return undefined;
  const s = Number(raw);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const at = Date.parse(raw);
  // An HTTP-date is the server's wall clock, so it is compared with ours, not the business clock.
  return Number.isNaN(at) ? undefined : Math.max(0, at - wallMs());
}

/** Map an SDK error to our error, and say whether one more attempt may help (with which delay). */
function classify(err: unknown): { error: LlmError; retryInMs?: number; rejectedParams?: boolean } {
  if (err instanceof APIConnectionTimeoutError)
    return { error: new LlmError('llm_timeout', 'LLM request timed out', { cause: err }) };
  if (err instanceof APIConnectionError) {
    return {
      error: new LlmError('llm_unavailable', `LLM endpoint unreachable: ${err.message}`, { cause: err }),
      retryInMs: RETRY_DELAY_MS,
    };
  }
  if (err instanceof APIError) {
    const status = err.status ?? 0;
    if (status === 429) {
      const wait = retryAfterMs(err);
      return {
        error: new LlmError('llm_rate_limited', `LLM rate limited (retry-after ${wait ?? '?'} ms)`, { cause: err }),
        retryInMs: wait !== undefined && wait <= MAX_RETRY_AFTER_MS ? wait : undefined,
      };
    }
    if (status === 408 || status >= 500) {
      return {
        error: new LlmError('llm_unavailable', `LLM endpoint error ${status}`, { cause: err }),
        retryInMs: RETRY_DELAY_MS,
      };
    }
    // 400/422: some OpenAI-compatible servers reject response_format or
    // temperature (older vLLM/Ollama, reasoning models). 401/403/404: misconfigured.
    return {
      error: new LlmError('llm_unavailable', `LLM endpoint refused the request (${status}): ${err.message}`, {
        cause: err,
      }),
      rejectedParams: status === 400 || status === 422,
    };
  }
  return { error: new LlmError('llm_unavailable', `LLM call failed: ${String(err)}`, { cause: err }) };
}

/** Returns the assistant's text. Throws LlmError (never anything else). */
export async function chatJson(client: OpenAI, req: ChatJsonRequest): Promise<string> {
  let strict = true; // with response_format json_object and temperature 0
  let retried = false;
  for (;;) {
    try {
      const completion = await client.chat.completions.create({
        model: req.model,
        messages: [
          { role: 'system', content: req.system },
          { role: 'user', content: req.user },
        ],
        ...(strict ? { response_format: { type: 'json_object' as const }, temperature: 0 } : {}),
      });
      const choice = completion.choices?.[0];
      const content = choice?.message?.content;
      if (choice?.finish_reason === 'length')
        throw new LlmError('llm_bad_output', 'LLM answer was cut off (finish_reason length)');
      if (typeof content !== 'string' || content.trim() === '')
        throw new LlmError('llm_bad_output', 'LLM answer had no content');
      return content;
    } catch (err) {
      if (err instanceof LlmError) throw err;
      const c = classify(err);
      if (c.rejectedParams && strict) {
        strict = false; // one more try with the plainest request every endpoint accepts
        continue;
      }
      if (c.retryInMs !== undefined && !retried) {
        retried = true;
        await sleep(c.retryInMs);
        continue;
      }
      throw c.error;
    }
  }
}
