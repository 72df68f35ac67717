// GET /metrics in Prometheus text format. With METRICS_TOKEN set it needs
// "Authorization: Bearer <token>"; without one it answers loopback callers only
// (the socket address: X-Forwarded-For cannot pretend).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { isLoopback } from '../../config.js';
import type { Metrics } from '../../services/ops/metrics.js';

const same = (a: string, b: string) => {
  const x = Buffer.from(a),
    y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function metricsPlugin(
  app: FastifyInstance,
  { deps, metrics }: { deps: AppDeps; metrics: Metrics },
): Promise<void> {
  app.get('/metrics', async (req, reply) => {
    const token = deps.config.metricsToken;
    const peer = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const auth = req.headers.authorization ?? '';
    const allowed = token ? auth.startsWith('Bearer ') && same(auth.slice(7), token) : isLoopback(peer) || peer === '';
    if (!allowed) {
      return reply.status(token ? 401 : 403).send({
        error: token
          ? 'Authorization: Bearer METRICS_TOKEN required'
          : '/metrics answers loopback only; set METRICS_TOKEN to scrape from elsewhere',
        code: 'forbidden',
      });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
