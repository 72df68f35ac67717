// WhatsApp Cloud API adapter: GET verification, signed POST webhooks in, Graph API out.
import type { ChatAdapter, OutboundMessage, WebhookOutcome, WebhookRequest } from '../../src/core/types.js';
import { DeliveryError } from '../../src/core/errors.js';
import { wallMs } from '../../src/core/clock.js';
import { sendWhatsappText } from './client.js';
import { createWhatsappMediaDownloader } from './media.js';
import { markdownToWhatsapp, WHATSAPP_MAX_TEXT_CHARS } from './format.js';
import { splitText, utf16Units } from '../../src/core/split-text.js';
import { normalizeWhatsappWebhook, parseWhatsappBody } from './normalize.js';
import { WhatsappReplyHintSchema } from './schema.js';
import type { WhatsappCloudConfig, WhatsappCloudDeps } from './types.js';
import { silentLogger } from '../../src/core/logger-port.js';
import { verifyHandshake, verifySignature } from './verify.js';

export type { WhatsappCloudConfig, WhatsappCloudDeps } from './types.js';
export { verifyHandshake, verifySignature, whatsappSignature } from './verify.js';
export { normalizeWhatsappWebhook } from './normalize.js';
export { markdownToWhatsapp } from './format.js';

export function createWhatsappCloudAdapter(cfg: WhatsappCloudConfig, deps: WhatsappCloudDeps = {}): ChatAdapter {
  const logger = deps.logger ?? silentLogger;
  const http = { fetch: deps.fetch ?? globalThis.fetch, timeoutMs: deps.timeoutMs ?? 10_000, now: deps.now ?? wallMs };

  const downloadImage = createWhatsappMediaDownloader({
    apiBase: cfg.apiBase,
    accessToken: cfg.accessToken,
    fetch: http.fetch,
    timeoutMs: http.timeoutMs,
    mediaTimeoutMs: deps.mediaTimeoutMs,
    maxBytes: deps.maxImageBytes,
  });

  async function handleWebhook(req: WebhookRequest): Promise<WebhookOutcome> {
    if (req.method === 'GET')
      return { kind: 'handshake', body: verifyHandshake(req.query, cfg.verifyToken), contentType: 'text/plain' };
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
    verifySignature(headers, req.rawBody, cfg.appSecret);
    return normalizeWhatsappWebhook(parseWhatsappBody(req.rawBody));
  }

  async function send(msg: OutboundMessage): Promise<{ externalId: string }> {
    const hint = WhatsappReplyHintSchema.safeParse(msg.replyHint ?? {});
    const phoneNumberId = (hint.success ? hint.data.phoneNumberId : undefined) ?? cfg.phoneNumberId;
    if (!phoneNumberId || !cfg.accessToken) {
      throw new DeliveryError('whatsapp: set WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN to send', {
        retryable: false,
      });
    }
    const text = msg.format === 'markdown' ? markdownToWhatsapp(msg.text) : msg.text;
    const parts = splitText(text, WHATSAPP_MAX_TEXT_CHARS, utf16Units);
    let externalId = '';
    for (const body of parts) {
      externalId = await sendWhatsappText(
        {
          apiBase: cfg.apiBase,
          phoneNumberId,
          accessToken: cfg.accessToken,
          to: msg.chatExternalId,
          body,
          group: msg.chatType === 'group',
        },
        http,
      );
    }
    if (parts.length > 1) logger.debug({ parts: parts.length }, 'whatsapp long message sent in parts');
    return { externalId };
  }

  return {
    platform: 'whatsapp',
    handleWebhook,
    send,
    downloadImage,
    // WhatsApp shows *bold* and _italic_ but not markdown; send() converts the simple cases.
    rendersMarkdown: () => false,
    maxMessageBytes: WHATSAPP_MAX_TEXT_CHARS,
    // The pair rate limit allows about one message per 6 s to the same customer (error 131056).
    sendLimitPerMinute: 10,
  };
}
