// Store inbound messages once per platform message id, then return at once: the
// webhook acks within milliseconds and the worker does the rest. The ack is one write
// (issue 16): the verified message as it came, group-committed with the other acks in
// flight; who sent it and which chat it is in are resolved by the worker. A message's
// pictures (issue 19) are stored in the same transaction as the message, before the ack:
// their bytes when they came along, else the platform's reference for the worker to download.
import type { AppDeps } from '../deps.js';
import type { InboundImage, InboundMessage } from '../core/types.js';
import type { NewImage } from '../core/message-image.js';
import { sniffImage } from '../core/image-info.js';
import { storableDeep, storableText } from '../core/storable-text.js';

export interface IngestResult {
  /** Ids of newly stored messages, in input order. */
  stored: string[];
  /** How many were platform retries of messages we already had. */
  duplicates: number;
}

export async function ingestMessages(
  deps: Pick<AppDeps, 'inbox' | 'clock' | 'signals' | 'config'>,
  messages: InboundMessage[],
): Promise<IngestResult> {
  const receivedAt = deps.clock.now();
  const ids = await deps.inbox.add(
    messages.map((m) => ({
      platform: m.platform,
      externalId: m.externalId,
      chatExternalId: m.chatExternalId,
      chatKind: m.chatType,
      senderExternalId: m.senderExternalId,
      senderName: m.senderName,
      // A signed message is stored even when it carries NUL or non-characters: the text loses them,
      // the raw payload keeps them (base64 when jsonb cannot hold it), so nothing is lost.
      text: storableText(m.text),
      sentAt: m.sentAt,
      receivedAt,
      raw: m.raw,
      replyHint: m.replyHint ? storableDeep(m.replyHint) : undefined,
      images: (m.images ?? []).map((img, i) => newImage(img, i, deps.config.screenshots.maxBytes)),
    })),
  );
  const stored = ids.filter((id): id is string => id !== undefined);
  if (stored.length > 0) deps.signals.messagesStored();
  return { stored, duplicates: ids.length - stored.length };
}

function newImage(img: InboundImage, ordinal: number, maxBytes: number): NewImage {
  const hint = img.hint ? (storableDeep(img.hint) as Record<string, unknown>) : undefined;
  if (!img.data) return { ordinal, ref: img.ref, hint, mime: img.mime };
  // Too large to keep: remembered without its bytes, and answered as refused by the worker.
  if (img.data.length > maxBytes) return { ordinal, ref: img.ref, hint, mime: img.mime, refused: 'too-large' };
  const info = sniffImage(img.data);
  return {
    ordinal,
    ref: img.ref,
    hint,
    mime: info?.mime ?? img.mime,
    data: img.data,
    width: info?.width,
    height: info?.height,
  };
}
