// HTTP API of the console platform (../shared/contracts/console.md).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import type { AdjustableClock } from '../../core/clock.js';
import { InputError } from '../../core/errors.js';
import { EARLIEST_MS, LATEST_MS } from '../../core/epoch.js';
import { consoleTick, postConsoleMessage, readConsoleChat } from '../../services/console-api.js';
import { consoleAccess, consoleGuard } from './console-auth.js';
import { readConsoleCookie, type ConsoleSessions } from '../console-sessions.js';
import { findMember, isChatParticipant, isExternalParticipant } from '../../db/repositories/team.js';

const PostBody = z.object({
  chat: z.string().min(1).max(200),
  from: z.string().min(1).max(200),
  text: z.string().min(1, 'text must not be empty').max(100_000),
  id: z.string().min(1).max(200).optional(),
  /** How long to wait for the answer (default 15 s; 0 = return as soon as the message is stored). */
  wait_ms: z.number().int().min(0).max(15_000).optional(),
});
// Postgres timestamps end long before JavaScript's do: a time outside 2000..2200 is refused here.
const TickBody = z.object({
  now: z.string().min(1).max(100).refine((s) => {
    const ms = new Date(s).getTime();
    return Number.isNaN(ms) || (ms >= EARLIEST_MS && ms < LATEST_MS);
  }, 'must be a time between the years 2000 and 2200'),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    throw new InputError(400, 'bad_request', r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  }
  return r.data;
}

const SessionBody = z.object({ as: z.string().min(1).max(200) });

export async function consoleRoutes(
  app: FastifyInstance,
  opts: { deps: AppDeps; clock: AdjustableClock; drainOutbox: () => Promise<void>; sessions: ConsoleSessions },
): Promise<void> {
  const { deps, sessions } = opts;
  app.addHook('onRequest', consoleGuard(deps.config));

  /** Without CONSOLE_TOKEN, a caller acts only as the person its console page chose. */
  const actingAs = (req: FastifyRequest): string | undefined | 'anyone' =>
    consoleAccess(deps.config, req) === 'token' ? 'anyone' : sessions.whoOf(req);
  const noSession = () => new InputError(403, 'console_session',
    'choose who you are in the console page first (or present Authorization: Bearer $CONSOLE_TOKEN)');

  // The console page binds the person picked in it to its own session cookie.
  app.post('/api/console/session', async (req) => {
    const sid = readConsoleCookie(req);
    if (!sessions.has(sid)) throw new InputError(403, 'console_session', 'open the console page first: it starts the session');
    const { as } = parse(SessionBody, req.body);
    const member = await findMember(deps.db, as);
    if (!member && !(await isExternalParticipant(deps.db, as))) throw new InputError(404, 'unknown_user', `unknown user "${as}"`);
    sessions.bind(sid, as);
    return { as };
  });

  app.post('/api/console/messages', async (req) => {
    const body = parse(PostBody, req.body);
    const who = actingAs(req);
    if (who === undefined) throw noSession();
    if (who !== 'anyone' && who !== body.from) {
      throw new InputError(403, 'console_session', `this console page is signed in as "${who}", not "${body.from}"`);
    }
    return postConsoleMessage(deps, body, body.wait_ms ?? 15_000);
  });

  app.get<{ Params: { chat: string }; Querystring: { since?: string } }>('/api/console/chats/:chat/messages', async (req) => {
    const who = actingAs(req);
    if (who === undefined) throw noSession();
    if (who !== 'anyone' && !(await isChatParticipant(deps.db, req.params.chat, who))) {
      throw new InputError(403, 'not_a_member', `"${who}" is not a member of chat "${req.params.chat}"`);
    }
    let since: Date | undefined;
    if (req.query.since) {
      since = new Date(req.query.since);
      if (Number.isNaN(since.getTime()) || since.getTime() < EARLIEST_MS || since.getTime() >= LATEST_MS) throw new InputError(400, 'bad_time', `since: "${req.query.since}" is not an ISO 8601 time`);
    }
    return readConsoleChat(deps, req.params.chat, since);
  });

  app.post('/api/console/tick', async (req) => {
    if (actingAs(req) === undefined) throw noSession();
    const body = parse(TickBody, req.body);
    return consoleTick(deps, opts.clock, body.now, opts.drainOutbox);
  });

  // Who can be chosen in the web chat, and which chats each is in.
  app.get('/api/console/team', async () => {
    const members = await deps.db.selectFrom('team_members').select(['id', 'name', 'role', 'active']).orderBy('id').execute();
    const chats = await deps.db.selectFrom('chats').select(['id', 'title', 'kind', 'has_external']).where('platform', '=', 'console').orderBy('id').execute();
    const links = await deps.db.selectFrom('chat_members').innerJoin('chats', 'chats.id', 'chat_members.chat_id')
      .select(['chat_members.chat_id', 'chat_members.participant', 'chat_members.is_external']).where('chats.platform', '=', 'console').execute();
    return {
      members: [...members, ...[...new Set(links.filter((l) => l.is_external).map((l) => l.participant))].map((id) => ({ id, name: `${id} (external)`, role: 'external', active: true }))],
      chats: chats.map((c) => ({ ...c, members: links.filter((l) => l.chat_id === c.id).map((l) => l.participant) })),
    };
  });
}
