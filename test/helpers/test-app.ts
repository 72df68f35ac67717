// The whole app on a fresh test database, with workers running (no cron), driven
// through app.server.inject(). Use `say` to talk as a demo team member.
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App, type CreateAppOptions } from '../../src/main.js';
import { createTestDb } from './test-db.js';

/**
 * Tests talk to the console as a script does: with CONSOLE_TOKEN (which lets them post as anyone).
 * A test that overrides CONSOLE_TOKEN in `env` makes these helpers' requests unauthorised on purpose.
 */
export const TEST_CONSOLE_TOKEN = 'test-console-token-0123456789abcdef';
export const consoleAuth = { authorization: `Bearer ${TEST_CONSOLE_TOKEN}` };

export interface TestApp {
  app: App;
  /** POST /api/console/messages; returns the parsed body and status. */
  say(from: string, chat: string, text: string): Promise<{ status: number; body: { message?: { id: string }; replies?: { chat: string; text: string; at: string }[]; error?: string } }>;
  /** POST /api/console/tick. */
  tick(nowIso: string): Promise<{ status: number; body: { sent?: { chat: string; text: string; at: string }[]; error?: string } }>;
  close(): Promise<void>;
}

export async function createTestApp(opts: { env?: Record<string, string>; app?: CreateAppOptions; workers?: boolean } = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', BATON_MODE: 'demo', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', CONSOLE_TOKEN: TEST_CONSOLE_TOKEN, ...opts.env });
  const db = await createTestDb();
  const app = await createApp(config, { logger: createLogger(config.logLevel), db, seedDemo: true, ...opts.app });
  if (opts.workers !== false) app.startWorkers({ scheduler: false });
  return {
    app,
    async say(from, chat, text) {
      const res = await app.server.inject({ method: 'POST', url: '/api/console/messages', headers: consoleAuth, payload: { chat, from, text } });
      return { status: res.statusCode, body: res.json() };
    },
    async tick(nowIso) {
      const res = await app.server.inject({ method: 'POST', url: '/api/console/tick', headers: consoleAuth, payload: { now: nowIso } });
      return { status: res.statusCode, body: res.json() };
    },
    close: () => app.stop(),
  };
}
