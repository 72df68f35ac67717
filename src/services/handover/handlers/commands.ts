// The explicit handover commands: start, ack, refuse, ask, answer, check-in — as
// slash commands (/handover, /ack …, and their Chinese names) and said in words
// ("把ACME交接给李波", "确认接收 HO-3").
import { t } from '../../../core/language.js';
import {
  HANDOVER_COMMANDS,
  parseHandoverArgs,
  parseHandoverPhrase,
  type HandoverCommand,
  type HandoverVerb,
} from '../../../core/handover/parse-command.js';
import type { MessageHandler } from '../../understand/handler.js';
import { defineCommand, type ChatCommand, type MemberContext } from '../../understand/command.js';
import { prepareHandover, recordHandover } from '../start-handover.js';
import { acknowledge, refuse } from '../sign-off.js';
import { answerQuestion, askQuestion } from '../questions.js';
import { answerCheckin } from '../checkin.js';
import { envOf, queue, runInTransaction } from './shared.js';

export function usage(lang: 'zh' | 'en'): string {
  return t(
    lang,
    '交接用法：\n- 把ACME交接给李波（/handover ACME to bob）\n- 把陈莉的全部客户交接给李波、孙宇（/handover all lily to bob,sun [round-robin]）\n- 把ACME的跟单交接给赵磊（/handover ACME stage fulfilment to zhao）\n接收人：确认接收 · /ask HO-1 问题 · /refuse HO-1 原因',
    'Handover:\n- /handover ACME to bob\n- /handover all lily to bob,sun [round-robin] (a departure, split fairly)\n- /handover ACME stage fulfilment to zhao (fulfilment, after_sales, technical)\nReceiver: ack · /ask HO-1 question · /refuse HO-1 reason',
  );
}

/** /handover, /ack, /refuse, /ask, /answer, /checkin. */
export function handoverCommands(): ChatCommand<unknown>[] {
  return (Object.keys(HANDOVER_COMMANDS) as HandoverVerb[]).map((verb) =>
    defineCommand<HandoverCommand>({
      ...HANDOVER_COMMANDS[verb],
      parse: (call) => parseHandoverArgs(verb, call.rest),
      run: (ctx, cmd) => runHandoverCommand(ctx, cmd),
    }),
  );
}

/** The same said in words. */
export const handoverPhraseHandler: MessageHandler = {
  name: 'handover.phrases',
  async handle(ctx) {
    const cmd = parseHandoverPhrase(ctx.message.text);
    if (!cmd || !ctx.sender) return false;
    await runHandoverCommand(ctx as MemberContext, cmd);
    return true;
  },
};

async function runHandoverCommand(ctx: MemberContext, cmd: HandoverCommand): Promise<void> {
  const member = ctx.sender;
  const lang = ctx.lang;
  if (ctx.chat.hasExternal) {
    ctx.reply(t(lang, '交接请在和 Baton 的私聊里进行。', 'Please do handovers in your direct chat with Baton.'));
    return;
  }
  switch (cmd.kind) {
    case 'usage':
      ctx.reply(usage(lang));
      return;
    case 'start': {
      const prep = await prepareHandover(envOf(ctx), member, cmd, lang);
      if (!prep.ok) {
        await ctx.transaction(async () => queue(ctx, { reply: prep.reply, notices: [] }));
        return;
      }
      await runInTransaction(ctx, (env) => recordHandover(env, member, prep, lang));
      return;
    }
    case 'ack':
      await runInTransaction(ctx, (env) => acknowledge(env, member, cmd.id, lang));
      return;
    case 'refuse':
      await runInTransaction(ctx, (env) => refuse(env, member, cmd.id, cmd.reason, lang));
      return;
    case 'ask':
      await runInTransaction(ctx, (env) => askQuestion(env, member, cmd.id, cmd.text, lang));
      return;
    case 'answer':
      await runInTransaction(
        ctx,
        async (env) =>
          (await answerQuestion(env, member, cmd.id, cmd.text, lang)) ?? {
            reply: t(lang, '没有等你回答的交接问题。', 'No handover question is waiting for your answer.'),
            notices: [],
          },
      );
      return;
    case 'checkin':
      await runInTransaction(
        ctx,
        async (env) =>
          (await answerCheckin(env, member, cmd.id, cmd.text, lang)) ?? {
            reply: t(lang, '没有待回复的交接回访。', 'No handover check-in is waiting for you.'),
            notices: [],
          },
      );
      return;
  }
}
