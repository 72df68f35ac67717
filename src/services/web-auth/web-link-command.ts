// `/web` in chat: a one-time, 15-minute sign-in link for the web workspace, sent
// to the member's direct chat with the bot (never into a group, where others could use it).
import { defineCommand } from '../understand/command.js';
import { t } from '../../core/language.js';
import type { Config } from '../../config.js';
import { createLoginToken, LOGIN_TOKEN_TTL_MS } from './tokens.js';

export function webBaseUrl(config: Config): string {
  return (config.server.publicUrl ?? `http://localhost:${config.server.port}`).replace(/\/+$/, '');
}

export const webLinkCommand = defineCommand<true>({
  en: 'web',
  zh: '网页',
  aliases: ['工作台'],
  // Anyone may ask, so an outsider hears why there is no link instead of the generic answer.
  who: 'anyone',
  // "/web" takes no arguments: "/web something" is not this command.
  parse: (call) => (call.rest ? undefined : true),
  async run(ctx) {
    const me = ctx.sender;
    if (!me || !me.active) {
      ctx.reply(t(ctx.lang, '只有团队成员可以登录网页工作台。', 'Only team members can sign in to the web workspace.'));
      return;
    }
    const dm =
      ctx.chat.kind === 'direct' && ctx.chat.memberId === me.id
        ? ctx.chat
        : ((await ctx.deps.repos.team.findDirectChat(me.id, ctx.chat.platform)) ??
          (await ctx.deps.repos.team.findDirectChat(me.id)));
    if (!dm) {
      ctx.reply(
        t(
          ctx.lang,
          '请先私聊我发送 /web，我会把登录链接发给你。',
          'Send /web to me in a direct chat and I will send you the sign-in link there.',
        ),
      );
      return;
    }
    const minutes = LOGIN_TOKEN_TTL_MS / 60_000;
    await ctx.transaction(async (tx) => {
      const token = await createLoginToken(tx, me.id, ctx.now);
      const url = `${webBaseUrl(ctx.deps.config)}/web/login?token=${token}`;
      const text = t(
        ctx.lang,
        `网页工作台登录链接（${minutes} 分钟内有效，只能用一次，请勿转发）：\n${url}`,
        `Your sign-in link for the web workspace (valid ${minutes} minutes, works once, do not forward it):\n${url}`,
      );
      if (dm.id === ctx.chat.id) ctx.reply(text);
      else {
        ctx.notify({ chatId: dm.id, text, kind: 'reply', dedupeKey: `web-link:${ctx.message.id}` });
        ctx.reply(t(ctx.lang, '登录链接已私信发给你。', 'I have sent you the sign-in link in our direct chat.'));
      }
    });
  },
});
