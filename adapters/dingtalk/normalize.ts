// DingTalk robot callback → InboundMessage. Pure; tested on recorded payloads.
import type { InboundMessage } from '../../src/core/types.js';
import { WebhookPayloadError } from '../../src/core/errors.js';
import { epochMillis } from '../../src/core/epoch.js';
import { DingtalkRobotMessageSchema, type DingtalkRobotMessage } from './schema.js';

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

export function normalizeDingtalkMessage(payload: DingtalkRobotMessage, raw: unknown = payload): NormalizeResult {
  // Only text is understood for now; pictures, files, audio, richText are acknowledged and skipped.
  if (payload.msgtype !== 'text' || !payload.text) {
    return { kind: 'ignored', reason: `dingtalk msgtype ${payload.msgtype} is not handled` };
  }
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
    text: payload.text.content.trim(),
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
