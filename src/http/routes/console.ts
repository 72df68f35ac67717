// HTTP API of the console platform (../shared/contracts/console.md).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import type { AdjustableClock } from '../../core/clock.js';
import { InputError } from '../../core/errors.js';
import { EARLIEST_MS, LATEST_MS } from '../../core/epoch.js';
import { consoleTick, postConsoleMessage, readConsoleChat } from '../../services/console-api.js';
import { consoleGuard } from './console-auth.js';

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

export async function consoleRoutes(
  app: FastifyInstance,
  opts: { deps: AppDeps; clock: AdjustableClock; drainOutbox: () => Promise<void> },
): Promise<void> {
  const { deps } = opts;
  app.addHook('onRequest', consoleGuard(deps.config));

  app.post('/api/console/messages', async (req) => {
    const body = parse(PostBody, req.body);
    return postConsoleMessage(deps, body, body.wait_ms ?? 15_000);
  });

  app.get<{ Params: { chat: string }; Querystring: { since?: string } }>('/api/console/chats/:chat/messages', async (req) => {
    let since: Date | undefined;
    if (req.query.since) {
      since = new Date(req.query.since);
      if (Number.isNaN(since.getTime()) || since.getTime() < EARLIEST_MS || since.getTime() >= LATEST_MS) throw new InputError(400, 'bad_time', `since: "${req.query.since}" is not an ISO 8601 time`);
    }
    return readConsoleChat(deps, req.params.chat, since);
  });

  app.post('/api/console/tick', async (req) => {
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
