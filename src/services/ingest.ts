// Store inbound messages once per platform message id, then return at once: the
// webhook acks within milliseconds and the worker does the rest.
import type { AppDeps } from '../deps.js';
import type { InboundMessage } from '../core/types.js';
import { storableDeep, storableText } from '../core/storable-text.js';

export interface IngestResult {
  /** Ids of newly stored messages, in input order. */
  stored: string[];
  /** How many were platform retries of messages we already had. */
  duplicates: number;
}

export async function ingestMessages(
  deps: Pick<AppDeps, 'repos' | 'clock' | 'signals'>,
  messages: InboundMessage[],
): Promise<IngestResult> {
  const stored: string[] = [];
  let duplicates = 0;
  for (const m of messages) {
    const sender = await deps.repos.team.findMemberByIdentity(m.platform, m.senderExternalId);
    const chat = await deps.repos.team.ensureChat({
      platform: m.platform,
      externalId: m.chatExternalId,
      kind: m.chatType,
      memberId: m.chatType === 'direct' ? (sender?.id ?? null) : null,
    });
    const id = await deps.repos.messages.insertMessage({
      platform: m.platform,
      externalId: m.externalId,
      chatId: chat.id,
      senderMemberId: sender?.id ?? null,
      senderExternalId: m.senderExternalId,
      senderName: m.senderName,
      // A signed message is stored even when it carries NUL or non-characters: the text loses them,
      // the raw payload keeps them (base64 when jsonb cannot hold it), so nothing is lost.
      text: storableText(m.text),
      sentAt: m.sentAt,
      receivedAt: deps.clock.now(),
      raw: m.raw,
      replyHint: m.replyHint ? storableDeep(m.replyHint) : undefined,
    });
    if (id) stored.push(id);
    else duplicates++;
  }
  if (stored.length > 0) deps.signals.messagesStored();
  return { stored, duplicates };
}
