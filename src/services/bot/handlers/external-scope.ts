// In a chat with outsiders that belongs to one customer (`/cadence link`), Baton talks about
// that customer only: a team member naming another customer there gets a pointer to a direct
// chat, and nothing about the other customer is read, written or said in front of outsiders.
import type { MessageHandler } from '../../understand/handler.js';
import { tr } from '../../../core/i18n/index.js';
import { mentionedCustomers } from '../customers/resolve.js';

export const externalScopeHandler: MessageHandler = {
  name: 'external-scope',
  async handle(ctx) {
    // Outsiders' own messages are the customer talking (the cadence observes them); only members ask.
    if (!ctx.chat.hasExternal || !ctx.sender) return false;
    const boundId = await ctx.deps.repos.cadence.customerOfChat(ctx.chat.id);
    if (!boundId) return false;
    const others = (await mentionedCustomers(ctx.deps.repos, ctx.message.text)).filter((c) => c.id !== boundId);
    if (others.length === 0) return false;
    const bound = await ctx.deps.repos.customers.findCustomerById(boundId);
    const name = bound?.name ?? '';
    ctx.reply(tr(ctx.lang, 'bot.external_scope.this_chat_has_outside_members', { name }));
    return true;
  },
};
