// `/web` in chat: a one-time, 15-minute sign-in link for the web workspace, sent
// to the member's direct chat with the bot (never into a group, where others could use it).
import type { MessageHandler } from '../../services/understand/handler.js';
import { t } from '../../core/language.js';
import { findDirectChat } from '../../db/repositories/team.js';
import type { Config } from '../../config.js';
import { createLoginToken, LOGIN_TOKEN_TTL_MS } from '../auth/tokens.js';

const COMMAND = /^\s*[/／](web|网页|工作台)\s*$/i;

export function webBaseUrl(config: Config): string {
  return (config.server.publicUrl ?? `http://localhost:${config.server.port}`).replace(/\/+$/, '');
}

export const webLinkHandler: MessageHandler = {
  name: 'web-link',
  async handle(ctx) {
    if (!COMMAND.test(ctx.message.text)) return false;
    const me = ctx.sender;
    if (!me || !me.active) {
      ctx.reply(t(ctx.lang, '只有团队成员可以登录网页工作台。', 'Only team members can sign in to the web workspace.'));
      return true;
    }
    const dm = ctx.chat.kind === 'direct' && ctx.chat.memberId === me.id
      ? ctx.chat
      : (await findDirectChat(ctx.deps.db, me.id, ctx.chat.platform)) ?? (await findDirectChat(ctx.deps.db, me.id));
    if (!dm) {
      ctx.reply(t(ctx.lang, '请先私聊我发送 /web，我会把登录链接发给你。', 'Send /web to me in a direct chat and I will send you the sign-in link there.'));
      return true;
    }
    const minutes = LOGIN_TOKEN_TTL_MS / 60_000;
    await ctx.transaction(async (tx) => {
      const token = await createLoginToken(tx, me.id, ctx.now);
      const url = `${webBaseUrl(ctx.deps.config)}/web/login?token=${token}`;
      const text = t(ctx.lang,
        `网页工作台登录链接（${minutes} 分钟内有效，只能用一次，请勿转发）：\n${url}`,
        `Your sign-in link for the web workspace (valid ${minutes} minutes, works once, do not forward it):\n${url}`);
      if (dm.id === ctx.chat.id) ctx.reply(text);
      else {
        ctx.notify({ chatId: dm.id, text, kind: 'reply', dedupeKey: `web-link:${ctx.message.id}` });
        ctx.reply(t(ctx.lang, '登录链接已私信发给你。', 'I have sent you the sign-in link in our direct chat.'));
      }
    });
    return true;
  },
};
