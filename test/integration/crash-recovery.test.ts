// Killing the server with SIGKILL right after it acknowledged a message loses
// nothing: on restart the message is processed. Real processes, real data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'baton-crash-'));
const children: ChildProcess[] = [];
const TOKEN = 'crash-test-console-token-0123456789';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startBaton(port: number, role: 'web' | 'all'): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    BATON_ROLE: role,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    CONSOLE_TOKEN: TOKEN,
  };
  delete env.DATABASE_URL; // this test is about the process, on the embedded database
  const child = spawn(process.execPath, [join(root, 'bin', 'baton.js'), 'start'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`baton exited early (${child.exitCode}):\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`baton did not start:\n${output}`);
}

async function killHard(child: ChildProcess): Promise<void> {
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('crash after acknowledgement', () => {
  it('processes the acknowledged message after a SIGKILL and restart', async () => {
    const port = await freePort();
    // A web-only replica acknowledges and stores; no worker runs in it, so the kill
    // lands deterministically between the acknowledgement and the processing.
    const first = await startBaton(port, 'web');
    const ack = await fetch(`http://127.0.0.1:${port}/api/console/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ chat: 'dm:lily', from: 'lily', text: 'help', wait_ms: 0 }),
    });
    expect(ack.status).toBe(200);
    const body = (await ack.json()) as { message: { id: string }; replies: unknown[] };
    expect(body.replies).toEqual([]);
    await killHard(first);

    const second = await startBaton(port, 'all');
    let messages: { from: string; text: string }[] = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const res = await fetch(`http://127.0.0.1:${port}/api/console/chats/dm:lily/messages`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      messages = ((await res.json()) as { messages: { from: string; text: string }[] }).messages;
      if (messages.some((m) => m.from === 'bot')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(messages.map((m) => m.from)).toEqual(['lily', 'bot']);
    expect(messages[1]!.text.length).toBeGreaterThan(10);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
    expect(second.exitCode).toBe(0); // graceful shutdown finished cleanly
  });
});
