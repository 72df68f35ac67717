// Decrypted AI bot JSON → InboundMessage, or a reason to ignore it. Pure.
import type { z } from 'zod';
import { WebhookPayloadError } from '../../src/core/errors.js';
import { epochSeconds } from '../../src/core/epoch.js';
import type { InboundImage, InboundMessage, WebhookOutcome } from '../../src/core/types.js';
import { callbackImage } from './images.js';
import {
  AnyCallbackSchema,
  describeIssues,
  ImageMessageSchema,
  MixedMessageSchema,
  TextMessageSchema,
  VoiceMessageSchema,
  type AibotBase,
} from './schema.js';

/** WeCom documents response_url as usable for one hour after the callback. */
export const RESPONSE_URL_TTL_MS = 60 * 60 * 1000;

export interface AibotRaw {
  /** The decrypted JSON exactly as received. */
  json: string;
  message: unknown;
}

export function normalizeAibotMessage(json: string, receivedAt: number): WebhookOutcome {
  let message: unknown;
  try {
    message = JSON.parse(json);
  } catch (cause) {
    throw new WebhookPayloadError('decrypted message is not JSON', { cause });
  }
  const any = AnyCallbackSchema.safeParse(message);
  if (!any.success) throw new WebhookPayloadError(`decrypted message: ${describeIssues(any.error)}`);

  let base: AibotBase;
  let text: string;
  let images: InboundImage[] = [];
  switch (any.data.msgtype) {
    case 'text': {
      const m = parse(TextMessageSchema, message);
      base = m;
      text = m.text.content;
      break;
    }
    case 'voice': {
      const m = parse(VoiceMessageSchema, message); // WeCom delivers the speech already transcribed
      base = m;
      text = m.voice.content;
      break;
    }
    case 'mixed': {
      const m = parse(MixedMessageSchema, message);
      base = m;
      text = m.mixed.msg_item.flatMap((i) => (i.msgtype === 'text' && i.text ? [i.text.content] : [])).join('\n');
      images = m.mixed.msg_item.flatMap((i) => (i.msgtype === 'image' && i.image ? [callbackImage(i.image)] : []));
      break;
    }
    case 'image': {
      const m = parse(ImageMessageSchema, message);
      base = m;
      text = '';
      images = [callbackImage(m.image)];
      break;
    }
    case 'event': {
      const type = (message as { event?: { eventtype?: unknown } }).event?.eventtype;
      return { kind: 'ignored', reason: `event ${typeof type === 'string' ? type : 'unknown'}` };
    }
    case 'stream':
      // WeCom polling for the next chunk of a streamed reply; we do not stream.
      return { kind: 'ignored', reason: 'stream refresh' };
    default:
      return { kind: 'ignored', reason: `unsupported msgtype ${any.data.msgtype}` };
  }

  const group = base.chattype === 'group';
  if (group && !base.chatid) throw new WebhookPayloadError('group message without chatid');
  // In a group the bot is only called by @-mentioning it; drop that leading mention so commands parse.
  const cleaned = group ? text.replace(/^\s*@\S+\s*/, '') : text;
  if (cleaned.trim() === '' && images.length === 0) return { kind: 'ignored', reason: 'empty text' };

  const sentAt =
    base.create_time === undefined
      ? { success: true as const, data: new Date(receivedAt) }
      : epochSeconds.safeParse(base.create_time);
  if (!sentAt.success) throw new WebhookPayloadError(`create_time ${describeIssues(sentAt.error)}`);
  const raw: AibotRaw = { json, message };
  const inbound: InboundMessage = {
    platform: 'wecom-aibot',
    externalId: base.msgid,
    chatExternalId: group ? base.chatid! : base.from.userid,
    chatType: group ? 'group' : 'direct',
    senderExternalId: base.from.userid,
    text: images.length > 0 ? cleaned.trim() : cleaned,
    ...(images.length > 0 ? { images } : {}),
    sentAt: sentAt.data,
    replyHint: base.response_url
      ? {
          responseUrl: base.response_url,
          responseUrlExpiresAt: receivedAt + RESPONSE_URL_TTL_MS,
          aibotId: base.aibotid,
        }
      : { aibotId: base.aibotid },
    raw,
  };
  return { kind: 'messages', messages: [inbound] };
}

function parse<T>(schema: z.ZodType<T>, v: unknown): T {
  const r = schema.safeParse(v);
  if (!r.success) throw new WebhookPayloadError(`decrypted message: ${describeIssues(r.error)}`);
  return r.data;
}
