// The AI bot callback: GET URL verification and POST {"encrypt": "..."}. Pure: verify → decrypt → normalise.
import { WebhookPayloadError } from '../../src/core/errors.js';
import type { WebhookOutcome, WebhookRequest } from '../../src/core/types.js';
import { normalizeAibotMessage } from './normalize.js';
import { describeIssues, EnvelopeSchema } from './schema.js';
import { checkFreshness, openEnvelope, readSignedQuery, verifySignature } from './verify.js';

/** Structurally `NonNullable<Config['wecomAibot']>` (src/config.ts); restated so adapters depend on src/core only. */
export interface WecomAibotAdapterConfig {
  token: string;
  encodingAesKey: string;
}

export function handleAibotCallback(cfg: WecomAibotAdapterConfig, req: WebhookRequest): WebhookOutcome {
  const q = readSignedQuery(req.query);
  checkFreshness(q.timestamp, req.receivedAt);
  if (req.method === 'GET') {
    const echostr = req.query['echostr']?.replace(/ /g, '+');
    if (!echostr) throw new WebhookPayloadError('echostr is missing');
    verifySignature(cfg.token, q, echostr);
    return { kind: 'handshake', body: openEnvelope(cfg.encodingAesKey, echostr), contentType: 'text/plain' };
  }
  let body: unknown;
  try {
    body = JSON.parse(req.rawBody.toString('utf8'));
  } catch (cause) {
    throw new WebhookPayloadError('callback body is not JSON', { cause });
  }
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) throw new WebhookPayloadError(`callback body: ${describeIssues(envelope.error)}`);
  verifySignature(cfg.token, q, envelope.data.encrypt);
  const outcome = normalizeAibotMessage(openEnvelope(cfg.encodingAesKey, envelope.data.encrypt), req.receivedAt);
  // An empty 200 tells WeCom we will answer later through response_url (no encrypted passive reply).
  return outcome.kind === 'messages' ? { ...outcome, reply: { body: '', contentType: 'text/plain' } } : outcome;
}
