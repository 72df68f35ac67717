// WhatsApp Web adapter (whatsapp-web.js): an unofficial linked-device session driven through the
// system Chromium. No webhook: messages arrive over the long-lived connection started by start().
import type { ChatAdapter, InboundMessage, OutboundMessage, WebhookOutcome } from '../../src/core/types.js';
import { DeliveryError } from '../../src/core/errors.js';
import { defaultWwebClientFactory } from './client.js';
import { markdownToWhatsapp, WHATSAPP_MAX_TEXT_CHARS } from './format.js';
import { splitText, utf16Units } from '../../src/core/split-text.js';
import { storedWwebImage } from './media.js';
import { createWwebSession } from './session.js';
import type { LoginState, WhatsappWebConfig, WwebClientFactory } from './types.js';
import { silentLogger, type LoggerPort } from '../../src/core/logger-port.js';

export type { LoginState, WhatsappWebConfig, WwebClientLike, WwebMessageData, WwebMessageLike } from './types.js';
export { normalizeWwebMessage, isOwnOrSystem } from './normalize.js';

/** A client not ready after this long is destroyed and started again. */
export const DEFAULT_WATCHDOG_MS = 5 * 60_000;

export interface WhatsappWebDeps {
  logger?: LoggerPort;
  now?: () => number;
  clientFactory?: WwebClientFactory;
  watchdogMs?: number;
  /** Per picture fetch at receipt; default 30 s. */
  mediaTimeoutMs?: number;
  /** Largest picture accepted; default 30 MB. */
  maxImageBytes?: number;
}

export type WhatsappWebAdapter = ChatAdapter & { getLoginState(): LoginState };

export function createWhatsappWebAdapter(cfg: WhatsappWebConfig, deps: WhatsappWebDeps = {}): WhatsappWebAdapter {
  const logger = deps.logger ?? silentLogger;
  const session = createWwebSession(cfg, {
    clientFactory: deps.clientFactory ?? defaultWwebClientFactory,
    logger,
    watchdogMs: deps.watchdogMs ?? DEFAULT_WATCHDOG_MS,
    media: { timeoutMs: deps.mediaTimeoutMs, maxBytes: deps.maxImageBytes },
  });

  async function send(msg: OutboundMessage): Promise<{ externalId: string }> {
    const client = session.readyClient();
    if (!client) {
      throw new DeliveryError(`whatsapp-web: not connected (${session.getLoginState().state})`, {
        retryable: true,
        retryAfterMs: 30_000,
      });
    }
    const text = msg.format === 'markdown' ? markdownToWhatsapp(msg.text) : msg.text;
    let externalId = '';
    for (const part of splitText(text, WHATSAPP_MAX_TEXT_CHARS, utf16Units)) {
      try {
        const sent = await client.sendMessage(msg.chatExternalId, part);
        externalId = sent.id._serialized;
      } catch (cause) {
        // Puppeteer errors (page closed, session lost) are usually over after a restart.
        throw new DeliveryError(
          `whatsapp-web: send failed: ${cause instanceof Error ? cause.message : String(cause)}`,
          { retryable: true, cause },
        );
      }
    }
    return { externalId };
  }

  return {
    platform: 'whatsapp',
    async handleWebhook(): Promise<WebhookOutcome> {
      return { kind: 'ignored', reason: 'whatsapp-web receives over its own connection, not by webhook' };
    },
    send,
    downloadImage: storedWwebImage,
    rendersMarkdown: () => false,
    maxMessageBytes: WHATSAPP_MAX_TEXT_CHARS,
    // A personal number sending fast is what gets it banned: stay well below the Cloud API pace.
    sendLimitPerMinute: 6,
    start: (onMessage: (m: InboundMessage) => Promise<void>) => session.start(onMessage),
    stop: () => session.stop(),
    getLoginState: () => session.getLoginState(),
  };
}
