// Liveness and readiness. /readyz answers 503 while the database is unreachable
// or the process is shutting down, so a load balancer stops sending traffic.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';

export interface HealthOptions {
  deps: AppDeps;
  /** Set by the app's stop(): readiness turns 503 before the server closes. */
  state: { shuttingDown: boolean };
}

export async function healthPlugin(app: FastifyInstance, { deps, state }: HealthOptions): Promise<void> {
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    if (state.shuttingDown) return reply.status(503).send({ ok: false, reason: 'shutting down' });
    const db = await deps.repos.health.pingDb();
    // Connections are reported, not gated on: a standby replica, or one whose platform refused
    // its credentials, still serves HTTP; the operator reads the reason here and in the log.
    const connections: Record<string, Record<string, unknown>> = {};
    for (const a of deps.adapters.values()) {
      const status = a.status?.();
      if (status) connections[a.platform] = status;
    }
    const extra = Object.keys(connections).length > 0 ? { connections } : {};
    return reply.status(db ? 200 : 503).send({ ok: db, database: db ? 'up' : 'down', ...extra });
  });
}
