// Messages from people who are not team members. In a direct chat: a polite "not
// registered" answer, and the supervisors/admins hear of it once per sender. Outsiders
// in a group (a customer's buyer in a shared group): silent unless they address Baton,
// and then nothing about customers — the team answers them.
import { t, type Lang } from '../../../core/language.js';
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';

export function addressesBot(text: string): boolean {
  return /(^|[\s@])(?:baton|bot|机器人)\b|@baton|@机器人/i.test(text);
}

export const unknownSenderHandler: MessageHandler = {
  name: 'bot.unknown-sender',
  async handle(ctx) {
    if (ctx.sender) return false;
    if (ctx.chat.kind === 'group') {
      if (addressesBot(ctx.message.text)) {
        ctx.reply(
          t(
            ctx.lang,
            '您好！我是团队的记录助手 Baton，您的同事会在这里回复您。',
            "Hello! I'm Baton, the team's note-taking assistant. Your contact on the team will reply to you here.",
          ),
        );
      }
      return true;
    }
    await notRegistered(ctx);
    return true;
  },
};

async function notRegistered(ctx: MessageContext): Promise<void> {
  const m = ctx.message;
  ctx.reply(
    t(
      ctx.lang,
      '您好，您还没有在 Baton 登记为团队成员，所以我暂时不能帮您。我已通知管理员。',
      "Hello — you're not registered as a team member in Baton yet, so I can't help you here. I've let an administrator know.",
    ),
  );
  const who = `${m.senderName ?? m.senderExternalId} (${m.platform}:${m.senderExternalId})`;
  for (const admin of (await ctx.deps.repos.team.listMembers()).filter(
    (x) => x.active && (x.role === 'admin' || x.role === 'supervisor'),
  )) {
    const dm = await ctx.deps.repos.team.findDirectChat(admin.id);
    if (!dm) continue;
    const lang: Lang = dm.language ?? admin.language;
    ctx.notify({
      chatId: dm.id,
      kind: 'notice',
      dedupeKey: `unregistered:${m.platform}:${m.senderExternalId}:${admin.id}`,
      text: t(
        lang,
        `未登记的用户 ${who} 给 Baton 发了消息。如果是同事，请把他加入团队。`,
        `An unregistered user ${who} wrote to Baton. If they are on the team, please add them.`,
      ),
    });
  }
}
