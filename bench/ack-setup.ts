// What the acknowledgement benches share: the empty-route baseline in its own process,
// and Baton as deployed (workers on; PGlite on disk, or the Postgres of DATABASE_URL).
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

/** Baton with its workers running: a fresh on-disk PGlite, or a fresh database on DATABASE_URL's server. */
export async function startBaton(config: Config) {
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
