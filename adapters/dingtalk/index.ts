// DingTalk enterprise robot adapter: HTTP callback in, sessionWebhook / robot API out.
import type {
  ChatAdapter,
  InboundMessage,
  OutboundMessage,
  WebhookOutcome,
  WebhookRequest,
} from '../../src/core/types.js';
import { DeliveryError, WebhookPayloadError } from '../../src/core/errors.js';
import { wallMs } from '../../src/core/clock.js';
import { createDingtalkApi, type DingtalkContent } from './client.js';
import { createDingtalkMediaDownloader } from './media.js';
import { normalizeDingtalkMessage, parseDingtalkPayload } from './normalize.js';
import { DingtalkReplyHintSchema, type DingtalkReplyHint } from './schema.js';
import { splitText } from '../../src/core/split-text.js';
import { createDingtalkStream, type StreamClientFactory, type StreamOptions } from './stream.js';
import type { DingtalkConfig, DingtalkDeps } from './types.js';
import { silentLogger } from '../../src/core/logger-port.js';
import { verifyDingtalkCallback } from './verify.js';
import { isAllowedSessionWebhook } from './session-webhook.js';

export type { DingtalkConfig, DingtalkDeps } from './types.js';
export { dingtalkSignature, verifyDingtalkCallback, signGroupRobotUrl } from './verify.js';
export { normalizeDingtalkMessage, parseDingtalkPayload } from './normalize.js';
export { sendGroupRobotNotice, GROUP_ROBOT_LIMIT_PER_MINUTE } from './group-robot.js';

/** DingTalk's markdown and text bodies are capped near 5000; bytes ≥ characters keeps us under. */
export const DINGTALK_MAX_MESSAGE_BYTES = 5000;
/** Do not use a sessionWebhook in its last minute: the request may land after it expired. */
const SESSION_WEBHOOK_MARGIN_MS = 60_000;

export interface DingtalkAdapterDeps extends DingtalkDeps {
  /** Stream mode: how to build the connection (tests inject a fake) and its backoff. */
  streamClientFactory?: StreamClientFactory;
  streamOptions?: Partial<StreamOptions>;
  /** Per picture file download; default 30 s. */
  mediaTimeoutMs?: number;
  /** Largest picture accepted; default 30 MB. */
  maxImageBytes?: number;
}

