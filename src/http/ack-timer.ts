// Webhook ack latency, timed on the Node HTTP server itself (request → response
// finished), so it covers every webhook route however the router is arranged.
import type { Server } from 'node:http';
import type { Metrics } from '../services/ops/metrics.js';

export function timeWebhookAcks(server: Server, metrics: Metrics): void {
  server.on('request', (req, res) => {
    const m = /^\/webhooks\/([a-z-]+)/.exec(req.url ?? '');
    if (!m) return;
    const started = process.hrtime.bigint();
    res.once('finish', () =>
      metrics.observeAck(m[1]!, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9),
    );
  });
}
