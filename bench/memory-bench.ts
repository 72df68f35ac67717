// Resident memory of `baton start` as a deployment runs it (workers on, built dist/):
// idle after start-up, and the peak while it takes and processes console messages,
// on embedded PGlite (on disk) and on the Postgres server when DATABASE_URL is set
// (a fresh database of its own, dropped afterwards). RSS is read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadTest } from './http-load.js';
import { dropDatabase } from './ack-setup.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOKEN = 'bench-console-token-0123456789abcdef';

export async function benchMemory() {
  const figures: Record<string, number | string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'baton-mem-'));
  try {
    Object.assign(figures, prefix('PGlite', await measure({ DATA_DIR: dir })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `baton_mem_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const u = new URL(url);
      u.pathname = `/${name}`;
      Object.assign(figures, prefix('Postgres', await measure({ DATABASE_URL: u.toString() })));
    } finally {
      await admin.end();
      await dropDatabase(url, name);
    }
  } else figures['Postgres'] = 'skipped (set DATABASE_URL)';
  return { name: 'resident memory of baton start (workers on)', figures };
}

async function measure(env: Record<string, string>) {
  const child = spawn(process.execPath, [join(root, 'bin', 'baton.js'), 'start'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      BATON_MODE: 'demo',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      CONSOLE_ENABLED: 'true',
      CONSOLE_TOKEN: TOKEN,
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const address = await listening(child);
    await sleep(5000); // let start-up garbage settle: idle is what a quiet server holds
    const idle = rssMb(child.pid!);
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 100);
    const run = Date.now();
    await loadTest({
      url: `${address}/api/console/messages`,
      total: 2000,
      concurrency: 16,
      headers: { authorization: `Bearer ${TOKEN}` },
      body: (i) => ({
        id: `${run}-${i}`,
        chat: 'dm:lily',
        from: 'lily',
        text: `客户 ACME 要 2万个 PVC 鞋花 下周五前发货 ${i}`,
        wait_ms: 0,
      }),
    });
    await sleep(3000); // the workers process what was acknowledged
    peak = Math.max(peak, rssMb(child.pid!));
    clearInterval(sampler);
    return { 'idle RSS MB': idle, 'busy peak RSS MB': peak };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`baton start did not listen in 60 s: ${err}`)), 60_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/[^\s/]+)\//.exec(out) ?? /Listening on (http:\/\/\S+?)\./.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => reject(new Error(`baton start exited (${code}): ${err}`)));
  });
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

const prefix = (p: string, o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [`${p} ${k}`, v]));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
