// `/bind production|logistics|order_desk|after_sales|technical`, `/bind customer ACME`,
// `/bind external on|off`, `/unbind`, `/bind` (show) — in a group, by an admin or supervisor.
import { tr } from '../../../core/i18n/index.js';
import { defineCommand, type MemberContext } from '../../understand/command.js';
import { AUDIENCES, parseBind, platformSaysExternal } from '../chat-binding.js';

export const bindCommand = defineCommand<string>({
  en: 'bind',
  zh: '绑定',
  async run(ctx, rest) {
    await bind(ctx, `/bind ${rest}`.trim());
  },
});

export const unbindCommand = defineCommand<string>({
  en: 'unbind',
  zh: '解绑',
  async run(ctx) {
    await bind(ctx, '/unbind');
  },
});

async function bind(ctx: MemberContext, text: string): Promise<void> {
  const cmd = parseBind(text);
  if (!cmd) return;

  const me = ctx.sender;
  const repos = ctx.deps.repos;
  if (ctx.chat.kind !== 'group') {
    ctx.reply(tr(ctx.lang, 'team.bind.send_bind_in_the_group'));
    return;
  }
  const platform = platformSaysExternal(ctx.chat);
  if (cmd.kind === 'show') {
    const b = await repos.chatBindings.findChatBinding(ctx.chat.id);
    const what = b?.audience
      ? tr(ctx.lang, 'team.bind.the_audience', {
          v: AUDIENCES[b.audience]?.zh ?? b.audience,
          v2: AUDIENCES[b.audience]?.en ?? b.audience,
        })
      : b?.customerId
        ? tr(ctx.lang, 'team.bind.a_customer_group')
        : tr(ctx.lang, 'team.bind.not_bound');
    ctx.reply(
      tr(ctx.lang, 'team.bind.this_chat_usage_bind_production', {
        what,
        v: ctx.chat.hasExternal ? '有外部成员（不发敏感信息）' : '只有内部成员',
        v2: ctx.chat.hasExternal ? 'outsiders present (nothing sensitive is posted)' : 'team only',
      }),
    );
    return;
  }
  if (me.role !== 'admin' && me.role !== 'supervisor') {
    ctx.reply(tr(ctx.lang, 'team.bind.only_an_admin_or_a'));
    return;
  }
  if (cmd.kind === 'bad') {
    ctx.reply(tr(ctx.lang, 'team.bind.i_don_t_know_choose', { word: cmd.word }));
    return;
  }
  if (cmd.kind === 'unbind') {
    await ctx.transaction(async (tx) => {
      const had = await tx.chatBindings.unbindChat(ctx.chat.id);
      await tx.chatBindings.removeAudienceSubscriptions(ctx.chat.id);
      ctx.reply(
        had ? tr(ctx.lang, 'team.bind.unbound_this_chat_no_longer') : tr(ctx.lang, 'team.bind.this_chat_was_not_bound'),
      );
    });
    return;
  }
  if (cmd.kind === 'external') {
    if (platform !== undefined) {
      ctx.reply(
        tr(ctx.lang, 'team.bind.the_platform_says_this_chat', {
          v: platform ? '有' : '没有',
          v2: platform ? 'has' : 'has no',
        }),
      );
      return;
    }
    await ctx.transaction(async (tx) => {
      await tx.chatBindings.setChatHasExternal(ctx.chat.id, cmd.value);
      ctx.reply(
        cmd.value
          ? tr(ctx.lang, 'team.bind.marked_outsiders_are_present_here')
          : tr(ctx.lang, 'team.bind.marked_team_only'),
      );
    });
    return;
  }
  if (cmd.kind === 'audience') {
    const a = AUDIENCES[cmd.audience]!;
    await ctx.transaction(async (tx) => {
      await tx.chatBindings.removeAudienceSubscriptions(ctx.chat.id);
      for (const kind of a.kinds)
        await tx.subscriptions.subscribe({ chatId: ctx.chat.id, customerId: null, kind, createdBy: me.id }, ctx.now);
      await tx.chatBindings.bindChat({
        chatId: ctx.chat.id,
        audience: cmd.audience,
        customerId: null,
        externalSource: platform === undefined ? 'admin' : 'platform',
        by: me.id,
        at: ctx.now,
      });
      if (platform !== undefined) await tx.chatBindings.setChatHasExternal(ctx.chat.id, platform);
      ctx.reply(
        tr(ctx.lang, 'team.bind.bound_to_changes_to_kinds', {
          zh: a.zh,
          length: a.kinds.length,
          en: a.en,
          join: a.kinds.join(', '),
        }),
      );
    });
    return;
  }
  const [c, ...more] = await repos.customers.searchCustomers(cmd.term, 2);
  if (!c) {
    ctx.reply(tr(ctx.lang, 'team.bind.i_don_t_know_a', { term: cmd.term }));
    return;
  }
  if (
    more.length &&
    more[0]!.name.toLowerCase() !== c.name.toLowerCase() &&
    c.name.toLowerCase() !== cmd.term.toLowerCase()
  ) {
    ctx.reply(
      tr(ctx.lang, 'team.bind.matches_several_customers_please_give', {
        term: cmd.term,
        join: [c, ...more].map((x) => x.name).join('、'),
        join2: [c, ...more].map((x) => x.name).join(', '),
      }),
    );
    return;
  }
  await ctx.transaction(async (tx) => {
    await tx.cadence.linkChatToCustomer(ctx.chat.id, c.id, me.id, ctx.now);
    await tx.chatBindings.bindChat({
      chatId: ctx.chat.id,
      audience: null,
      customerId: c.id,
      externalSource: platform === undefined ? 'admin' : 'platform',
      by: me.id,
      at: ctx.now,
    });
    // A customer's group has the customer in it unless the platform says otherwise.
    await tx.chatBindings.setChatHasExternal(ctx.chat.id, platform ?? true);
    ctx.reply(tr(ctx.lang, 'team.bind.bound_to_customer_this_is', { name: c.name }));
  });
}
