// "ACME 客户说暂时不需要" / "ACME says not now": pause the customer's cadence for a
// quarter, keeping the rep's words as the reason. Only short one-line statements
// by team members: a forwarded transcript where a buyer says 暂时不需要 is not a pause.
import type { MessageHandler } from '../../understand/handler.js';
import { tr } from '../../../core/i18n/index.js';
import { canSeeCustomer } from '../../../core/permissions.js';
import { loadCadence } from '../policy-store.js';
import { pauseCustomer } from '../pause.js';
import { customersNamedIn } from './mentioned-customer.js';
import { formatDay } from '../format.js';

const PHRASE =
  /(暂时|暂|先|目前)(不需要|不要|没有需求|不考虑)|(customer|client|they|he|she)?\s*(says?|said)\s+not\s+now|\bnot\s+now\b|\bnot\s+interested\s+for\s+now\b/i;

export const pausePhraseHandler: MessageHandler = {
  name: 'cadence.pause-phrase',
  async handle(ctx) {
    const text = ctx.message.text.trim();
    if (!ctx.sender || text.includes('\n') || text.length > 120 || !PHRASE.test(text)) return false;
    const repos = ctx.deps.repos;
    const named = await customersNamedIn(repos, text);
    if (named.length === 0) return false; // no customer named: not ours to answer
    if (named.length > 1) {
      ctx.reply(
        tr(ctx.lang, 'cadence.pause_phrase.which_customer', {
          join: named.map((c) => `${c.name}（${c.code}）`).join('、'),
          join2: named.map((c) => `${c.name} (${c.code})`).join(', '),
        }),
      );
      return true;
    }
    const c = named[0]!;
    const owner = c.ownerId ? await repos.team.findMember(c.ownerId) : undefined;
    if (!canSeeCustomer(ctx.sender, c.ownerId, owner?.reportsTo ?? null)) {
      ctx.reply(tr(ctx.lang, 'cadence.pause_phrase.that_customer_is_not_yours'));
      return true;
    }
    const { policy, tz } = await loadCadence(repos);
    ctx.setCustomer(c.id);
    await ctx.transaction(async (tx) => {
      const until = await pauseCustomer(tx, c.id, text, ctx.sender!.id, ctx.now, policy, tz);
      ctx.reply(
        tr(ctx.lang, 'cadence.pause_phrase.ok_is_paused_until_i', {
          name: c.name,
          formatDay: formatDay(until, tz),
          code: c.code,
        }),
      );
    });
    return true;
  },
};
