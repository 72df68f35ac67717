// "Which customer do you mean?" with numbered choices, remembered per chat and member
// (pending_questions) so the next short answer ("1", "ACME Tools") completes it.
import { t } from '../../core/language.js';
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
        ? t(lang, `新客户："${opts.offerNew}"（新建）`, `new customer: “${opts.offerNew}” (create it)`)
        : t(lang, '新客户（回复新客户的名称）', "new customer (reply with the new customer's name)")
      : undefined;
  const term = opts.term ?? '';
  let q: string;
  if (opts.reason === 'ambiguous')
    q = t(
      lang,
      `有几个客户都叫"${term}"，你说的是哪一个？回复编号或名称：`,
      `Several customers match “${term}”. Which one do you mean? Reply with a number or a name:`,
    );
  else if (opts.reason === 'unknown') {
    q = choices.length
      ? t(
          lang,
          `我不认识叫"${term}"的客户。是下面哪一个？回复编号或名称：`,
          `I don't know a customer called “${term}”. Is it one of these? Reply with a number or a name:`,
        )
      : t(
          lang,
          `我不认识叫"${term}"的客户。转发一段和他们的聊天给我，我会建档。`,
          `I don't know a customer called “${term}”. Forward me a chat with them and I will create the customer.`,
        );
  } else if (opts.reason === 'forward') {
    q = opts.offerNew
      ? t(
          lang,
          `我不认识叫"${opts.offerNew}"的客户。这是哪个客户的聊天？回复编号，或回复新客户的名称来建档：`,
          `I don't know a customer called “${opts.offerNew}”. Which customer is this chat from? Reply with a number, or with a new name to create the customer:`,
        )
      : t(
          lang,
          '这是哪个客户的聊天？回复编号，或回复新客户的名称来建档：',
          'Which customer is this chat from? Reply with a number, or with a new name to create the customer:',
        );
  } else
    q = choices.length
      ? t(lang, '你说的是哪个客户？回复编号或名称：', 'Which customer do you mean? Reply with a number or a name:')
      : t(lang, '你说的是哪个客户？请回复客户名称。', "Which customer do you mean? Reply with the customer's name.");
  const lines = [
    q,
    ...choices.map((c, i) => `${i + 1}. ${c.name}${t(lang, `（${c.code}）`, ` (${c.code})`)}`),
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
      ? t(
          b.fmt.lang,
          `抱歉，${c.name} 由 ${owner} 负责，我不能把这个客户的信息给你。需要的话请联系 ${owner} 或主管。`,
          `Sorry — ${c.name} is looked after by ${owner}, so I can't share that customer with you. Please ask ${owner} or your supervisor.`,
        )
      : t(b.fmt.lang, `抱歉，你没有查看 ${c.name} 的权限。`, `Sorry — you don't have access to ${c.name}.`),
  );
}
