// What the acknowledgement benches share: the empty-route baseline in its own process,
// and Baton as deployed in its own process too (workers on; PGlite on disk, or the Postgres
// of DATABASE_URL), so the load generator shares an event loop with neither.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import pg from 'pg';
import type { Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/main.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Start bench/bare-server.mjs; its URL and a stop function. */
export async function startBare(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(here, 'bare-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (l) => resolve(l.trim()));
    child.once('exit', (c) => reject(new Error(`bare server exited (${c})`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export interface BatonProcess {
  url: string;
  db: string;
  /** Of these platform message ids: how many are stored, and how many are done, failed or still waiting. */
  count(platform: string, externalIds: string[]): Promise<Record<'stored' | 'done' | 'failed' | 'waiting', number>>;
  /** Event-loop delay (p50, p99, max in ms) since the last call. */
  loopDelay(): Promise<{ p50: number; p99: number; max: number }>;
  stop(): Promise<void>;
}

/**
 * bench/baton-child.ts in a process of its own, configured by `env` (loadConfig's input).
 * BENCH_BATON_NODE_OPTIONS passes flags to that process (`--cpu-prof` to profile it).
 */
export async function startBaton(env: Record<string, string>): Promise<BatonProcess> {
  const extra = (process.env.BENCH_BATON_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', join(here, 'baton-child.ts')], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, BENCH_BATON_ENV: JSON.stringify(env) },
  });
  const started = await new Promise<{ url: string; db: string }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (l) =>
      resolve(JSON.parse(l) as { url: string; db: string }),
    );
    child.once('exit', (c) => reject(new Error(`baton exited (${c})`)));
  });
  let next = 0;
  const ask = <T>(req: Record<string, unknown>) =>
    new Promise<T>((resolve) => {
      const id = next++;
      const on = (msg: { id: number } & T) => {
        if (msg.id !== id) return;
        child.off('message', on);
        resolve(msg);
      };
      child.on('message', on);
      child.send({ ...req, id });
    });
  return {
    ...started,
    count: async (platform, externalIds) =>
      (
        await ask<{ counts: Record<'stored' | 'done' | 'failed' | 'waiting', number> }>({
          kind: 'count',
          platform,
          externalIds,
        })
      ).counts,
    loopDelay: () => ask<{ p50: number; p99: number; max: number }>({ kind: 'loop' }),
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      await ask({ kind: 'stop' });
      await exited;
    },
  };
}

/**
 * Wait until every one of `externalIds` is done or failed (at most `maxSeconds`): the worker
 * must drain what was acknowledged. How long that took, and the final counts.
 */
export async function drainAfterLoad(baton: BatonProcess, platform: string, externalIds: string[], maxSeconds = 150) {
  const t0 = performance.now();
  for (;;) {
    const counts = await baton.count(platform, externalIds);
    const seconds = (performance.now() - t0) / 1000;
    if (counts.waiting === 0 || seconds > maxSeconds) return { seconds, counts };
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Baton in this process, workers running: a fresh on-disk PGlite, or a fresh database on DATABASE_URL's server. */
export async function startBatonHere(config: Config) {
  const server = process.env.DATABASE_URL;
  const dir = server ? undefined : mkdtempSync(join(tmpdir(), 'baton-ack-'));
  const dbName = `baton_ack_${process.pid}_${Math.floor(performance.now())}`;
  let url: string | undefined;
  if (server) {
    await adminQuery(server, `create database ${dbName}`);
    const u = new URL(server);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const app = await createApp(
    { ...config, database: { ...config.database, url, dataDir: dir ?? config.database.dataDir } },
    { logger: createLogger('silent'), seedDemo: true },
  );
  app.startWorkers({ scheduler: false });
  const address = await app.listen();
  return {
    app,
    url: address,
    db: server ? 'Postgres' : 'PGlite on disk',
    stop: async () => {
      await app.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (server) await dropDatabase(server, dbName);
    },
  };
}

/** Drop once the closed pools' sessions have gone (never force: that would cut a pool still ending). */
export async function dropDatabase(server: string, name: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await adminQuery(server, `drop database if exists ${name}`);
    } catch (err) {
      if (i >= 20) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
