// The long-connection transport: keep one subscribed session up, forever. Each callback is
// normalised like an HTTP callback and handed to onMessage; only after it resolved (the message
// is stored) may anything answer it. The connection is re-opened with capped exponential backoff
// and jitter; a refused subscribe (853000: wrong BotID/Secret) is logged as an error and shown in
// status(), and retried the same way, since an admin can fix the bot without restarting Baton.
import type { InboundMessage } from '../../src/core/types.js';
import { tr } from '../../src/core/i18n/index.js';
import { wallMs } from '../../src/core/clock.js';
import { EventBodySchema, newReqId, welcomeFrame, WS_CMD, type IncomingFrame } from './ws-frames.js';
import { normalizeWsCallback } from './ws-normalize.js';
import { createReplyBook, errText } from './ws-replies.js';
import { openSession, SubscribeRefusedError, type Session, type SessionEnd } from './ws-session.js';
import {
  DEFAULT_WS_OPTIONS,
  jitteredBackoff,
  type WecomAibotWsConfig,
  type WsHooks,
  type WsOptions,
  type WsStatus,
} from './ws-types.js';
import type { LoggerPort } from '../../src/core/logger-port.js';

export type MessageSink = (m: InboundMessage) => Promise<void | { duplicate?: boolean }>;

const STORE_RETRY_MS = [200, 1_000, 5_000];

