// The console surface: the web chat page at `/`, the console platform's HTTP API
// (../shared/contracts/console.md) and the WhatsApp Web login QR. The page is
// harmless and only hidden when the console is off; the API and the QR also need
// the console token when Baton listens beyond loopback (./guard.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import type { AdjustableClock } from '../../core/clock.js';
import { InputError } from '../../core/errors.js';
import { consoleTick, postConsoleMessage, readConsoleChat, type RunDueJobs } from '../../services/console-api.js';
import { consoleAccess, consoleGuard } from './guard.js';
import { ConsoleSessions, readConsoleCookie, setConsoleCookie } from '../console-sessions.js';
import { CONSOLE_PAGE } from './page.js';
import { parseBody, parseSince, PostBody, SessionBody, TickBody } from './schemas.js';
import { whatsappLoginRoutes } from './whatsapp-login.js';
import { consoleBodyLimit, decodeConsoleImage } from './image-body.js';

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
  const sessions = new ConsoleSessions();
  await app.register(async (page) => {
    page.addHook('onRequest', async (_req, reply) => {
      if (!deps.config.consoleEnabled)
        return reply.status(404).send({ error: 'the console is off', code: 'not_found' });
    });
    // Each page load is a console session: the person picked in the page is bound to it.
    page.get('/', async (_req, reply) => {
      setConsoleCookie(reply, sessions.create());
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(CONSOLE_PAGE);
    });
  });
  await app.register(async (api) => consoleApiRoutes(api, opts, sessions));
  await app.register(async (qr) => whatsappLoginRoutes(qr, deps));
}

async function consoleApiRoutes(app: FastifyInstance, opts: ConsoleOptions, sessions: ConsoleSessions): Promise<void> {
  const { deps } = opts;
  app.addHook('onRequest', consoleGuard(deps.config));

  /** Without CONSOLE_TOKEN, a caller acts only as the person its console page chose. */
  const actingAs = (req: FastifyRequest): string | undefined | 'anyone' =>
    consoleAccess(deps.config, req) === 'token' ? 'anyone' : sessions.whoOf(req);
  const noSession = () =>
    new InputError(
      403,
      'console_session',
      'choose who you are in the console page first (or present Authorization: Bearer $CONSOLE_TOKEN)',
    );

  // The console page binds the person picked in it to its own session cookie.
  app.post('/api/console/session', async (req) => {
    const sid = readConsoleCookie(req);
    if (!sessions.has(sid))
      throw new InputError(403, 'console_session', 'open the console page first: it starts the session');
    const { as } = parseBody(SessionBody, req.body);
    const member = await deps.repos.team.findMember(as);
    if (!member && !(await deps.repos.team.isExternalParticipant(as)))
      throw new InputError(404, 'unknown_user', `unknown user "${as}"`);
    sessions.bind(sid, as);
    return { as };
  });

  app.get('/api/console/status', async () => ({ mode: deps.config.mode, note: opts.statusNote?.() }));

  // The body limit is raised here only, for a screenshot as base64 (issue 19); the image's own limit is checked after.
  const bodyLimit = consoleBodyLimit(deps.config.screenshots.maxBytes);
  app.post('/api/console/messages', { bodyLimit }, async (req) => {
    const body = parseBody(PostBody, req.body);
    const who = actingAs(req);
    if (who === undefined) throw noSession();
    if (who !== 'anyone' && who !== body.from) {
      throw new InputError(403, 'console_session', `this console page is signed in as "${who}", not "${body.from}"`);
    }
    const image =
      body.image !== undefined ? decodeConsoleImage(body.image, deps.config.screenshots.maxBytes) : undefined;
    return postConsoleMessage(deps, { ...body, text: body.text ?? '', image }, body.wait_ms ?? 15_000);
  });

  app.get<{ Params: { chat: string }; Querystring: { since?: string } }>(
    '/api/console/chats/:chat/messages',
    async (req) => {
      const who = actingAs(req);
      if (who === undefined) throw noSession();
      if (who !== 'anyone' && !(await deps.repos.team.isChatParticipant(req.params.chat, who))) {
        throw new InputError(403, 'not_a_member', `"${who}" is not a member of chat "${req.params.chat}"`);
      }
      let since: Date | undefined;
      if (req.query.since) {
        since = parseSince(req.query.since);
        if (!since) throw new InputError(400, 'bad_time', `since: "${req.query.since}" is not an ISO 8601 time`);
      }
      return readConsoleChat(deps, req.params.chat, since);
    },
  );

  app.post('/api/console/tick', async (req) => {
    if (actingAs(req) === undefined) throw noSession();
    const body = parseBody(TickBody, req.body);
    return consoleTick(deps, opts.clock, body.now, { runDueJobs: opts.runDueJobs, drainOutbox: opts.drainOutbox });
  });

  // Who can be chosen in the web chat, and which chats each is in.
  app.get('/api/console/team', async () => {
    const { members, chats, links } = await deps.repos.console.consoleTeam();
    return {
      members: [
        ...members,
        ...[...new Set(links.filter((l) => l.isExternal).map((l) => l.participant))].map((id) => ({
          id,
          name: `${id} (external)`,
          role: 'external',
          active: true,
        })),
      ],
      chats: chats.map((c) => ({ ...c, members: links.filter((l) => l.chatId === c.id).map((l) => l.participant) })),
    };
  });
}
