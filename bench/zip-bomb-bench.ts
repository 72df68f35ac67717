// Three simultaneous zip-bomb uploads (one honest about its size, two that lie): how long
// each takes to be refused, the slowest /readyz meanwhile, and resident memory before, at
// the peak and after. Issue 17's targets: each refused within 5 s, /readyz within 1 s,
// RSS back within 200 MB of the start.
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/main.js';
import { openDb } from '../src/db/client.js';
import { createSession } from '../src/services/web-auth/tokens.js';
import { zipBombXlsx } from '../test/fakes/zip-bomb.js';

const MB = 1024 * 1024;

export async function benchZipBomb() {
  const config = loadConfig({
    NODE_ENV: 'test',
    BATON_MODE: 'demo',
    LOG_LEVEL: 'silent',
    PORT: '0',
    CONSOLE_TOKEN: 'bench-console-token-0123456789abcdef',
    IMPORT_TIME_BUDGET_MS: '4000',
  });
  const db = await openDb({ dataDir: 'memory://' });
  const app = await createApp(config, { logger: createLogger('silent'), db, seedDemo: true });
  const url = await app.listen();
  const cookie = `baton_web=${await createSession(app.deps.repos, 'wang', app.deps.clock.now())}`;
  const honest = zipBombXlsx({ inflatedMb: 300 });
  const liar = zipBombXlsx({ inflatedMb: 200, lie: true });
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  let readyMax = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const t0 = performance.now();
      await fetch(`${url}/readyz`).then((r) => r.text());
      readyMax = Math.max(readyMax, performance.now() - t0);
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const upload = async (bytes: Buffer) => {
    const t0 = performance.now();
    const res = await fetch(`${url}/web/import/preview?name=bomb.xlsx`, {
      method: 'POST',
      body: new Uint8Array(bytes),
      headers: { cookie, 'x-baton-web': '1', 'content-type': 'application/octet-stream' },
    });
    await res.text();
    return { status: res.status, ms: performance.now() - t0 };
  };
  const results = await Promise.all([upload(honest), upload(liar), upload(liar)]);
  await new Promise((r) => setTimeout(r, 1000));
  polling = false;
  await poller;
  global.gc?.();
  const rssEnd = process.memoryUsage().rss;
  await app.stop();
  return {
    name: `zip-bomb uploads (3 at once: ${Math.round(honest.length / 1024)} KB → 300 MB honest, ${Math.round(liar.length / 1024)} KB → 200 MB lying)`,
    figures: {
      statuses: results.map((r) => r.status).join(', '),
      'slowest refusal ms': Math.round(Math.max(...results.map((r) => r.ms))),
      'slowest /readyz ms': Math.round(readyMax),
      'rss start MB': Math.round(rssStart / MB),
      'rss peak MB': Math.round(rssPeak / MB),
      'rss after MB': Math.round(rssEnd / MB),
      'rss after - start MB': Math.round((rssEnd - rssStart) / MB),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchZipBomb();
  console.log(r.name);
  for (const [k, v] of Object.entries(r.figures)) console.log(`  ${k.padEnd(24)} ${v}`);
  process.exit(0);
}
