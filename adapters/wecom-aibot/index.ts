// WeCom AI bot (智能机器人) adapter, two transports chosen by configuration:
// - callback: JSON callbacks at /webhooks/wecom-aibot (needs a public URL), replies via response_url;
// - long connection: an outbound WebSocket to wss://openws.work.weixin.qq.com (no public URL),
//   replies as aibot_respond_msg / aibot_send_msg frames on that connection.
// WeCom lets a bot use one API mode at a time; with both configured, callbacks still verify and
// answer, and sends prefer the connection.
import { InputError } from '../../src/core/errors.js';
import type {
  AdapterHooks,
  ChatAdapter,
  InboundMessage,
  OutboundMessage,
  WebhookRequest,
} from '../../src/core/types.js';
import { handleAibotCallback, type WecomAibotAdapterConfig } from './callback.js';
import { createResponseUrlClient, ReplyHintSchema } from './client.js';
import { createAibotMediaDownloader } from './media.js';
import { createWsTransport } from './ws-transport.js';
import type { WecomAibotWsConfig, WsOptions } from './ws-types.js';
import { silentLogger, type LoggerPort } from '../../src/core/logger-port.js';

/** WeCom's markdown limit for AI bot replies (response_url, stream and aibot_send_msg alike). */
export const AIBOT_MAX_MESSAGE_BYTES = 20480;
/** Replies and pushes to one chat: 30 a minute (and 1000 an hour), shared by both kinds. */
export const AIBOT_SEND_LIMIT_PER_MINUTE = 30;

export type { WecomAibotAdapterConfig, WecomAibotWsConfig, WsOptions };
export { DEFAULT_WS_URL } from './ws-frames.js';

export interface WecomAibotAdapterDeps {
  logger?: LoggerPort;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
  /** Long connection tunables (tests shorten the heartbeat and the backoff). */
  wsOptions?: Partial<WsOptions>;
  /** Per picture download; default 30 s. */
  mediaTimeoutMs?: number;
  /** Largest picture accepted; default 30 MB. */
  maxImageBytes?: number;
}

export function createWecomAibotAdapter(
  cfg: { callback?: WecomAibotAdapterConfig; ws?: WecomAibotWsConfig } | WecomAibotAdapterConfig,
  deps: WecomAibotAdapterDeps = {},
): ChatAdapter {
  const modes = 'token' in cfg ? { callback: cfg } : cfg;
  const logger = deps.logger ?? silentLogger;
  const reply = createResponseUrlClient({ fetch: deps.fetch, now: deps.now, timeoutMs: deps.timeoutMs });
  const downloadImage = createAibotMediaDownloader({
    encodingAesKey: modes.callback?.encodingAesKey,
    fetch: deps.fetch,
    timeoutMs: deps.mediaTimeoutMs,
    maxBytes: deps.maxImageBytes,
  });
  const ws = modes.ws ? createWsTransport(modes.ws, { logger, now: deps.now, options: deps.wsOptions }) : undefined;

  async function send(msg: OutboundMessage) {
    if (ws && !ReplyHintSchema.safeParse(msg.replyHint ?? {}).success) return ws.send(msg);
    await reply(msg.replyHint, msg.text);
    logger.debug({ chat: msg.chatExternalId }, 'wecom-aibot replied via response_url');
    return { externalId: `aibot:${msg.idempotencyKey}` };
  }

  const adapter: ChatAdapter = {
    platform: 'wecom-aibot',
    maxMessageBytes: AIBOT_MAX_MESSAGE_BYTES,
    rendersMarkdown: () => true,
    async handleWebhook(req: WebhookRequest) {
      // Long-connection only: the callback is off, and an off callback answers 404 (contracts/platforms.md).
      if (!modes.callback)
        throw new InputError(
          404,
          'not_found',
          'the wecom-aibot callback is not configured (this bot uses the long connection)',
        );
      return handleAibotCallback(modes.callback, req);
    },
    send,
    downloadImage,
  };
  if (ws && modes.ws) {
    Object.assign(adapter, {
      exclusiveConnection: `wecom-aibot:${modes.ws.botId}`,
      // The long connection's documented per-chat limit (replies and pushes together).
      sendLimitPerMinute: AIBOT_SEND_LIMIT_PER_MINUTE,
      start: (onMessage: (m: InboundMessage) => Promise<void | { duplicate?: boolean }>, hooks?: AdapterHooks) =>
        ws.start(onMessage, hooks),
      stop: () => ws.stop(),
      canSend: () => ws.connected(),
      status: () => ({ ...ws.status() }),
    });
  }
  return adapter;
}
