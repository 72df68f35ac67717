// "ACME 确认下单了" / "ACME confirmed the order" / "/order ACME shipped 1Z999 by air" / "ACME 已收货".
import { tr } from '../../../core/i18n/index.js';
import { parseOrderCommand } from '../../../core/orders/parse-event.js';
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';
import { confirmOrder, deliverOrder, shipOrder } from '../events.js';
import { customerNamed, runInTransaction } from './shared.js';

export function orderUsage(lang: 'zh' | 'en'): string {
  return tr(lang, 'orders.order_command.orders_acme_confirmed_the_order');
}

export const orderCommandHandler: MessageHandler = {
  name: 'orders.events',
  async handle(ctx: MessageContext): Promise<boolean> {
    const member = ctx.sender;
    if (!member) return false;
    const cmd = parseOrderCommand(ctx.message.text);
    if (!cmd) return false;
    const lang = ctx.lang;
    if (cmd.kind === 'usage') {
      ctx.reply(orderUsage(lang));
      return true;
    }
    if (ctx.chat.hasExternal) {
      if (!cmd.slash) return false;
      ctx.reply(tr(lang, 'orders.order_command.please_record_orders_in_an'));
      return true;
    }
    const customer = await customerNamed(ctx, member, cmd.customer);
    if (typeof customer === 'string') {
      // Said in words, an unknown name is probably not an order event after all.
      if (!cmd.slash) return false;
      ctx.reply(customer);
      return true;
    }
    ctx.setCustomer(customer.id);
    const mid = ctx.message.id;
    switch (cmd.kind) {
      case 'confirmed':
        return runInTransaction(ctx, (env) => confirmOrder(env, member, customer, mid, lang));
      case 'shipped':
        return runInTransaction(ctx, (env) => shipOrder(env, member, customer, cmd, mid, lang));
      case 'delivered':
        return runInTransaction(ctx, (env) => deliverOrder(env, member, customer, mid, lang));
    }
  },
};
