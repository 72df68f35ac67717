// A question Baton is waiting on ("which customer is this chat from?") is middleware,
// not a trap (issue 15): only a plausible answer answers it (./pending-answer.ts, step e).
// Any other message — a command, a correction, a question, a new forward — is handled as
// what it is, and the reply says what became of the question: still open and asked again
// (once), or dropped (the second time, or when the message asked a new question).
import { type Lang } from '../../../core/language.js';
import { tr } from '../../../core/i18n/index.js';
import type { Repositories } from '../../../deps.js';
import type { MessageMiddleware } from '../../understand/composer.js';
import type { MessageContext } from '../../understand/context.js';
import type { PendingExtras } from '../ask.js';
import { NEW_CUSTOMER } from '../ask.js';
import { isNewCustomerWord, parseChoiceAnswer } from '../intents/choice.js';
import { parseFreeIntent } from '../intents/parse-intent.js';
import { checkAnswer, SCREENSHOT_CHECK } from './screenshot-check.js';

type PendingQuestion = NonNullable<Awaited<ReturnType<Repositories['pendingQuestions']['openQuestion']>>>;
type Fate = 'kept' | 'dropped' | 'replaced';

/** Would the pending-answer step (or the screenshot check's) take this message as the answer? */
function answers(text: string, q: PendingQuestion): boolean {
  if (q.kind === SCREENSHOT_CHECK) return !!checkAnswer(text);
  if (isNewCustomerWord(text)) return q.choices.some((c) => c.customerId === NEW_CUSTOMER);
  const a = parseChoiceAnswer(
    text,
    q.choices.map((c) => c.label),
  );
  return !!a && !(a.type === 'name' && parseFreeIntent(text));
}

function note(fate: Fate, lang: Lang, question: string | undefined): string {
  if (fate === 'kept')
    return question
      ? tr(lang, 'bot.pending_question.the_earlier_question_is_still', { question })
      : tr(lang, 'bot.pending_question.the_earlier_question_is_still_2');
  if (fate === 'replaced') return tr(lang, 'bot.pending_question.i_dropped_the_earlier_question');
  return tr(lang, 'bot.pending_question.i_dropped_the_earlier_question_2');
}

export const pendingQuestionMiddleware: MessageMiddleware = {
  name: 'bot.pending-question',
  async around(ctx, next) {
    if (!ctx.sender) return next(ctx);
    const me = ctx.sender;
    const q = await ctx.deps.repos.pendingQuestions.openQuestion(ctx.chat.id, me.id, ctx.now);
    if (!q || (q.kind !== 'customer_choice' && q.kind !== SCREENSHOT_CHECK) || answers(ctx.message.text, q))
      return next(ctx);
    const extras = q.payload as PendingExtras;
    let fate: Fate = extras.reasked ? 'dropped' : 'kept';
    let spent = false;
    const replies: Parameters<MessageContext['reply']>[] = [];
    // Before the owner's writes, so a question the owner asks replaces this one.
    const settle = async (tx: Repositories) => {
      if (fate === 'dropped') await tx.pendingQuestions.closeQuestion(ctx.chat.id, me.id);
      else await tx.pendingQuestions.askQuestion({ ...q, payload: { ...q.payload, reasked: true } });
    };
    const flush = () => {
      const text = note(fate, ctx.lang, fate === 'kept' ? extras.question : undefined);
      const [first, ...rest] = replies;
      if (first) ctx.reply(`${first[0]}\n\n${text}`, first[1]);
      else ctx.reply(text);
      for (const r of rest) ctx.reply(...r);
    };
    const wrapped: MessageContext = {
      ...ctx,
      reply: (...args) => void replies.push(args),
      transaction(fn) {
        spent = true;
        return ctx.transaction(async (tx) => {
          await settle(tx);
          const watched: Repositories = {
            ...tx,
            pendingQuestions: {
              ...tx.pendingQuestions,
              askQuestion: (x) => {
                fate = 'replaced';
                return tx.pendingQuestions.askQuestion(x);
              },
            },
          };
          const r = await fn(watched);
          flush();
          return r;
        });
      },
    };
    const owned = await next(wrapped);
    if (!spent && (owned || replies.length > 0))
      await ctx.transaction(async (tx) => {
        await settle(tx);
        flush();
      });
    else if (!spent) for (const r of replies) ctx.reply(...r);
    return owned;
  },
};
