// Where a failure came from decides what a worker does with it. A lost connection, a
// timeout, a platform's 429/5xx or a serialization failure is worth another try later;
// a bug (TypeError …) or a permanent refusal fails the same way every time, so retrying
// only hides it. Unknown errors count as permanent: better a visible failed row with
// the error text than five silent retries of a bug.
import { BatonError, DeliveryError, LlmError, NotYetError } from './errors.js';

export type ErrorOrigin = { retryable: true; why: 'transient' } | { retryable: false; why: 'bug' | 'permanent' };

// SQLSTATEs that say "try again": connection exceptions (class 08), serialization failure,
// deadlock, lock not available, query cancelled (statement timeout), shutdown/restart,
// too many connections and other resource exhaustion (class 53).
const RETRYABLE_SQLSTATE = /^(08...|40001|40P01|55P03|57014|57P0[1-5]|53...)$/;
// Node and undici network error codes.
const RETRYABLE_SYSCALL = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTCONN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
// node-postgres reports a dropped or unobtainable connection as a plain Error without a code.
const RETRYABLE_MESSAGE =
  /connection terminated|timeout exceeded when trying to connect|connection (?:error|lost)|socket hang up/i;
const BUG = [TypeError, ReferenceError, SyntaxError, RangeError];

export function errorOrigin(err: unknown): ErrorOrigin {
  // Follow `cause` a few levels: wrappers (kysely, our typed errors) keep the original there.
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    const verdict = judge(e);
    if (verdict) return verdict;
    e = (e as { cause?: unknown }).cause;
  }
  return { retryable: false, why: 'permanent' };
}

function judge(e: unknown): ErrorOrigin | undefined {
  const transient = { retryable: true, why: 'transient' } as const;
  if (e instanceof DeliveryError) return e.retryable ? transient : { retryable: false, why: 'permanent' };
  if (e instanceof NotYetError) return transient;
  if (e instanceof LlmError) return e.code === 'llm_bad_output' ? { retryable: false, why: 'permanent' } : transient;
  if (BUG.some((k) => e instanceof k)) return { retryable: false, why: 'bug' };
  if (typeof e !== 'object') return undefined;
  const o = e as { code?: unknown; status?: unknown; statusCode?: unknown; name?: unknown; message?: unknown };
  if (typeof o.code === 'string') {
    if (RETRYABLE_SQLSTATE.test(o.code) || RETRYABLE_SYSCALL.has(o.code)) return transient;
  }
  const status = typeof o.status === 'number' ? o.status : typeof o.statusCode === 'number' ? o.statusCode : undefined;
  if (status !== undefined && status >= 400)
    return status === 408 || status === 429 || status >= 500 ? transient : { retryable: false, why: 'permanent' };
  if (o.name === 'TimeoutError' || o.name === 'AbortError') return transient;
  if (typeof o.message === 'string' && RETRYABLE_MESSAGE.test(o.message)) return transient;
  // Our own typed errors (InputError, ConfigError, …) are decisions, not accidents.
  if (e instanceof BatonError) return { retryable: false, why: 'permanent' };
  return undefined;
}
