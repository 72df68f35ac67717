// Messages from people who are not team members. In a direct chat: a polite "not
// registered" answer, and the supervisors/admins hear of it once per sender. Outsiders
// in a group (a customer's buyer in a shared group): silent unless they address Baton,
// and then nothing about customers — the team answers them.
import { type Lang } from '../../../core/language.js';
import { tr } from '../../../core/i18n/index.js';
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
        ctx.reply(tr(ctx.lang, 'bot.senders.hello_i_m_baton_the'));
      }
      return true;
    }
    await notRegistered(ctx);
    return true;
  },
};

async function notRegistered(ctx: MessageContext): Promise<void> {
  const m = ctx.message;
  ctx.reply(tr(ctx.lang, 'bot.senders.hello_you_re_not_registered'));
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
      text: tr(lang, 'bot.senders.an_unregistered_user_wrote_to', { who }),
    });
  }
}
