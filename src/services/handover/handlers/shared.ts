// What the handover chat handlers share: the environment for the services, and
// replies keyed as handover messages (so "the last thing Baton said in this
// chat was about a handover" can be told from the outbox).
import type { MessageContext } from '../../understand/context.js';
import type { Repositories } from '../../../deps.js';
import { handoverBaseUrl, type HandoverEnv, type Outcome } from '../types.js';

export function envOf(ctx: MessageContext, repos: Repositories = ctx.deps.repos): HandoverEnv {
  return { repos, now: ctx.now, tz: ctx.deps.config.tz, baseUrl: handoverBaseUrl(ctx.deps.config) };
}

export function queue(ctx: MessageContext, out: Outcome): void {
  ctx.notify({
    chatId: ctx.chat.id,
    text: out.reply,
    kind: 'reply',
    replyHint: ctx.message.replyHint,
    dedupeKey: `handover-reply:${ctx.message.id}`,
  });
  for (const n of out.notices) ctx.notify(n);
}

/** Run a service inside the message's transaction and queue what it returns. */
export async function runInTransaction(
  ctx: MessageContext,
  fn: (env: HandoverEnv) => Promise<Outcome | undefined>,
): Promise<boolean> {
  return ctx.transaction(async (tx) => {
    const out = await fn(envOf(ctx, tx));
    // The message is consumed either way: the transaction is spent.
    if (out) queue(ctx, out);
    return true;
  });
}

/** The dedupe key of the last message Baton put into this chat. */
export async function lastBotKey(ctx: MessageContext): Promise<string | null> {
  return ctx.deps.repos.outbox.lastDedupeKeyInChat(ctx.chat.id);
}
