// Escalations: a follow-up overdue beyond its tier's threshold, or a customer whose
// owner has left the team, goes to the supervisor — once per cause. The
// cadence_escalations row (unique per customer, reason and cause) is the claim.

import type { AppDeps } from '../../deps.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { TIERS } from '../../core/cadence/policy.js';
import { escalationThresholdDays } from '../../core/cadence/rules.js';
import { daysBetween, localDay } from '../../core/cadence/zoned-time.js';
import { enqueue } from '../../db/repositories/outbox.js';
import { findDirectChat } from '../../db/repositories/team.js';
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import { supervisorFor } from './people.js';
import { formatDay } from './format.js';

interface Cause {
  customerId: string; name: string; code: string; tier: string; ownerId: string | null;
  reason: 'overdue' | 'owner_left'; causeKey: string; dueAt: Date | null;
}

export async function findEscalationCauses(db: AppDeps['db'], now: Date, policy: CadencePolicy): Promise<Cause[]> {
  const causes: Cause[] = [];
  for (const tier of TIERS) {
    const before = new Date(now.getTime() - escalationThresholdDays(tier, policy) * 86_400_000);
    const rows = await db.selectFrom('customers as c').innerJoin('team_members as m', 'm.id', 'c.owner_id')
      .select(['c.id', 'c.name', 'c.code', 'c.tier', 'c.owner_id', 'c.next_follow_up_at'])
      .where('c.tier', '=', tier).where('c.next_follow_up_at', '<', before).where('c.paused_until', 'is', null)
      .where('m.active', '=', true).where('m.left_at', 'is', null).execute();
    for (const r of rows) {
      const due = new Date(r.next_follow_up_at!);
      causes.push({ customerId: r.id, name: r.name, code: r.code, tier: r.tier, ownerId: r.owner_id, reason: 'overdue', causeKey: due.toISOString(), dueAt: due });
    }
  }
  // A departed owner's customers are never silent: they escalate at once, whatever their dates.
  const orphans = await db.selectFrom('customers as c').innerJoin('team_members as m', 'm.id', 'c.owner_id')
    .select(['c.id', 'c.name', 'c.code', 'c.tier', 'c.owner_id', 'c.next_follow_up_at'])
    .where((eb) => eb.or([eb('m.active', '=', false), eb('m.left_at', '<=', now)]))
    .where('c.stage', '<>', 'lost').execute();
  for (const r of orphans) {
    causes.push({
      customerId: r.id, name: r.name, code: r.code, tier: r.tier, ownerId: r.owner_id, reason: 'owner_left', causeKey: r.owner_id!,
      dueAt: r.next_follow_up_at ? new Date(r.next_follow_up_at) : null,
    });
  }
  return causes;
}

export async function runEscalations(deps: Pick<AppDeps, 'db' | 'logger'>, now: Date, policy: CadencePolicy, tz: string): Promise<string[]> {
  const causes = await findEscalationCauses(deps.db, now, policy);
  const bySup = new Map<string, { sup: Member; causes: Cause[] }>();
  for (const c of causes) {
    const sup = await supervisorFor(deps.db, c.ownerId);
    if (!sup) { deps.logger.warn({ customer: c.customerId }, 'escalation has nobody to go to'); continue; }
    const e = bySup.get(sup.id) ?? { sup, causes: [] };
    e.causes.push(c);
    bySup.set(sup.id, e);
  }
  const ids: string[] = [];
  for (const { sup, causes: list } of bySup.values()) {
    const chat = await findDirectChat(deps.db, sup.id);
    if (!chat) continue;
    ids.push(...await deps.db.transaction().execute(async (tx) => {
      const fresh: Cause[] = [];
      for (const c of list) {
        const r = await tx.insertInto('cadence_escalations').values({
          customer_id: c.customerId, reason: c.reason, cause_key: c.causeKey, member_id: c.ownerId, supervisor_id: sup.id,
          due_at: c.dueAt, escalated_at: now,
        }).onConflict((oc) => oc.columns(['customer_id', 'reason', 'cause_key']).doNothing()).returning('id').executeTakeFirst();
        if (r) fresh.push(c);
      }
      if (fresh.length === 0) return [];
      const first = await tx.selectFrom('cadence_escalations').select('id').where('customer_id', '=', fresh[0]!.customerId)
        .where('reason', '=', fresh[0]!.reason).where('cause_key', '=', fresh[0]!.causeKey).executeTakeFirstOrThrow();
      return enqueue(tx, [{ chatId: chat.id, text: escalationText(sup.language, fresh, now, tz), kind: 'escalation', dedupeKey: `cadence:esc:${first.id}`, at: now }]);
    }));
  }
  return ids;
}

function escalationText(lang: Lang, causes: Cause[], now: Date, tz: string): string {
  const lines = [t(lang, `⚠️ 跟进升级：${causes.length} 个客户需要您关注`, `⚠️ Follow-up escalation: ${causes.length} customer(s) need your attention`)];
  for (const c of causes) {
    if (c.reason === 'owner_left') {
      lines.push(t(lang, `- ${c.name}（${c.code}，${c.tier}）：负责人 ${c.ownerId} 已离职，请尽快指派新负责人`,
        `- ${c.name} (${c.code}, ${c.tier}): owner ${c.ownerId} has left — please assign a new owner`));
    } else {
      const days = daysBetween(localDay(c.dueAt!, tz), localDay(now, tz));
      lines.push(t(lang, `- ${c.name}（${c.code}，${c.tier}）：${c.ownerId} 的跟进已逾期 ${days} 天（应于 ${formatDay(c.dueAt!, tz)}）`,
        `- ${c.name} (${c.code}, ${c.tier}): ${c.ownerId}'s follow-up is ${days} day(s) overdue (due ${formatDay(c.dueAt!, tz)})`));
    }
  }
  return lines.join('\n');
}

/** Escalations raised in [start, end) for a supervisor (the weekly summary repeats them). */
export async function escalationsBetween(db: AppDeps['db'], supervisorId: string, start: Date, end: Date) {
  return db.selectFrom('cadence_escalations as e').innerJoin('customers as c', 'c.id', 'e.customer_id')
    .select(['c.name', 'c.code', 'e.reason', 'e.member_id', 'e.escalated_at'])
    .where('e.supervisor_id', '=', supervisorId).where('e.escalated_at', '>=', start).where('e.escalated_at', '<', end)
    .orderBy('e.escalated_at').execute();
}

