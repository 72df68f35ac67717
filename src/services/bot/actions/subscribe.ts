// "/subscribe ACME", "/subscribe delivery_date", "/unsubscribe …": which changes this chat hears.
import { tr } from '../../../core/i18n/index.js';
import { isSensitiveKind } from '../../../core/permissions.js';
import type { Customer } from '../../../core/customer.js';
import type { BotCtx } from '../bot-context.js';
import { kindWord } from '../format/values.js';

export async function subscribeKind(b: BotCtx, kind: string, on: boolean): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  const word = kindWord(kind, lang);
  if (on && isSensitiveKind(kind) && (ctx.chat.hasExternal || ctx.chat.kind === 'group')) {
    ctx.reply(tr(lang, 'bot.subscribe.is_sensitive_and_is_never', { word }));
    return;
  }
  await ctx.transaction(async (tx) => {
    const done = on
      ? await tx.subscriptions.subscribe(
          { chatId: ctx.chat.id, customerId: null, kind, createdBy: b.sender.id },
          ctx.now,
        )
      : await tx.subscriptions.unsubscribe(ctx.chat.id, null, kind);
    ctx.reply(
      on
        ? done
          ? tr(lang, 'bot.subscribe.ok_this_chat_will_hear', { word })
          : tr(lang, 'bot.subscribe.this_chat_is_already_subscribed', { word })
        : done
          ? tr(lang, 'bot.subscribe.unsubscribed_from', { word })
          : tr(lang, 'bot.subscribe.this_chat_was_not_subscribed', { word }),
    );
  });
}

export async function subscribeCustomer(b: BotCtx, customer: Customer, on: boolean): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  await ctx.transaction(async (tx) => {
    const done = on
      ? await tx.subscriptions.subscribe(
          { chatId: ctx.chat.id, customerId: customer.id, kind: null, createdBy: b.sender.id },
          ctx.now,
        )
      : await tx.subscriptions.unsubscribe(ctx.chat.id, customer.id, null);
    ctx.setCustomer(customer.id);
    const extra = on && ctx.chat.hasExternal ? tr(lang, 'bot.subscribe.this_chat_has_outside_members') : '';
    ctx.reply(
      on
        ? done
          ? tr(lang, 'bot.subscribe.ok_this_chat_will_hear_2', { name: customer.name, extra })
          : tr(lang, 'bot.subscribe.this_chat_is_already_subscribed_2', { name: customer.name })
        : done
          ? tr(lang, 'bot.subscribe.unsubscribed_from_2', { name: customer.name })
          : tr(lang, 'bot.subscribe.this_chat_was_not_subscribed_2', { name: customer.name }),
    );
  });
}

export async function listSubscriptions(b: BotCtx): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  const subs = await ctx.deps.repos.subscriptions.subscriptionsOfChat(ctx.chat.id);
  if (subs.length === 0) {
    ctx.reply(tr(lang, 'bot.subscribe.this_chat_has_no_subscriptions'));
    return;
  }
  const rows: string[] = [];
  for (const s of subs) {
    const c = s.customerId
      ? ((await ctx.deps.repos.customers.findCustomerById(s.customerId))?.name ?? '?')
      : tr(lang, 'bot.subscribe.all_customers');
    rows.push(`- ${c} · ${s.kind ? kindWord(s.kind, lang) : tr(lang, 'bot.subscribe.all_changes')}`);
  }
  ctx.reply([tr(lang, 'bot.subscribe.subscriptions_of_this_chat'), ...rows].join('\n'));
}
