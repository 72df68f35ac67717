// Plain replies in a direct chat that continue a handover conversation: a
// question right after the package (or an answer) goes to the sender; the
// sender's reply right after a question is the answer; a reply to the weekly
// check-in goes to the supervisor. "Right after" means Baton's last message in
// this chat was that handover message, so ordinary questions to Baton ("what
// does ACME need?") asked at other times still reach the bot's own handlers.
import { isQuestion } from '../../../core/handover/conversation.js';
import { looksLikeSlashCommand } from '../../../core/slash-command.js';
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';
import { pendingFor } from '../pending.js';
import { answerQuestion, askQuestion, hasOpenQuestionTo } from '../questions.js';
import { answerCheckin, hasOpenCheckin } from '../checkin.js';
import { envOf, lastBotKey, runInTransaction } from './shared.js';

const RECEIVER_CONTEXT = /^handover-(pkg|a|remind|reply):/;

export const handoverReplyHandler: MessageHandler = {
  name: 'handover-replies',
  async handle(ctx: MessageContext): Promise<boolean> {
    const member = ctx.sender;
    const text = ctx.message.text.trim();
    if (!member || ctx.chat.kind !== 'direct' || !text || looksLikeSlashCommand(text)) return false;
    const key = await lastBotKey(ctx);
    if (!key?.startsWith('handover')) return false;
    const env = envOf(ctx);
    if (key.startsWith('handover-q:') && (await hasOpenQuestionTo(env, member.id))) {
      return runInTransaction(ctx, (e) => answerQuestion(e, member, undefined, text, ctx.lang));
    }
    if (key.startsWith('handover-checkin:') && (await hasOpenCheckin(env, member.id))) {
      return runInTransaction(ctx, (e) => answerCheckin(e, member, undefined, text, ctx.lang));
    }
    if (RECEIVER_CONTEXT.test(key) && isQuestion(text)) {
      const pending = await pendingFor(env.repos, member.id);
      if (pending.length !== 1) return false;
      return runInTransaction(ctx, (e) => askQuestion(e, member, pending[0]!.batchId, text, ctx.lang));
    }
    return false;
  },
};
