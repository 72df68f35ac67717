// `/undo` (撤销, 撤回): take back the member's last forward, correction or removal of the
// last day. `/move <customer>` (改归): re-file the last forward under another customer —
// it is taken back, then applied there, in one transaction.
import { t } from '../../../core/language.js';
import type { Customer } from '../../../core/customer.js';
import { defineCommand, type ChatCommand } from '../../understand/command.js';
import { botCtx, customerHead, replyMd, type BotCtx } from '../bot-context.js';
import { resolveCustomer } from '../customers/resolve.js';
import { changeLine, head } from '../format/lines.js';
import { applyForward } from '../forward/apply-forward.js';
import { chatOptions, extractChat, parseChat } from '../forward/extract-chat.js';
import { chatPreamble } from '../customers/forward-customer.js';
import { refuseCustomer } from '../ask.js';
import { takeBack, UNDO_WINDOW_MS, type TakenBack } from './take-back.js';

export const undoCommand = defineCommand<true>({
  en: 'undo',
  zh: '撤销',
  aliases: ['撤回'],
  parse: (call) => (call.rest ? undefined : true),
  async run(ctx) {
    const b = await botCtx(ctx, ctx.sender);
    const last = await ctx.deps.repos.undo.lastAction(b.sender.id, new Date(ctx.now.getTime() - UNDO_WINDOW_MS));
    if (!last) {
      ctx.reply(nothingToUndo(b));
      return;
    }
    await ctx.transaction(async (tx) => {
      const done = await takeBack(tx, b, last.viaMessageId);
      replyMd(b, done ? undoneText(b, done) : nothingToUndo(b));
    });
  },
});

export const moveCommand = defineCommand<string>({
  en: 'move',
  zh: '改归',
  aliases: ['移到'],
  parse: (call) => call.rest || undefined,
  async run(ctx, target) {
    const b = await botCtx(ctx, ctx.sender);
    const repos = ctx.deps.repos;
    const last = await repos.undo.lastAction(b.sender.id, new Date(ctx.now.getTime() - UNDO_WINDOW_MS));
    const changes = last ? await repos.undo.changesOfAction(last.viaMessageId) : [];
    // Only a forwarded chat can be re-filed (its needs were extracted, not typed as a correction).
    const put = changes.find((c) => c.toNeedId);
    const need = put?.toNeedId ? await repos.undo.needById(put.toNeedId) : undefined;
    const source = need && need.extractor !== 'manual' ? need.messageId : null;
    const original = source ? await repos.botContext.messageText(source) : undefined;
    if (!last || !source || !original) {
      ctx.reply(t(b.fmt.lang, '最近一天没有可以改归的转发。', 'There is no forward from the last day to move.'));
      return;
    }
    const r = await resolveCustomer(repos, b.team, b.sender, target);
    if (r.kind === 'forbidden') {
      refuseCustomer(b, r.customer);
      return;
    }
    if (r.kind === 'many') {
      ctx.reply(
        t(
          b.fmt.lang,
          `"${target}"对应多个客户：${r.customers.map((c) => c.name).join('、')}。请写全名再发 /move。`,
          `“${target}” matches several customers: ${r.customers.map((c) => c.name).join(', ')}. Send /move with the full name.`,
        ),
      );
      return;
    }
    const to: Customer | { newName: string } = r.kind === 'one' ? r.customer : { newName: target };
    if ('id' in to && to.id === last.customerId) {
      ctx.reply(t(b.fmt.lang, `这段聊天已经记在 ${to.name} 名下。`, `That chat is already filed under ${to.name}.`));
      return;
    }
    const opts = chatOptions(ctx.deps, original.sentAt, b.sender.name);
    const parsed = parseChat(chatPreamble(original.text).body, opts);
    const result = await extractChat(ctx.deps, parsed, opts);
    let undone: TakenBack | undefined;
    await applyForward(b, {
      customer: to,
      parsed,
      result,
      messageId: source,
      sentAt: original.sentAt,
      firstInTx: async (tx) => {
        undone = await takeBack(tx, b, last.viaMessageId);
        if (undone) replyMd(b, undoneText(b, undone));
      },
    });
  },
});

function nothingToUndo(b: BotCtx): string {
  return t(
    b.fmt.lang,
    '最近一天你没有可以撤销的转发、更正或删除。',
    'You have no forward, correction or removal from the last day to undo.',
  );
}

function undoneText(b: BotCtx, d: TakenBack): string {
  const f = b.fmt;
  const lines = [
    t(
      f.lang,
      `已撤销，${head(customerHead(b, d.customer), f)} 恢复为之前的版本：`,
      `Undone — ${head(customerHead(b, d.customer), f)} is back to its earlier versions:`,
    ),
    ...d.restored.map((l) => changeLine(l, f)),
  ];
  if (d.keptNewer > 0)
    lines.push(
      t(
        f.lang,
        `${d.keptNewer} 项之后又被改过，保留最新的。`,
        `${d.keptNewer} later changed again; the newest is kept.`,
      ),
    );
  if (d.retracted > 0)
    lines.push(
      t(
        f.lang,
        `已在 ${d.retracted} 个聊天里撤回变更通知。`,
        `The change notice was retracted in ${d.retracted} chat(s).`,
      ),
    );
  return lines.join('\n');
}

export function undoCommands(): ChatCommand<unknown>[] {
  return [undoCommand, moveCommand];
}
