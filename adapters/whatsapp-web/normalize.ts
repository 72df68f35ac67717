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

export function normalizeWwebMessage(msg: WwebMessageData, chat: WwebChatInfo): InboundMessage | undefined {
  if (isOwnOrSystem(msg)) return undefined;
  // 'chat' is whatsapp-web.js's type for plain text; media, stickers, calls… are skipped for now.
  if (msg.type !== 'chat' || msg.body.trim() === '') return undefined;
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
    text: msg.body,
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
      fromMe: msg.fromMe,
      hasQuotedMsg: msg.hasQuotedMsg,
      isForwarded: msg.isForwarded,
      notifyName: msg._data?.notifyName,
      chat: { isGroup: chat.isGroup, name: chat.name },
    },
  };
}
