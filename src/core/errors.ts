// Errors typed by origin, each with a stable `code` and the `cause` kept.
// src/http/error-mapping.ts is the one place that turns them into HTTP answers.

export class BatonError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Forged, missing or stale signature → 401, nothing stored. */
export class WebhookAuthError extends BatonError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('webhook_auth', message, options);
  }
}

/** A handshake with the wrong verify token → 403 (Meta's contract for hub.verify_token). */
export class WebhookForbiddenError extends BatonError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('webhook_forbidden', message, options);
  }
}

/** Malformed body → 400 with the reason, nothing stored. */
export class WebhookPayloadError extends BatonError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('webhook_payload', message, options);
  }
}

/** Bad input to our own API → 400/404/409 with the reason. */
export class InputError extends BatonError {
  readonly status: 400 | 403 | 404 | 409 | 413 | 422;
  constructor(status: 400 | 403 | 404 | 409 | 413 | 422, code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.status = status;
  }
}

/** Not yet: something this depends on is still under way elsewhere (another replica). Retried with backoff. */
export class NotYetError extends BatonError {
  constructor(message: string) {
    super('not_yet', message);
  }
}

/** Sending to a platform failed. `retryable` decides whether the outbox tries again. */
export class DeliveryError extends BatonError {
  readonly retryable: boolean;
  /** When the platform told us how long to wait (rate limits), in ms. */
  readonly retryAfterMs?: number;
  constructor(message: string, opts: { retryable: boolean; retryAfterMs?: number; cause?: unknown }) {
    super('delivery', message, { cause: opts.cause });
    this.retryable = opts.retryable;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

/** The LLM could not give a usable answer; callers fall back to the rules extractor. */
export class LlmError extends BatonError {
  constructor(
    code: 'llm_timeout' | 'llm_rate_limited' | 'llm_unavailable' | 'llm_bad_output',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export class ConfigError extends BatonError {
  constructor(message: string) {
    super('config', message);
  }
}
