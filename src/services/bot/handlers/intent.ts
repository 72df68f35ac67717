// Questions and statements in words (the slash commands run the same intents, see
// ../commands.ts): parse the intent, find the customer (never a guess: several
// or none → choices), check the member may see it, then act.
import type { Customer } from '../../../core/customer.js';
import type { MessageHandler } from '../../understand/handler.js';
import { askWhichCustomer, refuseCustomer } from '../ask.js';
import { botCtx, type BotCtx } from '../bot-context.js';
import { judge, recentCustomer, resolveCustomer, resolveMentions, type Resolution } from '../customers/resolve.js';
import { visibleScope } from '../customers/scope.js';
import type { Intent } from '../intents/intent.js';
import { kindOf } from '../intents/kinds.js';
import { parseFreeIntent } from '../intents/parse-intent.js';
import { applyFix, applyRemove } from '../actions/correct.js';
import { applyTier, logFollowUp } from '../actions/log.js';
import { answerChanges, answerNeeds, listMyCustomers } from '../actions/read-needs.js';
import { listSubscriptions, subscribeCustomer, subscribeKind } from '../actions/subscribe.js';
import { helpText } from '../format/help.js';

/** "不对，交货期是…" applies to the customer the rep talked about within this window. */
const CORRECTION_CONTEXT_MS = 24 * 60 * 60_000;

export const intentHandler: MessageHandler = {
  name: 'bot.intent',
  async handle(ctx) {
    if (!ctx.sender) return false;
    const intent = parseFreeIntent(ctx.message.text);
    if (!intent) return false;
    await runIntent(await botCtx(ctx, ctx.sender), intent);
    return true;
  },
};

/** Run an intent; `chosen` is the customer picked in answer to a question. */
export async function runIntent(b: BotCtx, intent: Intent, chosen?: Customer): Promise<void> {
  switch (intent.type) {
    case 'help':
      b.ctx.reply(helpText(b.fmt.lang, b.sender.role, intent.topic), { format: 'markdown' });
      return;
    case 'customers':
      await listMyCustomers(b, intent.page ?? 1);
      return;
    case 'subscriptions':
      await listSubscriptions(b);
      return;
    case 'subscribe': {
      const kind = kindOf(intent.target);
      if (kind && !chosen) {
        await subscribeKind(b, kind, intent.on);
        return;
      }
      const c =
        chosen ??
        (await pick(b, intent, await resolveCustomer(b.ctx.deps.repos, b.sender, intent.target), intent.target));
      if (c) await subscribeCustomer(b, c, intent.on);
      return;
    }
    default:
      break;
  }
  const c = chosen ?? (await customerFor(b, intent));
  if (!c) return;
  switch (intent.type) {
    case 'needs':
      await answerNeeds(b, c, intent.kind);
      return;
    case 'changes':
      await answerChanges(b, c, intent.period);
      return;
    case 'fix':
      await applyFix(b, c, intent.kind, intent.valueText);
      return;
    case 'remove':
      await applyRemove(b, c, intent.kind);
      return;
    case 'follow_up':
      await logFollowUp(b, c, intent.channel);
      return;
    case 'tier':
      await applyTier(b, c, intent.tier);
      return;
    default:
      return;
  }
}

async function customerFor(b: BotCtx, intent: Intent): Promise<Customer | undefined> {
  const repos = b.ctx.deps.repos;
  const term = 'customer' in intent ? intent.customer : undefined;
  if (term) return pick(b, intent, await resolveCustomer(repos, b.sender, term), term);
  if (intent.type === 'follow_up') {
    const r = await resolveMentions(repos, b.sender, b.ctx.message.text);
    if (r.kind !== 'none') return pick(b, intent, r, '');
  }
  const recent = await recentCustomer(repos, b.sender.id, b.ctx.now, CORRECTION_CONTEXT_MS);
  if (recent) return pick(b, intent, judge(b.team, b.sender, [recent]), recent.name);
  await askWhichCustomer(b, { reason: 'context', choices: await ownCustomers(b), then: { action: 'intent', intent } });
  return undefined;
}

async function ownCustomers(b: BotCtx): Promise<Customer[]> {
  const lists = b.ctx.deps.repos.customerLists;
  const own = await lists.pageCustomers({ kind: 'owned', ownerId: b.sender.id }, { limit: 8, offset: 0 });
  return own.customers.length
    ? own.customers
    : (await lists.pageCustomers(visibleScope(b.sender), { limit: 8, offset: 0 })).customers;
}

async function pick(b: BotCtx, intent: Intent, r: Resolution, term: string): Promise<Customer | undefined> {
  if (r.kind === 'one') return r.customer;
  if (r.kind === 'forbidden') {
    refuseCustomer(b, r.customer);
    return undefined;
  }
  if (r.kind === 'many') {
    await askWhichCustomer(b, { reason: 'ambiguous', term, choices: r.customers, then: { action: 'intent', intent } });
    return undefined;
  }
  await askWhichCustomer(b, {
    reason: 'unknown',
    term,
    choices: await ownCustomers(b),
    then: { action: 'intent', intent },
  });
  return undefined;
}
