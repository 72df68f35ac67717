// `baton start`: migrations, then the server, workers and schedulers. SIGTERM or
// SIGINT stops taking requests and finishes the work in flight before exiting.
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createApp } from '../main.js';

export async function run(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, { logger });
  if (config.role !== 'web') app.startWorkers();
  const address = await app.listen();
  const url = config.server.publicUrl ?? address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const where = app.db.describe;
  process.stdout.write(`\nBaton is running (${config.mode} mode, ${where}).\n`);
  if (config.consoleEnabled) process.stdout.write(`Open ${url}/ to chat with the bot in the web console.\n\n`);
  else process.stdout.write(`Listening on ${address}. The web console is off (CONSOLE_ENABLED=true turns it on).\n\n`);
  if (app.firstRun) process.stdout.write(`${app.firstRun}\n\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing in-flight work');
      const force = setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        resolve(1);
      }, 25_000);
      force.unref();
      app.stop().then(
        () => {
          clearTimeout(force);
          resolve(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
