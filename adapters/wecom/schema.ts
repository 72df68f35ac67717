// Shapes of the WeCom self-built app callback: the encrypted envelope and the decrypted message.
// XML is parsed with every value kept as a string: MsgId exceeds 2^53 and must not become a float.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { WebhookPayloadError } from '../../src/core/errors.js';

/** How deep a WeCom XML document may nest (envelope and message are both `<xml><Field/></xml>`). */
export const MAX_XML_DEPTH = 8;

const parser = new XMLParser({
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  trimValues: true, // CDATA keeps its whitespace; only formatting between tags is dropped
  htmlEntities: false,
  processEntities: false,
  // WeCom documents are two levels deep; anything deeper is not from WeCom.
  maxNestedTags: MAX_XML_DEPTH,
  // `<__proto__>` and friends become `__proto__`-prefixed keys instead of touching prototypes.
  strictReservedNames: false,
});

/** Parse and validate an XML document; WeCom never sends DOCTYPEs, so any is refused (no entity games). */
export function parseXml(xml: string, what: string): unknown {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new WebhookPayloadError(`${what}: DOCTYPE is not allowed`);
  if (nestingDepth(xml) > MAX_XML_DEPTH)
    throw new WebhookPayloadError(`${what}: XML nests deeper than ${MAX_XML_DEPTH} levels`);
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new WebhookPayloadError(`${what}: malformed XML (${valid.err.msg})`);
    const doc = parser.parse(xml) as unknown;
    // A document whose root is not a plain object (or whose keys shadow Object's) is not WeCom's.
    if (typeof doc !== 'object' || doc === null || Object.getPrototypeOf(doc) !== Object.prototype) {
      throw new WebhookPayloadError(`${what}: not an XML element`);
    }
    return doc;
  } catch (err) {
    if (err instanceof WebhookPayloadError) throw err;
    throw new WebhookPayloadError(`${what}: malformed XML (${err instanceof Error ? err.message : String(err)})`, {
      cause: err,
    });
  }
}

/** Deepest element nesting, counted without parsing (so the parser never sees a deep document). */
export function nestingDepth(xml: string): number {
  const bare = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([^\s>/!?]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(bare); m; m = tag.exec(bare)) {
    if (m[0].startsWith('<!') || m[0].startsWith('<?')) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[3] !== '/') max = Math.max(max, ++depth);
  }
  return max;
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

/** A picture: PicUrl is WeCom's public link, MediaId the handle media/get downloads it by (3 days). */
export const ImageMessageSchema = InnerBaseSchema.extend({
  MsgType: z.literal('image'),
  PicUrl: str.optional(),
  MediaId: str.min(1),
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
