// The console is Baton's own chat platform. It is on in demo/development mode and
// off in production unless CONSOLE_ENABLED=true; off means 404. When Baton listens
// on anything but loopback it requires `Authorization: Bearer $CONSOLE_TOKEN`.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { isLoopback } from '../../config.js';

export function consoleGuard(config: Config) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!config.consoleEnabled) return reply.status(404).send({ error: 'the console is off (set CONSOLE_ENABLED=true)', code: 'not_found' });
    const token = config.env.CONSOLE_TOKEN;
    if (!token && isLoopback(config.server.host)) return;
    const given = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const a = Buffer.from(given);
    const b = Buffer.from(token ?? '');
    if (!token || a.length !== b.length || !timingSafeEqual(a, b)) {
      return reply.status(401).send({ error: 'missing or wrong console token (Authorization: Bearer …)', code: 'unauthorized' });
    }
  };
}
