// Shapes of the AI bot callback: the JSON envelope and the decrypted JSON message.
import { z } from 'zod';

export const EnvelopeSchema = z.object({ encrypt: z.string().min(1) });

const Base = z.object({
  // msgid is a string in WeCom's JSON; a number would have lost precision already, so refuse it.
  msgid: z.string().min(1),
  aibotid: z.string().optional(),
  chatid: z.string().optional(),
  chattype: z.enum(['single', 'group']),
  from: z.object({ userid: z.string().min(1) }).passthrough(),
  response_url: z.string().optional(),
  create_time: z.union([z.number(), z.string()]).optional(),
  msgtype: z.string().min(1),
});

export const TextMessageSchema = Base.extend({ msgtype: z.literal('text'), text: z.object({ content: z.string() }) });
export const VoiceMessageSchema = Base.extend({
  msgtype: z.literal('voice'),
  voice: z.object({ content: z.string() }),
});
/**
 * A picture: `url` downloads an AES-256-CBC encrypted file for 5 minutes. On the callback it is
 * encrypted with the bot's EncodingAESKey; on the long connection each image carries its own `aeskey`.
 */
export const ImageContentSchema = z.object({ url: z.string().min(1), aeskey: z.string().optional() }).passthrough();
export const ImageMessageSchema = Base.extend({ msgtype: z.literal('image'), image: ImageContentSchema });
export const MixedMessageSchema = Base.extend({
  msgtype: z.literal('mixed'),
  mixed: z.object({
    msg_item: z.array(
      z
        .object({
          msgtype: z.string(),
          text: z.object({ content: z.string() }).optional(),
          image: ImageContentSchema.optional(),
        })
        .passthrough(),
    ),
  }),
});

export type ImageContent = z.infer<typeof ImageContentSchema>;

/** Anything WeCom sends at least says what it is; events carry event.eventtype instead of a sender message. */
export const AnyCallbackSchema = z.object({ msgtype: z.string().min(1) }).passthrough();

export type AibotBase = z.infer<typeof Base>;

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
