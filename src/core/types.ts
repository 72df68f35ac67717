// Domain types shared by adapters, services and storage. Pure: no I/O here.
import type { Lang } from './language.js';

export const PLATFORMS = ['wecom', 'wecom-aibot', 'dingtalk', 'whatsapp', 'console'] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Role = 'rep' | 'supervisor' | 'ops' | 'finance' | 'admin' | 'technical' | 'after_sales';
export type Tier = 'A' | 'B' | 'C' | 'D';
export const LIFECYCLE_STAGES = [
  'lead',
  'inquiry',
  'intent',
  'sample',
  'first_order',
  'repeat',
  'loyal',
  'lost',
  'paused',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** One message as every platform delivers it to Baton, after verification and normalisation. */
export interface InboundMessage {
  platform: Platform;
  /** The platform's own message id (kept as a string: WeCom MsgIds exceed 2^53). */
  externalId: string;
  /** The platform's id of the chat: a user id for direct chats, a group/conversation id for groups. */
  chatExternalId: string;
  chatType: 'direct' | 'group';
  /** The platform's id of the sender. */
  senderExternalId: string;
  senderName?: string;
  /** The message's text; '' for a picture without words (then `images` carries it). */
  text: string;
  /** Pictures the message carries (issue 19): read as chat screenshots by the worker. */
  images?: InboundImage[];
  sentAt: Date;
  /** Platform hints needed to answer (e.g. DingTalk sessionWebhook and its expiry). */
  replyHint?: Record<string, unknown>;
  /** The payload as received (decrypted where the platform encrypts), kept verbatim. */
  raw: unknown;
}

/**
 * One picture in an inbound message. The ack stores the reference (or the bytes, when the platform
 * handed them over already); the worker downloads a reference through the adapter's downloadImage.
 */
export interface InboundImage {
  /** The platform's handle: WeCom MediaId, DingTalk downloadCode, WhatsApp media id, an AI bot URL. */
  ref?: string;
  /** Whatever else the download needs (the AI bot's per-image aeskey, a robot code), JSON only. */
  hint?: Record<string, unknown>;
  mime?: string;
  /** The bytes, when they came with the message (the console, WhatsApp Web). */
  data?: Buffer;
}

export type MessageFormat = 'text' | 'markdown';

export interface OutboundMessage {
  platform: Platform;
  chatExternalId: string;
  chatType: 'direct' | 'group';
  text: string;
  format: MessageFormat;
  /** Stable per outbox row: a retried send must not post twice where the platform can dedupe. */
  idempotencyKey: string;
  replyHint?: Record<string, unknown>;
}

export interface WebhookRequest {
  method: 'GET' | 'POST';
  /** Parsed query string. */
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  /** The body exactly as received: signatures are computed over these bytes. */
  rawBody: Buffer;
  /** Milliseconds since epoch: injected so stale-signature checks are testable. */
  receivedAt: number;
}

/**
 * A signature that does not cover the body (DingTalk signs only its timestamp): the route
 * accepts it once per window, and again only with the same body (a platform retry).
 */
export interface SingleUseSignature {
  key: string;
  /** sha256 hex of the raw body it came with. */
  bodyHash: string;
  /** Milliseconds since epoch when the freshness check would refuse it anyway. */
  expiresAt: number;
}

export type WebhookOutcome =
  | { kind: 'handshake'; body: string; contentType?: string }
  | {
      kind: 'messages';
      messages: InboundMessage[];
      reply?: { body: string; contentType?: string };
      singleUse?: SingleUseSignature;
    }
  | { kind: 'ignored'; reason: string; singleUse?: SingleUseSignature };

/** One interface for every chat platform (wechaty's puppet idea, grammY's webhook adapters). */
export interface ChatAdapter {
  readonly platform: Platform;
  /** Verify → parse → normalise. No side effects; throws WebhookAuthError / WebhookPayloadError. */
  handleWebhook(req: WebhookRequest): Promise<WebhookOutcome>;
  /** Deliver one message; throws DeliveryError (retryable or not). */
  send(msg: OutboundMessage): Promise<{ externalId: string }>;
  /** Whether markdown renders in this chat type. */
  rendersMarkdown(chatType: 'direct' | 'group'): boolean;
  /**
   * Longest text one platform message may carry (UTF-8 bytes; WhatsApp's limit is in characters).
   * The outbox does not split: send() delivers a longer text as several messages itself.
   */
  readonly maxMessageBytes: number;
  /**
   * The platform's send limit for one chat (WeCom app: 30/min per member; DingTalk group robot: 20/min).
   * The outbox never exceeds it: when more rows are due for one chat it merges them into one digest.
   */
  readonly sendLimitPerMinute?: number;
  /**
   * Start/stop long-lived connections (Stream mode, WhatsApp Web, the WeCom AI bot long connection).
   * onMessage resolves once the message is stored (`duplicate` when its platform id was seen before).
   */
  start?(
    onMessage: (m: InboundMessage) => Promise<void | { duplicate?: boolean }>,
    hooks?: AdapterHooks,
  ): Promise<void>;
  stop?(): Promise<void>;
  /** Fetch a picture's bytes by its reference (media endpoints); throws DeliveryError (retryable or not). */
  downloadImage?(image: InboundImage): Promise<{ data: Buffer; mime: string }>;
  /**
   * Set when the platform allows one connection per account (the WeCom AI bot: one per BotID): the key
   * of that account. Then only the replica holding the key's advisory lock runs start().
   */
  readonly exclusiveConnection?: string;
  /** False when this replica cannot deliver now (its connection is down or held elsewhere): the outbox leaves the rows to a replica that can. */
  canSend?(): boolean;
  /** The connection's state for /readyz. */
  status?(): Record<string, unknown>;
}

/** What a long-lived connection may ask of the app while it runs. */
export interface AdapterHooks {
  /** The language of the team member behind a platform id (for greetings sent before any message is stored). */
  memberLanguage?(externalId: string): Promise<Lang | undefined>;
}
