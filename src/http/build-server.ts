// Builds the fastify app without listening, so tests drive it with inject().
// Each area registers as its own encapsulated plugin (fastify/demo's app/server split).
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { AdjustableClock } from '../core/clock.js';
import { errorHandler } from './error-mapping.js';
import { requestSerializers } from './log-serializers.js';
import { registerRateLimits } from './rate-limits.js';
import { healthRoutes } from './routes/health.js';
import { webhookRoutes } from './routes/webhooks.js';
import { consoleRoutes } from './routes/console.js';
import { consoleGuard } from './routes/console-auth.js';
import { ConsoleSessions, setConsoleCookie } from './console-sessions.js';
import { CONSOLE_PAGE } from './web/console-page.js';
import { whatsappLoginRoutes } from './routes/whatsapp-login.js';

export interface ServerOptions {
  /** The console's adjustable clock (the same object as deps.clock in demo mode). */
  clock: AdjustableClock;
  /** Deliver everything due in the outbox now (the console's tick waits for it). */
  drainOutbox: () => Promise<void>;
  /** Extra encapsulated route plugins (the web workspace, …). */
  plugins?: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[];
  /** Extra lines for the web chat's banner (e.g. the WhatsApp Web login state). */
  statusNote?: () => string | undefined;
}

export type BatonServer = FastifyInstance & { shutdownState: { shuttingDown: boolean } };

export async function buildServer(deps: AppDeps, opts: ServerOptions): Promise<BatonServer> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.logger.child({ component: 'http' }, { serializers: requestSerializers }) as unknown as FastifyBaseLogger,
    bodyLimit: 2 * 1024 * 1024,
    // Only a configured proxy may say who the client is (TRUST_PROXY); never everyone.
    trustProxy: deps.config.trustProxy,
  });
  const state = { shuttingDown: false };
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]}`, code: 'not_found' }));

  await registerRateLimits(app, deps.config);
  healthRoutes(app, deps, state);
  await app.register(async (scope) => webhookRoutes(scope, deps));
  const sessions = new ConsoleSessions();
  await app.register(async (scope) => consoleRoutes(scope, { deps, clock: opts.clock, drainOutbox: opts.drainOutbox, sessions }));
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (req, reply) => {
      // The page itself is harmless; only hide it when the console is off.
      if (!deps.config.consoleEnabled) return reply.status(404).send({ error: 'the console is off', code: 'not_found' });
      void req;
    });
    // Each page load is a console session: the person picked in the page is bound to it.
    scope.get('/', async (_req, reply) => {
      setConsoleCookie(reply, sessions.create());
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(CONSOLE_PAGE);
    });
  });
  await app.register(async (scope) => {
    scope.addHook('onRequest', consoleGuard(deps.config));
    scope.get('/api/console/status', async () => ({ mode: deps.config.mode, note: opts.statusNote?.() }));
  });
  await app.register(async (scope) => whatsappLoginRoutes(scope, deps));
  for (const plugin of opts.plugins ?? []) await app.register(async (scope) => plugin(scope, deps));
  return Object.assign(app, { shutdownState: state });
}

export { AdjustableClock };
