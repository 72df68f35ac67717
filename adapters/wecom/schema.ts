// Shapes of the WeCom self-built app callback: the encrypted envelope and the decrypted message.
// XML is parsed with every value kept as a string: MsgId exceeds 2^53 and must not become a float.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { WebhookPayloadError } from '../../src/core/errors.js';

const parser = new XMLParser({
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  trimValues: true, // CDATA keeps its whitespace; only formatting between tags is dropped
  htmlEntities: false,
});

/** Parse and validate an XML document; WeCom never sends DOCTYPEs, so any is refused (no entity games). */
export function parseXml(xml: string, what: string): unknown {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new WebhookPayloadError(`${what}: DOCTYPE is not allowed`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new WebhookPayloadError(`${what}: malformed XML (${valid.err.msg})`);
  return parser.parse(xml) as unknown;
}

const str = z.string();
const digits = z.string().regex(/^\d+$/, 'must be digits');

/** The POST body: <xml><ToUserName/><Encrypt/><AgentID/></xml>. */
export const EnvelopeSchema = z.object({
  xml: z.object({
    ToUserName: str.optional(),
    Encrypt: z.string().min(1),
    AgentID: str.optional(),
  }),
});

/** Fields common to every decrypted message and event. */
export const InnerBaseSchema = z.object({
  ToUserName: str,
  FromUserName: str.min(1),
  CreateTime: digits,
  MsgType: str.min(1),
  AgentID: str.optional(),
});

export const TextMessageSchema = InnerBaseSchema.extend({
  MsgType: z.literal('text'),
  Content: str,
  MsgId: digits,
});

export const EventSchema = InnerBaseSchema.extend({
  MsgType: z.literal('event'),
  Event: str.min(1),
});

export const InnerDocumentSchema = z.object({ xml: InnerBaseSchema.passthrough() });

export type Envelope = z.infer<typeof EnvelopeSchema>;
export type InnerBase = z.infer<typeof InnerBaseSchema> & Record<string, unknown>;
export type TextMessage = z.infer<typeof TextMessageSchema>;

/** zod issues → one readable line for the 400 answer. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
