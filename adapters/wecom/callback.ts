// The self-built app callback: GET URL verification and POST encrypted XML. Pure: verify → decrypt → normalise.
import { WebhookPayloadError } from '../../src/core/errors.js';
import type { WebhookOutcome, WebhookRequest } from '../../src/core/types.js';
import { normalizeWecomMessage } from './normalize.js';
import { describeIssues, EnvelopeSchema, parseXml } from './schema.js';
import { checkFreshness, openEnvelope, readSignedQuery, verifySignature } from './verify.js';

export interface CallbackKeys {
  token: string;
  encodingAesKey: string;
  /** The receive id sealed inside every ciphertext: the CorpID for a self-built app. */
  receiveId: string;
  maxSkewMs?: number;
}

export function handleWecomCallback(keys: CallbackKeys, req: WebhookRequest): WebhookOutcome {
  const q = readSignedQuery(req.query);
  checkFreshness(q.timestamp, req.receivedAt, keys.maxSkewMs);

  if (req.method === 'GET') {
    // Query parsers turn an unencoded '+' into a space; base64 never contains spaces, so undo it.
    const echostr = req.query['echostr']?.replace(/ /g, '+');
    if (!echostr) throw new WebhookPayloadError('echostr is missing');
    verifySignature(keys.token, q, echostr);
    // WeCom expects the plaintext, bare: no quotes, no newline.
    return {
      kind: 'handshake',
      body: openEnvelope(keys.encodingAesKey, echostr, keys.receiveId),
      contentType: 'text/plain',
    };
  }

  const body = req.rawBody.toString('utf8');
  // The signature covers the ciphertext, so read it without an XML parser and check it first:
  // a stranger's XML (deep nesting, odd names) never reaches the parser.
  verifySignature(keys.token, q, peekEncrypt(body));
  const envelope = EnvelopeSchema.safeParse(parseXml(body, 'callback body'));
  if (!envelope.success) throw new WebhookPayloadError(`callback body: ${describeIssues(envelope.error)}`);
  const ciphertext = envelope.data.xml.Encrypt;
  const xml = openEnvelope(keys.encodingAesKey, ciphertext, keys.receiveId);
  const outcome = normalizeWecomMessage(xml);
  // WeCom wants 200 with an empty body (a passive reply would have to be encrypted; we answer later instead).
  return outcome.kind === 'messages' ? { ...outcome, reply: { body: '', contentType: 'text/plain' } } : outcome;
}

/** The base64 inside `<Encrypt>` (CDATA or not); a body without one is malformed: 400. */
export function peekEncrypt(body: string): string {
  const m = /<Encrypt>\s*(?:<!\[CDATA\[([A-Za-z0-9+/=]+)\]\]>|([A-Za-z0-9+/=]+))\s*<\/Encrypt>/.exec(body);
  const value = m?.[1] ?? m?.[2];
  if (!value) throw new WebhookPayloadError('callback body: no <Encrypt> element with base64 content');
  return value;
}
