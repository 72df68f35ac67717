// zod schemas of the WhatsApp Cloud API webhook and send answers.
// Webhook: developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
// (text, status and group message references). Only what Baton reads is required; the rest passes through.
import { z } from 'zod';

export const WebhookEnvelopeSchema = z
  .object({
    object: z.string(),
    entry: z.array(
      z
        .object({
          id: z.string(),
          changes: z.array(z.object({ field: z.string(), value: z.unknown() }).passthrough()),
        })
        .passthrough(),
    ),
  })
  .passthrough();

export const WaMessageSchema = z
  .object({
    id: z.string().min(1),
    /** The sender's wa_id (phone number without +). */
    from: z.string().optional(),
    /** Present when the message was sent to a group (Groups API). */
    group_id: z.string().optional(),
    timestamp: z.string().regex(/^\d+$/, 'must be unix seconds'),
    type: z.string(),
    text: z.object({ body: z.string() }).passthrough().optional(),
    /** type "image": the media id to download, its type, its hash (base64 SHA-256) and caption. */
    image: z
      .object({
        id: z.string().min(1),
        mime_type: z.string().optional(),
        sha256: z.string().optional(),
        caption: z.string().optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** GET /{media-id}: where the file is for the next 5 minutes, and what it is. */
export const MediaInfoSchema = z
  .object({
    url: z.string().url(),
    mime_type: z.string().optional(),
    sha256: z.string().optional(),
    file_size: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
    id: z.string().optional(),
  })
  .passthrough();

export const MessagesValueSchema = z
  .object({
    messaging_product: z.literal('whatsapp'),
    metadata: z.object({ display_phone_number: z.string().optional(), phone_number_id: z.string() }).passthrough(),
    contacts: z
      .array(
        z
          .object({
            wa_id: z.string().optional(),
            profile: z.object({ name: z.string().optional() }).passthrough().optional(),
          })
          .passthrough(),
      )
      .optional(),
    messages: z.array(WaMessageSchema).optional(),
    statuses: z.array(z.object({ id: z.string(), status: z.string() }).passthrough()).optional(),
    errors: z.array(z.unknown()).optional(),
  })
  .passthrough();

export type WebhookEnvelope = z.infer<typeof WebhookEnvelopeSchema>;
export type MessagesValue = z.infer<typeof MessagesValueSchema>;
export type WaMessage = z.infer<typeof WaMessageSchema>;

/** POST /{phone-number-id}/messages success answer. */
export const SendResultSchema = z
  .object({ messages: z.array(z.object({ id: z.string() }).passthrough()).min(1) })
  .passthrough();

/** Graph API error answer (developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes). */
export const GraphErrorSchema = z.object({
  error: z
    .object({
      message: z.string().optional(),
      type: z.string().optional(),
      code: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
      error_subcode: z.number().optional(),
      error_data: z.object({ details: z.string().optional() }).passthrough().optional(),
      fbtrace_id: z.string().optional(),
    })
    .passthrough(),
});

export const WhatsappReplyHintSchema = z.object({ phoneNumberId: z.string().optional() }).passthrough();
