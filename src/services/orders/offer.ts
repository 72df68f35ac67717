// A forwarded chat in which the customer seems to confirm the order ("PO attached,
// please proceed", "可以，下单吧"): Baton asks "record this as an order?" and records
// nothing until the rep says yes.
import { tr } from '../../core/i18n/index.js';
import type { Customer } from '../../core/customer.js';
import type { Repositories } from '../../deps.js';
import { confirmationCue, type ChatLine } from '../../core/orders/confirm-cues.js';
import type { MessageContext } from '../understand/context.js';
import { quote } from '../bot/format/values.js';
import { ordersStore } from './store.js';

export async function offerOrderIfConfirmed(
  tx: Repositories,
  ctx: MessageContext,
  customer: Customer,
  lines: ChatLine[],
): Promise<void> {
  const member = ctx.sender;
  if (!member || ctx.chat.hasExternal) return;
  const cue = confirmationCue(lines);
  if (!cue) return;
  const store = ordersStore(tx);
  if (await store.latestOrderIn(customer.id, ['open'])) return;
  await store.insertOffer({
    chatId: ctx.chat.id,
    memberId: member.id,
    customerId: customer.id,
    messageId: ctx.message.id,
    evidence: cue,
    createdAt: ctx.now,
  });
  ctx.notify({
    chatId: ctx.chat.id,
    kind: 'reply',
    at: ctx.now,
    dedupeKey: `order-offer:${ctx.message.id}`,
    text: tr(ctx.lang, 'orders.offer.the_customer_seems_to_confirm', {
      quote: quote(cue, 'zh'),
      name: customer.name,
      quote2: quote(cue, 'en'),
    }),
  });
}
