// `/web` in chat: a one-time, 15-minute sign-in link for the web workspace, sent
// to the member's direct chat with the bot (never into a group, where others could use it).
import { defineCommand } from '../understand/command.js';
import { tr } from '../../core/i18n/index.js';
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
      ctx.reply(tr(ctx.lang, 'web_auth.web_link_command.only_team_members_can_sign'));
      return;
    }
    const dm =
      ctx.chat.kind === 'direct' && ctx.chat.memberId === me.id
        ? ctx.chat
        : ((await ctx.deps.repos.team.findDirectChat(me.id, ctx.chat.platform)) ??
          (await ctx.deps.repos.team.findDirectChat(me.id)));
    if (!dm) {
      ctx.reply(tr(ctx.lang, 'web_auth.web_link_command.send_web_to_me_in'));
      return;
    }
    const minutes = LOGIN_TOKEN_TTL_MS / 60_000;
    await ctx.transaction(async (tx) => {
      const token = await createLoginToken(tx, me.id, ctx.now);
      const url = `${webBaseUrl(ctx.deps.config)}/web/login?token=${token}`;
      const text = tr(ctx.lang, 'web_auth.web_link_command.your_sign_in_link_for', { minutes, url });
      if (dm.id === ctx.chat.id) ctx.reply(text);
      else {
        ctx.notify({ chatId: dm.id, text, kind: 'reply', dedupeKey: `web-link:${ctx.message.id}` });
        ctx.reply(tr(ctx.lang, 'web_auth.web_link_command.i_have_sent_you_the'));
      }
    });
  },
});
