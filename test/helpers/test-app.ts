// The whole app on a fresh test database, with workers running (no cron), driven
// through app.server.inject(). Use `say` to talk as a demo team member.
//
// Time is fixed: the app's clocks start at `now` (TEST_NOW unless the test says) and
// move only when the test moves them (`say` steps a second, `tick`, `app.clock.advanceTo`,
// `wall.advance`), never with the system clock, so a test reads the same on any day.
import { AdjustableClock, FixedClock } from '../../src/core/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App, type CreateAppOptions } from '../../src/main.js';
import { createTestDb } from './test-db.js';
import type { DbHandle } from '../../src/db/client.js';

/**
 * Tests talk to the console as a script does: with CONSOLE_TOKEN (which lets them post as anyone).
 * A test that overrides CONSOLE_TOKEN in `env` makes these helpers' requests unauthorised on purpose.
 */
export const TEST_CONSOLE_TOKEN = 'test-console-token-0123456789abcdef';
export const consoleAuth = { authorization: `Bearer ${TEST_CONSOLE_TOKEN}` };

/** Where a test app's clock starts unless the test chooses: Sunday 2026-11-22, 10:00 in Shanghai. */
export const TEST_NOW = '2026-11-22T10:00:00+08:00';

/** How far the clock moves before each `say`. */
export const SAY_STEP_MS = 1000;

/** The clocks a test app runs on: the wall stands at `now`, business time starts there. */
export function fixedClocks(now: string | Date = TEST_NOW): { clock: AdjustableClock; wallClock: FixedClock } {
  const wallClock = new FixedClock(now);
  return { clock: new AdjustableClock(wallClock), wallClock };
}

export interface TestApp {
  app: App;
  /** The wall clock (webhook freshness, token expiry): stands still unless the test advances it. */
  wall: FixedClock;
  /** POST /api/console/messages a second after the last event; returns the parsed body and status. */
  say(
    from: string,
    chat: string,
    text: string,
  ): Promise<{
    status: number;
    body: { message?: { id: string }; replies?: { chat: string; text: string; at: string }[]; error?: string };
  }>;
  /** POST /api/console/tick. */
  tick(
    nowIso: string,
  ): Promise<{ status: number; body: { sent?: { chat: string; text: string; at: string }[]; error?: string } }>;
  close(): Promise<void>;
}

export async function createTestApp(
  opts: {
    env?: Record<string, string>;
    app?: CreateAppOptions;
    workers?: boolean;
    now?: string | Date;
    /** A database shared with other apps (replicas); the test closes it itself. */
    db?: DbHandle;
  } = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    BATON_MODE: 'demo',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    CONSOLE_TOKEN: TEST_CONSOLE_TOKEN,
    ...opts.env,
  });
  const db = opts.db ? { ...opts.db, close: async () => undefined } : await createTestDb();
  const { clock, wallClock: wall } = fixedClocks(opts.now);
  const app = await createApp(config, {
    logger: createLogger(config.logLevel),
    db,
    seedDemo: true,
    clock,
    wallClock: wall,
    ...opts.app,
  });
  if (opts.workers !== false) app.startWorkers({ scheduler: false });
  return {
    app,
    wall,
    async say(from, chat, text) {
      // People do not write two messages in one millisecond: each one comes a second after the last event.
      wall.advance(SAY_STEP_MS);
      const res = await app.server.inject({
        method: 'POST',
        url: '/api/console/messages',
        headers: consoleAuth,
        payload: { chat, from, text },
      });
      return { status: res.statusCode, body: res.json() };
    },
    async tick(nowIso) {
      const res = await app.server.inject({
        method: 'POST',
        url: '/api/console/tick',
        headers: consoleAuth,
        payload: { now: nowIso },
      });
      return { status: res.statusCode, body: res.json() };
    },
    close: () => app.stop(),
  };
}
