// HTTP calls to the WhatsApp Cloud API (Graph API): POST /{phone-number-id}/messages.
import { DeliveryError } from '../../src/core/errors.js';
import { GraphErrorSchema, SendResultSchema } from './schema.js';

/** Codes from developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes. */
const RE_ENGAGEMENT = 131047; // more than 24 h since the customer's last message
const THROUGHPUT = 130429; // per-number messages per second
const PAIR_RATE = 131056; // business → same customer, about one message per 6 s
const SPAM_RATE = 131048;
const APP_RATE = new Set([4, 80007]); // app / account call limits
const TEMPORARY = new Set([1, 2, 131000, 131016]); // unknown, service unavailable
const TOKEN_INVALID = 190;

export interface SendTextRequest {
  apiBase: string;
  phoneNumberId: string;
  accessToken: string;
  to: string;
  body: string;
  group: boolean;
}

export async function sendWhatsappText(
  req: SendTextRequest,
  deps: { fetch: typeof fetch; timeoutMs: number; now: () => number },
): Promise<string> {
  const url = `${req.apiBase.replace(/\/+$/, '')}/${encodeURIComponent(req.phoneNumberId)}/messages`;
  const payload = {
    messaging_product: 'whatsapp',
    recipient_type: req.group ? 'group' : 'individual',
    to: req.to,
    type: 'text',
    text: { body: req.body, preview_url: false },
  };
  let res: Response;
  let text: string;
  try {
    res = await deps.fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${req.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
    text = await res.text();
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
    throw new DeliveryError(`whatsapp send: ${timedOut ? `no answer within ${deps.timeoutMs} ms` : 'network error'}`, {
      retryable: true,
      cause,
    });
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.ok) {
    const ok = SendResultSchema.safeParse(json);
    if (!ok.success)
      throw new DeliveryError('whatsapp send: answer without a message id', { retryable: false, cause: ok.error });
    return ok.data.messages[0]!.id;
  }
  throw judgeGraphError(res.status, json, retryAfter(res.headers.get('retry-after')));
}

export function judgeGraphError(
  status: number,
  body: unknown,
  retryAfterMs: number | undefined,
  what = 'whatsapp send',
): DeliveryError {
  const parsed = GraphErrorSchema.safeParse(body);
  const e = parsed.success ? parsed.data.error : undefined;
  const code = e?.code;
  const detail = `${what}: HTTP ${status}${code !== undefined ? ` code ${code}` : ''}${e?.message ? ` ${e.message}` : ''}${e?.error_data?.details ? ` (${e.error_data.details})` : ''}`;
  if (code === RE_ENGAGEMENT) {
    return new DeliveryError(
      'whatsapp: more than 24 hours since this customer last wrote (error 131047), so WhatsApp only accepts an approved ' +
        'template message now. Configure a message template for follow-ups, or wait for the customer to write again.',
      { retryable: false },
    );
  }
  if (code === THROUGHPUT) return new DeliveryError(detail, { retryable: true, retryAfterMs: retryAfterMs ?? 1_000 });
  if (code === PAIR_RATE) return new DeliveryError(detail, { retryable: true, retryAfterMs: retryAfterMs ?? 6_000 });
  if (code === SPAM_RATE)
    return new DeliveryError(detail, { retryable: true, retryAfterMs: retryAfterMs ?? 15 * 60_000 });
  if (code !== undefined && APP_RATE.has(code))
    return new DeliveryError(detail, { retryable: true, retryAfterMs: retryAfterMs ?? 60_000 });
  if (code === TOKEN_INVALID) {
    return new DeliveryError(`${detail}; the access token is expired or invalid: set a new WHATSAPP_ACCESS_TOKEN`, {
      retryable: false,
    });
  }
  if (status === 429) return new DeliveryError(detail, { retryable: true, retryAfterMs: retryAfterMs ?? 1_000 });
  if (status >= 500 || (code !== undefined && TEMPORARY.has(code)))
    return new DeliveryError(detail, { retryable: true, retryAfterMs });
  return new DeliveryError(detail, { retryable: false });
}

export function retryAfter(v: string | null): number | undefined {
  return v && /^\d+$/.test(v.trim()) ? Number(v.trim()) * 1000 : undefined;
}
