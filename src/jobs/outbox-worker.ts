// Delivers outbox rows through their platform's adapter with retry and backoff,
// and never beyond the platform's per-chat rate limit: WeCom drops app messages
// past 30/min without telling anyone, so near the limit we merge what is due into
// one digest and wait for the window to free up.
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.js';
import { DeliveryError } from '../core/errors.js';
import { errorOrigin } from '../core/error-origin.js';
import { backoffMs } from './backoff.js';
import { batchSentMarks, type MarkSent } from './sent-marks.js';
import type { OutboxRow } from '../db/repositories/outbox.js';
import type { Chat } from '../core/team.js';
import type { ChatAdapter } from '../core/types.js';

export { backoffMs };

// One batcher per database (repositories), so concurrent sends share their commits.
const sentMarks = new WeakMap<AppDeps['repos'], MarkSent>();
function markSentFor(deps: AppDeps): MarkSent {
  let mark = sentMarks.get(deps.repos);
  if (!mark) {
    mark = batchSentMarks((marks) => deps.repos.outbox.markSentMany(marks));
    sentMarks.set(deps.repos, mark);
  }
  return mark;
}

export async function deliverOneBatch(deps: AppDeps, limit = 20): Promise<number> {
  // A platform whose connection lives on another replica (or is down) is left to the replica that holds it.
  const skipPlatforms = [...deps.adapters.values()].filter((a) => a.canSend?.() === false).map((a) => a.platform);
  const rows = await deps.repos.outbox.claimOutbox(limit, deps.config.worker.outboxLeaseMs, { skipPlatforms });
  // Rows of one chat go in order and share its rate budget; chats run in parallel.
  const byChat = new Map<string, OutboxRow[]>();
  for (const r of rows) byChat.set(r.chatId, [...(byChat.get(r.chatId) ?? []), r]);
  await Promise.all([...byChat.values()].map((chatRows) => deliverChat(deps, chatRows)));
  if (rows.length > 0) deps.signals.progressed();
  return rows.length;
}

async function deliverChat(deps: AppDeps, rows: OutboxRow[]): Promise<void> {
  const chatId = rows[0]!.chatId;
  const chat = await deps.repos.team.findChat(chatId);
  const adapter = chat ? deps.adapters.get(chat.platform) : undefined;
  if (!chat || !adapter) {
    const why = chat ? `platform ${chat.platform} is not configured` : `chat ${chatId} not found`;
    for (const r of rows) await deps.repos.outbox.markFailed(r.id, why);
    return;
  }
  let batch = rows;
  const limit = adapter.sendLimitPerMinute;
  if (limit) {
    const recent = await deps.repos.outbox.sentInLastMinute(chat.id);
    const room = limit - recent.count;
    if (room <= 0) {
      // Nothing may go out now: fold everything into one digest that waits for the window.
      const head = await deps.repos.outbox.mergeIntoDigest(rows[0]!, rows.slice(1));
      const waitMs = recent.windowFreesInMs !== null ? recent.windowFreesInMs + 250 : 60_000;
      deps.logger.info({ chatId, waitMs }, 'rate limit reached for chat; deferring as a digest');
      await deps.repos.outbox.markRetry(head.id, 'rate limited locally', Math.max(250, waitMs));
      return;
    }
    if (rows.length > room) {
      // Spend the last free slot on one digest of everything else that is due.
      const head = await deps.repos.outbox.mergeIntoDigest(rows[room - 1]!, rows.slice(room));
      batch = [...rows.slice(0, room - 1), head];
    }
  }
  for (const row of batch) await deliver(deps, chat, adapter, row);
}

async function deliver(deps: AppDeps, chat: Chat, adapter: ChatAdapter, row: OutboxRow): Promise<void> {
  const log = deps.logger.child({ outboxId: row.id, chatId: row.chatId });
  const max = deps.config.worker.outboxMaxAttempts;
  // The lease is renewed per row right before its send, so it covers one send (docs/HARDENING.md).
  const attemptId = randomUUID();
  if (!(await deps.repos.outbox.beginSend(row.id, attemptId, deps.config.worker.outboxLeaseMs))) return;
  try {
    const format = row.format === 'markdown' && !adapter.rendersMarkdown(chat.kind) ? 'text' : row.format;
    const res = await adapter.send({
      platform: chat.platform,
      chatExternalId: chat.externalId,
      chatType: chat.kind,
      text: row.text,
      format,
      idempotencyKey: row.id,
      replyHint: row.replyHint ?? undefined,
    });
    // Nothing between the platform's answer and this update: a kill here is the only duplicate left.
    await markSentFor(deps)({ id: row.id, externalId: res.externalId, attemptId });
  } catch (err) {
    const msg = errorText(err);
    // A platform's own verdict (DeliveryError.retryable) first; anything else by its origin:
    // a bug in an adapter (TypeError …) fails the row at once instead of retrying it eight times.
    const origin = errorOrigin(err);
    if (!origin.retryable || row.attempts >= max) {
      log.error({ err, attempts: row.attempts, origin: origin.why }, 'delivery failed for good');
      await deps.repos.outbox.markFailed(row.id, msg);
    } else {
      const delay = err instanceof DeliveryError && err.retryAfterMs ? err.retryAfterMs : backoffMs(row.attempts);
      log.warn({ err: msg, attempts: row.attempts, delay }, 'delivery failed; will retry');
      await deps.repos.outbox.markRetry(row.id, msg, delay);
    }
  }
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err instanceof DeliveryError || err.name === 'Error' ? err.message : `${err.name}: ${err.message}`;
}
