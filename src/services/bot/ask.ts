// "Which customer do you mean?" with numbered choices, remembered per chat and member
// (pending_questions) so the next short answer ("1", "ACME Tools") completes it.
import { tr } from '../../core/i18n/index.js';
import type { Customer } from '../../core/customer.js';
import type { BotCtx } from './bot-context.js';
import { replyMd } from './bot-context.js';
import type { Intent } from './intents/intent.js';

export type PendingAction = { action: 'intent'; intent: Intent } | { action: 'forward'; messageId: string };

const TTL_MS = 60 * 60_000;

/** The choice id of the "new customer" entry. */
export const NEW_CUSTOMER = 'new';

/** What a pending question remembers besides what to do: its language and wording, for asking again. */
export interface PendingExtras {
  lang?: 'zh' | 'en';
  question?: string;
  offerNew?: string;
  /** Asked again once already after a message that was not its answer. */
  reasked?: boolean;
}

export async function askWhichCustomer(
  b: BotCtx,
  opts: {
    reason: 'ambiguous' | 'unknown' | 'forward' | 'context';
    term?: string;
    choices: Customer[];
    /** For a forward: a name the chat gave that matches no customer, offered as the new customer. */
    offerNew?: string;
    then: PendingAction;
  },
): Promise<void> {
  const { lang } = b.fmt;
  const choices = opts.choices.slice(0, 8);
  // A forward always has a way out: the last number is a new customer (never an empty list).
  const newEntry =
    opts.reason === 'forward'
      ? opts.offerNew
        ? tr(lang, 'bot.ask.new_customer_create_it', { offerNew: opts.offerNew })
        : tr(lang, 'bot.ask.new_customer_reply_with_the')
      : undefined;
  const term = opts.term ?? '';
  let q: string;
  if (opts.reason === 'ambiguous') q = tr(lang, 'bot.ask.several_customers_match_which_one', { term });
  else if (opts.reason === 'unknown') {
    q = choices.length ? tr(lang, 'bot.ask.i_don_t_know_a', { term }) : tr(lang, 'bot.ask.i_don_t_know_a_2', { term });
  } else if (opts.reason === 'forward') {
    q = opts.offerNew
      ? tr(lang, 'bot.ask.i_don_t_know_a_3', { offerNew: opts.offerNew })
      : tr(lang, 'bot.ask.which_customer_is_this_chat');
  } else
    q = choices.length
      ? tr(lang, 'bot.ask.which_customer_do_you_mean')
      : tr(lang, 'bot.ask.which_customer_do_you_mean_2');
  const lines = [
    q,
    ...choices.map((c, i) => `${i + 1}. ${c.name}${tr(lang, 'bot.ask.text', { code: c.code })}`),
    ...(newEntry ? [`${choices.length + 1}. ${newEntry}`] : []),
  ];
  if (opts.reason === 'unknown' && choices.length === 0) {
    replyMd(b, lines.join('\n'));
    return;
  }
  await b.ctx.transaction(async (tx) => {
    await tx.pendingQuestions.askQuestion({
      chatId: b.ctx.chat.id,
      memberId: b.sender.id,
      kind: 'customer_choice',
      payload: {
        ...opts.then,
        lang: b.fmt.lang,
        question: lines.join('\n'),
        offerNew: opts.offerNew,
      } as unknown as Record<string, unknown>,
      // The new-customer entry has no customer id yet.
      choices: [
        ...choices.map((c) => ({ customerId: c.id, label: c.name })),
        ...(newEntry ? [{ customerId: NEW_CUSTOMER, label: opts.offerNew ?? NEW_CUSTOMER }] : []),
      ],
      createdAt: b.ctx.now,
      expiresAt: new Date(b.ctx.now.getTime() + TTL_MS),
    });
    replyMd(b, lines.join('\n'));
  });
}

export function refuseCustomer(b: BotCtx, c: Customer): void {
  const owner = c.ownerId ? (b.team.byId.get(c.ownerId)?.name ?? c.ownerId) : null;
  b.ctx.reply(
    owner
      ? tr(b.fmt.lang, 'bot.ask.sorry_is_looked_after_by', { name: c.name, owner })
      : tr(b.fmt.lang, 'bot.ask.sorry_you_don_t_have', { name: c.name }),
  );
}
