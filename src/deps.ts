// What services and jobs receive: everything concrete is built in src/main.ts
// (or a test helper) and passed down in this one object. No module-level singletons.
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Repositories } from './db/repositories/index.js';
import type { Clock } from './core/clock.js';
import type { ChatAdapter, Platform } from './core/types.js';
import type { LlmNeedsExtractor } from './extract/llm-port.js';
import type { PipelineSignals } from './jobs/signals.js';
import type { ScreenshotReader, ScreenshotReading } from './extract/screenshot/types.js';
import type { GroupCommit } from './db/group-commit.js';
import type { InboxMessage } from './db/repositories/messages.js';

/** The chat-screenshot reader and the join of several screenshots of one chat (issue 19). */
export interface ScreenshotPort {
  reader: ScreenshotReader;
  join(readings: ScreenshotReading[]): ScreenshotReading;
}

/** The repository set (services import the type from here, never from src/db). */
export type { Repositories, InboxMessage };

/** The acknowledgement path's one write: messages of concurrent acks share one INSERT and commit. */
export type Inbox = GroupCommit<InboxMessage, string | undefined>;

export interface AppDeps {
  config: Config;
  logger: Logger;
  /** Storage: every query goes through these repositories, built once in the composition root. */
  repos: Repositories;
  /** Business time (the console's tick can move it forward). */
  clock: Clock;
  /** Real time for platform protocols: webhook freshness, token and link expiry. */
  wallClock: Clock;
  adapters: Map<Platform, ChatAdapter>;
  signals: PipelineSignals;
  /** Where acks store messages (group-committed; on Postgres over a pool of its own). */
  inbox: Inbox;
  llm?: LlmNeedsExtractor;
  screenshots: ScreenshotPort;
}
