// Frames of the AI bot long connection (智能机器人长连接, wss://openws.work.weixin.qq.com), as
// WeCom documents them and @wecom/aibot-node-sdk sends them. Every frame is JSON:
//   out: { cmd, headers: { req_id }, body? }         in: { cmd, headers: { req_id }, body }
//   ack: { headers: { req_id }, errcode, errmsg }    (the answer to any frame we sent, by req_id)
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const WS_CMD = {
  subscribe: 'aibot_subscribe',
  ping: 'ping',
  respond: 'aibot_respond_msg',
  respondWelcome: 'aibot_respond_welcome_msg',
  send: 'aibot_send_msg',
  msgCallback: 'aibot_msg_callback',
  eventCallback: 'aibot_event_callback',
} as const;

export const DEFAULT_WS_URL = 'wss://openws.work.weixin.qq.com';

/** Known answers. 853000: the BotID or Secret is wrong (or the bot is not in long-connection mode). */
export const ERRCODE = {
  ok: 0,
  invalidCredentials: 853000,
  /** A stream more than 6 minutes old can no longer be updated. */
  streamExpired: 846608,
  /** WeCom's "system busy" and "too many calls": worth another try later. */
  busy: -1,
  rateLimited: 45009,
} as const;

const Headers = z.object({ req_id: z.string().min(1) }).passthrough();

/** Anything the gateway sends has headers.req_id; callbacks add cmd and body, acks errcode. */
export const IncomingFrameSchema = z
  .object({
    cmd: z.string().optional(),
    headers: Headers,
    body: z.unknown().optional(),
    errcode: z.number().optional(),
    errmsg: z.string().optional(),
  })
  .passthrough();
export type IncomingFrame = z.infer<typeof IncomingFrameSchema>;

export const EventBodySchema = z
  .object({
    msgid: z.string().optional(),
    aibotid: z.string().optional(),
    chatid: z.string().optional(),
    chattype: z.enum(['single', 'group']).optional(),
    from: z
      .object({ userid: z.string().min(1) })
      .passthrough()
      .optional(),
    create_time: z.number().optional(),
    msgtype: z.literal('event').optional(),
    event: z.object({ eventtype: z.string().min(1) }).passthrough(),
  })
  .passthrough();
export type EventBody = z.infer<typeof EventBodySchema>;

export interface OutgoingFrame {
  cmd: string;
  headers: { req_id: string };
  body?: Record<string, unknown>;
}

/** `${prefix}_${ms}_${random}`, the SDK's req_id shape; unique per frame we originate. */
export function newReqId(prefix: string, nowMs: number): string {
  return `${prefix}_${nowMs}_${randomBytes(4).toString('hex')}`;
}

export function subscribeFrame(reqId: string, botId: string, secret: string): OutgoingFrame {
  return { cmd: WS_CMD.subscribe, headers: { req_id: reqId }, body: { bot_id: botId, secret } };
}

export function pingFrame(reqId: string): OutgoingFrame {
  return { cmd: WS_CMD.ping, headers: { req_id: reqId } };
}

/** A stream reply to the callback with `reqId`: same stream id until finish: true ends it. */
export function streamReplyFrame(reqId: string, streamId: string, content: string, finish: boolean): OutgoingFrame {
  return {
    cmd: WS_CMD.respond,
    headers: { req_id: reqId },
    body: { msgtype: 'stream', stream: { id: streamId, finish, content } },
  };
}

export function welcomeFrame(reqId: string, content: string): OutgoingFrame {
  return { cmd: WS_CMD.respondWelcome, headers: { req_id: reqId }, body: { msgtype: 'text', text: { content } } };
}

/** A proactive message to a chat: chat_type 1 is a single chat (chatid = userid), 2 a group. */
export function sendMarkdownFrame(
  reqId: string,
  chatid: string,
  chatType: 'direct' | 'group',
  content: string,
): OutgoingFrame {
  return {
    cmd: WS_CMD.send,
    headers: { req_id: reqId },
    body: { chatid, chat_type: chatType === 'group' ? 2 : 1, msgtype: 'markdown', markdown: { content } },
  };
}

/** Parse one text frame; undefined when it is not JSON of the documented shape. */
export function parseFrame(data: string): IncomingFrame | undefined {
  let json: unknown;
  try {
    // The SDK strips stray control characters before parsing; do the same.
    json = JSON.parse(data.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, ''));
  } catch {
    return undefined;
  }
  const r = IncomingFrameSchema.safeParse(json);
  return r.success ? r.data : undefined;
}

/** What an errcode means, for logs and /readyz. */
export function describeErrcode(errcode: number, errmsg?: string): string {
  const known: Record<number, string> = {
    [ERRCODE.invalidCredentials]: 'invalid bot_id or secret',
    [ERRCODE.streamExpired]: 'stream expired',
    [ERRCODE.rateLimited]: 'rate limited',
    [ERRCODE.busy]: 'system busy',
  };
  const what = known[errcode] ?? errmsg ?? 'refused';
  return errmsg && known[errcode] && errmsg !== what
    ? `errcode ${errcode} (${what}: ${errmsg})`
    : `errcode ${errcode} (${what})`;
}
