// A forwarded chat in which the customer seems to confirm the order ("PO attached,
// please proceed", "可以，下单吧"): Baton asks "record this as an order?" and records
// nothing until the rep says yes.
import { t } from '../../core/language.js';
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
    text: t(
      ctx.lang,
      `🧾 客户像是确认下单了：${quote(cue, 'zh')}\n要记录为 ${customer.name} 的订单吗？回复“是”记录并发生产单，回复“不”忽略。`,
      `🧾 The customer seems to confirm the order: ${quote(cue, 'en')}\nRecord this as an order for ${customer.name}? Reply "yes" to record it and send the production sheet, "no" to ignore.`,
    ),
  });
}
