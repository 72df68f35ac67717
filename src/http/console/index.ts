// The console surface: the web chat page at `/`, the console platform's HTTP API
// (../shared/contracts/console.md) and the WhatsApp Web login QR. The page is
// harmless and only hidden when the console is off; the API and the QR also need
// the console token when Baton listens beyond loopback (./guard.ts).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import type { AdjustableClock } from '../../core/clock.js';
import { InputError } from '../../core/errors.js';
import { consoleTick, postConsoleMessage, readConsoleChat, type RunDueJobs } from '../../services/console-api.js';
import { consoleGuard } from './guard.js';
import { CONSOLE_PAGE } from './page.js';
import { parseBody, PostBody, TickBody } from './schemas.js';
import { whatsappLoginRoutes } from './whatsapp-login.js';

export type { RunDueJobs };

export interface ConsoleOptions {
  deps: AppDeps;
  clock: AdjustableClock;
  runDueJobs: RunDueJobs;
  drainOutbox: () => Promise<void>;
  statusNote?: () => string | undefined;
}

export async function consolePlugin(app: FastifyInstance, opts: ConsoleOptions): Promise<void> {
  const { deps } = opts;
  await app.register(async (page) => {
    page.addHook('onRequest', async (_req, reply) => {
      if (!deps.config.consoleEnabled) return reply.status(404).send({ error: 'the console is off', code: 'not_found' });
    });
    page.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(CONSOLE_PAGE));
  });
  await app.register(async (api) => consoleApiRoutes(api, opts));
  await app.register(async (qr) => whatsappLoginRoutes(qr, deps));
}

async function consoleApiRoutes(app: FastifyInstance, opts: ConsoleOptions): Promise<void> {
  const { deps } = opts;
  app.addHook('onRequest', consoleGuard(deps.config));

  app.get('/api/console/status', async () => ({ mode: deps.config.mode, note: opts.statusNote?.() }));

  app.post('/api/console/messages', async (req) => {
    const body = parseBody(PostBody, req.body);
    return postConsoleMessage(deps, body, body.wait_ms ?? 15_000);
  });

  app.get<{ Params: { chat: string }; Querystring: { since?: string } }>('/api/console/chats/:chat/messages', async (req) => {
    let since: Date | undefined;
    if (req.query.since) {
      since = new Date(req.query.since);
      if (Number.isNaN(since.getTime())) throw new InputError(400, 'bad_time', `since: "${req.query.since}" is not an ISO 8601 time`);
    }
    return readConsoleChat(deps, req.params.chat, since);
  });

  app.post('/api/console/tick', async (req) => {
    const body = parseBody(TickBody, req.body);
    return consoleTick(deps, opts.clock, body.now, { runDueJobs: opts.runDueJobs, drainOutbox: opts.drainOutbox });
  });

  // Who can be chosen in the web chat, and which chats each is in.
  app.get('/api/console/team', async () => {
    const { members, chats, links } = await deps.repos.console.consoleTeam();
    return {
      members: [...members, ...[...new Set(links.filter((l) => l.isExternal).map((l) => l.participant))].map((id) => ({ id, name: `${id} (external)`, role: 'external', active: true }))],
      chats: chats.map((c) => ({ ...c, members: links.filter((l) => l.chatId === c.id).map((l) => l.participant) })),
    };
  });
}
