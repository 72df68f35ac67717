// A supervisor answers the quarter's tier suggestions: "接受" / "accept" (all, right
// after the suggestion), "accept 1,3", "/tiers accept all"; "/tiers" lists them.
import type { MessageHandler } from '../../understand/handler.js';
import { defineCommand, type MemberContext } from '../../understand/command.js';
import { tr } from '../../../core/i18n/index.js';
import { loadCadence } from '../policy-store.js';
import { acceptSuggestions } from '../tier-suggestions.js';

const ACCEPT_ARGS = /^accept\s+(all|[\d,，\s]+)$/i;
const SHORT = /^(?:接受|全部接受|accept)(?:\s*(全部|all|[\d,，\s]+))?[。.!！]?$/i;

/** "/tiers" lists the suggestions; "/tiers accept all", "/tiers accept 1,3" accepts them. */
export const tiersCommand = defineCommand<{ accept?: string }>({
  en: 'tiers',
  zh: '分级建议',
  parse(call) {
    if (!call.rest) return {};
    const m = ACCEPT_ARGS.exec(call.rest);
    return m ? { accept: m[1]! } : undefined;
  },
  async run(ctx, args) {
    const pending = await ctx.deps.repos.tierSuggestions.pendingSuggestions(ctx.sender.id);
    if (!args.accept) {
      ctx.reply(
        pending.length
          ? pending.map((p) => `${p.seq}. ${p.name} ${p.fromTier} → ${p.toTier}`).join('\n')
          : tr(ctx.lang, 'cadence.tier_accept.no_tier_suggestions_are_waiting'),
      );
      return;
    }
    await accept(ctx, args.accept);
  },
});

export const tierAcceptHandler: MessageHandler = {
  name: 'cadence.tier-accept',
  async handle(ctx) {
    const short = SHORT.exec(ctx.message.text.trim());
    if (!ctx.sender || !short) return false;
    const repos = ctx.deps.repos;
    const pending = await repos.tierSuggestions.pendingSuggestions(ctx.sender.id);
    if (pending.length === 0) return false;
    // A bare "accept" is only ours if the tier suggestion is what Baton last said here.
    const lastKind = await repos.outbox.lastKindInChat(ctx.chat.id);
    if (!short[1] && lastKind !== 'tier-suggestion') return false;
    await accept(ctx as MemberContext, short[1] ?? 'all');
    return true;
  },
};

async function accept(ctx: MemberContext, arg: string): Promise<void> {
  const which = /^(all|全部)$/i.test(arg)
    ? ('all' as const)
    : arg
        .split(/[,，\s]+/)
        .filter(Boolean)
        .map(Number);
  const { policy, tz } = await loadCadence(ctx.deps.repos);
  await ctx.transaction(async (tx) => {
    const res = await acceptSuggestions(tx, ctx.sender.id, which, ctx.now, policy, tz);
    const done = res.accepted
      .map((s) => `${s.name} ${s.fromTier}→${s.toTier}`)
      .join(tr(ctx.lang, 'cadence.tier_accept.text'));
    const miss = res.missing.length
      ? tr(ctx.lang, 'cadence.tier_accept.no_suggestion', { join: res.missing.join(',') })
      : '';
    ctx.reply(
      res.accepted.length
        ? tr(ctx.lang, 'cadence.tier_accept.tiers_changed_follow_ups_rescheduled', { done, miss })
        : tr(ctx.lang, 'cadence.tier_accept.nothing_to_accept', { miss }),
    );
  });
}
