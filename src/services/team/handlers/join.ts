// `/join CODE` from someone Baton does not know yet: they become a member with the
// invite's role, linked to the platform identity they wrote from. Must come before
// the bot's "not registered" handler.
import { t } from '../../../core/language.js';
import { identitiesFor, normalizePhone, parseRole } from '../../../core/roster.js';
import { defineCommand } from '../../understand/command.js';
import type { MessageContext } from '../../understand/context.js';
import { memberIdFor } from '../directory-sync.js';
import { hashInviteCode, identityKindOf, parseJoin } from '../invites.js';

export const joinCommand = defineCommand<string>({
  en: 'join',
  zh: '加入',
  // Anyone: the point is that the sender is not a member yet.
  who: 'anyone',
  async run(ctx, rest) {
    await join(ctx, `/join ${rest}`);
  },
});

async function join(ctx: MessageContext, text: string): Promise<void> {
  const code = parseJoin(text) ?? 'usage';
  const lang = ctx.lang;
  if (ctx.sender) {
    ctx.reply(t(lang, `你已经是团队成员了（${ctx.sender.id}）。`, `You are on the team already (${ctx.sender.id}).`));
    return;
  }
  if (code === 'usage') {
    ctx.reply(t(lang, '用法：/join 邀请码（向管理员要邀请码）', 'Usage: /join CODE (ask an admin for a code)'));
    return;
  }
  const kind = identityKindOf(ctx.message.platform);
  if (ctx.chat.kind !== 'direct' || !kind) {
    ctx.reply(
      t(
        lang,
        '请在企业微信、钉钉或 WhatsApp 上私聊我发送 /join 邀请码。',
        'Please send /join CODE to me in a direct chat on WeCom, DingTalk or WhatsApp.',
      ),
    );
    return;
  }
  const m = ctx.message;
  const external =
    kind === 'whatsapp' ? (normalizePhone(m.senderExternalId) ?? m.senderExternalId) : m.senderExternalId;
  const taken = new Set((await ctx.deps.repos.members.listRoster()).map((r) => r.id));
  const id = memberIdFor(
    m.senderName && /^[A-Za-z][A-Za-z .'-]*$/.test(m.senderName) ? m.senderName.split(' ')[0]! : external,
    taken,
  );
  // Replies are queued inside the transaction so they commit with the new member.
  await ctx.transaction(async (tx) => {
    const invite = await tx.invites.findInvite(hashInviteCode(code));
    if (!invite || invite.usedAt || invite.expiresAt <= ctx.now) {
      ctx.reply(
        t(
          lang,
          '这个邀请码无效、已用过或已过期。请向管理员要一个新的。',
          'That invite code is not valid, used or expired. Please ask an admin for a new one.',
        ),
      );
      return;
    }
    await tx.members.upsertMembers([
      {
        id,
        name: m.senderName?.trim() || external,
        role: parseRole(invite.role) ?? 'rep',
        reportsTo: invite.reportsTo,
        language: lang,
      },
    ]);
    // Claimed after the member exists (used_by references them); a code claimed meanwhile rolls all of it back.
    if (!(await tx.invites.claimInvite(hashInviteCode(code), id, ctx.now)))
      throw new Error('invite code was claimed concurrently');
    await tx.members.linkIdentities(id, identitiesFor(kind, external));
    const inviterDm = await tx.team.findDirectChat(invite.createdBy);
    if (inviterDm) {
      await tx.outbox.enqueue([
        {
          chatId: inviterDm.id,
          kind: 'notice',
          dedupeKey: `joined:${id}`,
          at: ctx.now,
          sourceMessageId: m.id,
          text: t(
            inviterDm.language ?? 'zh',
            `${m.senderName ?? external} 用邀请码加入了团队：${id}（${invite.role}）。`,
            `${m.senderName ?? external} joined with your invite: ${id} (${invite.role}).`,
          ),
        },
      ]);
    }
    ctx.reply(
      t(
        lang,
        `欢迎加入！你的账号是 ${id}（${invite.role}）。发“帮助”看看我能做什么。`,
        `Welcome to the team! You are ${id} (${invite.role}). Send "help" to see what I can do.`,
      ),
    );
  });
}
