// "是" / "yes" right after Baton offered to record a forwarded confirmation as an order.
import { tr } from '../../../core/i18n/index.js';
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';
import { confirmOrder } from '../events.js';
import { envOf, lastBotKey, runInTransaction } from './shared.js';

const YES = /^(?:是|是的|好|好的|对|记录|确认|可以|yes|y|ok|record(?: it)?|sure)[\s。.!！]*$/i;
const NO = /^(?:不|不用|否|不是|算了|no|n|nope|ignore|cancel|取消)[\s。.!！]*$/i;
const OFFER_MS = 30 * 60_000;

export const offerReplyHandler: MessageHandler = {
  name: 'orders.offer-reply',
  async handle(ctx: MessageContext): Promise<boolean> {
    const member = ctx.sender;
    const text = ctx.message.text.trim();
    if (!member || !(YES.test(text) || NO.test(text))) return false;
    if (!(await lastBotKey(ctx))?.startsWith('order-offer:')) return false;
    const env = envOf(ctx);
    const offer = await env.store.openOffer(ctx.chat.id, member.id, new Date(ctx.now.getTime() - OFFER_MS));
    if (!offer) return false;
    const customer = await env.store.findCustomerById(offer.customerId);
    if (!customer) return false;
    ctx.setCustomer(customer.id);
    if (NO.test(text)) {
      return runInTransaction(ctx, async (e) => {
        await e.store.decideOffer(offer.id, 'declined', ctx.now);
        return { reply: tr(ctx.lang, 'orders.offer_reply.ok_no_order_recorded'), notices: [] };
      });
    }
    return runInTransaction(ctx, async (e) => {
      await e.store.decideOffer(offer.id, 'accepted', ctx.now);
      return confirmOrder(e, member, customer, offer.messageId, ctx.lang);
    });
  },
};
