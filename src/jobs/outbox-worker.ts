// Delivers outbox rows through their platform's adapter with retry and backoff,
// and never beyond the platform's per-chat rate limit: WeCom drops app messages
// past 30/min without telling anyone, so near the limit we merge what is due into
// one digest and wait for the window to free up.
import type { AppDeps } from '../deps.js';
import { DeliveryError } from '../core/errors.js';
import {
  claimOutbox, markFailed, markRetry, markSent, mergeDueIntoDigest, sentInLastMinute, type OutboxRow,
} from '../db/repositories/outbox.js';
import { findChat } from '../db/repositories/team.js';

const LEASE_MS = 60_000;

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(10 * 60_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export async function deliverOneBatch(deps: AppDeps, limit = 20): Promise<number> {
  const rows = await claimOutbox(deps.db, limit, LEASE_MS);
  // One chat at a time keeps per-chat order and rate counting simple; chats run in parallel.
  const byChat = new Map<string, OutboxRow[]>();
  for (const r of rows) byChat.set(r.chatId, [...(byChat.get(r.chatId) ?? []), r]);
  await Promise.all([...byChat.values()].map(async (chatRows) => {
    for (const row of chatRows) await deliver(deps, row);
  }));
  if (rows.length > 0) deps.signals.progressed();
  return rows.length;
}

async function deliver(deps: AppDeps, claimed: OutboxRow): Promise<void> {
  const log = deps.logger.child({ outboxId: claimed.id, chatId: claimed.chatId });
  const max = deps.config.worker.outboxMaxAttempts;
  try {
    const chat = await findChat(deps.db, claimed.chatId);
    if (!chat) return await markFailed(deps.db, claimed.id, `chat ${claimed.chatId} not found`);
    const adapter = deps.adapters.get(chat.platform);
    if (!adapter) return await markFailed(deps.db, claimed.id, `platform ${chat.platform} is not configured`);

    let row = claimed;
    const limit = adapter.sendLimitPerMinute;
    if (limit) {
      const recent = await sentInLastMinute(deps.db, chat.id);
      if (recent.count >= limit - 1) row = await mergeDueIntoDigest(deps.db, row);
      if (recent.count >= limit) {
        const waitMs = recent.oldest ? recent.oldest.getTime() + 60_000 - Date.now() + 250 : 60_000;
        log.info({ waitMs }, 'rate limit reached for chat; deferring as a digest');
        return await markRetry(deps.db, row.id, 'rate limited locally', Math.max(250, waitMs));
      }
    }

    const format = row.format === 'markdown' && !adapter.rendersMarkdown(chat.kind) ? 'text' : row.format;
    const res = await adapter.send({
      platform: chat.platform, chatExternalId: chat.externalId, chatType: chat.kind, text: row.text, format,
      idempotencyKey: row.id, replyHint: row.replyHint ?? undefined,
    });
    await markSent(deps.db, row.id, res.externalId);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const retryable = err instanceof DeliveryError ? err.retryable : true;
    if (!retryable || claimed.attempts >= max) {
      log.error({ err, attempts: claimed.attempts }, 'delivery failed for good');
      await markFailed(deps.db, claimed.id, msg);
    } else {
      const delay = err instanceof DeliveryError && err.retryAfterMs ? err.retryAfterMs : backoffMs(claimed.attempts);
      log.warn({ err: msg, attempts: claimed.attempts, delay }, 'delivery failed; will retry');
      await markRetry(deps.db, claimed.id, msg, delay);
    }
  }
}