export function createWsTransport(
  cfg: WecomAibotWsConfig,
  deps: { logger: LoggerPort; now?: () => number; options?: Partial<WsOptions> },
) {
  const opts: WsOptions = { ...DEFAULT_WS_OPTIONS, ...deps.options };
  const now = deps.now ?? wallMs;
  const { logger } = deps;
  let session: Session | undefined;
  let stopped = true;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let status: WsStatus = {
    transport: 'long-connection',
    state: 'standby',
    detail: 'not connected on this replica',
    subscriptions: 0,
  };
  const replies = createReplyBook({
    now,
    logger,
    session: () => session,
    timings: { streamAfterMs: opts.streamAfterMs, streamCloseAfterMs: opts.streamCloseAfterMs },
  });

  function set(next: Omit<WsStatus, 'transport' | 'subscriptions'>): void {
    status = { transport: 'long-connection', subscriptions: status.subscriptions, ...next };
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  }

  async function store(onMessage: MessageSink, m: InboundMessage): Promise<{ duplicate?: boolean } | undefined> {
    for (let i = 0; ; i++) {
      try {
        return (await onMessage(m)) ?? {};
      } catch (err) {
        if (i >= STORE_RETRY_MS.length || stopped) {
          logger.error(
            { msgid: m.externalId, err: errText(err) },
            'wecom-aibot: message could not be stored; it is not answered',
          );
          return undefined;
        }
        await new Promise((r) => setTimeout(r, STORE_RETRY_MS[i]));
      }
    }
  }

  async function onCallback(frame: IncomingFrame, onMessage: MessageSink, hooks: WsHooks): Promise<void> {
    const receivedAt = now();
    if (frame.cmd === WS_CMD.eventCallback) return onEvent(frame, hooks);
    const hint = { reqId: frame.headers.req_id, streamId: newReqId('stream', receivedAt), receivedAt };
    const r = normalizeWsCallback(frame.body, hint);
    if (r.kind === 'ignored') {
      logger.debug({ reqId: hint.reqId, reason: r.reason }, 'wecom-aibot: callback ignored');
      return;
    }
    const stored = await store(onMessage, r.message);
    // A re-pushed msgid keeps the reply path of the copy we stored first.
    if (stored && !stored.duplicate) replies.expect({ transport: 'ws', ...hint }, r.message.text);
  }

  async function onEvent(frame: IncomingFrame, hooks: WsHooks): Promise<void> {
    const body = EventBodySchema.safeParse(frame.body);
    if (!body.success) return;
    const type = body.data.event.eventtype;
    if (type !== 'enter_chat') {
      logger.debug({ eventtype: type }, 'wecom-aibot: event ignored');
      return;
    }
    // The welcome must go within 5 s of the event, so it goes straight out, not through the outbox.
    const userid = body.data.from?.userid;
    const lang = userid ? await hooks.memberLanguage?.(userid).catch(() => undefined) : undefined;
    // A stranger's language is unknown: greet in both.
    const text = lang
      ? tr(lang, 'wecom_aibot.welcome')
      : `${tr('zh', 'wecom_aibot.welcome')}\n${tr('en', 'wecom_aibot.welcome')}`;
    try {
      await session?.request(welcomeFrame(frame.headers.req_id, text));
    } catch (err) {
      logger.warn({ err: errText(err) }, 'wecom-aibot: welcome not sent');
    }
  }

  async function run(onMessage: MessageSink, hooks: WsHooks, firstAttempt: () => void): Promise<void> {
    let attempt = 0;
    let takenOver = 0;
    while (!stopped) {
      // A refusal stays visible while we keep trying: it is what the operator must fix.
      if (status.state !== 'refused')
        set({ state: status.subscriptions === 0 && attempt === 0 ? 'connecting' : 'reconnecting', detail: cfg.wsUrl });
      let end: SessionEnd | undefined;
      let delay: number;
      try {
        let ended!: (e: SessionEnd) => void;
        const over = new Promise<SessionEnd>((r) => (ended = r));
        session = await openSession(
          {
            url: cfg.wsUrl,
            botId: cfg.botId,
            secret: cfg.secret,
            heartbeatMs: opts.heartbeatMs,
            subscribeTimeoutMs: opts.subscribeTimeoutMs,
            ackTimeoutMs: opts.ackTimeoutMs,
            now,
          },
          { onCallback: (f) => void onCallback(f, onMessage, hooks), onEnd: (e) => ended(e) },
        );
        const since = now();
        attempt = 0;
        status.subscriptions++;
        set({ state: 'connected', detail: `subscribed as ${cfg.botId}` });
        logger.info({ botId: cfg.botId, url: cfg.wsUrl }, 'wecom-aibot long connection subscribed');
        firstAttempt();
        if (stopped) session.close('stopping');
        end = await over;
        replies.clear();
        if (now() - since >= opts.takenOverMaxDelayMs) takenOver = 0;
      } catch (err) {
        firstAttempt();
        if (err instanceof SubscribeRefusedError) {
          set({
            state: 'refused',
            errcode: err.errcode,
            detail: `${err.message}; check WECOM_AIBOT_BOT_ID and WECOM_AIBOT_SECRET (the bot must be in long-connection API mode)`,
          });
          logger.error({ botId: cfg.botId, errcode: err.errcode }, `wecom-aibot: ${status.detail}`);
        } else {
          logger.warn({ attempt, err: errText(err) }, 'wecom-aibot: long connection failed');
        }
      }
      session = undefined;
      if (stopped) break;
      if (end?.kind === 'taken-over') {
        delay = jitteredBackoff(takenOver++, opts.takenOverDelayMs, opts.takenOverMaxDelayMs, opts.random);
        set({ state: 'taken-over', detail: `${end.detail}; trying again in ${Math.round(delay / 1000)} s` });
        logger.warn({ delayMs: delay }, 'wecom-aibot: another connection took this BotID over; backing off');
      } else {
        delay = jitteredBackoff(attempt++, opts.baseDelayMs, opts.maxDelayMs, opts.random);
        if (status.state !== 'refused')
          set({ state: 'reconnecting', detail: `${end?.detail ?? 'connect failed'}; retry in ${delay} ms` });
        if (end)
          logger.warn(
            { reason: end.kind, detail: end.detail, delayMs: delay },
            'wecom-aibot long connection lost; reconnecting',
          );
      }
      await sleep(delay);
    }
  }

  return {
    /** Returns after the first attempt, connected or not: a gateway outage must not block start-up. */
    async start(onMessage: MessageSink, hooks: WsHooks = {}): Promise<void> {
      if (!stopped) return;
      stopped = false;
      await new Promise<void>((resolve) => {
        loop = run(onMessage, hooks, resolve);
      });
    },
    async stop(): Promise<void> {
      stopped = true;
      wake?.();
      session?.close('stopping');
      replies.clear();
      await loop;
      loop = undefined;
      set({ state: 'standby', detail: 'not connected on this replica' });
    },
    status: (): WsStatus => ({ ...status }),
    /** Subscribed right now: only then does this replica take wecom-aibot rows from the outbox. */
    connected: () => Boolean(session?.open),
    send: replies.send,
  };
}

export type WsTransport = ReturnType<typeof createWsTransport>;
