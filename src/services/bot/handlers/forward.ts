// The catch-all: a forwarded customer chat, or a short statement naming a customer
// ("ACME wants 5000 pcs by Dec 10"). Works out the customer (header line, a name or
// contact in the text, the rep's context of the last minutes, or asks), extracts the
// needs and stores them. Registered last: anything else falls through to the help.
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';
import { askWhichCustomer, refuseCustomer } from '../ask.js';
import { botCtx, type BotCtx } from '../bot-context.js';
import { judge, mentionedCustomers, recentCustomer, resolveCustomer } from '../customers/resolve.js';
import { visibleScope } from '../customers/scope.js';
import { customerHeader, looksLikeChat } from '../intents/forwarded.js';
import { applyForward } from '../forward/apply-forward.js';
import { chatOptions, extractChat, parseChat } from '../forward/extract-chat.js';

/** A chat pasted right after talking about a customer is about that customer. */
const CONTEXT_MS = 10 * 60_000;

export const forwardHandler: MessageHandler = {
  name: 'bot.forward',
  async handle(ctx: MessageContext): Promise<boolean> {
    if (!ctx.sender) return false;
    const b = await botCtx(ctx, ctx.sender);
    return forwardMessage(b, {
      text: ctx.message.text,
      sentAt: ctx.message.sentAt,
      messageId: ctx.message.id,
      fromQuestion: false,
    });
  },
};

export async function forwardMessage(
  b: BotCtx,
  m: { text: string; sentAt: Date; messageId: string; fromQuestion: boolean },
): Promise<boolean> {
  const { ctx } = b;
  const repos = ctx.deps.repos;
  const header = customerHeader(m.text);
  const opts = chatOptions(ctx.deps, m.sentAt, b.sender.name);
  const parsed = parseChat(header.body, opts);
  const isChat = looksLikeChat(header.body, parsed) || !!header.name;
  const result = await extractChat(ctx.deps, parsed, opts);
  if (!isChat && result.needs.length === 0) return false;

  let resolution;
  if (header.name) {
    resolution = await resolveCustomer(repos, b.team, b.sender, header.name);
    if (resolution.kind === 'none') {
      await applyForward(b, {
        customer: { newName: header.name },
        parsed,
        result,
        messageId: m.messageId,
        sentAt: m.sentAt,
      });
      return true;
    }
  } else {
    resolution = judge(b.team, b.sender, await mentionedCustomers(repos, header.body));
    if (resolution.kind === 'none' && isChat) {
      const recent = await recentCustomer(repos, b.sender.id, ctx.now, CONTEXT_MS);
      if (recent) resolution = judge(b.team, b.sender, [recent]);
    }
  }
  if (resolution.kind === 'one') {
    await applyForward(b, { customer: resolution.customer, parsed, result, messageId: m.messageId, sentAt: m.sentAt });
    return true;
  }
  if (resolution.kind === 'forbidden') {
    refuseCustomer(b, resolution.customer);
    return true;
  }
  const choices = resolution.kind === 'many' ? resolution.customers : await recentChoices(b);
  await askWhichCustomer(b, { reason: 'forward', choices, then: { action: 'forward', messageId: m.messageId } });
  return true;
}

async function recentChoices(b: BotCtx) {
  const lists = b.ctx.deps.repos.customerLists;
  const own = await lists.recentCustomers({ kind: 'owned', ownerId: b.sender.id }, 5);
  return own.length ? own : lists.recentCustomers(visibleScope(b.sender), 5);
}
