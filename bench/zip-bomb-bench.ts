// Three simultaneous zip-bomb uploads of the audit's shape (a 0.95 MB .xlsx): one honest
// about its size, one whose directory declares 1 KB, one that declares 60 MB (just under
// IMPORT_MAX_UNCOMPRESSED_MB). How long each takes to be refused, the slowest /readyz
// meanwhile, and resident memory before, at the peak and after. Issue 17's targets: each
// refused within 5 s, /readyz within 1 s, RSS back within 200 MB of the start.
// The server runs with the default import settings (time budget 20 s, 2 at once).
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
  });
  const db = await openDb({ dataDir: 'memory://' });
  const app = await createApp(config, { logger: createLogger('silent'), db, seedDemo: true });
  const url = await app.listen();
  const cookie = `baton_web=${await createSession(app.deps.repos, 'wang', app.deps.clock.now())}`;
  const honest = zipBombXlsx({ inflatedMb: 280 });
  const liar = zipBombXlsx({ inflatedMb: 280, lie: true });
  const nearLiar = zipBombXlsx({ inflatedMb: 280, lie: 60 * MB });
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  let readyMax = 0;
  let polling = true;
  const poll = async (until: () => boolean, record: (ms: number) => void) => {
    while (!until()) {
      const t0 = performance.now();
      await fetch(`${url}/readyz`).then((r) => r.text());
      record(performance.now() - t0);
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  // The same polling for 2 s with no upload: how slow /readyz is on this machine anyway.
  let idleMax = 0;
  const idleUntil = performance.now() + 2000;
  await poll(
    () => performance.now() > idleUntil,
    (ms) => (idleMax = Math.max(idleMax, ms)),
  );
  const poller = poll(
    () => !polling,
    (ms) => (readyMax = Math.max(readyMax, ms)),
  );
  const upload = async (bytes: Buffer) => {
    const t0 = performance.now();
    const res = await fetch(`${url}/web/import/preview?name=bomb.xlsx`, {
      method: 'POST',
      body: new Uint8Array(bytes),
      headers: { cookie, 'x-baton-web': '1', 'content-type': 'application/octet-stream' },
    });
    const body = await res.text();
    const reason = /file refused: ([^<]*)/.exec(body)?.[1] ?? body.slice(0, 80);
    return { status: res.status, ms: performance.now() - t0, reason };
  };
  const results = await Promise.all([upload(honest), upload(liar), upload(nearLiar)]);
  await new Promise((r) => setTimeout(r, 1000));
  polling = false;
  await poller;
  global.gc?.();
  const rssEnd = process.memoryUsage().rss;
  await app.stop();
  return {
    name: `zip-bomb uploads (3 at once, each ${Math.round(honest.length / 1024)} KB → 280 MB: honest, declaring 1 KB, declaring 60 MB)`,
    figures: {
      statuses: results.map((r) => r.status).join(', '),
      'refusal ms (honest, 1 KB, 60 MB)': results.map((r) => Math.round(r.ms)).join(', '),
      reasons: results.map((r) => r.reason).join(' | '),
      'slowest refusal ms': Math.round(Math.max(...results.map((r) => r.ms))),
      'slowest /readyz ms': Math.round(readyMax),
      'slowest /readyz ms, no upload': Math.round(idleMax),
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
