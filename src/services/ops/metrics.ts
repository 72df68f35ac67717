// Prometheus metrics (prom-client), one registry per app (no global default registry):
// webhook ack latency and LLM fallbacks are counted as they happen; queue depth,
// processing lag, needs by extractor and outbox states are read from the database at
// scrape time, so every replica reports the same queue.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Repositories } from '../../deps.js';
import type { Clock } from '../../core/clock.js';

export interface Metrics {
  registry: Registry;
  /** One webhook answered: seconds from request to response. */
  observeAck(platform: string, status: number, seconds: number): void;
  llmFallback(reason: string): void;
  llmCall(outcome: 'ok' | 'fallback'): void;
}

export function createMetrics(
  deps: { repos: Repositories; clock: Clock },
  opts: { defaultMetrics?: boolean } = {},
): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'baton_' });
  const ack = new Histogram({
    name: 'baton_webhook_ack_seconds',
    help: 'Time from a webhook request to its answer (the platform waits for it)',
    labelNames: ['platform', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'baton_llm_fallbacks_total',
    help: 'LLM extractions that fell back to the rules extractor, by reason',
    labelNames: ['reason'],
    registers: [registry],
  });
  const calls = new Counter({
    name: 'baton_llm_calls_total',
    help: 'LLM extractions attempted, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });

  // Read from the database on each scrape; one query set feeds all the gauges below.
  let pending: Promise<Awaited<ReturnType<Repositories['opsStats']['queueStats']>>> | undefined;
  const stats = () =>
    (pending ??= deps.repos.opsStats.queueStats(deps.clock.now()).finally(() =>
      setTimeout(() => {
        pending = undefined;
      }, 0),
    ));
  new Gauge({
    name: 'baton_queue_depth',
    help: 'Rows waiting: inbound messages (pending/processing/failed)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      const s = await stats();
      for (const [state, n] of Object.entries(s.messages)) this.set({ queue: 'messages', state }, n);
      this.set({ queue: 'outbox', state: 'pending' }, s.outbox.pending);
      this.set({ queue: 'outbox', state: 'retrying' }, s.outbox.retrying);
    },
  });
  new Gauge({
    name: 'baton_processing_lag_seconds',
    help: 'Age of the oldest unprocessed inbound message, and how overdue the oldest due outbox row is',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      const s = await stats();
      this.set({ queue: 'messages' }, s.oldestPendingMessageSeconds);
      this.set({ queue: 'outbox' }, s.oldestDueOutboxSeconds);
    },
  });
  new Gauge({
    name: 'baton_outbox_messages',
    help: 'Outbox rows by state: sent, failed (for good), retrying, pending, merged into a digest',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const s = await stats();
      for (const [state, n] of Object.entries(s.outbox)) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'baton_needs_extracted',
    help: 'Needs stored, by the extractor that found them (rules, llm, manual, import …)',
    labelNames: ['extractor'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await deps.repos.opsStats.needsByExtractor()) this.set({ extractor: r.extractor }, r.count);
    },
  });

  return {
    registry,
    observeAck: (platform, status, seconds) => ack.observe({ platform, status: String(status) }, seconds),
    llmFallback: (reason) => fallbacks.inc({ reason }),
    llmCall: (outcome) => calls.inc({ outcome }),
  };
}
