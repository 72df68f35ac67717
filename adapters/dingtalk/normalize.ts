// DingTalk robot callback → InboundMessage. Pure; tested on recorded payloads.
import type { InboundImage, InboundMessage } from '../../src/core/types.js';
import { WebhookPayloadError } from '../../src/core/errors.js';
import { epochMillis } from '../../src/core/epoch.js';
import {
  DingtalkRobotMessageSchema,
  PictureContentSchema,
  RichTextContentSchema,
  type DingtalkRobotMessage,
} from './schema.js';

export type NormalizeResult = { kind: 'message'; message: InboundMessage } | { kind: 'ignored'; reason: string };

/** Parse JSON text (HTTP body or Stream `data`) and validate it; malformed → WebhookPayloadError. */
export function parseDingtalkPayload(text: string): { payload: DingtalkRobotMessage; raw: unknown } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new WebhookPayloadError('dingtalk: body is not valid JSON', { cause });
  }
  const parsed = DingtalkRobotMessageSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
    throw new WebhookPayloadError(`dingtalk: unexpected callback shape (${where})`, { cause: parsed.error });
  }
  return { payload: parsed.data, raw: json };
}

/** The words and pictures of a callback; undefined for what Baton does not read (files, audio, video). */
function readContent(payload: DingtalkRobotMessage): { text: string; images: InboundImage[] } | undefined {
  // The robot code goes with every picture: messageFiles/download needs the one that received it.
  const image = (downloadCode: string): InboundImage => ({
    ref: downloadCode,
    ...(payload.robotCode ? { hint: { robotCode: payload.robotCode } } : {}),
  });
  if (payload.msgtype === 'text' && payload.text) return { text: payload.text.content.trim(), images: [] };
  if (payload.msgtype === 'picture') {
    const c = PictureContentSchema.safeParse(payload.content);
    if (!c.success) throw new WebhookPayloadError('dingtalk: picture without content.downloadCode');
    return { text: '', images: [image(c.data.downloadCode)] };
  }
  if (payload.msgtype === 'richText') {
    const c = RichTextContentSchema.safeParse(payload.content);
    if (!c.success) throw new WebhookPayloadError('dingtalk: richText without content.richText');
    const items = c.data.richText;
    const text = items
      .flatMap((i) => (typeof i.text === 'string' && i.type !== 'picture' ? [i.text.trim()] : []))
      .filter((t) => t !== '')
      .join('\n');
    const images = items.flatMap((i) => (i.type === 'picture' && i.downloadCode ? [image(i.downloadCode)] : []));
    return { text, images };
  }
  return undefined;
}

export function normalizeDingtalkMessage(payload: DingtalkRobotMessage, raw: unknown = payload): NormalizeResult {
  // Text, pictures and rich text are read; files, audio and video are acknowledged and skipped.
  const content = readContent(payload);
  if (!content) return { kind: 'ignored', reason: `dingtalk msgtype ${payload.msgtype} is not handled` };
  if (content.text === '' && content.images.length === 0 && payload.msgtype !== 'text')
    return { kind: 'ignored', reason: `dingtalk ${payload.msgtype} without text or pictures` };
  const isGroup = payload.conversationType === '2';
  // senderStaffId is the org's userId (what the robot API's userIds expect); it is absent for
  // people outside the organisation, so fall back to the encrypted senderId.
  const sender = payload.senderStaffId ?? payload.senderId;
  if (!sender) throw new WebhookPayloadError('dingtalk: callback has neither senderStaffId nor senderId');
  const sentAt = epochMillis.safeParse(payload.createAt);
  if (!sentAt.success)
    throw new WebhookPayloadError(`dingtalk: createAt ${sentAt.error.issues[0]?.message ?? 'is not a time'}`);
  const message: InboundMessage = {
    platform: 'dingtalk',
    externalId: payload.msgId,
    chatExternalId: isGroup ? payload.conversationId : sender,
    chatType: isGroup ? 'group' : 'direct',
    senderExternalId: sender,
    senderName: payload.senderNick,
    // DingTalk keeps the space left by an @mention at the start (" 你好").
    text: content.text,
    ...(content.images.length > 0 ? { images: content.images } : {}),
    sentAt: sentAt.data,
    replyHint: {
      sessionWebhook: payload.sessionWebhook,
      sessionWebhookExpiredTime: payload.sessionWebhookExpiredTime,
      conversationId: payload.conversationId,
      robotCode: payload.robotCode,
    },
    raw,
  };
  return { kind: 'message', message };
}
