// WeCom AI bot (智能机器人) adapter: JSON callbacks at /webhooks/wecom-aibot, replies via response_url.
import type { ChatAdapter, OutboundMessage, WebhookRequest } from '../../src/core/types.js';
import { handleAibotCallback, type WecomAibotAdapterConfig } from './callback.js';
import { createResponseUrlClient } from './client.js';

/** WeCom's markdown limit for AI bot replies; response_url is single-use, so one reply must carry it all. */
export const AIBOT_MAX_MESSAGE_BYTES = 20480;

export type { WecomAibotAdapterConfig };

export interface WecomAibotAdapterDeps {
  logger?: { debug(obj: object, msg?: string): void };
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

export function createWecomAibotAdapter(cfg: WecomAibotAdapterConfig, deps: WecomAibotAdapterDeps = {}): ChatAdapter {
  const reply = createResponseUrlClient({ fetch: deps.fetch, now: deps.now, timeoutMs: deps.timeoutMs });
  return {
    platform: 'wecom-aibot',
    maxMessageBytes: AIBOT_MAX_MESSAGE_BYTES,
    rendersMarkdown: () => true,
    handleWebhook: async (req: WebhookRequest) => handleAibotCallback(cfg, req),
    async send(msg: OutboundMessage) {
      await reply(msg.replyHint, msg.text);
      deps.logger?.debug({ chat: msg.chatExternalId }, 'wecom-aibot replied via response_url');
      return { externalId: `aibot:${msg.idempotencyKey}` };
    },
  };
}
