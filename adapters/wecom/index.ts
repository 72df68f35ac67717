// WeCom self-built app adapter: callbacks at /webhooks/wecom, sending as the app (direct chats)
// or through a group robot webhook (team group chats listed in WECOM_ROBOT_WEBHOOK_KEYS).
import { DeliveryError } from '../../src/core/errors.js';
import type { ChatAdapter, OutboundMessage, WebhookRequest } from '../../src/core/types.js';
import { handleWecomCallback } from './callback.js';
import { createWecomClient } from './client.js';
import { createWecomMediaDownloader } from './media.js';
import type { LoggerPort } from '../../src/core/logger-port.js';
import { splitText } from '../../src/core/split-text.js';

/** WeCom app text messages are capped at 2048 bytes (markdown at 4096); one limit keeps both safe. */
export const WECOM_MAX_MESSAGE_BYTES = 2048;
/** WeCom silently drops app messages beyond 30 per minute per member (robots: 20/min, but those answer 45009). */
export const WECOM_SEND_LIMIT_PER_MINUTE = 30;

/** Structurally `NonNullable<Config['wecom']>` (src/config.ts); restated so adapters depend on src/core only. */
export interface WecomAdapterConfig {
  corpId: string;
  token: string;
  encodingAesKey: string;
  agentId?: string;
  secret?: string;
  apiBase: string;
  robotKeys: Record<string, string>;
}

export interface WecomAdapterDeps {
  logger?: LoggerPort;
  fetch?: typeof fetch;
  now?: () => number;
  /** Per HTTP request to the WeCom API; default 10 s. */
  timeoutMs?: number;
  /** Per media download (media/get); default 30 s. */
  mediaTimeoutMs?: number;
  /** Largest picture accepted; default 30 MB. */
  maxImageBytes?: number;
}

export function createWecomAdapter(cfg: WecomAdapterConfig, deps: WecomAdapterDeps = {}): ChatAdapter {
  const client = createWecomClient({
    apiBase: cfg.apiBase,
    corpId: cfg.corpId,
    secret: cfg.secret,
    agentId: cfg.agentId,
    fetch: deps.fetch,
    now: deps.now,
    timeoutMs: deps.timeoutMs,
    logger: deps.logger,
  });
  const downloadImage = createWecomMediaDownloader(client, {
    apiBase: cfg.apiBase,
    fetch: deps.fetch,
    timeoutMs: deps.mediaTimeoutMs,
    maxBytes: deps.maxImageBytes,
  });
  const keys = { token: cfg.token, encodingAesKey: cfg.encodingAesKey, receiveId: cfg.corpId };

  async function send(msg: OutboundMessage): Promise<{ externalId: string }> {
    const parts = splitText(msg.text, WECOM_MAX_MESSAGE_BYTES);
    if (msg.chatType === 'group') {
      const key = cfg.robotKeys[msg.chatExternalId];
      if (!key) {
        throw new DeliveryError(
          `wecom: no group robot configured for chat ${msg.chatExternalId} (WECOM_ROBOT_WEBHOOK_KEYS)`,
          { retryable: false },
        );
      }
      for (const part of parts) await client.sendRobot(key, msg.format, part);
      return { externalId: `robot:${msg.idempotencyKey}` };
    }
    // Parts go out in order; a retry after a partial failure re-sends earlier parts, which
    // WeCom's duplicate check (same content, same member, 30 min) swallows.
    const ids: string[] = [];
    for (const part of parts) ids.push(await client.sendApp(msg.chatExternalId, msg.format, part));
    return { externalId: ids.join(',') };
  }

  return {
    platform: 'wecom',
    maxMessageBytes: WECOM_MAX_MESSAGE_BYTES,
    sendLimitPerMinute: WECOM_SEND_LIMIT_PER_MINUTE,
    rendersMarkdown: () => true,
    handleWebhook: async (req: WebhookRequest) => handleWecomCallback(keys, req),
    send,
    downloadImage,
  };
}
