// The whole app on a fresh test database, with workers running (no cron), driven
// through app.server.inject(). Use `say` to talk as a demo team member.
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App, type CreateAppOptions } from '../../src/main.js';
import { createTestDb } from './test-db.js';

export interface TestApp {
  app: App;
  /** POST /api/console/messages; returns the parsed body and status. */
  say(from: string, chat: string, text: string): Promise<{ status: number; body: { message?: { id: string }; replies?: { chat: string; text: string; at: string }[]; error?: string } }>;
  /** POST /api/console/tick. */
  tick(nowIso: string): Promise<{ status: number; body: { sent?: { chat: string; text: string; at: string }[]; error?: string } }>;
  close(): Promise<void>;
}

export async function createTestApp(opts: { env?: Record<string, string>; app?: CreateAppOptions; workers?: boolean } = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', BATON_MODE: 'demo', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', ...opts.env });
  const db = await createTestDb();
  const app = await createApp(config, { logger: createLogger(config.logLevel), db, seedDemo: true, ...opts.app });
  if (opts.workers !== false) app.startWorkers({ scheduler: false });
  return {
    app,
    async say(from, chat, text) {
      const res = await app.server.inject({ method: 'POST', url: '/api/console/messages', payload: { chat, from, text } });
      return { status: res.statusCode, body: res.json() };
    },
    async tick(nowIso) {
      const res = await app.server.inject({ method: 'POST', url: '/api/console/tick', payload: { now: nowIso } });
      return { status: res.statusCode, body: res.json() };
    },
    close: () => app.stop(),
  };
}
