// "/subscribe ACME", "/subscribe delivery_date", "/unsubscribe …": which changes this chat hears.
import { t } from '../../../core/language.js';
import { isSensitiveKind } from '../../../core/permissions.js';
import type { Customer } from '../../../core/customer.js';
import type { BotCtx } from '../bot-context.js';
import { kindWord } from '../format/values.js';

export async function subscribeKind(b: BotCtx, kind: string, on: boolean): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  const word = kindWord(kind, lang);
  if (on && isSensitiveKind(kind) && (ctx.chat.hasExternal || ctx.chat.kind === 'group')) {
    ctx.reply(
      t(
        lang,
        `${word}是敏感信息，不能在群里推送。请在私聊中订阅。`,
        `${word} is sensitive and is never posted in a group. Subscribe in a direct chat instead.`,
      ),
    );
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
          ? t(
              lang,
              `好的，这个聊天会收到所有客户的${word}变化。`,
              `OK — this chat will hear about every customer's ${word} changes.`,
            )
          : t(lang, `这个聊天已经订阅了${word}。`, `This chat is already subscribed to ${word}.`)
        : done
          ? t(lang, `已取消订阅${word}。`, `Unsubscribed from ${word}.`)
          : t(lang, `这个聊天没有订阅${word}。`, `This chat was not subscribed to ${word}.`),
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
    const extra =
      on && ctx.chat.hasExternal
        ? t(
            lang,
            '（此群有外部成员，敏感信息不会推送到这里）',
            ' (this chat has outside members: sensitive changes are not posted here)',
          )
        : '';
    ctx.reply(
      on
        ? done
          ? t(
              lang,
              `好的，${customer.name} 的需求变化会通知到这个聊天。${extra}`,
              `OK — this chat will hear when ${customer.name}'s needs change.${extra}`,
            )
          : t(lang, `这个聊天已经订阅了 ${customer.name}。`, `This chat is already subscribed to ${customer.name}.`)
        : done
          ? t(lang, `已取消订阅 ${customer.name}。`, `Unsubscribed from ${customer.name}.`)
          : t(lang, `这个聊天没有订阅 ${customer.name}。`, `This chat was not subscribed to ${customer.name}.`),
    );
  });
}

export async function listSubscriptions(b: BotCtx): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  const subs = await ctx.deps.repos.subscriptions.subscriptionsOfChat(ctx.chat.id);
  if (subs.length === 0) {
    ctx.reply(
      t(
        lang,
        '这个聊天没有订阅。用 /subscribe 客户名 或 /subscribe 交货期 订阅。',
        'This chat has no subscriptions. Use /subscribe <customer> or /subscribe delivery_date.',
      ),
    );
    return;
  }
  const rows: string[] = [];
  for (const s of subs) {
    const c = s.customerId
      ? ((await ctx.deps.repos.customers.findCustomerById(s.customerId))?.name ?? '?')
      : t(lang, '所有客户', 'all customers');
    rows.push(`- ${c} · ${s.kind ? kindWord(s.kind, lang) : t(lang, '所有变化', 'all changes')}`);
  }
  ctx.reply([t(lang, '这个聊天的订阅：', 'Subscriptions of this chat:'), ...rows].join('\n'));
}
