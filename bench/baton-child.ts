// Baton as deployed, in a process of its own (like the bare route it is compared with, so
// neither shares an event loop with the load generator): workers on, PGlite on disk or a
// fresh database on DATABASE_URL's server. Started by ack-setup.ts with the settings in
// BENCH_BATON_ENV; prints its URL, then answers `count` (how many of the given platform ids
// are stored, and in which state), `loop` (the event-loop delay since the last ask) and `stop`
// over the IPC channel.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { startBatonHere } from './ack-setup.js';

type Request =
  | { id: number; kind: 'count'; platform: string; externalIds: string[] }
  | { id: number; kind: 'loop' }
  | { id: number; kind: 'stop' };

// How long the event loop was blocked: what an ack waits for before it is even read.
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();

const env = JSON.parse(process.env.BENCH_BATON_ENV ?? '{}') as Record<string, string>;
const baton = await startBatonHere(loadConfig(env));
process.stdout.write(`${JSON.stringify({ url: baton.url, db: baton.db })}\n`);

process.on('message', (req: Request) => {
  void (async () => {
    if (req.kind === 'loop') {
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      process.send!({ id: req.id, p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) });
      loop.reset();
      return;
    }
    if (req.kind === 'stop') {
      await baton.stop();
      process.send!({ id: req.id }, () => process.exit(0));
      return;
    }
    const rows = await baton.app.db.db
      .selectFrom('messages')
      .select(['external_id', 'state'])
      .where('platform', '=', req.platform)
      .execute();
    const state = new Map(rows.map((r) => [r.external_id, r.state]));
    const counts: Record<string, number> = { stored: 0, done: 0, failed: 0, waiting: 0 };
    for (const x of req.externalIds) {
      const s = state.get(x);
      if (!s) continue;
      counts.stored!++;
      if (s === 'done') counts.done!++;
      else if (s === 'failed') counts.failed!++;
      else counts.waiting!++;
    }
    process.send!({ id: req.id, counts });
  })();
});
