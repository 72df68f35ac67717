// Works off stored inbound messages. Claims with FOR UPDATE SKIP LOCKED and a
// lease; a message whose worker died is picked up again when the lease runs out.
// A failure is handled by its origin (src/core/error-origin.ts): transient ones retry
// with backoff, bugs and permanent ones stop at once in 'failed' with the error text.
import type { AppDeps } from '../deps.js';
import type { ClaimedMessage, StoredMessage } from '../db/repositories/messages.js';
import type { Chat, Member } from '../core/team.js';
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
  await yieldToAcks(deps);
  const claimed = await deps.repos.messages.claimMessages(limit, deps.config.worker.leaseMs);
  if (deps.config.database.url) {
    // Postgres: one chat's messages in the order they came, other chats side by side (their round
    // trips overlap; the acks have a pool of their own): the next screenshot of a run (issue 19)
    // and an answer to a question must see what the message before them did.
    const byChat = new Map<string, ClaimedMessage[]>();
    for (const m of claimed) {
      const key = m.chatId ?? `${m.platform}:${m.chatExternalId}`;
      byChat.set(key, [...(byChat.get(key) ?? []), m]);
    }
    await Promise.all(
      [...byChat.values()].map(async (list) => {
        for (const m of list) await processMessage(deps, understand, m);
      }),
    );
  } else {
    // Embedded PGlite runs on this thread, with HTTP: one message at a time (so in order), each
    // after the acks waiting, so an ack never waits behind more than one message's work.
    for (const [i, m] of claimed.entries()) {
      if (i > 0) await yieldToAcks(deps);
      const started = performance.now();
      await processMessage(deps, understand, m);
      await pauseWhileAcking(deps, performance.now() - started);
    }
  }
  if (claimed.length > 0) deps.signals.progressed();
  return claimed.length;
}

/**
 * Let requests already received reach the database first: one event-loop turn for the
 * sockets, then until the acks they stored have committed (issue 16). Under a steady stream
 * the group commit has gaps between batches, so the worker still gets its turns.
 */
async function yieldToAcks(deps: AppDeps): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await deps.inbox.idle();
}

/** While acks keep coming, the worker takes at most this share of the (one) thread. */
const WORKER_SHARE_UNDER_LOAD = 0.25;
/** Acks within this many milliseconds count as a load going on. */
const ACK_LOAD_WINDOW_MS = 50;

/**
 * Embedded PGlite: after a message that took `spentMs`, rest long enough that the worker
 * keeps to its share of the thread while acks arrive. It never stops: under a load that never
 * ends it still processes, at a quarter of the thread, and at full speed once the load stops.
 */
async function pauseWhileAcking(deps: AppDeps, spentMs: number): Promise<void> {
  if (deps.inbox.sinceLastAdd() > ACK_LOAD_WINDOW_MS) return;
  const restMs = Math.min(500, (spentMs * (1 - WORKER_SHARE_UNDER_LOAD)) / WORKER_SHARE_UNDER_LOAD);
  await new Promise<void>((resolve) => setTimeout(resolve, restMs));
}

/**
 * The sender and chat of a message the ack stored as it came: the member with that platform
 * identity, the chat (created on its first message), recorded on the message.
 */
async function resolveChat(
  deps: AppDeps,
  m: ClaimedMessage,
): Promise<{ message: StoredMessage; chat: Chat; sender: Member | null }> {
  if (m.chatId) {
    const chat = await deps.repos.team.findChat(m.chatId);
    if (!chat) throw new Error(`chat ${m.chatId} not found`);
    const sender = m.senderMemberId ? ((await deps.repos.team.findMember(m.senderMemberId)) ?? null) : null;
    return { message: { ...m, chatId: m.chatId }, chat, sender };
  }
  if (!m.chatExternalId || !m.chatKind) throw new Error(`message ${m.id} names no chat`);
  const sender = (await deps.repos.team.findMemberByIdentity(m.platform, m.senderExternalId)) ?? null;
  const chat = await deps.repos.team.ensureChat({
    platform: m.platform,
    externalId: m.chatExternalId,
    kind: m.chatKind,
    memberId: m.chatKind === 'direct' ? (sender?.id ?? null) : null,
  });
  await deps.repos.messages.setMessageChat(m.id, chat.id, sender?.id ?? null);
  return { message: { ...m, chatId: chat.id, senderMemberId: sender?.id ?? null }, chat, sender };
}

export async function processMessage(deps: AppDeps, understand: Understand, claimed: ClaimedMessage): Promise<void> {
  const log = deps.logger.child({ messageId: claimed.id, platform: claimed.platform });
  try {
    const { message, chat, sender } = await resolveChat(deps, claimed);
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
    if (origin.retryable && claimed.attempts < MAX_ATTEMPTS) {
      const retryInMs = backoffMs(claimed.attempts);
      log.warn({ err, attempts: claimed.attempts, retryInMs }, 'processing failed (transient); will retry');
      await deps.repos.messages.markMessageFailed(claimed.id, text, retryInMs);
    } else {
      log.error({ err, attempts: claimed.attempts, origin: origin.why }, 'processing failed for good');
      await deps.repos.messages.markMessageFailed(claimed.id, text, null);
    }
  }
}
