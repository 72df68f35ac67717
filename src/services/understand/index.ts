// The understanding step: route a message to the first handler that takes it.
import { t } from '../../core/language.js';
import type { MessageContext } from './context.js';
import type { MessageHandler } from './handler.js';
import { messageHandlers } from './handlers.js';

export function createUnderstand(handlers: MessageHandler[] = messageHandlers()) {
  return async function understand(ctx: MessageContext): Promise<void> {
    for (const h of handlers) {
      if (await h.handle(ctx)) return;
    }
    const text = ctx.message.text.trim();
    if (/^\/?(help|帮助|\?)$/i.test(text)) ctx.reply(helpText(ctx.lang));
    else ctx.reply(t(ctx.lang, `已记录：${text}`, `Stored: ${text}`));
  };
}

export const understand = createUnderstand();

export function helpText(lang: 'zh' | 'en'): string {
  return t(
    lang,
    'Baton 可以：\n- 转发客户聊天记录，我会整理出客户需求\n- 问"ACME 要什么？"\n- /help 查看帮助',
    'Baton can:\n- read a forwarded customer chat and list what the customer needs\n- answer "what does ACME need?"\n- /help shows this help',
  );
}
