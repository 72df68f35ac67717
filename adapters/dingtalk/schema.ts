// zod schema of the enterprise robot's message callback. The same JSON arrives in the HTTP
// callback body and in Stream mode's `data` string. Field list: open.dingtalk.com
// "机器人接收消息 — HTTP BODY" and the dingtalk-stream SDK's RobotMessage type.
import { z } from 'zod';

const numberish = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

export const DingtalkRobotMessageSchema = z
  .object({
    msgId: z.string().min(1),
    msgtype: z.string().min(1),
    conversationId: z.string().min(1),
    /** "1" single chat, "2" group chat. */
    conversationType: z.enum(['1', '2']),
    conversationTitle: z.string().optional(),
    senderId: z.string().optional(),
    senderStaffId: z.string().optional(),
    senderNick: z.string().optional(),
    senderCorpId: z.string().optional(),
    isAdmin: z.boolean().optional(),
    chatbotCorpId: z.string().optional(),
    chatbotUserId: z.string().optional(),
    robotCode: z.string().optional(),
    isInAtList: z.boolean().optional(),
    atUsers: z
      .array(z.object({ dingtalkId: z.string().optional(), staffId: z.string().optional() }).passthrough())
      .optional(),
    createAt: numberish,
    sessionWebhook: z.string().url().optional(),
    sessionWebhookExpiredTime: numberish.optional(),
    text: z.object({ content: z.string() }).passthrough().optional(),
    /** picture: { downloadCode, pictureDownloadCode }; richText: { richText: [...] }; read per msgtype. */
    content: z.unknown().optional(),
  })
  .passthrough();

/** msgtype "picture": downloadCode is what messageFiles/download takes (pictureDownloadCode is not used). */
export const PictureContentSchema = z.object({ downloadCode: z.string().min(1) }).passthrough();

/** msgtype "richText": text runs and pictures in order. */
export const RichTextContentSchema = z
  .object({
    richText: z.array(
      z
        .object({ text: z.string().optional(), type: z.string().optional(), downloadCode: z.string().optional() })
        .passthrough(),
    ),
  })
  .passthrough();

export type DingtalkRobotMessage = z.infer<typeof DingtalkRobotMessageSchema>;

/** What a DingTalk InboundMessage carries in replyHint, read back by send(). */
export const DingtalkReplyHintSchema = z
  .object({
    sessionWebhook: z.string().url().optional(),
    sessionWebhookExpiredTime: z.number().optional(),
    conversationId: z.string().optional(),
    robotCode: z.string().optional(),
  })
  .passthrough();

export type DingtalkReplyHint = z.infer<typeof DingtalkReplyHintSchema>;

/** New API (api.dingtalk.com) token answer: POST /v1.0/oauth2/accessToken. */
export const AccessTokenResponseSchema = z.object({ accessToken: z.string().min(1), expireIn: z.number().positive() });

/** New API error body: { code, message, requestid }. */
export const ApiErrorSchema = z
  .object({ code: z.string().optional(), message: z.string().optional(), requestid: z.string().optional() })
  .passthrough();

/** Old API (oapi.dingtalk.com: sessionWebhook, custom robot) answer: { errcode, errmsg }. */
export const OapiResultSchema = z.object({ errcode: z.number(), errmsg: z.string().optional() }).passthrough();
