// The console: a chat platform that lives inside Baton (the web chat at `/` and
// its HTTP API). Inbound messages come through src/http/routes/console.ts; sending
// is immediate, because the outbox row itself is what the web chat shows.
import type { ChatAdapter, OutboundMessage, WebhookOutcome } from '../../src/core/types.js';

export function createConsoleAdapter(): ChatAdapter {
  return {
    platform: 'console',
    maxMessageBytes: 1_000_000,
    rendersMarkdown: () => true,
    async handleWebhook(): Promise<WebhookOutcome> {
      return { kind: 'ignored', reason: 'the console has no webhook; use POST /api/console/messages' };
    },
    async send(msg: OutboundMessage) {
      return { externalId: `console:${msg.idempotencyKey}` };
    },
  };
}
