// Watches messages in customer-linked chats and never owns them (returns false, so
// the bot still reads the customer's words for needs). An outsider's message is
// the customer writing: it starts the first-response clock and counts as contact;
// the owner's message is the reply that stops the clock.
//
// Unlike other handlers this one writes while passing: the writes are idempotent
// per message (the clock is unique per start message, the dates only move with
// `at`), so a retried message changes nothing, and they must happen whichever
// handler ends up owning the message.
import type { MessageHandler } from '../../understand/handler.js';
import { customerOfChat } from '../chat-links.js';
import { startSlaClock } from '../sla.js';
import { onCustomerContact } from '../on-contact.js';
import { loadCadence } from '../policy-store.js';

export const chatActivityHandler: MessageHandler = {
  name: 'cadence.chat-activity',
  async handle(ctx) {
    const db = ctx.deps.db;
    const customerId = await customerOfChat(db, ctx.chat.id);
    if (!customerId) return false;
    const at = ctx.message.sentAt;
    const { policy, tz } = await loadCadence(db);
    ctx.setCustomer(customerId);
    if (!ctx.sender) {
      await startSlaClock(db, { customerId, chatId: ctx.chat.id, messageId: ctx.message.id, at }, policy);
      await onCustomerContact(db, customerId, at, { policy, tz, direction: 'inbound' });
      return false;
    }
    const c = await db.selectFrom('customers').select('owner_id').where('id', '=', customerId).executeTakeFirst();
    if (c && (c.owner_id === ctx.sender.id || c.owner_id === null)) {
      await onCustomerContact(db, customerId, at, { policy, tz, direction: 'outbound', by: ctx.sender.id });
    }
    return false;
  },
};
