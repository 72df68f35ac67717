// Works off stored inbound messages. Claims with FOR UPDATE SKIP LOCKED and a
// lease; a message whose worker died is picked up again when the lease runs out.
// A failure is handled by its origin (src/core/error-origin.ts): transient ones retry
// with backoff, bugs and permanent ones stop at once in 'failed' with the error text.
import type { AppDeps } from '../deps.js';
import type { StoredMessage } from '../db/repositories/messages.js';
import type { OutboxItem } from '../db/repositories/outbox.js';
import { detectLanguage } from '../core/language.js';
import { errorOrigin } from '../core/error-origin.js';
import { backoffMs } from './backoff.js';
import type { MessageContext, Understand } from '../services/understand/context.js';
import { fetchImages } from '../services/screenshot/fetch-images.js';

/** Tries for a transient failure (1 s, 2 s … about four minutes in all) before it counts as failed. */
export const MAX_ATTEMPTS = 8;

export async function processOneBatch(
  deps: AppDeps,
  understand: Understand,
  limit = deps.config.worker.concurrency,
): Promise<number> {
  const claimed = await deps.repos.messages.claimMessages(limit, deps.config.worker.leaseMs);
  // One chat's messages in the order they came, other chats side by side: the next screenshot of a
  // run (issue 19) and an answer to a question must see what the message before them did.
  const byChat = new Map<string, StoredMessage[]>();
  for (const m of claimed) byChat.set(m.chatId, [...(byChat.get(m.chatId) ?? []), m]);
  await Promise.all(
    [...byChat.values()].map(async (list) => {
      for (const m of list) await processMessage(deps, understand, m);
    }),
  );
  if (claimed.length > 0) deps.signals.progressed();
  return claimed.length;
}

export async function processMessage(deps: AppDeps, understand: Understand, message: StoredMessage): Promise<void> {
  const log = deps.logger.child({ messageId: message.id, platform: message.platform });
  try {
    const chat = await deps.repos.team.findChat(message.chatId);
    if (!chat) throw new Error(`chat ${message.chatId} not found`);
    const sender = message.senderMemberId ? ((await deps.repos.team.findMember(message.senderMemberId)) ?? null) : null;
    // Pictures that came as platform references are downloaded first (issue 19): a transient failure
    // retries with the backoff below; a permanent one (or the last try) is answered by the screenshot step.
    await fetchImages(deps, message, { lastAttempt: message.attempts >= MAX_ATTEMPTS });
    const queued: OutboxItem[] = [];
    let committed = false;
    let customerId: string | null = null;
    const ctx: MessageContext = {
      deps,
      message,
      chat,
      sender,
      lang: detectLanguage(message.text, sender?.language ?? chat.language ?? 'en'),
      now: deps.clock.now(),
      reply(text, opts) {
        queued.push({
          chatId: chat.id,
          text,
          format: opts?.format ?? 'text',
          kind: 'reply',
          dedupeKey: `reply:${message.id}:${queued.filter((q) => q.kind === 'reply').length}`,
          sourceMessageId: message.id,
          replyHint: message.replyHint,
          at: ctx.now,
        });
      },
      notify(item) {
        queued.push({ at: ctx.now, ...item, sourceMessageId: message.id });
      },
      setCustomer(id) {
        customerId = id;
      },
      async transaction(fn) {
        if (committed) throw new Error('MessageContext.transaction may be called once');
        committed = true;
        return deps.repos.transaction(async (tx) => {
          const result = await fn(tx);
          await tx.outbox.enqueue(queued);
          await tx.messages.markMessageDone(message.id, customerId);
          return result;
        });
      },
    };
    await understand(ctx);
    if (!committed) await ctx.transaction(async () => undefined);
    if (queued.length > 0) deps.signals.outboxQueued();
    log.debug('message processed');
  } catch (err) {
    const origin = errorOrigin(err);
    const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    if (origin.retryable && message.attempts < MAX_ATTEMPTS) {
      const retryInMs = backoffMs(message.attempts);
      log.warn({ err, attempts: message.attempts, retryInMs }, 'processing failed (transient); will retry');
      await deps.repos.messages.markMessageFailed(message.id, text, retryInMs);
    } else {
      log.error({ err, attempts: message.attempts, origin: origin.why }, 'processing failed for good');
      await deps.repos.messages.markMessageFailed(message.id, text, null);
    }
  }
}
