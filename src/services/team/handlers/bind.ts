// `/bind production|logistics|order_desk|after_sales|technical`, `/bind customer ACME`,
// `/bind external on|off`, `/unbind`, `/bind` (show) — in a group, by an admin or supervisor.
import { t } from '../../../core/language.js';
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
  const L = (zh: string, en: string) => t(ctx.lang, zh, en);
  const me = ctx.sender;
  const repos = ctx.deps.repos;
  if (ctx.chat.kind !== 'group') {
    ctx.reply(L('请在要绑定的群里发 /bind。', 'Send /bind in the group you want to bind.'));
    return;
  }
  const platform = platformSaysExternal(ctx.chat);
  if (cmd.kind === 'show') {
    const b = await repos.chatBindings.findChatBinding(ctx.chat.id);
    const what = b?.audience
      ? L(`${AUDIENCES[b.audience]?.zh ?? b.audience}群`, `the ${AUDIENCES[b.audience]?.en ?? b.audience} audience`)
      : b?.customerId
        ? L('一个客户群', 'a customer group')
        : L('未绑定', 'not bound');
    ctx.reply(
      L(
        `这个群：${what}；${ctx.chat.hasExternal ? '有外部成员（不发敏感信息）' : '只有内部成员'}。用法：/bind production|logistics|order_desk|after_sales|technical，/bind customer 客户名，/bind external on|off，/unbind`,
        `This chat: ${what}; ${ctx.chat.hasExternal ? 'outsiders present (nothing sensitive is posted)' : 'team only'}. Usage: /bind production|logistics|order_desk|after_sales|technical, /bind customer NAME, /bind external on|off, /unbind`,
      ),
    );
    return;
  }
  if (me.role !== 'admin' && me.role !== 'supervisor') {
    ctx.reply(L('只有管理员或主管可以绑定群。', 'Only an admin or a supervisor can bind a chat.'));
    return;
  }
  if (cmd.kind === 'bad') {
    ctx.reply(
      L(
        `不认识“${cmd.word}”。可选：production、logistics、order_desk、after_sales、technical，或 customer 客户名。`,
        `I don't know "${cmd.word}". Choose production, logistics, order_desk, after_sales, technical, or customer NAME.`,
      ),
    );
    return;
  }
  if (cmd.kind === 'unbind') {
    await ctx.transaction(async (tx) => {
      const had = await tx.chatBindings.unbindChat(ctx.chat.id);
      await tx.chatBindings.removeAudienceSubscriptions(ctx.chat.id);
      ctx.reply(
        had
          ? L('已解绑：这个群不再自动收到需求变更。', 'Unbound: this chat no longer hears about need changes.')
          : L('这个群没有绑定。', 'This chat was not bound.'),
      );
    });
    return;
  }
  if (cmd.kind === 'external') {
    if (platform !== undefined) {
      ctx.reply(
        L(
          `平台显示这个群${platform ? '有' : '没有'}外部成员，以平台为准。`,
          `The platform says this chat ${platform ? 'has' : 'has no'} outsiders; that is what Baton uses.`,
        ),
      );
      return;
    }
    await ctx.transaction(async (tx) => {
      await tx.chatBindings.setChatHasExternal(ctx.chat.id, cmd.value);
      ctx.reply(
        cmd.value
          ? L(
              '已标记：这个群有外部成员，不会在这里发敏感信息。',
              'Marked: outsiders are present here, so nothing sensitive is posted.',
            )
          : L('已标记：这个群只有内部成员。', 'Marked: team only.'),
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
        L(
          `已绑定为${a.zh}群：客户的${a.kinds.length}类需求变更会发到这里。`,
          `Bound to ${a.en}: changes to ${a.kinds.length} kinds of need (${a.kinds.join(', ')}) will be posted here.`,
        ),
      );
    });
    return;
  }
  const [c, ...more] = await repos.customers.searchCustomers(cmd.term, 2);
  if (!c) {
    ctx.reply(L(`找不到客户“${cmd.term}”。`, `I don't know a customer "${cmd.term}".`));
    return;
  }
  if (
    more.length &&
    more[0]!.name.toLowerCase() !== c.name.toLowerCase() &&
    c.name.toLowerCase() !== cmd.term.toLowerCase()
  ) {
    ctx.reply(
      L(
        `“${cmd.term}”有多个客户：${[c, ...more].map((x) => x.name).join('、')}，请写全名。`,
        `"${cmd.term}" matches several customers: ${[c, ...more].map((x) => x.name).join(', ')}. Please give the full name.`,
      ),
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
    ctx.reply(
      L(
        `已绑定到客户 ${c.name}：这里是外部群，不会发价格、付款等敏感信息。`,
        `Bound to customer ${c.name}: this is an external group, so prices, payment terms and other sensitive fields are never posted here.`,
      ),
    );
  });
}
