// The understanding step: route a message through the router (./router.ts). What
// nothing takes gets the short help in a direct chat; in a group Baton stays quiet
// unless addressed, so team chatter there is not answered.
import type { MessageContext } from './context.js';
import type { Composer } from './composer.js';
import { createRouter } from './router.js';
import { helpText as botHelp } from '../bot/format/help.js';
import { addressesBot } from '../bot/handlers/senders.js';
import { t } from '../../core/language.js';

export function createUnderstand(router: Composer = createRouter()) {
  return async function understand(ctx: MessageContext): Promise<void> {
    if (await router.route(ctx)) return;
    if (ctx.chat.kind === 'group' && !addressesBot(ctx.message.text)) return;
    ctx.reply(helpText(ctx.lang), { format: 'markdown' });
  };
}

export const understand = createUnderstand();

/** The fallback: what Baton did not understand, and what it can do. */
export function helpText(lang: 'zh' | 'en'): string {
  return `${t(lang, '我没太明白。', "I didn't quite get that.")}\n${botHelp(lang)}`;
}
