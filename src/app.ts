// The HTTP app, built without listening so tests drive it with inject(). In the
// style of fastify/demo's app.ts: the app-wide parts first (logger, error and
// not-found handlers), then one encapsulated plugin per surface, each owning its
// routes, views and schemas. Registration order is the list below; a plugin's
// hooks and content-type parsers stay inside it (fastify encapsulation), so the
// webhooks' raw-bytes parser cannot reach the console's JSON.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AppDeps } from './deps.js';
import type { AdjustableClock } from './core/clock.js';
import { errorHandler } from './http/error-mapping.js';
import { requestSerializers } from './http/log-serializers.js';
import { registerRateLimits } from './http/rate-limits.js';
import { healthPlugin } from './http/health/index.js';
import { webhooksPlugin } from './http/webhooks/index.js';
import { consolePlugin, type RunDueJobs } from './http/console/index.js';
import { handoverPagePlugin } from './http/handover/index.js';
import { webWorkspacePlugin } from './http/web/index.js';
import { adminRunPlugin, type AdminRunOptions } from './http/admin/index.js';
import { metricsPlugin } from './http/metrics/index.js';
import { membersPlugin } from './http/members/index.js';
import type { Metrics } from './services/ops/metrics.js';

export interface AppOptions {
  /** The console's adjustable clock (the same object as deps.clock in demo mode). */
  clock: AdjustableClock;
  /** Run every scheduled job as of `now`; returns the outbox ids they queued (the console's tick). */
  runDueJobs: RunDueJobs;
  /** Deliver everything due in the outbox now (the console's tick waits for it). */
  drainOutbox: () => Promise<void>;
  /** Extra lines for the web chat's banner (e.g. the WhatsApp Web login state). */
  statusNote?: () => string | undefined;
  /** With the embedded database: run CLI commands for a `baton` started beside this server. */
  adminRun?: AdminRunOptions;
  /** Prometheus metrics served at /metrics (token or loopback only). */
  metrics?: Metrics;
}

export type BatonServer = FastifyInstance & { shutdownState: { shuttingDown: boolean } };

export async function buildApp(deps: AppDeps, opts: AppOptions): Promise<BatonServer> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.logger.child(
      { component: 'http' },
      { serializers: requestSerializers },
    ) as unknown as FastifyBaseLogger,
    bodyLimit: 2 * 1024 * 1024,
    // Only a configured proxy may say who the client is (TRUST_PROXY); never everyone.
    trustProxy: deps.config.trustProxy,
  });
  const state = { shuttingDown: false };
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]}`, code: 'not_found' }),
  );

  // Before the surfaces, so its onRequest hook covers them all (it exempts webhooks and health itself).
  await registerRateLimits(app, deps.config);
  await app.register(healthPlugin, { deps, state });
  await app.register(webhooksPlugin, { deps });
  await app.register(consolePlugin, { deps, ...opts });
  await app.register(handoverPagePlugin, { deps });
  await app.register(webWorkspacePlugin, { deps });
  await app.register(membersPlugin, { deps });
  if (opts.adminRun) await app.register(adminRunPlugin, { deps, ...opts.adminRun });
  if (opts.metrics) await app.register(metricsPlugin, { deps, metrics: opts.metrics });
  return Object.assign(app, { shutdownState: state });
}
