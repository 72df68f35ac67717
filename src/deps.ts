// What services and jobs receive: everything concrete is built in src/main.ts
// (or a test helper) and passed down in this one object. No module-level singletons.
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Db } from './db/client.js';
import type { Clock } from './core/clock.js';
import type { ChatAdapter, Platform } from './core/types.js';
import type { LlmNeedsExtractor } from './extract/llm-port.js';
import type { PipelineSignals } from './jobs/signals.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Db;
  /** Business time (the console's tick can move it forward). */
  clock: Clock;
  /** Real time for platform protocols: webhook freshness, token and link expiry. */
  wallClock: Clock;
  adapters: Map<Platform, ChatAdapter>;
  signals: PipelineSignals;
  llm?: LlmNeedsExtractor;
}
