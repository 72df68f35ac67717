// The clerk's and the rep's replies about a production sheet:
//   "确认" / "ack" / "确认 PS-3" / "/ack PS-3"  → acknowledged (when a sheet is waiting for them)
//   "/ask PS-3 …", or a question right after the sheet or an answer → goes to the rep
//   the rep's reply right after a clerk's question → the answer
// "Right after" = Baton's last message in this direct chat was that order message, so
// ordinary questions to Baton at other times still reach the bot.
import { isQuestion } from '../../../core/handover/conversation.js';
import { normaliseSheetId } from '../../../core/orders/sheet.js';
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';
import { pendingFor } from '../../handover/pending.js';
import { acknowledgeSheet, answerSheetQuestion, askAboutSheet } from '../sign-off.js';
import { envOf, lastBotKey, queue, runInTransaction } from './shared.js';

const SHEET_ID = String.raw`(PS[-\s]?\d+)`;
const ACK = new RegExp(
  String.raw`^(?:/ack|ack|ok|确认|收到|已确认|确认收到|确认生产单)(?:\s*${SHEET_ID})?[\s。.!！]*$`,
  'i',
);
const ASK = new RegExp(String.raw`^(?:/ask|提问)\s*${SHEET_ID}\s+([\s\S]+)$`, 'i');

export const sheetReplyHandler: MessageHandler = {
  name: 'orders.sheet-replies',
  async handle(ctx: MessageContext): Promise<boolean> {
    const member = ctx.sender;
    const text = ctx.message.text.trim();
    if (!member || ctx.chat.kind !== 'direct' || !text) return false;
    const env = envOf(ctx);
    const ack = ACK.exec(text);
    if (ack) {
      const id = ack[1] ? normaliseSheetId(ack[1]) : undefined;
      const pending = await env.store.pendingSheetsFor(member.id);
      if (!id && pending.length === 0) return false;
      // A bare "ack" with a handover also waiting belongs to the handover unless a sheet was the last word.
      if (
        !id &&
        /ack/i.test(text) &&
        (await pendingFor(ctx.deps.repos, member.id)).length > 0 &&
        !(await lastBotKey(ctx))?.startsWith('order-')
      )
        return false;
      return runInTransaction(ctx, (e) => acknowledgeSheet(e, member, id, ctx.lang));
    }
    const ask = ASK.exec(text);
    if (ask)
      return runInTransaction(
        ctx,
        (e) => askAboutSheet(e, member, normaliseSheetId(ask[1]!), ask[2]!.trim(), ctx.lang),
        'order-asked',
      );
    if (text.startsWith('/')) return false;
    const key = await lastBotKey(ctx);
    if (!key?.startsWith('order-')) return false;
    if (key.startsWith('order-q:') && (await env.store.openSheetQuestionTo(member.id))) {
      return ctx.transaction(async (tx) => {
        const out = await answerSheetQuestion(envOf(ctx, tx), member, text, ctx.lang);
        if (out) queue(ctx, out);
        return true;
      });
    }
    if (
      (key.startsWith('order-sheet:') || key.startsWith('order-answer:') || key.startsWith('order-remind:')) &&
      isQuestion(text)
    ) {
      const pending = await env.store.pendingSheetsFor(member.id);
      if (pending.length !== 1) return false;
      return runInTransaction(ctx, (e) => askAboutSheet(e, member, pending[0]!.id, text, ctx.lang), 'order-asked');
    }
    return false;
  },
};
