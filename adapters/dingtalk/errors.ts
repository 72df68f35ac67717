// How DingTalk's answers map to DeliveryError. Two API families answer differently:
// - api.dingtalk.com (robot API, OAuth): HTTP status + { code, message, requestid };
// - oapi.dingtalk.com (sessionWebhook, custom group robot): HTTP 200 + { errcode, errmsg }.
import { DeliveryError } from '../../src/core/errors.js';
import { ApiErrorSchema, OapiResultSchema } from './schema.js';

/** Default wait when DingTalk throttles without a Retry-After: its QPS windows are one second. */
export const DEFAULT_THROTTLE_WAIT_MS = 1_000;
/** A robot over 20 messages/minute is muted for 10 minutes (custom robot docs, errcode 130101). */
export const ROBOT_MUTE_WAIT_MS = 10 * 60_000;

const THROTTLE_CODE = /QpsLimit|Throttl|TooManyRequest|FlowControl|RateLimit/i;
const QUOTA_CODE = /ApiCountLimit/i; // monthly API quota: retrying today will not help
const AUTH_CODE = /InvalidAuthentication|AccessToken|Unauthorized/i;

/** Old-API errcodes that mean "busy / too fast, try later". */
const OAPI_RETRYABLE = new Set([-1, 90002, 90006, 90018, 90019, 130101]);

export type ApiVerdict = { kind: 'token_expired' } | { kind: 'error'; error: DeliveryError };

export function judgeApiFailure(
  what: string,
  status: number,
  body: unknown,
  retryAfter: number | undefined,
): ApiVerdict {
  const parsed = ApiErrorSchema.safeParse(body ?? {});
  const code = parsed.success ? (parsed.data.code ?? '') : '';
  const message = parsed.success ? (parsed.data.message ?? '') : '';
  const detail = `${what}: HTTP ${status}${code ? ` ${code}` : ''}${message ? ` ${message}` : ''}`;
  if (QUOTA_CODE.test(code))
    return { kind: 'error', error: new DeliveryError(`${detail} (monthly API quota used up)`, { retryable: false }) };
  if (status === 429 || THROTTLE_CODE.test(code)) {
    return {
      kind: 'error',
      error: new DeliveryError(detail, { retryable: true, retryAfterMs: retryAfter ?? DEFAULT_THROTTLE_WAIT_MS }),
    };
  }
  if (status === 401 || AUTH_CODE.test(code)) return { kind: 'token_expired' };
  if (status >= 500)
    return { kind: 'error', error: new DeliveryError(detail, { retryable: true, retryAfterMs: retryAfter }) };
  return { kind: 'error', error: new DeliveryError(detail, { retryable: false }) };
}

/** Judge an oapi answer; returns undefined on success (errcode 0). */
export function judgeOapiResult(
  what: string,
  status: number,
  body: unknown,
  retryAfter: number | undefined,
): DeliveryError | undefined {
  if (status === 429)
    return new DeliveryError(`${what}: HTTP 429`, {
      retryable: true,
      retryAfterMs: retryAfter ?? DEFAULT_THROTTLE_WAIT_MS,
    });
  if (status >= 500) return new DeliveryError(`${what}: HTTP ${status}`, { retryable: true, retryAfterMs: retryAfter });
  const parsed = OapiResultSchema.safeParse(body);
  if (!parsed.success)
    return new DeliveryError(`${what}: HTTP ${status} with an unreadable answer`, { retryable: status >= 500 });
  const { errcode, errmsg } = parsed.data;
  if (errcode === 0) return undefined;
  const detail = `${what}: errcode ${errcode}${errmsg ? ` ${errmsg}` : ''}`;
  if (errcode === 130101) return new DeliveryError(detail, { retryable: true, retryAfterMs: ROBOT_MUTE_WAIT_MS });
  if (OAPI_RETRYABLE.has(errcode))
    return new DeliveryError(detail, { retryable: true, retryAfterMs: DEFAULT_THROTTLE_WAIT_MS });
  return new DeliveryError(detail, { retryable: false });
}
