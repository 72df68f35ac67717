// The explicit handover commands: start, ack, refuse, ask, answer, check-in — as
// slash commands (/handover, /ack …, and their Chinese names) and said in words
// ("把ACME交接给李波", "确认接收 HO-3").
import { tr } from '../../../core/i18n/index.js';
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
  return tr(lang, 'handover.commands.handover_handover_acme_to_bob');
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
    ctx.reply(tr(lang, 'handover.commands.please_do_handovers_in_your'));
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
            reply: tr(lang, 'handover.commands.no_handover_question_is_waiting'),
            notices: [],
          },
      );
      return;
    case 'checkin':
      await runInTransaction(
        ctx,
        async (env) =>
          (await answerCheckin(env, member, cmd.id, cmd.text, lang)) ?? {
            reply: tr(lang, 'handover.commands.no_handover_check_in_is'),
            notices: [],
          },
      );
      return;
  }
}
