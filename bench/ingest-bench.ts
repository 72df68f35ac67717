// Console ingest: messages acknowledged per second (stored, not yet processed) and
// latency, with the workers running (they process what is acknowledged, in the same
// process), against an empty fastify route in its own process measured the same way; then
// whether every acknowledged message was stored, and how long the worker took to drain them.
import { ackFigures } from './ack-figures.js';
import { loadTest } from './http-load.js';
import { drainAfterLoad, startBare, startBaton } from './ack-setup.js';

export async function benchIngest(opts: { total?: number; concurrency?: number } = {}) {
  const total = opts.total ?? 3000;
  const concurrency = opts.concurrency ?? 16;

  const bare = await startBare();
  const bareUrl = bare.url;
  await loadTest({ url: `${bareUrl}/bare`, total: 300, concurrency, body: () => ({}) }); // warm-up
  const baseline = await loadTest({
    url: `${bareUrl}/bare`,
    total,
    concurrency,
    body: (i) => ({ chat: 'dm:lily', from: 'lily', text: `m${i}` }),
  });
  // What this machine gives an empty route at the steady rate: the floor for Baton's p99 there.
  const barePaced = await loadTest({
    url: `${bareUrl}/bare`,
    total: 2500,
    concurrency: 128,
    ratePerSecond: 500,
    body: (i) => ({ chat: 'dm:lily', from: 'lily', text: `m${i}` }),
  });
  await bare.stop();

  // A script presents CONSOLE_TOKEN; the per-client rate limit is lifted for the load test.
  const token = 'bench-console-token-0123456789abcdef';
  const baton = await startBaton({
    NODE_ENV: 'test',
    BATON_MODE: 'demo',
    LOG_LEVEL: 'silent',
    PORT: '0',
    CONSOLE_TOKEN: token,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const headers = { authorization: `Bearer ${token}` };
  const url = baton.url;
  const body = (i: number) => ({
    chat: 'dm:lily',
    from: 'lily',
    text: `benchmark message ${i}: 2万个 PVC 鞋花 下周五前发货`,
    wait_ms: 0,
  });
  const warm = await loadTest({
    url: `${url}/api/console/messages`,
    total: 300,
    concurrency,
    headers,
    body: (i) => ({ ...body(i), id: `warm-${i}` }),
  });
  const run = `${Date.now()}`;
  const acks = await loadTest({
    url: `${url}/api/console/messages`,
    total,
    concurrency,
    headers,
    body: (i) => ({ ...body(i), id: `${run}-${i}` }),
  });
  await baton.loopDelay();
  const paced = await loadTest({
    url: `${url}/api/console/messages`,
    total: 2500,
    concurrency: 128,
    ratePerSecond: 500,
    headers,
    body: (i) => ({ ...body(i), id: `${run}-paced-${i}` }),
  });
  const loop = await baton.loopDelay();
  const acked = [
    ...warm.okIndices.map((i) => `warm-${i}`),
    ...acks.okIndices.map((i) => `${run}-${i}`),
    ...paced.okIndices.map((i) => `${run}-paced-${i}`),
  ];
  const drained = await drainAfterLoad(baton, 'console', acked);
  await baton.stop();

  return {
    name: `console ingest (${total} requests, ${concurrency} concurrent, workers on, ${baton.db})`,
    figures: ackFigures({ unit: 'msg', acks, paced, loop, acked, drained, baseline, barePaced }),
  };
}
