import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorOrigin } from '../../../src/core/error-origin.js';
import { DeliveryError, InputError, LlmError } from '../../../src/core/errors.js';

const coded = (message: string, code: string) => Object.assign(new Error(message), { code });
const withStatus = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe('errorOrigin', () => {
  it.each([
    ['serialization failure', coded('could not serialize access', '40001')],
    ['deadlock', coded('deadlock detected', '40P01')],
    ['connection failure (class 08)', coded('connection failure', '08006')],
    ['admin shutdown', coded('terminating connection due to administrator command', '57P01')],
    ['too many connections', coded('sorry, too many clients already', '53300')],
    ['statement timeout', coded('canceling statement due to statement timeout', '57014')],
    ['reset socket', coded('read ECONNRESET', 'ECONNRESET')],
    ['refused connection', coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['undici connect timeout', coded('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT')],
    ['node-postgres dropped connection', new Error('Connection terminated unexpectedly')],
    ['abort by timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
    ['429', withStatus(429)],
    ['503', withStatus(503)],
    ['retryable delivery', new DeliveryError('throttled', { retryable: true, retryAfterMs: 1000 })],
    ['LLM timeout', new LlmError('llm_timeout', 'LLM request timed out')],
    [
      'a wrapper whose cause is transient',
      new Error('insert failed', { cause: coded('read ECONNRESET', 'ECONNRESET') }),
    ],
  ])('retries %s', (_what, err) => {
    expect(errorOrigin(err)).toEqual({ retryable: true, why: 'transient' });
  });

  it.each([
    ['TypeError', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['ReferenceError', new ReferenceError('x is not defined')],
    ['RangeError', new RangeError('Invalid time value')],
  ])('calls a %s a bug', (_what, err) => {
    expect(errorOrigin(err)).toEqual({ retryable: false, why: 'bug' });
  });

  it.each([
    ['unique violation', coded('duplicate key value violates unique constraint', '23505')],
    ['undefined column', coded('column "x" does not exist', '42703')],
    ['400 from a platform', withStatus(400)],
    ['403 from a platform', withStatus(403)],
    ['non-retryable delivery', new DeliveryError('blocked by the user', { retryable: false })],
    ['our own input error', new InputError(404, 'unknown_chat', 'unknown chat')],
    [
      'invalid data',
      (() => {
        try {
          z.object({ a: z.string() }).parse({});
        } catch (e) {
          return e;
        }
      })(),
    ],
    ['an unknown plain error', new Error('chat dm:x not found')],
    ['a thrown string', 'boom'],
    [
      'a delivery refusal wrapping a reset socket',
      new DeliveryError('refused', { retryable: false, cause: coded('x', 'ECONNRESET') }),
    ],
  ])('does not retry %s', (_what, err) => {
    expect(errorOrigin(err)).toEqual({ retryable: false, why: 'permanent' });
  });
});
