// One long-connection session: open the socket, aibot_subscribe and wait for errcode 0, ping on
// the documented interval (30 s), and match every frame we send to its ack by headers.req_id.
// A ping still unanswered when the next one is due means the connection is dead: we terminate it
// and the transport reconnects. Frames that share a req_id (a stream's placeholder and its final
// frame) go one at a time, each after the previous one's ack, as the official SDK does.
import WebSocket from 'ws';
import {
  ERRCODE,
  newReqId,
  parseFrame,
  pingFrame,
  subscribeFrame,
  WS_CMD,
  EventBodySchema,
  type IncomingFrame,
  type OutgoingFrame,
} from './ws-frames.js';
import { FrameRefusedError, SubscribeRefusedError } from './ws-errors.js';

export { FrameRefusedError, SubscribeRefusedError };

export interface SessionOptions {
  url: string;
  botId: string;
  secret: string;
  heartbeatMs: number;
  /** How long to wait for the socket and the subscribe ack. */
  subscribeTimeoutMs: number;
  /** How long to wait for the ack of a reply or a push. */
  ackTimeoutMs: number;
  now: () => number;
}

export type SessionEnd =
  | { kind: 'closed'; detail: string }
  | { kind: 'heartbeat'; detail: string }
  | { kind: 'taken-over'; detail: string }
  | { kind: 'stopped'; detail: string };

export interface SessionEvents {
  /** aibot_msg_callback / aibot_event_callback frames (not the disconnected event). */
  onCallback(frame: IncomingFrame): void;
  /** Called once, when the session is over for whatever reason. */
  onEnd(end: SessionEnd): void;
}

export interface Session {
  /** Send a frame and resolve with its ack (errcode 0); FrameRefusedError otherwise. */
  request(frame: OutgoingFrame): Promise<IncomingFrame>;
  readonly open: boolean;
  close(detail: string): void;
}

interface Pending {
  cmd: string;
  resolve(f: IncomingFrame): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

/** Resolves once subscribed; rejects with SubscribeRefusedError, or an Error when the socket fails. */
export function openSession(opts: SessionOptions, events: SessionEvents): Promise<Session> {
  return new Promise<Session>((resolveOpen, rejectOpen) => {
    const ws = new WebSocket(opts.url, { handshakeTimeout: opts.subscribeTimeoutMs });
    const pending = new Map<string, Pending>();
    const chains = new Map<string, Promise<unknown>>();
    let subscribed = false;
    let ended: SessionEnd | undefined;
    let heartbeat: NodeJS.Timeout | undefined;
    let unackedPing: string | undefined;
    const subscribeId = newReqId(WS_CMD.subscribe, opts.now());
    const subscribeTimer = setTimeout(
      () => fail(new Error(`no aibot_subscribe answer within ${opts.subscribeTimeoutMs} ms`)),
      opts.subscribeTimeoutMs,
    );

    function fail(err: Error): void {
      if (subscribed) return;
      clearTimeout(subscribeTimer);
      ended = { kind: 'closed', detail: err.message };
      ws.terminate();
      rejectOpen(err);
    }

    function end(e: SessionEnd): void {
      if (!ended) ended = e;
      clearInterval(heartbeat);
      ws.terminate();
    }

    function sendRaw(frame: OutgoingFrame): void {
      if (ws.readyState !== WebSocket.OPEN) throw new Error('the long connection is not open');
      ws.send(JSON.stringify(frame));
    }

    function sendAndWait(frame: OutgoingFrame): Promise<IncomingFrame> {
      return new Promise<IncomingFrame>((resolve, reject) => {
        const id = frame.headers.req_id;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`no ack for ${frame.cmd} within ${opts.ackTimeoutMs} ms`));
        }, opts.ackTimeoutMs);
        pending.set(id, { cmd: frame.cmd, resolve, reject, timer });
        try {
          sendRaw(frame);
        } catch (err) {
          clearTimeout(timer);
          pending.delete(id);
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    }

    const session: Session = {
      get open() {
        return subscribed && !ended && ws.readyState === WebSocket.OPEN;
      },
      request(frame) {
        const id = frame.headers.req_id;
        const previous = chains.get(id) ?? Promise.resolve();
        const next = previous.catch(() => undefined).then(() => sendAndWait(frame));
        chains.set(id, next);
        void next
          .catch(() => undefined)
          .finally(() => {
            if (chains.get(id) === next) chains.delete(id);
          });
        return next;
      },
      close(detail) {
        end({ kind: 'stopped', detail });
      },
    };

    function onAck(frame: IncomingFrame): void {
      const id = frame.headers.req_id;
      if (id === subscribeId) {
        clearTimeout(subscribeTimer);
        if (frame.errcode !== ERRCODE.ok) {
          ended = { kind: 'closed', detail: 'subscribe refused' };
          ws.terminate();
          rejectOpen(new SubscribeRefusedError(frame.errcode ?? -1, frame.errmsg));
          return;
        }
        subscribed = true;
        heartbeat = setInterval(beat, opts.heartbeatMs);
        resolveOpen(session);
        return;
      }
      if (id === unackedPing) {
        unackedPing = undefined;
        return;
      }
      const p = pending.get(id);
      if (!p) return; // a late ack of something that already timed out
      pending.delete(id);
      clearTimeout(p.timer);
      if ((frame.errcode ?? 0) === ERRCODE.ok) p.resolve(frame);
      else p.reject(new FrameRefusedError(p.cmd, frame.errcode ?? -1, frame.errmsg));
    }

    function beat(): void {
      if (unackedPing) {
        end({ kind: 'heartbeat', detail: `no ack for ping within ${opts.heartbeatMs} ms` });
        return;
      }
      unackedPing = newReqId(WS_CMD.ping, opts.now());
      try {
        sendRaw(pingFrame(unackedPing));
      } catch {
        end({ kind: 'closed', detail: 'ping could not be sent' });
      }
    }

    ws.on('open', () => {
      try {
        sendRaw(subscribeFrame(subscribeId, opts.botId, opts.secret));
      } catch (err) {
        fail(err instanceof Error ? err : new Error(String(err)));
      }
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      const frame = parseFrame(data.toString());
      if (!frame) return;
      if (frame.cmd === WS_CMD.msgCallback || frame.cmd === WS_CMD.eventCallback) {
        if (!subscribed) return;
        const event = frame.cmd === WS_CMD.eventCallback ? EventBodySchema.safeParse(frame.body) : undefined;
        if (event?.success && event.data.event.eventtype === 'disconnected_event') {
          end({ kind: 'taken-over', detail: 'disconnected_event: another connection subscribed with this BotID' });
          return;
        }
        events.onCallback(frame);
        return;
      }
      onAck(frame);
    });
    ws.on('error', (err) => fail(err));
    ws.on('close', (code, reason) => {
      clearTimeout(subscribeTimer);
      clearInterval(heartbeat);
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error('the long connection closed before the ack'));
      }
      pending.clear();
      if (!subscribed) {
        fail(new Error(`the gateway closed the socket before subscribing (code ${code})`));
        return;
      }
      events.onEnd(
        ended ?? {
          kind: 'closed',
          detail: `socket closed (code ${code}${reason.length ? `, ${reason.toString()}` : ''})`,
        },
      );
    });
  });
}
