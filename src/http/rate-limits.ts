// Per-client request limits on what people reach (web pages, the console, imports), so one
// client cannot tie the server up. Signed webhooks are not limited: the platforms retry what
// we refuse, and their signatures already keep strangers out. Health checks are not either.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

const UNLIMITED = /^\/(?:webhooks\/|healthz|readyz|metrics)/;
const IMPORT = /^\/web\/import\/(?:preview|commit)/;

export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    max: (req: FastifyRequest) =>
      IMPORT.test(req.url) ? config.rateLimit.importPerMinute : config.rateLimit.perMinute,
    // Imports are counted apart from page views: a burst of page loads must not use up imports.
    keyGenerator: (req: FastifyRequest) => (IMPORT.test(req.url) ? `${req.ip}:import` : req.ip),
    allowList: (req: FastifyRequest) => UNLIMITED.test(req.url),
    errorResponseBuilder: (_req, ctx) => {
      const message = `too many requests: at most ${ctx.max} a minute from one client; try again in ${ctx.after}`;
      return { statusCode: 429, code: 'rate_limited', error: message, message };
    },
  });
}
