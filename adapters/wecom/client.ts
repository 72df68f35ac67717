// Outbound WeCom API: access token (cached, refreshed early and on 42001/40014), app messages
// (message/send) and group robot webhooks (webhook/send). Every failure becomes a DeliveryError that
// says whether the outbox should try again. Never logs tokens, keys, URLs carrying them, or message text.
import { z } from 'zod';
import { DeliveryError } from '../../src/core/errors.js';
import { wallMs } from '../../src/core/clock.js';
import type { MessageFormat } from '../../src/core/types.js';
import type { LoggerPort } from '../../src/core/logger-port.js';

export interface WecomClientOptions {
  apiBase: string;
  corpId: string;
  secret?: string;
  agentId?: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Per HTTP request. WeCom answers in well under a second when healthy. */
  timeoutMs?: number;
  logger?: LoggerPort;
}

/** Refresh this long before WeCom says the token expires, so a send never races the expiry. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;
const TOKEN_ERRCODES = new Set([40014, 42001]);
/** errcode → how long to wait. 45009: API frequency limit; 45033: concurrency limit; -1: system busy. */
const RETRY_AFTER_MS: Record<number, number> = { [-1]: 1_000, 45009: 60_000, 45011: 60_000, 45033: 5_000 };

const ApiReply = z.object({ errcode: z.number().default(0), errmsg: z.string().default('') }).passthrough();
const TokenReply = ApiReply.extend({ access_token: z.string().min(1), expires_in: z.number().positive() });
const SendReply = ApiReply.extend({
  msgid: z.union([z.string(), z.number()]).transform(String).optional(),
  invaliduser: z.string().optional(),
});

export function createWecomClient(opts: WecomClientOptions) {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const now = opts.now ?? wallMs;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const base = opts.apiBase.replace(/\/+$/, '');
  let cached: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function call(what: string, url: string, body?: unknown): Promise<z.infer<typeof ApiReply>> {
    let res: Response;
    try {
      res = await doFetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
      throw new DeliveryError(`${what}: ${timedOut ? `no answer within ${timeoutMs} ms` : 'network error'}`, {
        retryable: true,
        cause,
      });
    }
    if (res.status >= 500 || res.status === 429) {
      throw new DeliveryError(`${what}: HTTP ${res.status}`, { retryable: true });
    }
    if (!res.ok) throw new DeliveryError(`${what}: HTTP ${res.status}`, { retryable: false });
    let json: unknown;
    try {
      json = await res.json();
    } catch (cause) {
      // Gateways in front of WeCom answer HTML when they struggle: worth another try.
      throw new DeliveryError(`${what}: answer is not JSON`, { retryable: true, cause });
    }
    const parsed = ApiReply.safeParse(json);
    if (!parsed.success)
      throw new DeliveryError(`${what}: unexpected answer`, { retryable: false, cause: parsed.error });
    return parsed.data;
  }

  function fail(what: string, errcode: number, errmsg: string): never {
    const retryAfterMs = RETRY_AFTER_MS[errcode];
    opts.logger?.warn({ what, errcode, errmsg }, 'wecom API refused');
    throw new DeliveryError(`${what}: errcode ${errcode} ${errmsg}`, {
      retryable: retryAfterMs !== undefined,
      retryAfterMs,
    });
  }

  async function fetchToken(): Promise<string> {
    if (!opts.secret)
      throw new DeliveryError('wecom: WECOM_SECRET is not set, cannot send app messages', { retryable: false });
    const url = `${base}/cgi-bin/gettoken?corpid=${encodeURIComponent(opts.corpId)}&corpsecret=${encodeURIComponent(opts.secret)}`;
    const reply = await call('gettoken', url);
    if (reply.errcode !== 0) fail('gettoken', reply.errcode, reply.errmsg);
    const token = TokenReply.safeParse(reply);
    if (!token.success)
      throw new DeliveryError('gettoken: no access_token in answer', { retryable: true, cause: token.error });
    const lifetimeMs = token.data.expires_in * 1000;
    cached = { token: token.data.access_token, refreshAt: now() + Math.max(0, lifetimeMs - TOKEN_REFRESH_MARGIN_MS) };
    opts.logger?.debug({ expiresIn: token.data.expires_in }, 'wecom access token refreshed');
    return cached.token;
  }

  /** The cached token, or a fresh one; concurrent callers share one gettoken request. */
  async function accessToken(): Promise<string> {
    if (cached && now() < cached.refreshAt) return cached.token;
    inflight ??= fetchToken().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  function payload(format: MessageFormat, content: string) {
    return format === 'markdown'
      ? { msgtype: 'markdown', markdown: { content } }
      : { msgtype: 'text', text: { content } };
  }

  /** message/send to one member; returns WeCom's msgid. */
  async function sendApp(touser: string, format: MessageFormat, content: string): Promise<string> {
    if (!opts.agentId)
      throw new DeliveryError('wecom: WECOM_AGENT_ID is not set, cannot send app messages', { retryable: false });
    const body = {
      touser,
      agentid: Number(opts.agentId),
      ...payload(format, content),
      // A retried send (timeout after WeCom accepted it) must not reach the member twice.
      enable_duplicate_check: 1,
      duplicate_check_interval: 1800,
    };
    for (let attempt = 0; ; attempt++) {
      const token = await accessToken();
      const parsed = SendReply.safeParse(
        await call('message/send', `${base}/cgi-bin/message/send?access_token=${encodeURIComponent(token)}`, body),
      );
      if (!parsed.success)
        throw new DeliveryError('message/send: unexpected answer', { retryable: false, cause: parsed.error });
      const reply = parsed.data;
      if (TOKEN_ERRCODES.has(reply.errcode) && attempt === 0) {
        opts.logger?.debug({ errcode: reply.errcode }, 'wecom token refused; refreshing once');
        if (cached?.token === token) cached = undefined;
        continue;
      }
      if (TOKEN_ERRCODES.has(reply.errcode)) {
        throw new DeliveryError(`message/send: errcode ${reply.errcode} even with a fresh token`, {
          retryable: true,
          retryAfterMs: 60_000,
        });
      }
      if (reply.errcode !== 0) fail('message/send', reply.errcode, reply.errmsg);
      if (reply.invaliduser && reply.invaliduser.split('|').includes(touser)) {
        throw new DeliveryError(
          'message/send: WeCom reports the member as invalid (left, or outside the app visibility)',
          { retryable: false },
        );
      }
      return reply.msgid ?? '';
    }
  }

  /** Group robot webhook; robots have no message id. */
  async function sendRobot(key: string, format: MessageFormat, content: string): Promise<void> {
    const reply = await call(
      'webhook/send',
      `${base}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`,
      payload(format, content),
    );
    if (reply.errcode !== 0) fail('webhook/send', reply.errcode, reply.errmsg);
  }

  /** Forget `token` after WeCom refused it (42001/40014), so the next accessToken() fetches a new one. */
  function dropToken(token: string): void {
    if (cached?.token === token) cached = undefined;
  }

  return { accessToken, dropToken, sendApp, sendRobot, fail };
}

export type WecomClient = ReturnType<typeof createWecomClient>;
