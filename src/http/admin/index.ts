// POST /api/admin/run: a `baton` CLI command started beside this server runs here,
// on the server's own database connection (the embedded database allows one process).
// Only from loopback, and only with the token in DATA_DIR/baton.lock.json, which only
// the user running the server can read.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import type { DbHandle } from '../../db/client.js';
import type { CliIo, DbCommand } from '../../cli/db-command.js';
import { isLoopback } from '../../config.js';

const Body = z.object({
  command: z.string(),
  argv: z.array(z.string()).max(200),
  files: z.record(z.string(), z.string()).default({}),
});

export interface AdminRunOptions {
  commands: Record<string, () => Promise<DbCommand>>;
  handle: DbHandle;
  token: () => string | undefined;
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a),
    y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function adminRunPlugin(app: FastifyInstance, opts: AdminRunOptions & { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  app.post('/api/admin/run', { bodyLimit: 64 * 1024 * 1024 }, async (req, reply) => {
    const expected = opts.token();
    const given = req.headers['x-baton-token'];
    // The socket address, not req.ip: trustProxy would let X-Forwarded-For pretend to be loopback.
    const peer = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    if (!expected || typeof given !== 'string' || !same(given, expected) || !(isLoopback(peer) || peer === '')) {
      return reply.status(403).send({ error: 'not allowed', code: 'forbidden' });
    }
    const body = Body.parse(req.body);
    const load = opts.commands[body.command];
    if (!load)
      return reply
        .status(404)
        .send({ error: `baton ${body.command} cannot run through the server`, code: 'not_found' });
    let stdout = '',
      stderr = '';
    const files: Record<string, string> = {};
    const io: CliIo = {
      out: (s) => {
        stdout += s;
      },
      err: (s) => {
        stderr += s;
      },
      readFile: (p) => {
        const b64 = body.files[p];
        if (b64 === undefined) throw Object.assign(new Error(`no such file: ${p}`), { code: 'ENOENT' });
        return Buffer.from(b64, 'base64');
      },
      writeFile: (p, d) => {
        files[p] = Buffer.from(d).toString('base64');
      },
      isTTY: false,
    };
    const cmd = await load();
    let code: number;
    try {
      code = await cmd(
        {
          db: opts.handle.db,
          repos: deps.repos,
          handle: opts.handle,
          config: deps.config,
          now: deps.clock.now(),
          io,
          via: 'server',
        },
        body.argv,
      );
    } catch (err) {
      stderr += `baton ${body.command}: ${(err as Error).message}\n`;
      code = 1;
    }
    deps.logger.info({ command: body.command, code }, 'CLI command run through the server');
    return { code, stdout, stderr, files };
  });
}
