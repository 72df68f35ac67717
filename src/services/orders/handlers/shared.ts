// What the order chat handlers share: the services' environment bound to the
// message's transaction, and replies keyed as order messages (so "Baton's last
// message in this chat was a production sheet" can be told from the outbox).
import type { MessageContext } from '../../understand/context.js';
import type { Repositories } from '../../../deps.js';
import type { Member } from '../../../core/team.js';
import type { Customer } from '../../../core/customer.js';
import { tr } from '../../../core/i18n/index.js';
import { resolveCustomer } from '../../bot/customers/resolve.js';
import { ordersStore, type OrdersEnv, type Outcome } from '../store.js';

export function envOf(ctx: MessageContext, db: Repositories = ctx.deps.repos): OrdersEnv {
  return { store: ordersStore(db), now: ctx.now, tz: ctx.deps.config.tz, config: ctx.deps.config.orders };
}

export function queue(ctx: MessageContext, out: Outcome, key = 'order-reply'): void {
  ctx.notify({
    chatId: ctx.chat.id,
    text: out.reply,
    kind: 'reply',
    replyHint: ctx.message.replyHint,
    dedupeKey: `${key}:${ctx.message.id}`,
  });
  for (const n of out.notices) ctx.notify(n);
}

/** Run a service inside the message's transaction and queue what it returns. */
export async function runInTransaction(
  ctx: MessageContext,
  fn: (env: OrdersEnv) => Promise<Outcome>,
  key?: string,
): Promise<boolean> {
  return ctx.transaction(async (tx) => {
    queue(ctx, await fn(envOf(ctx, tx)), key);
    return true;
  });
}

export async function lastBotKey(ctx: MessageContext): Promise<string | null> {
  return ordersStore(ctx.deps.repos).lastBotKeyIn(ctx.chat.id);
}

/** The one customer a member means by `term`, or the reply that says why not. */
export async function customerNamed(ctx: MessageContext, member: Member, term: string): Promise<Customer | string> {
  const r = await resolveCustomer(ctx.deps.repos, member, term);
  const lang = ctx.lang;
  if (r.kind === 'one') return r.customer;
  if (r.kind === 'many') {
    return tr(lang, 'orders.shared.several_customers_match_please_use', {
      term,
      join: r.customers.map((c) => `${c.name}（${c.code}）`).join('、'),
      join2: r.customers.map((c) => `${c.name} (${c.code})`).join(', '),
    });
  }
  if (r.kind === 'forbidden') return tr(lang, 'orders.shared.is_not_one_of_your', { name: r.customer.name });
  return tr(lang, 'orders.shared.no_customer_called', { term });
}
