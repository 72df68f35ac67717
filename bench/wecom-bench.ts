// WeCom encrypted callback throughput: signature check + AES decrypt + XML parse +
// store + ack, over real HTTP, with the workers running, against an empty fastify route in
// its own process measured the same way; then p99 at a steady 500 callbacks/s; then whether
// every acknowledged callback was stored, and how long the worker took to drain them.
import { ackFigures } from './ack-figures.js';
import { loadTest } from './http-load.js';
import { drainAfterLoad, startBare, startBaton } from './ack-setup.js';
import { signedWecomCallback, wecomTextXml } from '../test/fakes/wecom-sign.js';

// The official sample keys from WeCom's callback documentation (test/fixtures/wecom/official-samples.ts).
const CORP = 'wx5823bf96d3bd56c7';
const TOKEN = 'QDG6eK';
const AES = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const PACED = 2500; // callbacks sent at a steady 500/s

export async function benchWecom(opts: { total?: number; concurrency?: number } = {}) {
  const total = opts.total ?? 3000;
  const concurrency = opts.concurrency ?? 16;
  const now = Math.floor(Date.now() / 1000);
  const run = Date.now();
  // Pre-sign every request so the load generator spends no time on crypto.
  const msgId = (i: number) => `${7230431812345678901n + BigInt(run) + BigInt(i)}`;
  const requests = Array.from({ length: total + 300 + PACED }, (_, i) =>
    signedWecomCallback({
      token: TOKEN,
      aesKey: AES,
      corpId: CORP,
      timestamp: now,
      nonce: `n${i}`,
      xml: wecomTextXml({
        corpId: CORP,
        from: 'lily',
        content: `客户 ACME 交期 12月${(i % 28) + 1}日 数量 ${i} 个`,
        msgId: msgId(i),
        createTime: now,
      }),
    }),
  );

  const bare = await startBare();
  await loadTestXml(`${bare.url}/bare`, requests.slice(0, 300), concurrency, false); // warm-up
  const baseline = await loadTestXml(`${bare.url}/bare`, requests.slice(300, 300 + total), concurrency, false);
  // What this machine gives an empty route at the steady rate: the floor for Baton's p99 there.
  const barePaced = await loadTestXml(`${bare.url}/bare`, requests.slice(300 + total), 128, false, 500);
  await bare.stop();

  const app = await startBaton({
    NODE_ENV: 'test',
    BATON_MODE: 'demo',
    LOG_LEVEL: 'silent',
    PORT: '0',
    WECOM_CORP_ID: CORP,
    WECOM_TOKEN: TOKEN,
    WECOM_ENCODING_AES_KEY: AES,
  });
  const url = app.url;
  const warm = await loadTestXml(`${url}/webhooks/wecom`, requests.slice(0, 300), concurrency, true); // warm-up
  const baton = await loadTestXml(`${url}/webhooks/wecom`, requests.slice(300, 300 + total), concurrency, true);
  await app.loopDelay();
  const paced = await loadTestXml(`${url}/webhooks/wecom`, requests.slice(300 + total), 128, true, 500);
  const loop = await app.loopDelay();
  const acked = [
    ...warm.okIndices.map(msgId),
    ...baton.okIndices.map((i) => msgId(300 + i)),
    ...paced.okIndices.map((i) => msgId(300 + total + i)),
  ];
  const drained = await drainAfterLoad(app, 'wecom', acked);
  await app.stop();
  return {
    name: `WeCom encrypted callback (${total} requests, ${concurrency} concurrent, workers on, ${app.db})`,
    figures: ackFigures({ unit: 'callbacks', acks: baton, paced, loop, acked, drained, baseline, barePaced }),
  };
}

async function loadTestXml(
  url: string,
  reqs: { query: Record<string, string>; body: string }[],
  concurrency: number,
  withQuery: boolean,
  ratePerSecond?: number,
) {
  let i = 0;
  const picks = reqs.map((r) => `${url}?${withQuery ? new URLSearchParams(r.query).toString() : ''}`);
  // loadTest posts JSON bodies; XML needs its own content type, so wrap fetch per request.
  return loadTest({
    url,
    total: reqs.length,
    concurrency,
    ratePerSecond,
    headers: { 'content-type': 'text/xml' },
    body: () => undefined,
    request: () => {
      const k = i++;
      return { url: picks[k]!, body: reqs[k]!.body };
    },
  });
}
