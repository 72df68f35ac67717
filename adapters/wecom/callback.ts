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
    return { kind: 'handshake', body: openEnvelope(keys.encodingAesKey, echostr, keys.receiveId), contentType: 'text/plain' };
  }

  const envelope = EnvelopeSchema.safeParse(parseXml(req.rawBody.toString('utf8'), 'callback body'));
  if (!envelope.success) throw new WebhookPayloadError(`callback body: ${describeIssues(envelope.error)}`);
  const ciphertext = envelope.data.xml.Encrypt;
  verifySignature(keys.token, q, ciphertext);
  const xml = openEnvelope(keys.encodingAesKey, ciphertext, keys.receiveId);
  const outcome = normalizeWecomMessage(xml);
  // WeCom wants 200 with an empty body (a passive reply would have to be encrypted; we answer later instead).
  return outcome.kind === 'messages' ? { ...outcome, reply: { body: '', contentType: 'text/plain' } } : outcome;
}
