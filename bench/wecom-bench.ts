// WeCom encrypted callback throughput: signature check + AES decrypt + XML parse +
// store + ack, over real HTTP, against a bare fastify route measured the same way.
import Fastify from 'fastify';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/main.js';
import { openDb } from '../src/db/client.js';
import { loadTest } from './http-load.js';
import { signedWecomCallback, wecomTextXml } from '../test/fakes/wecom-sign.js';

// The official sample keys from WeCom's callback documentation (test/fixtures/wecom/official-samples.ts).
const CORP = 'wx5823bf96d3bd56c7';
const TOKEN = 'QDG6eK';
const AES = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';

export async function benchWecom(opts: { total?: number; concurrency?: number } = {}) {
  const total = opts.total ?? 3000;
  const concurrency = opts.concurrency ?? 16;
  const now = Math.floor(Date.now() / 1000);
  const run = Date.now();
  // Pre-sign every request so the load generator spends no time on crypto.
  const requests = Array.from({ length: total + 300 }, (_, i) =>
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
        msgId: `${7230431812345678901n + BigInt(run) + BigInt(i)}`,
        createTime: now,
      }),
    }),
  );

  const bare = Fastify();
  bare.addContentTypeParser('*', { parseAs: 'buffer' }, (_r, b, done) => done(null, b));
  bare.post('/bare', async () => '');
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const baseline = await loadTestXml(`${bareUrl}/bare`, requests.slice(300), concurrency, false);
  await bare.close();

  const config = loadConfig({
    NODE_ENV: 'test',
    BATON_MODE: 'demo',
    LOG_LEVEL: 'silent',
    PORT: '0',
    WECOM_CORP_ID: CORP,
    WECOM_TOKEN: TOKEN,
    WECOM_ENCODING_AES_KEY: AES,
  });
  const db = process.env.DATABASE_URL ? undefined : await openDb({ dataDir: 'memory://' });
  const app = await createApp(config, { logger: createLogger('silent'), db, seedDemo: true });
  const url = await app.listen();
  await loadTestXml(`${url}/webhooks/wecom`, requests.slice(0, 300), concurrency, true); // warm-up
  const baton = await loadTestXml(`${url}/webhooks/wecom`, requests.slice(300), concurrency, true);
  await app.stop();
  const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    name: `WeCom encrypted callback (${total} requests, ${concurrency} concurrent, ${process.env.DATABASE_URL ? 'Postgres' : 'PGlite'})`,
    figures: {
      'baton callbacks/s': Math.round(baton.perSecond),
      'baton p50 ms': round(baton.p50Ms),
      'baton p99 ms': round(baton.p99Ms),
      'baton errors': baton.errors,
      'bare fastify req/s': Math.round(baseline.perSecond),
      'bare p99 ms': round(baseline.p99Ms),
      'throughput ratio (baton/bare)': round(baton.perSecond / baseline.perSecond, 3),
    },
  };
}

async function loadTestXml(
  url: string,
  reqs: { query: Record<string, string>; body: string }[],
  concurrency: number,
  withQuery: boolean,
) {
  let i = 0;
  const picks = reqs.map((r) => `${url}?${withQuery ? new URLSearchParams(r.query).toString() : ''}`);
  // loadTest posts JSON bodies; XML needs its own content type, so wrap fetch per request.
  return loadTest({
    url,
    total: reqs.length,
    concurrency,
    headers: { 'content-type': 'text/xml' },
    body: () => undefined,
    request: () => {
      const k = i++;
      return { url: picks[k]!, body: reqs[k]!.body };
    },
  });
}
