// aibot_msg_callback body → InboundMessage, the same shape the HTTP callback transport produces
// (chattype single/group, from.userid, chatid, msgid). Pure. Pictures become images (URL and
// their per-image aeskey, downloaded and decrypted later); other media become a placeholder text.
import { z } from 'zod';
import type { InboundImage, InboundMessage } from '../../src/core/types.js';
import { wsImage } from './images.js';
import {
  AnyCallbackSchema,
  ImageMessageSchema,
  MixedMessageSchema,
  TextMessageSchema,
  VoiceMessageSchema,
  type AibotBase,
} from './schema.js';

/** What the send side needs to answer a long-connection callback; stored with the message. */
export const WsReplyHintSchema = z.object({
  transport: z.literal('ws'),
  /** headers.req_id of the callback: aibot_respond_msg must carry it. */
  reqId: z.string().min(1),
  /** Our stream id for the answer (a placeholder frame and the final one share it). */
  streamId: z.string().min(1),
  /** When the callback arrived (ms): WeCom accepts replies to it for 24 hours. */
  receivedAt: z.number(),
  aibotId: z.string().optional(),
});
export type WsReplyHint = z.infer<typeof WsReplyHintSchema>;

export type WsNormalized = { kind: 'message'; message: InboundMessage } | { kind: 'ignored'; reason: string };

const MediaSchema = z.object({ url: z.string().optional(), aeskey: z.string().optional() }).passthrough();
const FileSchema = MediaSchema.extend({ filename: z.string().optional(), name: z.string().optional() });

const PLACEHOLDER: Record<string, string> = { image: '[图片]', video: '[视频]', voice: '[语音]', file: '[文件]' };

export function normalizeWsCallback(body: unknown, hint: Omit<WsReplyHint, 'transport' | 'aibotId'>): WsNormalized {
  const any = AnyCallbackSchema.safeParse(body);
  if (!any.success) return { kind: 'ignored', reason: 'callback without msgtype' };
  const type = any.data.msgtype;
  let base: AibotBase | undefined;
  let text: string | undefined;
  let images: InboundImage[] = [];
  if (type === 'text') {
    const m = TextMessageSchema.safeParse(body);
    if (m.success) [base, text] = [m.data, m.data.text.content];
  } else if (type === 'mixed') {
    const m = MixedMessageSchema.safeParse(body);
    if (m.success) {
      base = m.data;
      const items = m.data.mixed.msg_item;
      // Pictures are read from the image itself; anything else unreadable keeps a placeholder.
      text = items
        .flatMap((i) =>
          i.msgtype === 'text' && i.text
            ? [i.text.content]
            : i.msgtype === 'image' && i.image
              ? []
              : [PLACEHOLDER[i.msgtype] ?? `[${i.msgtype}]`],
        )
        .join('\n');
      images = items.flatMap((i) => (i.msgtype === 'image' && i.image ? [wsImage(i.image)] : []));
    }
  } else if (type === 'image') {
    const m = ImageMessageSchema.safeParse(body);
    if (m.success) [base, text, images] = [m.data, '', [wsImage(m.data.image)]];
  } else if (type === 'voice') {
    // WeCom transcribes speech; keep the words when they came, a placeholder when not.
    const m = VoiceMessageSchema.safeParse(body);
    const loose = m.success ? m.data : parseBase(body);
    if (loose)
      [base, text] = [loose, m.success && m.data.voice.content.trim() ? m.data.voice.content : PLACEHOLDER['voice']!];
  } else if (type === 'video' || type === 'file') {
    base = parseBase(body);
    const media = (body as Record<string, unknown>)[type];
    const file = type === 'file' ? FileSchema.safeParse(media) : undefined;
    const name = file?.success ? (file.data.filename ?? file.data.name) : undefined;
    text = name ? `[文件: ${name}]` : PLACEHOLDER[type];
  } else {
    return { kind: 'ignored', reason: `unsupported msgtype ${type}` };
  }
  if (!base || text === undefined) return { kind: 'ignored', reason: `malformed ${type} callback` };

  const group = base.chattype === 'group';
  if (group && !base.chatid) return { kind: 'ignored', reason: 'group message without chatid' };
  // In a group the bot only hears messages that @-mention it; drop that leading mention so commands parse.
  const cleaned = group ? text.replace(/^\s*@\S+\s*/, '') : text;
  if (cleaned.trim() === '' && images.length === 0) return { kind: 'ignored', reason: 'empty text' };
  const replyHint: WsReplyHint = { transport: 'ws', ...hint, ...(base.aibotid ? { aibotId: base.aibotid } : {}) };
  return {
    kind: 'message',
    message: {
      platform: 'wecom-aibot',
      externalId: base.msgid,
      chatExternalId: group ? base.chatid! : base.from.userid,
      chatType: group ? 'group' : 'direct',
      senderExternalId: base.from.userid,
      text: images.length > 0 ? cleaned.trim() : cleaned,
      ...(images.length > 0 ? { images } : {}),
      sentAt: new Date(base.create_time !== undefined ? Number(base.create_time) * 1000 : hint.receivedAt),
      replyHint,
      raw: { transport: 'ws', body },
    },
  };
}

const LooseBase = z
  .object({
    msgid: z.string().min(1),
    aibotid: z.string().optional(),
    chatid: z.string().optional(),
    chattype: z.enum(['single', 'group']),
    from: z.object({ userid: z.string().min(1) }).passthrough(),
    create_time: z.union([z.number(), z.string().regex(/^\d+$/)]).optional(),
    msgtype: z.string().min(1),
  })
  .passthrough();

function parseBase(body: unknown): AibotBase | undefined {
  const r = LooseBase.safeParse(body);
  return r.success ? r.data : undefined;
}
