// `/undo` (撤销, 撤回): take back the member's last forward, correction or removal of the
// last day. `/move <customer>` (改归): re-file the last forward under another customer —
// it is taken back, then applied there, in one transaction.
import { tr } from '../../../core/i18n/index.js';
import type { Customer } from '../../../core/customer.js';
import { defineCommand, type ChatCommand } from '../../understand/command.js';
import { botCtx, customerHead, replyMd, type BotCtx } from '../bot-context.js';
import { resolveCustomer } from '../customers/resolve.js';
import { changeLine, head } from '../format/lines.js';
import { applyForward } from '../forward/apply-forward.js';
import { chatOptions, extractChat, parseChat } from '../forward/extract-chat.js';
import { chatPreamble } from '../customers/forward-customer.js';
import { refuseCustomer } from '../ask.js';
import { storedScreenshotChat } from '../handlers/screenshot.js';
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
      ctx.reply(tr(b.fmt.lang, 'bot.undo.undo_commands.there_is_no_forward_from'));
      return;
    }
    const r = await resolveCustomer(repos, b.sender, target);
    if (r.kind === 'forbidden') {
      refuseCustomer(b, r.customer);
      return;
    }
    if (r.kind === 'many') {
      ctx.reply(
        tr(b.fmt.lang, 'bot.undo.undo_commands.matches_several_customers_send_move', {
          target,
          join: r.customers.map((c) => c.name).join('、'),
          join2: r.customers.map((c) => c.name).join(', '),
        }),
      );
      return;
    }
    const to: Customer | { newName: string } = r.kind === 'one' ? r.customer : { newName: target };
    if ('id' in to && to.id === last.customerId) {
      ctx.reply(tr(b.fmt.lang, 'bot.undo.undo_commands.that_chat_is_already_filed', { name: to.name }));
      return;
    }
    const opts = chatOptions(ctx.deps, original.sentAt, b.sender.name);
    // A screenshot (issue 19) is moved as the chat it was read as, not as its (empty) text.
    const shot = await storedScreenshotChat(b, { messageId: source, sentAt: original.sentAt, caption: original.text });
    const parsed = shot?.transcript ?? parseChat(chatPreamble(original.text).body, opts);
    const result = await extractChat(ctx.deps, parsed, opts);
    let undone: TakenBack | undefined;
    await applyForward(b, {
      customer: to,
      parsed,
      result,
      messageId: source,
      sentAt: original.sentAt,
      fromScreenshot: !!shot,
      firstInTx: async (tx) => {
        undone = await takeBack(tx, b, last.viaMessageId);
        if (undone) replyMd(b, undoneText(b, undone));
      },
    });
  },
});

function nothingToUndo(b: BotCtx): string {
  return tr(b.fmt.lang, 'bot.undo.undo_commands.you_have_no_forward_correction');
}

function undoneText(b: BotCtx, d: TakenBack): string {
  const f = b.fmt;
  const lines = [
    tr(f.lang, 'bot.undo.undo_commands.undone_is_back_to_its', { head: head(customerHead(b, d.customer), f) }),
    ...d.restored.map((l) => changeLine(l, f)),
  ];
  if (d.keptNewer > 0)
    lines.push(tr(f.lang, 'bot.undo.undo_commands.later_changed_again_the_newest', { keptNewer: d.keptNewer }));
  if (d.retracted > 0)
    lines.push(tr(f.lang, 'bot.undo.undo_commands.the_change_notice_was_retracted', { retracted: d.retracted }));
  return lines.join('\n');
}

export function undoCommands(): ChatCommand<unknown>[] {
  return [undoCommand, moveCommand];
}
