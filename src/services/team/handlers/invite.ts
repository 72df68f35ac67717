// `/invite ROLE [reports-to]` → a one-time code, in a direct chat only (it is a secret).
import { t } from '../../../core/language.js';
import { parseRole } from '../../../core/roster.js';
import { defineCommand, type MemberContext } from '../../understand/command.js';
import { mayManage } from '../manage-team.js';
import { hashInviteCode, INVITE_DAYS, newInviteCode, parseInvite } from '../invites.js';

export const inviteCommand = defineCommand<string>({
  en: 'invite',
  zh: '邀请',
  async run(ctx, rest) {
    await invite(ctx, `/invite ${rest}`);
  },
});

async function invite(ctx: MemberContext, text: string): Promise<void> {
  const cmd = parseInvite(text);
  if (!cmd) return;
  const lang = ctx.lang;
  if (cmd === 'usage') {
    ctx.reply(
      t(
        lang,
        '用法：/invite 角色 [上级]，角色：rep 业务员、supervisor 主管、ops 跟单、finance 财务、after_sales 售后、technical 技术、admin 管理员。例：/invite rep wang',
        'Usage: /invite ROLE [reports-to], roles: rep, supervisor, ops, finance, after_sales, technical, admin. Example: /invite rep wang',
      ),
    );
    return;
  }
  if (ctx.chat.kind !== 'direct') {
    ctx.reply(
      t(
        lang,
        '邀请码只在和我的私聊里发，请私聊我 /invite。',
        'Invite codes are only given in a direct chat: send /invite to me privately.',
      ),
    );
    return;
  }
  const role = parseRole(cmd.role);
  if (!role) {
    ctx.reply(
      t(
        lang,
        `没有“${cmd.role}”这个角色。可用：rep、supervisor、ops、finance、after_sales、technical、admin。`,
        `There is no role "${cmd.role}". Roles: rep, supervisor, ops, finance, after_sales, technical, admin.`,
      ),
    );
    return;
  }
  const me = ctx.sender;
  const reportsTo = cmd.reportsTo?.toLowerCase() ?? (me.role === 'supervisor' ? me.id : null);
  if (reportsTo && !(await ctx.deps.repos.members.findRosterMember(reportsTo))) {
    ctx.reply(t(lang, `找不到同事“${cmd.reportsTo}”。`, `I don't know a colleague "${cmd.reportsTo}".`));
    return;
  }
  if (!mayManage(me, { reportsTo, role })) {
    ctx.reply(
      t(
        lang,
        '只有管理员，或新人的直属主管，才能发邀请码。',
        'Only an admin, or the supervisor the new person will report to, can invite.',
      ),
    );
    return;
  }
  const code = newInviteCode();
  const expiresAt = new Date(ctx.now.getTime() + INVITE_DAYS * 86_400_000);
  await ctx.transaction(async (tx) => {
    await tx.invites.insertInvite({
      codeHash: hashInviteCode(code),
      role,
      reportsTo,
      createdBy: me.id,
      createdAt: ctx.now,
      expiresAt,
    });
    // Replies are queued inside the transaction: they commit with the code.
    ctx.reply(
      t(
        lang,
        `邀请码：${code}（${role}${reportsTo ? `，上级 ${reportsTo}` : ''}，${INVITE_DAYS} 天内有效，只能用一次）\n请新同事在企业微信、钉钉或 WhatsApp 上给 Baton 发：/join ${code}`,
        `Invite code: ${code} (${role}${reportsTo ? `, reports to ${reportsTo}` : ''}; valid ${INVITE_DAYS} days, once)\nAsk the new colleague to send Baton, from WeCom, DingTalk or WhatsApp: /join ${code}`,
      ),
    );
  });
}
