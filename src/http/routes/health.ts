// Liveness and readiness. /readyz answers 503 while the database is unreachable
// or the process is shutting down, so a load balancer stops sending traffic.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { pingDb } from '../../db/client.js';

export function healthRoutes(app: FastifyInstance, deps: AppDeps, state: { shuttingDown: boolean }): void {
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    if (state.shuttingDown) return reply.status(503).send({ ok: false, reason: 'shutting down' });
    const db = await pingDb(deps.db);
    return reply.status(db ? 200 : 503).send({ ok: db, database: db ? 'up' : 'down' });
  });
}
