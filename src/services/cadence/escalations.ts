// Escalations: a follow-up overdue beyond its tier's threshold, or a customer whose
// owner has left the team, goes to the supervisor — once per cause. The
// cadence_escalations row (unique per customer, reason and cause) is the claim.

import type { AppDeps, Repositories } from '../../deps.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { TIERS } from '../../core/cadence/policy.js';
import { escalationThresholdDays } from '../../core/cadence/rules.js';
import { daysBetween, localDay } from '../../core/cadence/zoned-time.js';
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { Member } from '../../core/team.js';
import { supervisorFor } from './people.js';
import { formatDay } from './format.js';

interface Cause {
  customerId: string;
  name: string;
  code: string;
  tier: string;
  ownerId: string | null;
  reason: 'overdue' | 'owner_left';
  causeKey: string;
  dueAt: Date | null;
}

export async function findEscalationCauses(repos: Repositories, now: Date, policy: CadencePolicy): Promise<Cause[]> {
  const causes: Cause[] = [];
  for (const tier of TIERS) {
    const before = new Date(now.getTime() - escalationThresholdDays(tier, policy) * 86_400_000);
    for (const r of await repos.cadenceEscalations.overdueWithActiveOwner(tier, before)) {
      const due = r.nextFollowUpAt!;
      causes.push({
        customerId: r.customerId,
        name: r.name,
        code: r.code,
        tier: r.tier,
        ownerId: r.ownerId,
        reason: 'overdue',
        causeKey: due.toISOString(),
        dueAt: due,
      });
    }
  }
  // A departed owner's customers are never silent: they escalate at once, whatever their dates.
  for (const r of await repos.cadenceEscalations.orphanedCustomers(now)) {
    causes.push({
      customerId: r.customerId,
      name: r.name,
      code: r.code,
      tier: r.tier,
      ownerId: r.ownerId,
      reason: 'owner_left',
      causeKey: r.ownerId!,
      dueAt: r.nextFollowUpAt,
    });
  }
  return causes;
}

export async function runEscalations(
  deps: Pick<AppDeps, 'repos' | 'logger'>,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<string[]> {
  const causes = await findEscalationCauses(deps.repos, now, policy);
  const bySup = new Map<string, { sup: Member; causes: Cause[] }>();
  for (const c of causes) {
    const sup = await supervisorFor(deps.repos, c.ownerId);
    if (!sup) {
      deps.logger.warn({ customer: c.customerId }, 'escalation has nobody to go to');
      continue;
    }
    const e = bySup.get(sup.id) ?? { sup, causes: [] };
    e.causes.push(c);
    bySup.set(sup.id, e);
  }
  const ids: string[] = [];
  for (const { sup, causes: list } of bySup.values()) {
    const chat = await deps.repos.team.findDirectChat(sup.id);
    if (!chat) continue;
    ids.push(
      ...(await deps.repos.transaction(async (tx) => {
        const fresh: Cause[] = [];
        let firstId: string | undefined;
        for (const c of list) {
          const id = await tx.cadenceEscalations.claimEscalation({
            customerId: c.customerId,
            reason: c.reason,
            causeKey: c.causeKey,
            memberId: c.ownerId,
            supervisorId: sup.id,
            dueAt: c.dueAt,
            at: now,
          });
          if (id) {
            fresh.push(c);
            firstId ??= id;
          }
        }
        if (fresh.length === 0) return [];
        return tx.outbox.enqueue([
          {
            chatId: chat.id,
            text: escalationText(sup.language, fresh, now, tz),
            kind: 'escalation',
            dedupeKey: `cadence:esc:${firstId}`,
            at: now,
          },
        ]);
      })),
    );
  }
  return ids;
}

function escalationText(lang: Lang, causes: Cause[], now: Date, tz: string): string {
  const lines = [tr(lang, 'cadence.escalations.follow_up_escalation_customer_s', { length: causes.length })];
  for (const c of causes) {
    if (c.reason === 'owner_left') {
      lines.push(
        tr(lang, 'cadence.escalations.owner_has_left_please_assign', {
          name: c.name,
          code: c.code,
          tier: c.tier,
          ownerId: c.ownerId,
        }),
      );
    } else {
      const days = daysBetween(localDay(c.dueAt!, tz), localDay(now, tz));
      lines.push(
        tr(lang, 'cadence.escalations.s_follow_up_is_day', {
          name: c.name,
          code: c.code,
          tier: c.tier,
          ownerId: c.ownerId,
          days,
          formatDay: formatDay(c.dueAt!, tz),
        }),
      );
    }
  }
  return lines.join('\n');
}
