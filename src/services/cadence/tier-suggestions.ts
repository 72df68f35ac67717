// Each quarter Baton compares every ordering customer's last-12-months revenue with
// the tier bands and suggests changes to the supervisor, numbered so they can
// answer "accept 1,3". Only customers with orders in the last two years are
// judged: a fresh lead with no orders keeps the tier a person gave it.
import type { AppDeps, Repositories } from '../../deps.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { quarterOf, tierFromRevenue } from '../../core/cadence/rules.js';
import { localDay, zonedInstant } from '../../core/cadence/zoned-time.js';
import type { OutboxItem } from '../../core/records.js';
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import { supervisorFor } from './people.js';
import { recomputeNextFollowUp } from './on-contact.js';

export const TIER_JOB = 'cadence-tier-suggestions';

export async function runTierSuggestions(
  deps: Pick<AppDeps, 'repos' | 'logger'>,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<string[]> {
  const q = quarterOf(now, tz);
  if (now < zonedInstant(localDay(q.start, tz), 9, 0, tz)) return [];
  return deps.repos.transaction(async (tx) => {
    if (!(await tx.jobRuns.claimJobRun(TIER_JOB, q.key, now))) return [];
    const rows = await tx.tierSuggestions.orderingCustomersRevenue(now);
    const perSup = new Map<string, { lang: Lang; lines: string[]; seq: number }>();
    for (const r of rows) {
      const to = tierFromRevenue(Number(r.revenue), policy.tierRevenue);
      if (to === r.tier) continue;
      const sup = await supervisorFor(tx, r.ownerId);
      if (!sup) continue;
      const e = perSup.get(sup.id) ?? { lang: sup.language, lines: [], seq: 0 };
      e.seq++;
      await tx.tierSuggestions.insertSuggestion({
        quarter: q.key,
        seq: e.seq,
        supervisorId: sup.id,
        customerId: r.id,
        fromTier: r.tier,
        toTier: to,
        revenue: r.revenue,
        at: now,
      });
      const wan = (Number(r.revenue) / 10_000).toFixed(1);
      e.lines.push(
        `${e.seq}. ${r.name} (${r.code}) ${r.tier} → ${to}  ${tr(e.lang, 'cadence.tier_suggestions.last_12_months_cny', { wan, toLocaleString: Math.round(Number(r.revenue)).toLocaleString('en-US') })}`,
      );
      perSup.set(sup.id, e);
    }
    const items: OutboxItem[] = [];
    for (const [supId, e] of perSup) {
      const chat = await tx.team.findDirectChat(supId);
      if (!chat) continue;
      const text = [
        tr(e.lang, 'cadence.tier_suggestions.tier_suggestions_for_from_the', { key: q.key }),
        ...e.lines,
        tr(e.lang, 'cadence.tier_suggestions.reply_accept_for_all_accept'),
      ].join('\n');
      items.push({
        chatId: chat.id,
        text,
        kind: 'tier-suggestion',
        dedupeKey: `cadence:tiers:${supId}:${q.key}`,
        at: now,
      });
    }
    return tx.outbox.enqueue(items);
  });
}

/** Accept the numbered (or all) pending suggestions of the latest quarter; returns what changed. */
export async function acceptSuggestions(
  tx: Repositories,
  supervisorId: string,
  which: number[] | 'all',
  now: Date,
  policy: CadencePolicy,
  tz: string,
) {
  const pending = await tx.tierSuggestions.pendingSuggestions(supervisorId);
  const quarter = pending[0]?.quarter;
  const chosen = pending.filter((p) => p.quarter === quarter && (which === 'all' || which.includes(p.seq)));
  for (const s of chosen) {
    await tx.tierSuggestions.acceptSuggestion(
      { id: s.id, customerId: s.customerId, toTier: s.toTier },
      supervisorId,
      now,
    );
    await tx.audit.writeAudit([
      {
        at: now,
        actor: supervisorId,
        action: 'tier.change',
        entity: 'customer',
        entityId: s.customerId,
        details: { from: s.fromTier, to: s.toTier, via: 'tier-suggestion', quarter: s.quarter },
      },
    ]);
    await recomputeNextFollowUp(tx, s.customerId, now, policy, tz);
  }
  const missing = which === 'all' ? [] : which.filter((n) => !chosen.some((c) => c.seq === n));
  return { accepted: chosen, missing };
}
