// Watches messages in customer-linked chats and never owns them (an observer: the
// bot still reads the customer's words for needs). An outsider's message is the
// customer writing: it starts the first-response clock and counts as contact; the
// owner's message is the reply that stops the clock.
//
// It reads now and hands its writes back: the router runs them inside the
// message's own transaction, whichever step ends up owning the message, so they
// commit with it or not at all. They are idempotent per message as well (the clock
// is unique per start message, the dates only move with `at`).
import type { MessageObserver } from '../../understand/composer.js';
import { startSlaClock } from '../sla.js';
import { onCustomerContact } from '../on-contact.js';
import { loadCadence } from '../policy-store.js';

export const chatActivityObserver: MessageObserver = {
  name: 'cadence.chat-activity',
  async observe(ctx) {
    const repos = ctx.deps.repos;
    const customerId = await repos.cadence.customerOfChat(ctx.chat.id);
    if (!customerId) return;
    const at = ctx.message.sentAt;
    const { policy, tz } = await loadCadence(repos);
    ctx.setCustomer(customerId);
    const sender = ctx.sender;
    if (!sender) {
      return async (tx) => {
        await startSlaClock(tx, { customerId, chatId: ctx.chat.id, messageId: ctx.message.id, at }, policy);
        await onCustomerContact(tx, customerId, at, { policy, tz, direction: 'inbound' });
      };
    }
    const c = await repos.customers.findCustomerById(customerId);
    if (!c || (c.ownerId !== sender.id && c.ownerId !== null)) return;
    return (tx) => onCustomerContact(tx, customerId, at, { policy, tz, direction: 'outbound', by: sender.id });
  },
};
