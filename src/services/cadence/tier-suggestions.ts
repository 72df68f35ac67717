// Each quarter Baton compares every ordering customer's last-12-months revenue with
// the tier bands and suggests changes to the supervisor, numbered so they can
// answer "accept 1,3". Only customers with orders in the last two years are
// judged: a fresh lead with no orders keeps the tier a person gave it.
import { sql } from 'kysely';
import type { AppDeps } from '../../deps.js';
import type { Db } from '../../db/client.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { quarterOf, tierFromRevenue } from '../../core/cadence/rules.js';
import { localDay, zonedInstant } from '../../core/cadence/zoned-time.js';
import { enqueue, type OutboxItem } from '../../db/repositories/outbox.js';
import { findDirectChat } from '../../db/repositories/team.js';
import { t, type Lang } from '../../core/language.js';
import { supervisorFor } from './people.js';
import { recomputeNextFollowUp } from './on-contact.js';

export const TIER_JOB = 'cadence-tier-suggestions';

export async function runTierSuggestions(deps: Pick<AppDeps, 'db' | 'logger'>, now: Date, policy: CadencePolicy, tz: string): Promise<string[]> {
  const q = quarterOf(now, tz);
  if (now < zonedInstant(localDay(q.start, tz), 9, 0, tz)) return [];
  return deps.db.transaction().execute(async (tx) => {
    const claim = await tx.insertInto('job_runs').values({ job: TIER_JOB, slot: q.key, ran_at: now })
      .onConflict((oc) => oc.columns(['job', 'slot']).doNothing()).returning('slot').execute();
    if (claim.length === 0) return [];
    const rows = await sql<{ id: string; name: string; code: string; tier: string; owner_id: string | null; revenue: string }>`
      select c.id, c.name, c.code, c.tier, c.owner_id,
             coalesce(sum(o.amount_cny) filter (where o.ordered_at >= (${now}::timestamptz - interval '1 year')::date and o.status <> 'cancelled'), 0) as revenue
      from customers c join orders o on o.customer_id = c.id
      where o.ordered_at >= (${now}::timestamptz - interval '2 years')::date and c.stage <> 'lost'
      group by c.id order by c.name`.execute(tx);
    const perSup = new Map<string, { lang: Lang; lines: string[]; seq: number }>();
    for (const r of rows.rows) {
      const to = tierFromRevenue(Number(r.revenue), policy.tierRevenue);
      if (to === r.tier) continue;
      const sup = await supervisorFor(tx, r.owner_id);
      if (!sup) continue;
      const e = perSup.get(sup.id) ?? { lang: sup.language, lines: [], seq: 0 };
      e.seq++;
      await tx.insertInto('tier_suggestions').values({
        quarter: q.key, seq: e.seq, supervisor_id: sup.id, customer_id: r.id, from_tier: r.tier, to_tier: to, revenue_cny: r.revenue, created_at: now,
      }).onConflict((oc) => oc.columns(['quarter', 'customer_id']).doNothing()).execute();
      const wan = (Number(r.revenue) / 10_000).toFixed(1);
      e.lines.push(`${e.seq}. ${r.name} (${r.code}) ${r.tier} → ${to}  ${t(e.lang, `近一年 ${wan} 万元`, `last 12 months CNY ${Math.round(Number(r.revenue)).toLocaleString('en-US')}`)}`);
      perSup.set(sup.id, e);
    }
    const items: OutboxItem[] = [];
    for (const [supId, e] of perSup) {
      const chat = await findDirectChat(tx, supId);
      if (!chat) continue;
      const text = [
        t(e.lang, `🏷 ${q.key} 客户分级建议（按近一年订单金额）：`, `🏷 Tier suggestions for ${q.key} (from the last 12 months' orders):`),
        ...e.lines,
        t(e.lang, '回复"接受"全部接受，"接受 1,3"接受部分，或 /tiers accept all', 'Reply "accept" for all, "accept 1,3" for some, or /tiers accept all'),
      ].join('\n');
      items.push({ chatId: chat.id, text, kind: 'tier-suggestion', dedupeKey: `cadence:tiers:${supId}:${q.key}`, at: now });
    }
    return enqueue(tx, items);
  });
}

export async function pendingSuggestions(db: Db, supervisorId: string) {
  return db.selectFrom('tier_suggestions as s').innerJoin('customers as c', 'c.id', 's.customer_id')
    .select(['s.id', 's.seq', 's.quarter', 's.customer_id', 's.from_tier', 's.to_tier', 'c.name'])
    .where('s.supervisor_id', '=', supervisorId).where('s.status', '=', 'pending').orderBy('s.quarter', 'desc').orderBy('s.seq').execute();
}

/** Accept the numbered (or all) pending suggestions of the latest quarter; returns what changed. */
export async function acceptSuggestions(tx: Db, supervisorId: string, which: number[] | 'all', now: Date, policy: CadencePolicy, tz: string) {
  const pending = await pendingSuggestions(tx, supervisorId);
  const quarter = pending[0]?.quarter;
  const chosen = pending.filter((p) => p.quarter === quarter && (which === 'all' || which.includes(p.seq)));
  for (const s of chosen) {
    await tx.updateTable('tier_suggestions').set({ status: 'accepted', decided_by: supervisorId, decided_at: now }).where('id', '=', s.id).execute();
    await tx.updateTable('customers').set({ tier: s.to_tier, updated_at: now }).where('id', '=', s.customer_id).execute();
    await tx.insertInto('audit_log').values({
      at: now, actor: supervisorId, action: 'tier.change', entity: 'customer', entity_id: s.customer_id,
      details: sql`${JSON.stringify({ from: s.from_tier, to: s.to_tier, via: 'tier-suggestion', quarter: s.quarter })}::jsonb`,
    }).execute();
    await recomputeNextFollowUp(tx, s.customer_id, now, policy, tz);
  }
  const missing = which === 'all' ? [] : which.filter((n) => !chosen.some((c) => c.seq === n));
  return { accepted: chosen, missing };
}
