// Stream mode: an outbound WebSocket to DingTalk (dingtalk-stream's DWClient) for deployments
// without a public URL. Each robot callback is normalised like an HTTP callback, handed to
// onMessage, and acknowledged only after onMessage resolved: an unacknowledged callback is
// delivered again by DingTalk (about 60 s later), and ingest dedupes by msgId.
//
// DWClient's own reconnect retries every second forever and tells nobody; we turn it off and
// supervise the connection here with exponential backoff instead.
import type { InboundMessage } from '../../src/core/types.js';
import { normalizeDingtalkMessage, parseDingtalkPayload } from './normalize.js';
import type { DingtalkConfig } from './types.js';
import type { LoggerPort } from '../../src/core/logger-port.js';

/** dingtalk-stream's TOPIC_ROBOT; repeated so tests need not load the package. */
export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

export interface StreamDownstream {
  headers: { messageId: string; topic?: string };
  data: string;
}

/** The small part of dingtalk-stream's DWClient this module uses. */
export interface StreamClientLike {
  readonly connected: boolean;
  registerCallbackListener(topic: string, callback: (msg: StreamDownstream) => void): unknown;
  /** Fetches the gateway endpoint and ticket. */
  getEndpoint(): Promise<unknown>;
  /** Opens the socket; rejects when it cannot. */
  _connect(): Promise<void>;
  disconnect(): void;
  socketCallBackResponse(messageId: string, result: unknown): void;
}

export type StreamClientFactory = (cfg: DingtalkConfig) => Promise<StreamClientLike> | StreamClientLike;

export interface StreamOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** How often to look at `connected` (DWClient emits no close event of its own). */
  healthCheckMs: number;
}

const DEFAULT_OPTIONS: StreamOptions = { baseDelayMs: 1_000, maxDelayMs: 60_000, healthCheckMs: 5_000 };

/** Delay before reconnect attempt `attempt` (0-based): base·2^attempt, capped. */
export function backoffDelay(attempt: number, opts: Pick<StreamOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  return Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.min(attempt, 30));
}

export const defaultStreamClientFactory: StreamClientFactory = async (cfg) => {
  const { DWClient } = await import('dingtalk-stream');
  // autoReconnect is read from the options at runtime though the constructor's type omits it.
  const options = { clientId: cfg.appKey, clientSecret: cfg.appSecret, keepAlive: true, autoReconnect: false };
  return new DWClient(options);
};

export function createDingtalkStream(
  cfg: DingtalkConfig,
  deps: { logger: LoggerPort; clientFactory?: StreamClientFactory; options?: Partial<StreamOptions> },
) {
  const opts: StreamOptions = { ...DEFAULT_OPTIONS, ...deps.options };
  const { logger } = deps;
  let client: StreamClientLike | undefined;
  let stopped = true;
  let connecting = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let healthTimer: NodeJS.Timeout | undefined;

  function ack(messageId: string): void {
    try {
      client?.socketCallBackResponse(messageId, { status: 'SUCCESS', message: 'OK' });
    } catch (err) {
      logger.warn({ messageId, err: errText(err) }, 'dingtalk stream: ack failed; the callback will come again');
    }
  }

  async function handle(down: StreamDownstream, onMessage: (m: InboundMessage) => Promise<void>): Promise<void> {
    const messageId = down.headers.messageId;
    let result: ReturnType<typeof normalizeDingtalkMessage>;
    try {
      const { payload, raw } = parseDingtalkPayload(down.data);
      result = normalizeDingtalkMessage(payload, raw);
    } catch (err) {
      // A payload we cannot read will not get better on redelivery.
      logger.warn({ messageId, err: errText(err) }, 'dingtalk stream: unreadable callback acknowledged and dropped');
      ack(messageId);
      return;
    }
    if (result.kind === 'ignored') {
      logger.debug({ messageId, reason: result.reason }, 'dingtalk stream: callback ignored');
      ack(messageId);
      return;
    }
    try {
      await onMessage(result.message);
      ack(messageId);
    } catch (err) {
      logger.error(
        { messageId, err: errText(err) },
        'dingtalk stream: message not stored; left unacknowledged for redelivery',
      );
    }
  }

  async function connectOnce(): Promise<boolean> {
    if (!client) return false;
    connecting = true;
    try {
      await client.getEndpoint();
      await client._connect();
      attempt = 0;
      logger.info({}, 'dingtalk stream connected');
      return true;
    } catch (err) {
      logger.warn({ attempt, err: errText(err) }, 'dingtalk stream: connect failed');
      return false;
    } finally {
      connecting = false;
    }
  }

  function scheduleReconnect(): void {
    if (stopped || retryTimer || connecting) return;
    const delay = backoffDelay(attempt++, opts);
    logger.info({ delayMs: delay }, 'dingtalk stream: reconnecting');
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (stopped) return;
      void connectOnce().then((ok) => {
        if (!ok) scheduleReconnect();
      });
    }, delay);
  }

  return {
    async start(onMessage: (m: InboundMessage) => Promise<void>): Promise<void> {
      if (!stopped) return;
      stopped = false;
      client = await (deps.clientFactory ?? defaultStreamClientFactory)(cfg);
      client.registerCallbackListener(TOPIC_ROBOT, (down) => void handle(down, onMessage));
      // start() returns after the first attempt either way: a gateway outage must not block boot.
      if (!(await connectOnce())) scheduleReconnect();
      healthTimer = setInterval(() => {
        if (client && !client.connected) scheduleReconnect();
      }, opts.healthCheckMs);
      healthTimer.unref();
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(healthTimer);
      retryTimer = undefined;
      healthTimer = undefined;
      client?.disconnect();
    },
  };
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
