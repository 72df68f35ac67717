// The console is Baton's own chat platform. It is on in demo/development mode and off in
// production unless CONSOLE_ENABLED=true (then CONSOLE_TOKEN is required); off means 404.
//
// Who may call it:
// - a caller presenting `Authorization: Bearer $CONSOLE_TOKEN` (scripts, tests): anything;
// - otherwise only a genuinely local caller, and only as the person its console page chose:
//   "local" needs a loopback bind AND a loopback peer AND no proxy in between (no trusted
//   proxy configured, no X-Forwarded-For/Forwarded header) — a reverse proxy on the same
//   host makes every stranger look like 127.0.0.1 otherwise.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { isLoopback } from '../../config.js';

export type ConsoleAccess = 'token' | 'local';

function tokenMatches(config: Config, req: FastifyRequest): boolean {
  const token = config.env.CONSOLE_TOKEN;
  if (!token) return false;
  const given = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether this request comes from this machine with nothing in between. */
export function isLocalRequest(config: Config, req: FastifyRequest): boolean {
  if (!isLoopback(config.server.host) || config.trustProxy !== false) return false;
  if (
    req.headers['x-forwarded-for'] !== undefined ||
    req.headers['forwarded'] !== undefined ||
    req.headers['x-real-ip'] !== undefined
  )
    return false;
  const peer = req.socket.remoteAddress ?? '';
  return peer === '::1' || peer.startsWith('127.') || peer.startsWith('::ffff:127.');
}

/** How the caller reached the console, or undefined when it may not. */
export function consoleAccess(config: Config, req: FastifyRequest): ConsoleAccess | undefined {
  if (tokenMatches(config, req)) return 'token';
  if (!config.env.CONSOLE_TOKEN && isLocalRequest(config, req)) return 'local';
  return undefined;
}

export function consoleGuard(config: Config) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!config.consoleEnabled)
      return reply.status(404).send({ error: 'the console is off (set CONSOLE_ENABLED=true)', code: 'not_found' });
    if (!consoleAccess(config, req)) {
      return reply
        .status(401)
        .send({ error: 'missing or wrong console token (Authorization: Bearer …)', code: 'unauthorized' });
    }
  };
}
