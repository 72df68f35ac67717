// The member's answer to "which customer?": "1", "ACME Tools", a new name (for a
// forwarded chat: creates the customer), or "cancel". Anything else passes on.
import { tr } from '../../../core/i18n/index.js';
import type { Customer } from '../../../core/customer.js';
import type { MessageHandler } from '../../understand/handler.js';
import type { PendingAction, PendingExtras } from '../ask.js';
import { NEW_CUSTOMER, refuseCustomer } from '../ask.js';
import { botCtx, type BotCtx } from '../bot-context.js';
import { resolveCustomer } from '../customers/resolve.js';
import { mayView } from '../customers/visibility.js';
import { applyForward } from '../forward/apply-forward.js';
import { chatOptions, extractChat, parseChat } from '../forward/extract-chat.js';
import { chatPreamble } from '../customers/forward-customer.js';
import { isNewCustomerWord, parseChoiceAnswer, type ChoiceAnswer } from '../intents/choice.js';
import { parseFreeIntent } from '../intents/parse-intent.js';
import { runIntent } from './intent.js';
import { fileScreenshots, storedReadings } from './screenshot.js';

export const pendingAnswerHandler: MessageHandler = {
  name: 'bot.pending-answer',
  async handle(ctx) {
    if (!ctx.sender) return false;
    const repos = ctx.deps.repos;
    const q = await repos.pendingQuestions.openQuestion(ctx.chat.id, ctx.sender.id, ctx.now);
    if (!q || q.kind !== 'customer_choice') return false;
    const answer = isNewCustomerWord(ctx.message.text)
      ? newEntryIndex(q.choices)
      : parseChoiceAnswer(
          ctx.message.text,
          q.choices.map((c) => c.label),
        );
    if (!answer || (answer.type === 'name' && parseFreeIntent(ctx.message.text))) return false;
    const then = q.payload as unknown as PendingAction & PendingExtras;
    const b = await botCtx(ctx, ctx.sender);
    // "1" has no language of its own: answer in the language the question was asked in.
    if (then.lang && !/\p{L}/u.test(ctx.message.text)) b.fmt = { ...b.fmt, lang: then.lang };
    const close = async () => {
      await repos.pendingQuestions.closeQuestion(ctx.chat.id, ctx.sender!.id);
    };
    if (answer.type === 'cancel') {
      await ctx.transaction(async (tx) => {
        await tx.pendingQuestions.closeQuestion(ctx.chat.id, b.sender.id);
        ctx.reply(tr(b.fmt.lang, 'bot.pending_answer.ok_cancelled'));
      });
      return true;
    }
    let customer: Customer | undefined;
    const picked = answer.type === 'pick' ? q.choices[answer.index]! : undefined;
    if (picked?.customerId === NEW_CUSTOMER) {
      // The new-customer entry: the name the chat gave, or ask for one (the question stays open).
      if (then.action === 'forward' && then.offerNew)
        return resumeForward(b, then.messageId, { newName: then.offerNew });
      ctx.reply(tr(b.fmt.lang, 'bot.pending_answer.please_reply_with_the_new'));
      return true;
    }
    if (picked) customer = await repos.customers.findCustomerById(picked.customerId);
    else if (answer.type === 'name') {
      const r = await resolveCustomer(repos, b.sender, answer.name);
      if (r.kind === 'forbidden') {
        await close();
        refuseCustomer(b, r.customer);
        return true;
      }
      if (r.kind === 'one') customer = r.customer;
      else if (r.kind === 'many') {
        ctx.reply(tr(b.fmt.lang, 'bot.pending_answer.matches_several_customers_please_reply', { name: answer.name }));
        return true;
      } else if (then.action === 'intent') {
        ctx.reply(tr(b.fmt.lang, 'bot.pending_answer.i_don_t_know_a', { name: answer.name }));
        return true;
      }
    }
    if (customer && !mayView(b.team, b.sender, customer)) {
      await close();
      refuseCustomer(b, customer);
      return true;
    }
    if (then.action === 'intent') {
      await close();
      await runIntent(b, then.intent, customer);
      return true;
    }
    return resumeForward(b, then.messageId, customer ?? { newName: answer.type === 'name' ? answer.name : '' });
  },
};

async function resumeForward(b: BotCtx, messageId: string, customer: Customer | { newName: string }): Promise<boolean> {
  const original = await b.ctx.deps.repos.botContext.messageText(messageId);
  if (!original || ('newName' in customer && !customer.newName)) return false;
  // A screenshot (issue 19) was read before the question: file its stored reading (and its run).
  const readings = await storedReadings(b, messageId);
  if (readings) {
    await fileScreenshots(b, {
      messageId,
      sentAt: original.sentAt,
      caption: original.text,
      readings,
      checked: true,
      customer,
      alsoInTx: (tx) => tx.pendingQuestions.closeQuestion(b.ctx.chat.id, b.sender.id),
    });
    return true;
  }
  const opts = chatOptions(b.ctx.deps, original.sentAt, b.sender.name);
  const parsed = parseChat(chatPreamble(original.text).body, opts);
  const result = await extractChat(b.ctx.deps, parsed, opts);
  await applyForward(b, {
    customer,
    parsed,
    result,
    messageId,
    sentAt: original.sentAt,
    alsoInTx: (tx) => tx.pendingQuestions.closeQuestion(b.ctx.chat.id, b.sender.id),
  });
  return true;
}

function newEntryIndex(choices: { customerId: string }[]): ChoiceAnswer | undefined {
  const i = choices.findIndex((c) => c.customerId === NEW_CUSTOMER);
  return i >= 0 ? { type: 'pick', index: i } : undefined;
}
