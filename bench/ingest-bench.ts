// Console ingest: messages acknowledged per second (stored, not yet processed) and
// latency, against a bare fastify route measured the same way in the same run.
import Fastify from 'fastify';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/main.js';
import { openDb } from '../src/db/client.js';
import { loadTest } from './http-load.js';

export async function benchIngest(opts: { total?: number; concurrency?: number } = {}) {
  const total = opts.total ?? 3000;
  const concurrency = opts.concurrency ?? 16;

  const bare = Fastify();
  bare.post('/bare', async () => ({ message: { id: 'x' }, replies: [] }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  await loadTest({ url: `${bareUrl}/bare`, total: 300, concurrency, body: () => ({}) }); // warm-up
  const baseline = await loadTest({
    url: `${bareUrl}/bare`,
    total,
    concurrency,
    body: (i) => ({ chat: 'dm:lily', from: 'lily', text: `m${i}` }),
  });
  await bare.close();

  // A script presents CONSOLE_TOKEN; the per-client rate limit is lifted for the load test.
  const token = 'bench-console-token-0123456789abcdef';
  const config = loadConfig({
    NODE_ENV: 'test',
    BATON_MODE: 'demo',
    LOG_LEVEL: 'silent',
    PORT: '0',
    CONSOLE_TOKEN: token,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const headers = { authorization: `Bearer ${token}` };
  const db = process.env.DATABASE_URL ? undefined : await openDb({ dataDir: 'memory://' });
  const app = await createApp(config, { logger: createLogger('silent'), db, seedDemo: true });
  const url = await app.listen(); // workers stay off: this measures the acknowledgement path only
  const body = (i: number) => ({
    chat: 'dm:lily',
    from: 'lily',
    text: `benchmark message ${i}: 2万个 PVC 鞋花 下周五前发货`,
    wait_ms: 0,
  });
  await loadTest({
    url: `${url}/api/console/messages`,
    total: 300,
    concurrency,
    headers,
    body: (i) => ({ ...body(i), id: `warm-${i}` }),
  });
  const run = `${Date.now()}`;
  const baton = await loadTest({
    url: `${url}/api/console/messages`,
    total,
    concurrency,
    headers,
    body: (i) => ({ ...body(i), id: `${run}-${i}` }),
  });
  await app.stop();

  return {
    name: `console ingest (${total} requests, ${concurrency} concurrent, ${process.env.DATABASE_URL ? 'Postgres' : 'PGlite'})`,
    figures: {
      'baton msg/s': Math.round(baton.perSecond),
      'baton p50 ms': round(baton.p50Ms),
      'baton p99 ms': round(baton.p99Ms),
      'baton errors': baton.errors,
      'bare fastify req/s': Math.round(baseline.perSecond),
      'bare p50 ms': round(baseline.p50Ms),
      'bare p99 ms': round(baseline.p99Ms),
      'throughput ratio (baton/bare)': round(baton.perSecond / baseline.perSecond, 3),
      'p99 ratio (baton/bare)': round(baton.p99Ms / baseline.p99Ms, 2),
    },
  };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
