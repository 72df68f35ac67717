// Composition root: config → logger → db → adapters → services → server + jobs.
// The only place that wires concrete parts together (tests use the same function).
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { openDb, type DbHandle } from './db/client.js';
import { migrate } from './db/migrator.js';
import { createRepositories } from './db/repositories/index.js';
import { AdjustableClock, systemClock, type Clock } from './core/clock.js';
import type { ChatAdapter, Platform } from './core/types.js';
import type { AppDeps, InboxMessage, ScreenshotPort } from './deps.js';
import { createScreenshotReader, joinReadings } from './extract/screenshot/index.js';
import { createGroupCommit } from './db/group-commit.js';
import { writeInbox } from './db/inbox-write.js';
import { urgently } from './db/urgent.js';
import { PipelineSignals } from './jobs/signals.js';
import { startLoop, type WorkerLoop } from './jobs/loop.js';
import { processOneBatch } from './jobs/message-worker.js';
import { deliverOneBatch } from './jobs/outbox-worker.js';
import { runJobsAt, startScheduler, type Scheduler } from './jobs/scheduler.js';
import { scheduledJobs } from './jobs/registry.js';
import { buildApp, type BatonServer } from './app.js';
import { understand } from './services/understand/index.js';
import { restoreConsoleClock } from './services/console-api.js';
import { seedDemoTeam } from './services/demo-team.js';
import { createAdapters, whatsappWebLogin, type AdapterOptions } from './adapters.js';
import { startAdapterConnections, type AdapterConnections } from './jobs/adapter-connections.js';
import type { OwnerTimings } from './jobs/connection-owner.js';
import type { LlmNeedsExtractor } from './extract/llm-port.js';
import type { Understand } from './services/understand/context.js';
import { acquireLock, type LockHandle } from './db/embedded-lock.js';
import { explainDbError } from './db/connect-error.js';
import { DB_COMMANDS } from './cli/db-commands.js';
import { firstRunNote } from './services/team/first-run.js';
import { createMetrics, type Metrics } from './services/ops/metrics.js';
import { monitorLlm } from './services/ops/llm-monitor.js';
import { timeWebhookAcks } from './http/ack-timer.js';

export interface App {
  deps: AppDeps;
  server: BatonServer;
  clock: AdjustableClock;
  db: DbHandle;
  /** Start workers and the scheduler (start() does it too). */
  startWorkers(opts?: { scheduler?: boolean }): void;
  /** Listen; resolves with the URL. */
  listen(): Promise<string>;
  /** Process everything pending now (tests, tick). */
  drain(): Promise<void>;
  /** Graceful: stop taking requests, finish in-flight work, close the database. */
  stop(): Promise<void>;
  /** Production with no admin yet: what to run to create the first one. */
  firstRun?: string;
  metrics: Metrics;
}

export interface CreateAppOptions {
  logger?: Logger;
  db?: DbHandle;
  /** Business time: the console's tick moves it (default: over `wallClock`). */
  clock?: AdjustableClock;
  /** Real time for platform protocols (signature freshness, token expiry); tick never moves it. */
  wallClock?: Clock;
  adapters?: Map<Platform, ChatAdapter>;
  llm?: LlmNeedsExtractor;
  /** The chat-screenshot reader (issue 19); tests pass a fake of this port. */
  screenshots?: ScreenshotPort;
  understand?: Understand;
  /** Tunables of connection-holding adapters, and of the lock that keeps them to one replica (tests). */
  adapterOptions?: AdapterOptions;
  connectionLock?: Partial<OwnerTimings>;
  /** Create the demo team when the database has no team yet (default: in demo mode). */
  seedDemo?: boolean;
}

