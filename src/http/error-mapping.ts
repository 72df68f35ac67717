// The one place where errors become HTTP answers. Typed errors say what went
// wrong; anything else is a 500 whose details stay in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputError, WebhookAuthError, WebhookForbiddenError, WebhookPayloadError } from '../core/errors.js';

export function httpStatusOf(err: unknown): number {
  if (err instanceof WebhookAuthError) return 401;
  if (err instanceof WebhookForbiddenError) return 403;
  if (err instanceof WebhookPayloadError) return 400;
  if (err instanceof InputError) return err.status;
  const fe = err as Partial<FastifyError>;
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) return fe.statusCode;
  return 500;
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const status = httpStatusOf(err);
  if (status >= 500) {
    req.log.error({ err }, 'request failed');
    void reply.status(500).send({ error: 'internal error', code: 'internal' });
    return;
  }
  const e = err as { message?: string; code?: string };
  // A client's mistake is worth a line, not a stack: the reason is what the caller was told.
  req.log.warn({ status, code: e.code, reason: e.message }, 'request refused');
  void reply.status(status).send({ error: e.message ?? 'bad request', code: e.code ?? 'bad_request' });
}
