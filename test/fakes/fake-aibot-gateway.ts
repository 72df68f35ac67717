// A fake WeCom AI bot long-connection gateway (wss://openws.work.weixin.qq.com) on 127.0.0.1: a real
// WebSocket server speaking the documented frames. It checks aibot_subscribe's bot_id/secret
// (853000 when wrong), acks ping, aibot_respond_msg, aibot_respond_welcome_msg and aibot_send_msg
// by headers.req_id, pushes aibot_msg_callback / aibot_event_callback frames, and keeps one
// connection per BotID: a second subscribe gets the first a disconnected_event and closes it.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Frame {
  cmd?: string;
  headers: { req_id: string };
  body?: Record<string, unknown>;
}

export interface GatewayConnection {
  id: number;
  socket: WebSocket;
  botId?: string;
  subscribed: boolean;
  closed: boolean;
}

export interface Received extends Frame {
  conn: number;
}

export interface FakeGateway {
  url: string;
  /** Every frame clients sent, in order. */
  received: Received[];
  framesOf(cmd: string): Received[];
  connections: GatewayConnection[];
  /** Subscribed connections still open. */
  live(): GatewayConnection[];
  /** Push a message callback to the live connection of `botId`; returns its req_id. */
  pushMessage(botId: string, body: Record<string, unknown>, reqId?: string): string;
  pushEvent(botId: string, body: Record<string, unknown>, reqId?: string): string;
  /** Stop (or resume) acknowledging pings, as a gateway that silently went away would. */
  ackPings(on: boolean): void;
  /** The next frames of `cmd` are answered with this errcode. */
  script(cmd: string, ...errcodes: number[]): void;
  /** Close the live connections' sockets from the server side. */
  dropAll(): void;
  close(): Promise<void>;
}

export async function startFakeAibotGateway(bots: Record<string, string>): Promise<FakeGateway> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const received: Received[] = [];
  const connections: GatewayConnection[] = [];
  const scripts = new Map<string, number[]>();
  const pushed = new Set<string>();
  let pings = true;

  const send = (c: GatewayConnection, frame: unknown) => {
    if (!c.closed) c.socket.send(JSON.stringify(frame));
  };
  const ack = (c: GatewayConnection, reqId: string, errcode = 0, errmsg = errcode === 0 ? 'ok' : 'error') =>
    send(c, { headers: { req_id: reqId }, errcode, errmsg });
  const live = () => connections.filter((c) => c.subscribed && !c.closed);

  wss.on('connection', (socket) => {
    const c: GatewayConnection = { id: connections.length + 1, socket, subscribed: false, closed: false };
    connections.push(c);
    socket.on('close', () => {
      c.closed = true;
    });
    socket.on('message', (data) => {
      let frame: Frame;
      try {
        frame = JSON.parse(data.toString()) as Frame;
      } catch {
        return;
      }
      received.push({ ...frame, conn: c.id });
      const reqId = frame.headers?.req_id ?? '';
      const scripted = frame.cmd ? scripts.get(frame.cmd)?.shift() : undefined;
      if (frame.cmd === 'aibot_subscribe') {
        const botId = String(frame.body?.['bot_id'] ?? '');
        if (scripted !== undefined || !(botId in bots) || bots[botId] !== frame.body?.['secret']) {
          ack(c, reqId, scripted ?? 853000, 'invalid bot_id or secret');
          return;
        }
        for (const old of live().filter((o) => o.botId === botId)) {
          send(old, {
            cmd: 'aibot_event_callback',
            headers: { req_id: rid('evt') },
            body: {
              msgid: rid('msg'),
              create_time: 1,
              aibotid: botId,
              msgtype: 'event',
              event: { eventtype: 'disconnected_event' },
            },
          });
          old.socket.close();
          old.closed = true;
        }
        c.botId = botId;
        c.subscribed = true;
        ack(c, reqId);
        return;
      }
      if (frame.cmd === 'ping') {
        if (pings) ack(c, reqId, scripted ?? 0);
        return;
      }
      if (!c.subscribed) {
        ack(c, reqId, 40001, 'not subscribed');
        return;
      }
      if (frame.cmd === 'aibot_respond_msg' || frame.cmd === 'aibot_respond_welcome_msg') {
        ack(c, reqId, scripted ?? (pushed.has(reqId) ? 0 : 40058), pushed.has(reqId) ? 'ok' : 'invalid req_id');
        return;
      }
      if (frame.cmd === 'aibot_send_msg') {
        const chatid = frame.body?.['chatid'];
        ack(c, reqId, scripted ?? (typeof chatid === 'string' && chatid ? 0 : 40003));
      }
    });
  });

  function push(cmd: string, botId: string, body: Record<string, unknown>, reqId = rid('req')): string {
    const c = live().find((o) => o.botId === botId);
    if (!c) throw new Error(`no live connection for ${botId}`);
    pushed.add(reqId);
    send(c, { cmd, headers: { req_id: reqId }, body });
    return reqId;
  }

  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    received,
    framesOf: (cmd) => received.filter((f) => f.cmd === cmd),
    connections,
    live,
    pushMessage: (botId, body, reqId) => push('aibot_msg_callback', botId, body, reqId),
    pushEvent: (botId, body, reqId) => push('aibot_event_callback', botId, body, reqId),
    ackPings(on) {
      pings = on;
    },
    script(cmd, ...errcodes) {
      scripts.set(cmd, [...(scripts.get(cmd) ?? []), ...errcodes]);
    },
    dropAll() {
      for (const c of live()) c.socket.close(1001, 'going away');
    },
    async close() {
      for (const c of connections) c.socket.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}

function rid(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

/** Wait until `check` holds, polling; throws naming `what` after `timeoutMs`. A bound, not a timing assertion. */
export async function until<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A text callback body as WeCom documents it. */
export function textBody(o: {
  msgid: string;
  userid: string;
  text: string;
  chatid?: string;
  aibotid?: string;
}): Record<string, unknown> {
  return {
    msgid: o.msgid,
    aibotid: o.aibotid ?? 'AIBOT',
    ...(o.chatid ? { chatid: o.chatid } : {}),
    chattype: o.chatid ? 'group' : 'single',
    from: { userid: o.userid },
    msgtype: 'text',
    text: { content: o.text },
  };
}
