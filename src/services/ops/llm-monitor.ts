// Watches the LLM extractor's answers. After FAILS_TO_DOWN availability failures in
// a row (timeout, rate limit, outage) the LLM is recorded down and the admins are
// told once in chat; the first good answer afterwards clears it and they are told
// once that it is back. Bad output from a model that answers is not an outage.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { Clock } from '../../core/clock.js';
import type { Repositories } from '../../deps.js';
import type { LlmNeedsExtractor } from '../../extract/llm-port.js';
import type { Metrics } from './metrics.js';

export const FAILS_TO_DOWN = 3;
const OUTAGE = new Set(['llm_timeout', 'llm_rate_limited', 'llm_unavailable']);

export interface LlmMonitorDeps {
  repos: Repositories;
  clock: Clock;
  metrics?: Metrics;
  logger: { warn(o: object, m?: string): void; info(o: object, m?: string): void; error(o: object, m?: string): void };
  onQueued?: () => void;
}

export interface MonitoredLlm extends LlmNeedsExtractor {
  /** What this process last saw: 'unknown' before the first call. */
  readonly lastOutcome: 'unknown' | 'ok' | 'failing';
}

async function tellAdmins(deps: LlmMonitorDeps, key: string, text: (lang: Lang) => string): Promise<number> {
  const admins = (await deps.repos.members.listRoster()).filter((m) => m.active && m.role === 'admin');
  let n = 0;
  for (const a of admins) {
    const dm = await deps.repos.team.findDirectChat(a.id);
    if (!dm) continue;
    n += (
      await deps.repos.outbox.enqueue([
        {
          chatId: dm.id,
          text: text(dm.language ?? a.language),
          kind: 'notice',
          dedupeKey: `${key}:${a.id}`,
          at: deps.clock.now(),
        },
      ])
    ).length;
  }
  if (n) deps.onQueued?.();
  return n;
}

export function monitorLlm(inner: LlmNeedsExtractor, deps: LlmMonitorDeps, model: string): MonitoredLlm {
  let streak = 0;
  let firstFailAt: Date | undefined;
  let lastOutcome: MonitoredLlm['lastOutcome'] = 'unknown';

  async function failed(reason: string): Promise<void> {
    streak++;
    firstFailAt ??= deps.clock.now();
    lastOutcome = 'failing';
    if (streak < FAILS_TO_DOWN) return;
    if (await deps.repos.llmHealth.recordLlmDown(firstFailAt, reason)) {
      deps.logger.error(
        { reason, model, failures: streak },
        'LLM is down: extraction uses the rules only until it recovers',
      );
      await tellAdmins(deps, `llm-down:${firstFailAt.toISOString()}`, (l) =>
        tr(l, 'ops.llm_monitor.the_llm_failed_times_in', { model, streak, reason }),
      );
    }
  }

  async function succeeded(): Promise<void> {
    streak = 0;
    firstFailAt = undefined;
    lastOutcome = 'ok';
    const cleared = await deps.repos.llmHealth.clearLlmDown();
    if (cleared) {
      deps.logger.info({ model, since: cleared.since }, 'LLM recovered');
      await tellAdmins(deps, `llm-up:${cleared.since.toISOString()}`, (l) =>
        tr(l, 'ops.llm_monitor.the_llm_is_back_extraction', { model }),
      );
    }
  }

  return {
    model: inner.model,
    promptVersion: inner.promptVersion,
    get lastOutcome() {
      return lastOutcome;
    },
    async extract(tr, opts, rules) {
      if (tr.messages.length === 0) return inner.extract(tr, opts, rules);
      const r = await inner.extract(tr, opts, rules);
      const reason = r.fallbackReason;
      try {
        deps.metrics?.llmCall(reason ? 'fallback' : 'ok');
        if (reason) deps.metrics?.llmFallback(reason);
        if (reason && OUTAGE.has(reason)) await failed(reason);
        else await succeeded(); // it answered (bad output is not an outage)
      } catch (err) {
        deps.logger.warn({ err }, 'could not record the LLM health');
      }
      return r;
    },
  };
}
