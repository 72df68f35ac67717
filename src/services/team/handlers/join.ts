// `/join CODE` from someone Baton does not know yet: they become a member with the
// invite's role, linked to the platform identity they wrote from. Must come before
// the bot's "not registered" handler.
import { tr } from '../../../core/i18n/index.js';
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
    ctx.reply(tr(lang, 'team.join.you_are_on_the_team', { id: ctx.sender.id }));
    return;
  }
  if (code === 'usage') {
    ctx.reply(tr(lang, 'team.join.usage_join_code_ask_an'));
    return;
  }
  const kind = identityKindOf(ctx.message.platform);
  if (ctx.chat.kind !== 'direct' || !kind) {
    ctx.reply(tr(lang, 'team.join.please_send_join_code_to'));
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
      ctx.reply(tr(lang, 'team.join.that_invite_code_is_not'));
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
          text: tr(inviterDm.language ?? 'zh', 'team.join.joined_with_your_invite', {
            v: m.senderName ?? external,
            id,
            role: invite.role,
          }),
        },
      ]);
    }
    ctx.reply(tr(lang, 'team.join.welcome_to_the_team_you', { id, role: invite.role }));
  });
}
