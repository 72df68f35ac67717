// `/invite ROLE [reports-to]` → a one-time code, in a direct chat only (it is a secret).
import { tr } from '../../../core/i18n/index.js';
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
    ctx.reply(tr(lang, 'team.invite.usage_invite_role_reports_to'));
    return;
  }
  if (ctx.chat.kind !== 'direct') {
    ctx.reply(tr(lang, 'team.invite.invite_codes_are_only_given'));
    return;
  }
  const role = parseRole(cmd.role);
  if (!role) {
    ctx.reply(tr(lang, 'team.invite.there_is_no_role_roles', { role: cmd.role }));
    return;
  }
  const me = ctx.sender;
  const reportsTo = cmd.reportsTo?.toLowerCase() ?? (me.role === 'supervisor' ? me.id : null);
  if (reportsTo && !(await ctx.deps.repos.members.findRosterMember(reportsTo))) {
    ctx.reply(tr(lang, 'team.invite.i_don_t_know_a', { reportsTo: cmd.reportsTo }));
    return;
  }
  if (!mayManage(me, { reportsTo, role })) {
    ctx.reply(tr(lang, 'team.invite.only_an_admin_or_the'));
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
      tr(lang, 'team.invite.invite_code_valid_days_once', {
        code,
        role,
        v: reportsTo ? `，上级 ${reportsTo}` : '',
        INVITE_DAYS,
        v2: reportsTo ? `, reports to ${reportsTo}` : '',
      }),
    );
  });
}
