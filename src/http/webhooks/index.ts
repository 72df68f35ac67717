// Thin webhooks: raw bytes in, the adapter verifies and normalises, we store and
// answer at once. A platform without its settings has no adapter: 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import type { Platform } from '../../core/types.js';
import { ingestMessages } from '../../services/ingest.js';
import { WebhookAuthError } from '../../core/errors.js';

const ROUTES: Record<string, Platform> = {
  wecom: 'wecom',
  'wecom-aibot': 'wecom-aibot',
  dingtalk: 'dingtalk',
  whatsapp: 'whatsapp',
};

export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export async function webhooksPlugin(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  // Signatures are over the exact bytes: keep every body as a Buffer, parse nothing here.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  const handler = async (req: FastifyRequest<{ Params: { platform: string } }>, reply: FastifyReply) => {
    const platform = ROUTES[req.params.platform];
    const adapter = platform ? deps.adapters.get(platform) : undefined;
    if (!platform || !adapter)
      return reply
        .status(404)
        .send({ error: `no ${req.params.platform} integration is configured`, code: 'not_found' });
    const receivedAt = deps.wallClock.now().getTime();
    const outcome = await adapter.handleWebhook({
      method: req.method === 'GET' ? 'GET' : 'POST',
      query: req.query as Record<string, string | undefined>,
      headers: req.headers as Record<string, string | undefined>,
      rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      receivedAt,
    });
    if (outcome.kind === 'handshake') {
      return reply
        .status(200)
        .type(outcome.contentType ?? 'text/plain; charset=utf-8')
        .send(outcome.body);
    }
    if (outcome.singleUse) {
      const use = await deps.repos.webhookSignatures.useSignature(
        outcome.singleUse.key,
        outcome.singleUse.bodyHash,
        new Date(outcome.singleUse.expiresAt),
        new Date(receivedAt),
      );
      // The same request again is the platform retrying (ingest dedupes it); another body is a replay.
      if (use === 'other_body')
        throw new WebhookAuthError(`${platform}: this signature was already used for another message`);
    }
    if (outcome.kind === 'ignored') {
      req.log.debug({ reason: outcome.reason }, 'webhook ignored');
      return reply.status(200).type('text/plain; charset=utf-8').send('');
    }
    const res = await ingestMessages(deps, outcome.messages);
    req.log.info({ stored: res.stored.length, duplicates: res.duplicates, platform }, 'webhook stored');
    return reply
      .status(200)
      .type(outcome.reply?.contentType ?? 'text/plain; charset=utf-8')
      .send(outcome.reply?.body ?? '');
  };
  app.get('/webhooks/:platform', handler);
  app.post('/webhooks/:platform', handler);
}