export function createDingtalkAdapter(cfg: DingtalkConfig, deps: DingtalkAdapterDeps = {}): ChatAdapter {
  const logger = deps.logger ?? silentLogger;
  const now = deps.now ?? wallMs;
  const api = createDingtalkApi(cfg, {
    fetch: deps.fetch ?? globalThis.fetch,
    now,
    timeoutMs: deps.timeoutMs ?? 10_000,
    logger,
  });
  const downloadImage = createDingtalkMediaDownloader(api, {
    apiBase: cfg.apiBase,
    robotCode: cfg.robotCode ?? cfg.appKey,
    fetch: deps.fetch ?? globalThis.fetch,
    now,
    timeoutMs: deps.timeoutMs ?? 10_000,
    mediaTimeoutMs: deps.mediaTimeoutMs,
    maxBytes: deps.maxImageBytes,
  });
  const stream = cfg.stream
    ? createDingtalkStream(cfg, { logger, clientFactory: deps.streamClientFactory, options: deps.streamOptions })
    : undefined;

  async function handleWebhook(req: WebhookRequest): Promise<WebhookOutcome> {
    if (req.method !== 'POST') throw new WebhookPayloadError('dingtalk: only POST callbacks are accepted');
    const singleUse = verifyDingtalkCallback(
      lowerKeys(req.headers),
      cfg.appSecret,
      req.receivedAt,
      cfg.signWindowMs,
      req.rawBody,
    );
    const { payload, raw } = parseDingtalkPayload(req.rawBody.toString('utf8'));
    const result = normalizeDingtalkMessage(payload, raw);
    if (result.kind === 'ignored') return { ...result, singleUse };
    const hint = result.message.replyHint;
    if (typeof hint?.sessionWebhook === 'string' && !isAllowedSessionWebhook(hint.sessionWebhook, cfg.apiBase)) {
      // Kept in raw for the record, never used: replies go through the robot API instead.
      logger.warn({ host: hostOf(hint.sessionWebhook) }, 'dingtalk: sessionWebhook outside DingTalk dropped');
      const rest = { ...hint };
      delete rest.sessionWebhook;
      delete rest.sessionWebhookExpiredTime;
      result.message.replyHint = rest;
    }
    return { kind: 'messages', messages: [result.message], singleUse };
  }

  async function send(msg: OutboundMessage): Promise<{ externalId: string }> {
    const hint = readHint(msg.replyHint);
    const parts = splitText(msg.text, DINGTALK_MAX_MESSAGE_BYTES);
    let externalId: string | undefined;
    for (const [i, part] of parts.entries()) {
      const content: DingtalkContent = { format: msg.format, title: titleOf(part), text: part };
      externalId = (await sendOne(msg, hint, content)) ?? externalId;
      if (parts.length > 1) logger.debug({ part: i + 1, of: parts.length }, 'dingtalk long message sent in parts');
    }
    return { externalId: externalId ?? `dingtalk:${msg.idempotencyKey}` };
  }

  async function sendOne(
    msg: OutboundMessage,
    hint: DingtalkReplyHint,
    content: DingtalkContent,
  ): Promise<string | undefined> {
    const expires = hint.sessionWebhookExpiredTime ?? 0;
    const usable = hint.sessionWebhook !== undefined && isAllowedSessionWebhook(hint.sessionWebhook, cfg.apiBase);
    if (hint.sessionWebhook && !usable)
      logger.warn({ host: hostOf(hint.sessionWebhook) }, 'dingtalk: sessionWebhook outside DingTalk not used');
    if (hint.sessionWebhook && usable && expires - SESSION_WEBHOOK_MARGIN_MS > now()) {
      try {
        await api.sendBySessionWebhook(hint.sessionWebhook, content);
        return undefined; // the sessionWebhook answers no message id
      } catch (err) {
        // Throttling and outages are the platform's; a refused session (revoked early) is not
        // worth failing for while the robot API can still reach the chat.
        if (err instanceof DeliveryError && err.retryable) throw err;
        logger.warn(
          { err: err instanceof Error ? err.message : String(err) },
          'dingtalk sessionWebhook refused; using the robot API',
        );
      }
    }
    const robotCode = hint.robotCode ?? cfg.robotCode ?? cfg.appKey;
    const id = msg.chatType === 'group' ? (hint.conversationId ?? msg.chatExternalId) : msg.chatExternalId;
    return api.sendByRobot({ chatType: msg.chatType, id, robotCode }, content);
  }

  const adapter: ChatAdapter = {
    platform: 'dingtalk',
    handleWebhook,
    send,
    downloadImage,
    rendersMarkdown: () => true,
    maxMessageBytes: DINGTALK_MAX_MESSAGE_BYTES,
    // Enterprise and group robots: 20 messages per minute per chat.
    sendLimitPerMinute: 20,
  };
  if (stream) {
    adapter.start = (onMessage: (m: InboundMessage) => Promise<void>) => stream.start(onMessage);
    adapter.stop = () => stream.stop();
  }
  return adapter;
}

function readHint(hint: Record<string, unknown> | undefined): DingtalkReplyHint {
  const parsed = DingtalkReplyHintSchema.safeParse(hint ?? {});
  return parsed.success ? parsed.data : {};
}

/** The markdown title shows in notifications: the first non-empty line, without markdown marks. */
function titleOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? 'Baton';
  const plain = line.replace(/[#*_>`~[\]]/g, '').trim();
  return Array.from(plain || 'Baton')
    .slice(0, 30)
    .join('');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(not a URL)';
  }
}

function lowerKeys(h: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}
