// WhatsApp Cloud API webhook → InboundMessage[]. Pure; tested on recorded payloads.
// One POST can carry several entries, changes and messages: each text or image message becomes one
// InboundMessage (an image's caption is its text, its media id the picture to download). Statuses (sent/delivered/read of our own messages) and other fields are ignored.
import type { InboundMessage } from '../../src/core/types.js';
import { WebhookPayloadError } from '../../src/core/errors.js';
import { epochSeconds } from '../../src/core/epoch.js';
import { MessagesValueSchema, WebhookEnvelopeSchema, type MessagesValue, type WaMessage } from './schema.js';

export type NormalizeOutcome = { kind: 'messages'; messages: InboundMessage[] } | { kind: 'ignored'; reason: string };

export function parseWhatsappBody(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch (cause) {
    throw new WebhookPayloadError('whatsapp: body is not valid JSON', { cause });
  }
}

function issues(err: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return err.issues.map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`).join('; ');
}

export function normalizeWhatsappWebhook(body: unknown): NormalizeOutcome {
  const env = WebhookEnvelopeSchema.safeParse(body);
  if (!env.success)
    throw new WebhookPayloadError(`whatsapp: unexpected webhook shape (${issues(env.error)})`, { cause: env.error });
  if (env.data.object !== 'whatsapp_business_account')
    return { kind: 'ignored', reason: `whatsapp object ${env.data.object} is not handled` };

  const messages: InboundMessage[] = [];
  let statuses = 0;
  let skipped = 0;
  for (const entry of env.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') {
        skipped++;
        continue;
      }
      const value = MessagesValueSchema.safeParse(change.value);
      if (!value.success)
        throw new WebhookPayloadError(`whatsapp: unexpected messages value (${issues(value.error)})`, {
          cause: value.error,
        });
      statuses += value.data.statuses?.length ?? 0;
      for (const m of value.data.messages ?? []) {
        const inbound = toInbound(entry.id, value.data, m);
        if (inbound) messages.push(inbound);
        else skipped++;
      }
    }
  }
  if (messages.length > 0) return { kind: 'messages', messages };
  if (statuses > 0 && skipped === 0) return { kind: 'ignored', reason: 'whatsapp statuses only' };
  return { kind: 'ignored', reason: 'whatsapp: no text or image messages' };
}

function toInbound(entryId: string, value: MessagesValue, m: WaMessage): InboundMessage | undefined {
  // Audio, video, documents, reactions, interactive replies… are not understood yet.
  const text = m.type === 'text' ? m.text?.body : m.type === 'image' && m.image ? (m.image.caption ?? '') : undefined;
  if (text === undefined || !m.from) return undefined;
  const contact =
    value.contacts?.find((c) => c.wa_id === m.from) ?? (value.contacts?.length === 1 ? value.contacts[0] : undefined);
  const isGroup = Boolean(m.group_id);
  const sentAt = epochSeconds.safeParse(m.timestamp);
  if (!sentAt.success) throw new WebhookPayloadError(`whatsapp: message timestamp ${issues(sentAt.error)}`);
  return {
    platform: 'whatsapp',
    externalId: m.id,
    chatExternalId: m.group_id ?? m.from,
    chatType: isGroup ? 'group' : 'direct',
    senderExternalId: m.from,
    senderName: contact?.profile?.name,
    text,
    ...(m.type === 'image' && m.image
      ? {
          images: [
            {
              ref: m.image.id,
              ...(m.image.mime_type ? { mime: m.image.mime_type } : {}),
              ...(m.image.sha256 ? { hint: { sha256: m.image.sha256 } } : {}),
            },
          ],
        }
      : {}),
    sentAt: sentAt.data,
    // Answer from the number that received the message (an account may have several).
    replyHint: { phoneNumberId: value.metadata.phone_number_id },
    // This message's slice of the payload, verbatim: one POST may carry many messages.
    raw: { entryId, metadata: value.metadata, contacts: value.contacts, message: m },
  };
}
