// Lifecycle of one whatsapp-web.js client: login QR, ready, disconnects, and a watchdog.
// WhatsApp Web sometimes hangs before 'ready' (a stale session, a page that never loads); the
// watchdog destroys such a client after `watchdogMs` and starts a fresh one. A disconnect after
// 'ready' (phone unlinked, logout) also starts a fresh client, which shows a new QR.
import { fetchWwebImage, type WwebMediaOptions } from './media.js';
import { normalizeWwebMessage, isOwnOrSystem } from './normalize.js';
import type { InboundMessage } from '../../src/core/types.js';
import type { LoginState, WhatsappWebConfig, WwebClientFactory, WwebClientLike, WwebMessageLike } from './types.js';
import type { LoggerPort } from '../../src/core/logger-port.js';

export interface SessionDeps {
  clientFactory: WwebClientFactory;
  logger: LoggerPort;
  watchdogMs: number;
  media?: WwebMediaOptions;
}

export function createWwebSession(cfg: WhatsappWebConfig, deps: SessionDeps) {
  const { logger } = deps;
  let client: WwebClientLike | undefined;
  let generation = 0;
  let state: LoginState = { state: 'starting' };
  let stopped = true;
  let watchdog: NodeJS.Timeout | undefined;
  let onMessage: ((m: InboundMessage) => Promise<void>) | undefined;
  let restarts = 0;

  function armWatchdog(gen: number): void {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      if (gen !== generation || stopped || state.state === 'ready') return;
      logger.warn(
        { state: state.state, afterMs: deps.watchdogMs },
        'WhatsApp Web did not become ready; restarting the client',
      );
      void restart();
    }, deps.watchdogMs);
    watchdog.unref();
  }

  async function handle(gen: number, msg: WwebMessageLike): Promise<void> {
    // whatsapp-web.js's 'message' already skips our own messages; checked again because
    // answering ourselves would loop forever.
    if (gen !== generation || isOwnOrSystem(msg) || !onMessage) return;
    try {
      const chat = await msg.getChat();
      const info = { isGroup: chat.isGroup, name: chat.name };
      let image: { data: Buffer; mime: string } | undefined;
      if (msg.type === 'image' && msg.hasMedia) {
        try {
          image = await fetchWwebImage(msg, deps.media);
        } catch (err) {
          // Not redelivered either: the caption (if any) is still stored as text, the loss logged.
          logger.error(
            { messageId: msg.id._serialized, err: errText(err) },
            'WhatsApp Web picture could not be fetched',
          );
        }
      }
      const inbound = normalizeWwebMessage(msg, info, image) ?? captionOnly(msg, info, image);
      if (inbound) await onMessage(inbound);
    } catch (err) {
      // WhatsApp Web does not redeliver: log enough to find the message again by hand.
      logger.error({ messageId: msg.id._serialized, err: errText(err) }, 'WhatsApp Web message could not be stored');
    }
  }

  async function launch(): Promise<void> {
    const gen = ++generation;
    state = { state: 'starting' };
    let c: WwebClientLike;
    try {
      c = await deps.clientFactory(cfg);
    } catch (err) {
      state = { state: 'failed', reason: errText(err) };
      logger.error({ err: errText(err) }, 'WhatsApp Web client could not be created');
      return;
    }
    if (gen !== generation || stopped) {
      await c.destroy().catch(() => undefined);
      return;
    }
    client = c;
    c.on('qr', (qr) => {
      if (gen !== generation) return;
      state = { state: 'qr', qr };
      // The web console renders this string as a QR; the log line is the fallback for headless setups.
      logger.info({ qr }, 'WhatsApp Web: scan this QR in WhatsApp → Linked devices');
    });
    c.on('ready', () => {
      if (gen !== generation) return;
      state = { state: 'ready' };
      restarts = 0;
      clearTimeout(watchdog);
      logger.info({}, 'WhatsApp Web ready');
    });
    c.on('auth_failure', (message) => {
      if (gen !== generation) return;
      state = { state: 'failed', reason: String(message) };
      logger.error(
        { reason: String(message) },
        'WhatsApp Web authentication failed; the watchdog will start a fresh login',
      );
    });
    c.on('disconnected', (reason) => {
      if (gen !== generation || stopped) return;
      logger.warn({ reason: String(reason) }, 'WhatsApp Web disconnected; restarting');
      void restart();
    });
    c.on('message', (msg) => void handle(gen, msg));
    armWatchdog(gen);
    c.initialize().catch((err: unknown) => {
      if (gen !== generation) return;
      state = { state: 'failed', reason: errText(err) };
      logger.error({ err: errText(err) }, 'WhatsApp Web failed to start; the watchdog will retry');
    });
  }

  async function destroyCurrent(): Promise<void> {
    const c = client;
    client = undefined;
    generation++; // events from the old client are ignored from here on
    if (c) await c.destroy().catch((err: unknown) => logger.warn({ err: errText(err) }, 'WhatsApp Web destroy failed'));
  }

  async function restart(): Promise<void> {
    restarts++;
    await destroyCurrent();
    if (!stopped) await launch();
  }

  return {
    async start(handler: (m: InboundMessage) => Promise<void>): Promise<void> {
      if (!stopped) return;
      stopped = false;
      onMessage = handler;
      await launch();
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(watchdog);
      await destroyCurrent();
    },
    getLoginState: (): LoginState => state,
    /** The ready client, or undefined while logging in / restarting. */
    readyClient: (): WwebClientLike | undefined => (state.state === 'ready' ? client : undefined),
    restartCount: () => restarts,
  };
}

/** A picture that could not be fetched: keep its caption as a text message, when it has one. */
function captionOnly(msg: WwebMessageLike, chat: { isGroup: boolean; name?: string }, image: unknown) {
  if (msg.type !== 'image' || image !== undefined || msg.body.trim() === '') return undefined;
  return normalizeWwebMessage({ ...msg, type: 'chat' }, chat);
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