export async function createApp(config: Config, opts: CreateAppOptions = {}): Promise<App> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const wallClock = opts.wallClock ?? systemClock;
  const clock = opts.clock ?? new AdjustableClock(wallClock);
  // The embedded database is one process's: take DATA_DIR before opening it (a CLI
  // started beside this server then runs its command through POST /api/admin/run).
  const embedded = !opts.db && !config.database.url && !config.database.dataDir.startsWith('memory://');
  const lock: LockHandle | undefined = embedded
    ? acquireLock(config.database.dataDir, 'server', 'start', wallClock.now())
    : undefined;
  let db: DbHandle;
  try {
    db =
      opts.db ??
      (await openDb({
        url: config.database.url,
        dataDir: config.database.dataDir,
        poolSize: config.database.poolSize,
      }));
    const applied = await migrate(db.db).catch((err: unknown) => {
      throw explainDbError(err, opts.db ? undefined : config.database.url);
    });
    if (applied.length) logger.info({ applied }, 'migrations applied');
  } catch (err) {
    lock?.release();
    throw err;
  }
  const adapters = opts.adapters ?? (await createAdapters(config, logger, wallClock, opts.adapterOptions));
  const llm = opts.llm ?? (config.llm ? await createLlm(config, logger) : undefined);
  const repos = createRepositories(db.db);
  const signals = new PipelineSignals();
  const metrics = createMetrics({ repos, clock }, { defaultMetrics: opts.db === undefined });
  // The LLM's health is watched: a persistent outage is told to the admins once, and its end once.
  const watched =
    llm &&
    monitorLlm(
      llm,
      { repos, clock, metrics, logger, onQueued: () => signals.outboxQueued() },
      config.llm?.model ?? llm.model,
    );
  const screenshots = opts.screenshots ?? {
    reader: createScreenshotReader({ timeoutMs: config.screenshots.timeoutMs }),
    join: joinReadings,
  };
  // The ack's write goes ahead of queued statements on PGlite (one connection) and has a
  // pool of its own on Postgres: a busy worker never makes an acknowledgement wait.
  const ackRepos = db.ackDb ? createRepositories(db.ackDb) : repos;
  const inbox = createGroupCommit((batch: InboxMessage[]) => urgently(() => writeInbox(ackRepos, batch)));
  const deps: AppDeps = {
    config,
    logger,
    repos,
    clock,
    wallClock,
    adapters,
    signals,
    inbox,
    llm: watched,
    screenshots,
  };
  if (opts.seedDemo ?? config.mode === 'demo') {
    if (!(await repos.demoTeam.hasTeam()) && (await seedDemoTeam(repos)))
      logger.info('demo team created (lily, bob, wang, zhao, sun)');
  }
  await restoreConsoleClock(deps, clock);
  const understandFn = opts.understand ?? understand;

  const drainOutbox = async () => {
    while ((await deliverOneBatch(deps)) > 0) {
      /* until nothing is due */
    }
  };
  const drain = async () => {
    while ((await processOneBatch(deps, understandFn)) > 0) {
      /* until nothing is pending */
    }
    await drainOutbox();
  };
  const statusNote = () => {
    const wa = whatsappWebLogin(adapters);
    if (!wa || wa.state === 'ready') return undefined;
    return wa.state === 'qr'
      ? 'WhatsApp Web is waiting for login: open /whatsapp/qr and scan it with the phone.'
      : `WhatsApp Web: ${wa.state}`;
  };
  const runDueJobs = (now: Date) => runJobsAt(deps, scheduledJobs(), now);
  const adminRun = lock ? { commands: DB_COMMANDS, handle: db, token: () => lock.lock.token } : undefined;
  const server = await buildApp(deps, { clock, runDueJobs, drainOutbox, statusNote, adminRun, metrics });
  timeWebhookAcks(server.server, metrics);
  const firstRun = config.mode === 'production' ? await firstRunNote(repos) : undefined;
  if (firstRun) logger.warn('no admin yet: run `baton team add ID --name NAME --role admin --wecom USERID`');

  const loops: WorkerLoop[] = [];
  const unsubscribe: (() => void)[] = [];
  let scheduler: Scheduler | undefined;
  let connections: AdapterConnections | undefined;

  return {
    deps,
    server,
    clock,
    db,
    drain,
    firstRun,
    metrics,
    startWorkers({ scheduler: withScheduler = true } = {}) {
      const messages = startLoop('messages', () => processOneBatch(deps, understandFn), { pollMs: 1000, logger });
      const outbox = startLoop('outbox', () => deliverOneBatch(deps), { pollMs: 1000, logger });
      loops.push(messages, outbox);
      unsubscribe.push(
        deps.signals.onMessagesStored(() => messages.wake()),
        deps.signals.onOutboxQueued(() => outbox.wake()),
      );
      if (withScheduler) scheduler = startScheduler(deps, scheduledJobs(), () => outbox.wake());
      connections = startAdapterConnections(deps, db, opts.connectionLock);
    },
    async listen() {
      const address = await server.listen({ port: config.server.port, host: config.server.host });
      lock?.update({ url: address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '[::1]') });
      return address;
    },
    async stop() {
      server.shutdownState.shuttingDown = true;
      await server.close();
      await scheduler?.stop();
      for (const off of unsubscribe) off();
      await Promise.all(loops.map((l) => l.stop()));
      await connections?.stop();
      await Promise.all([...adapters.values()].map((a) => a.stop?.().catch(() => undefined)));
      await db.close();
      lock?.release();
    },
  };
}

async function createLlm(config: Config, logger: Logger): Promise<LlmNeedsExtractor | undefined> {
  try {
    const mod = (await import('./llm/create-llm-extractor.js')) as {
      createLlmExtractor: (c: NonNullable<Config['llm']>, l?: Logger) => LlmNeedsExtractor;
    };
    return mod.createLlmExtractor(config.llm!, logger);
  } catch (err) {
    logger.warn({ err }, 'LLM configured but the LLM extractor could not be loaded; using the rules extractor');
    return undefined;
  }
}
