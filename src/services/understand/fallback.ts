// The last step: what nothing else took gets the short help in a direct chat; in a
// group Baton stays quiet unless addressed, so team chatter there is not answered.
// A step (not code after the router) so its reply commits with the message, in the
// same transaction as any observer's writes.
import type { MessageHandler } from './handler.js';
import { helpText as botHelp } from '../bot/format/help.js';
import { addressesBot } from '../bot/handlers/senders.js';
import { tr } from '../../core/i18n/index.js';
import type { Role } from '../../core/types.js';

export const helpFallback: MessageHandler = {
  name: 'help-fallback',
  async handle(ctx) {
    if (ctx.chat.kind === 'group' && !addressesBot(ctx.message.text)) return false;
    ctx.reply(helpText(ctx.lang, ctx.sender?.role), { format: 'markdown' });
    return true;
  },
};

/** The fallback: what Baton did not understand, and what it can do. */
export function helpText(lang: 'zh' | 'en', role?: Role): string {
  return `${tr(lang, 'understand.fallback.i_didn_t_quite_get')}\n${botHelp(lang, role)}`;
}
