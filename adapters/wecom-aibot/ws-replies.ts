// Answering over the long connection. A reply to a stored callback goes as aibot_respond_msg with
// the callback's req_id, as a stream: when the answer is not ready shortly after the message was
// stored, a first frame (finish: false) tells the member we are on it, and the answer closes the
// same stream (finish: true). WeCom drops a stream left open for 6 minutes, so one still open after
// `streamCloseAfterMs` is finished with the holding text and the answer, when it comes, is pushed.
// Everything without a callback to answer (notices, reminders, handover messages, a second part of
// an answer, an answer to a callback older than WeCom's 24-hour window) goes as aibot_send_msg.
import { DeliveryError } from '../../src/core/errors.js';
import { detectLanguage, type Lang } from '../../src/core/language.js';
import { tr } from '../../src/core/i18n/index.js';
import type { OutboundMessage } from '../../src/core/types.js';
import { ERRCODE, newReqId, sendMarkdownFrame, streamReplyFrame, WS_CMD } from './ws-frames.js';
import { WsReplyHintSchema, type WsReplyHint } from './ws-normalize.js';
import { FrameRefusedError, type Session } from './ws-session.js';
import { splitText } from '../../src/core/split-text.js';
import type { LoggerPort } from '../../src/core/logger-port.js';

/** WeCom accepts aibot_respond_msg for 24 hours after the callback; keep a margin. */
export const REPLY_WINDOW_MS = 24 * 60 * 60 * 1000 - 10 * 60 * 1000;
/** A stream must be finished within 6 minutes of its first frame. */
export const STREAM_LIMIT_MS = 6 * 60 * 1000;
/** markdown / stream content: at most 20480 bytes of UTF-8. */
export const MAX_FRAME_BYTES = 20480;

export interface ReplyTimings {
  /** Send the holding frame when no answer went out this long after the message was stored. */
  streamAfterMs: number;
  /** Finish a still-open stream with the holding text this long after its first frame (< 6 min). */
  streamCloseAfterMs: number;
}

interface Entry {
  hint: WsReplyHint;
  lang: Lang;
  finished: boolean;
  placeholderAt?: number;
  timers: NodeJS.Timeout[];
}

export function holdingText(lang: Lang): string {
  return tr(lang, 'wecom_aibot.working_on_it');
}

export function createReplyBook(deps: {
  now: () => number;
  logger: LoggerPort;
  timings: ReplyTimings;
  session: () => Session | undefined;
}) {
  const entries = new Map<string, Entry>();

  function prune(): void {
    const cutoff = deps.now() - REPLY_WINDOW_MS;
    for (const [id, e] of entries)
      if (e.hint.receivedAt < cutoff) {
        e.timers.forEach(clearTimeout);
        entries.delete(id);
      }
  }

  async function frame(e: Entry, text: string, finish: boolean): Promise<void> {
    const s = deps.session();
    if (!s?.open) return;
    await s.request(streamReplyFrame(e.hint.reqId, e.hint.streamId, text, finish));
  }

  function hold(e: Entry): void {
    if (e.finished || e.placeholderAt !== undefined) return;
    e.placeholderAt = deps.now();
    void frame(e, holdingText(e.lang), false).catch((err: unknown) =>
      deps.logger.warn({ err: errText(err) }, 'wecom-aibot: holding frame not sent'),
    );
    const close = setTimeout(() => {
      if (e.finished) return;
      e.finished = true;
      void frame(e, holdingText(e.lang), true).catch((err: unknown) =>
        deps.logger.warn({ err: errText(err) }, 'wecom-aibot: could not close the stream'),
      );
    }, deps.timings.streamCloseAfterMs);
    close.unref();
    e.timers.push(close);
  }

  async function push(s: Session, msg: OutboundMessage): Promise<{ externalId: string }> {
    const reqId = newReqId(WS_CMD.send, deps.now());
    try {
      await s.request(sendMarkdownFrame(reqId, msg.chatExternalId, msg.chatType, msg.text));
      return { externalId: reqId };
    } catch (err) {
      throw toDeliveryError(err, WS_CMD.send);
    }
  }

  async function sendOne(msg: OutboundMessage): Promise<{ externalId: string }> {
    const s = deps.session();
    if (!s?.open)
      throw new DeliveryError('wecom-aibot: the long connection is not up', { retryable: true, retryAfterMs: 2_000 });
    const parsed = WsReplyHintSchema.safeParse(msg.replyHint ?? {});
    if (!parsed.success || deps.now() - parsed.data.receivedAt > REPLY_WINDOW_MS) return push(s, msg);
    const hint = parsed.data;
    // After a restart or a takeover we know nothing about the stream: try it, fall back on refusal.
    const e = entries.get(hint.reqId) ?? { hint, lang: 'zh' as Lang, finished: false, timers: [] };
    entries.set(hint.reqId, e);
    const stale = e.placeholderAt !== undefined && deps.now() - e.placeholderAt > STREAM_LIMIT_MS - 30_000;
    if (e.finished || stale) return push(s, msg);
    e.finished = true; // before any await: the holding timers must not fire behind the answer
    e.timers.forEach(clearTimeout);
    try {
      await s.request(streamReplyFrame(hint.reqId, hint.streamId, msg.text, true));
      return { externalId: `${hint.reqId}:${hint.streamId}` };
    } catch (err) {
      if (err instanceof FrameRefusedError && !isRetryable(err.errcode)) {
        deps.logger.info(
          { errcode: err.errcode },
          'wecom-aibot: the callback can no longer be answered; pushing the reply instead',
        );
        return push(s, msg);
      }
      e.finished = false; // not delivered: the retry answers the callback again
      throw toDeliveryError(err, WS_CMD.respond);
    }
  }

  return {
    /** A callback was stored: start the clock for the holding frame. Duplicates are not passed here. */
    expect(hint: WsReplyHint, text: string): void {
      prune();
      if (entries.has(hint.reqId)) return;
      const e: Entry = { hint, lang: detectLanguage(text, 'zh'), finished: false, timers: [] };
      entries.set(hint.reqId, e);
      const timer = setTimeout(() => hold(e), deps.timings.streamAfterMs);
      timer.unref();
      e.timers.push(timer);
    },

    /** Deliver one outbox row; a text over WeCom's limit answers with its first part and pushes the rest. */
    async send(msg: OutboundMessage): Promise<{ externalId: string }> {
      const [head, ...rest] = splitText(msg.text, MAX_FRAME_BYTES);
      const first = await sendOne({ ...msg, text: head ?? '' });
      for (const part of rest) {
        const s = deps.session();
        if (!s?.open)
          throw new DeliveryError('wecom-aibot: the long connection closed in the middle of a long message', {
            retryable: true,
          });
        await push(s, { ...msg, text: part });
      }
      return first;
    },

    /** The connection went away: timers would only write to a dead socket. */
    clear(): void {
      for (const e of entries.values()) e.timers.forEach(clearTimeout);
    },
  };
}

export type ReplyBook = ReturnType<typeof createReplyBook>;

function isRetryable(errcode: number): boolean {
  return errcode === ERRCODE.busy || errcode === ERRCODE.rateLimited;
}

function toDeliveryError(err: unknown, cmd: string): DeliveryError {
  if (err instanceof FrameRefusedError) {
    return new DeliveryError(`wecom-aibot: ${err.message}`, {
      retryable: isRetryable(err.errcode),
      retryAfterMs: isRetryable(err.errcode) ? 5_000 : undefined,
      cause: err,
    });
  }
  return new DeliveryError(`wecom-aibot: ${cmd}: ${errText(err)}`, { retryable: true, cause: err });
}

export function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
