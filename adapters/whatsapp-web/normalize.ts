// whatsapp-web.js Message → InboundMessage. Pure; tested on recorded message shapes.
import type { InboundMessage } from '../../src/core/types.js';
import type { WwebChatInfo, WwebMessageData } from './types.js';

/** Messages the bot must never treat as input: its own, status updates, broadcasts. */
export function isOwnOrSystem(
  msg: Pick<WwebMessageData, 'fromMe' | 'id' | 'from' | 'isStatus' | 'broadcast'>,
): boolean {
  return (
    msg.fromMe ||
    msg.id.fromMe === true ||
    msg.isStatus === true ||
    msg.from === 'status@broadcast' ||
    msg.broadcast === true
  );
}

/**
 * `image` is the picture's bytes, downloaded by the session at receipt (only the live session can
 * fetch them); an image message without them is skipped like other media.
 */
export function normalizeWwebMessage(
  msg: WwebMessageData,
  chat: WwebChatInfo,
  image?: { data: Buffer; mime: string },
): InboundMessage | undefined {
  if (isOwnOrSystem(msg)) return undefined;
  // 'chat' is whatsapp-web.js's type for plain text, 'image' a picture (body = caption); stickers,
  // voice, documents, calls… are skipped.
  const isImage = msg.type === 'image' && image !== undefined;
  if (!isImage && (msg.type !== 'chat' || msg.body.trim() === '')) return undefined;
  const sender = chat.isGroup ? msg.author : msg.from;
  if (!sender) return undefined; // a group message without author cannot be attributed
  return {
    platform: 'whatsapp',
    externalId: msg.id._serialized,
    // xxx@c.us (or xxx@lid) for a person, xxx@g.us for a group: sendMessage takes the same id.
    chatExternalId: msg.from,
    chatType: chat.isGroup ? 'group' : 'direct',
    senderExternalId: sender,
    senderName: msg._data?.notifyName || undefined,
    text: isImage ? msg.body.trim() : msg.body,
    ...(isImage ? { images: [{ data: image.data, mime: image.mime }] } : {}),
    sentAt: new Date(msg.timestamp * 1000),
    replyHint: { via: 'whatsapp-web' },
    raw: {
      id: msg.id,
      from: msg.from,
      to: msg.to,
      author: msg.author,
      body: msg.body,
      timestamp: msg.timestamp,
      type: msg.type,
      // The picture's bytes live in images[], never in raw (raw is stored as JSON).
      ...(isImage ? { image: { mime: image.mime, bytes: image.data.length } } : {}),
      fromMe: msg.fromMe,
      hasQuotedMsg: msg.hasQuotedMsg,
      isForwarded: msg.isForwarded,
      notifyName: msg._data?.notifyName,
      chat: { isGroup: chat.isGroup, name: chat.name },
    },
  };
}
