// The understanding step: route a message to the first handler that takes it. What no
// handler takes gets the short help in a direct chat; in a group Baton stays quiet
// unless addressed, so team chatter there is not answered.
import type { MessageContext } from './context.js';
import type { MessageHandler } from './handler.js';
import { messageHandlers } from './handlers.js';
import { helpText as botHelp } from '../bot/format/help.js';
import { addressesBot } from '../bot/handlers/senders.js';
import { t } from '../../core/language.js';

export function createUnderstand(handlers: MessageHandler[] = messageHandlers()) {
  return async function understand(ctx: MessageContext): Promise<void> {
    for (const h of handlers) {
      if (await h.handle(ctx)) return;
    }
    if (ctx.chat.kind === 'group' && !addressesBot(ctx.message.text)) return;
    ctx.reply(helpText(ctx.lang), { format: 'markdown' });
  };
}

export const understand = createUnderstand();

/** The fallback: what Baton did not understand, and what it can do. */
export function helpText(lang: 'zh' | 'en'): string {
  return `${t(lang, '我没太明白。', "I didn't quite get that.")}\n${botHelp(lang)}`;
}
