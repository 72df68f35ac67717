// One JSON POST with a timeout. Network failures and timeouts become retryable DeliveryErrors
// here so callers only have to judge the platform's answers.
import { DeliveryError } from '../../src/core/errors.js';

export interface JsonResponse {
  status: number;
  headers: Headers;
  json: unknown;
}

export async function postJson(
  fetchFn: typeof fetch,
  url: string,
  body: unknown,
  opts: { headers?: Record<string, string>; timeoutMs: number; what: string },
): Promise<JsonResponse> {
  let res: Response;
  let text: string;
  try {
    res = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...opts.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    text = await res.text();
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
    throw new DeliveryError(`${opts.what}: ${timedOut ? `no answer within ${opts.timeoutMs} ms` : 'network error'}`, {
      retryable: true,
      cause,
    });
  }
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined; // gateways answer HTML on 5xx / throttling; status decides then
  }
  return { status: res.status, headers: res.headers, json };
}

/** Retry-After in seconds or as an HTTP date → ms; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const v = headers.get('retry-after');
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
