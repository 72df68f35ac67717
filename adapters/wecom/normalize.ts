// Decrypted WeCom app message → InboundMessage, or a reason to ignore it. Pure.
import { WebhookPayloadError } from '../../src/core/errors.js';
import { epochSeconds } from '../../src/core/epoch.js';
import type { InboundMessage, WebhookOutcome } from '../../src/core/types.js';
import {
  describeIssues,
  EventSchema,
  ImageMessageSchema,
  InnerDocumentSchema,
  parseXml,
  TextMessageSchema,
} from './schema.js';

export interface WecomRaw {
  /** The decrypted XML exactly as WeCom sent it. */
  xml: string;
  /** The same, parsed (every value a string). */
  message: Record<string, unknown>;
}

export function normalizeWecomMessage(xml: string): WebhookOutcome {
  const doc = InnerDocumentSchema.safeParse(parseXml(xml, 'decrypted message'));
  if (!doc.success) throw new WebhookPayloadError(`decrypted message: ${describeIssues(doc.error)}`);
  const message = doc.data.xml;

  if (message.MsgType === 'event') {
    const event = EventSchema.safeParse(message);
    if (!event.success) throw new WebhookPayloadError(`event: ${describeIssues(event.error)}`);
    return { kind: 'ignored', reason: `event ${event.data.Event}` };
  }
  if (message.MsgType === 'image') return normalizeImage(xml, message);
  if (message.MsgType !== 'text') {
    return { kind: 'ignored', reason: `unsupported MsgType ${message.MsgType}` };
  }

  const text = TextMessageSchema.safeParse(message);
  if (!text.success) throw new WebhookPayloadError(`text message: ${describeIssues(text.error)}`);
  const t = text.data;
  if (t.Content.trim() === '') return { kind: 'ignored', reason: 'empty text' };

  const sentAt = epochSeconds.safeParse(t.CreateTime);
  if (!sentAt.success) throw new WebhookPayloadError(`text message: CreateTime ${describeIssues(sentAt.error)}`);
  const raw: WecomRaw = { xml, message };
  const inbound: InboundMessage = {
    platform: 'wecom',
    externalId: t.MsgId,
    // A self-built app only receives direct chats: the member is the chat.
    chatExternalId: t.FromUserName,
    chatType: 'direct',
    senderExternalId: t.FromUserName,
    text: t.Content,
    sentAt: sentAt.data,
    raw,
  };
  return { kind: 'messages', messages: [inbound] };
}

/** A picture: no words, one image downloaded later through media/get by its MediaId. */
function normalizeImage(xml: string, message: Record<string, unknown>): WebhookOutcome {
  const image = ImageMessageSchema.safeParse(message);
  if (!image.success) throw new WebhookPayloadError(`image message: ${describeIssues(image.error)}`);
  const m = image.data;
  const sentAt = epochSeconds.safeParse(m.CreateTime);
  if (!sentAt.success) throw new WebhookPayloadError(`image message: CreateTime ${describeIssues(sentAt.error)}`);
  const raw: WecomRaw = { xml, message };
  const inbound: InboundMessage = {
    platform: 'wecom',
    externalId: m.MsgId,
    chatExternalId: m.FromUserName,
    chatType: 'direct',
    senderExternalId: m.FromUserName,
    text: '',
    images: [{ ref: m.MediaId, ...(m.PicUrl ? { hint: { picUrl: m.PicUrl } } : {}) }],
    sentAt: sentAt.data,
    raw,
  };
  return { kind: 'messages', messages: [inbound] };
}
