// The understanding step: what does this message ask of Baton?
// Until the conversation features land this answers `help` and echoes what it stored.
import { t } from '../../core/language.js';
import type { MessageContext } from './context.js';

export async function understand(ctx: MessageContext): Promise<void> {
  const text = ctx.message.text.trim();
  if (/^\/?(help|帮助|\?)$/i.test(text)) {
    ctx.reply(helpText(ctx.lang));
    return;
  }
  ctx.reply(t(ctx.lang, `已记录：${text}`, `Stored: ${text}`));
}

export function helpText(lang: 'zh' | 'en'): string {
  return t(
    lang,
    'Baton 可以：\n- 转发客户聊天记录，我会整理出客户需求\n- 问"ACME 要什么？"\n- /help 查看帮助',
    'Baton can:\n- read a forwarded customer chat and list what the customer needs\n- answer "what does ACME need?"\n- /help shows this help',
  );
}
