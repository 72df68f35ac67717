// First-response SLA: a customer's new inquiry starts a clock (5/15/30 minutes by
// class), the rep's reply stops it, and a clock that runs out tells the rep's
// supervisor once. The clock row is the dedupe: only the run that flips
// breached_at from null queues the notice.
import type { AppDeps, Repositories } from '../../deps.js';
import type { CadencePolicy, CadenceTier } from '../../core/cadence/policy.js';
import { slaClass, slaMinutes } from '../../core/cadence/rules.js';
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import { formatLocal } from './format.js';
import { supervisorFor } from './people.js';

export interface InquiryStart {
  customerId: string;
  chatId: string | null;
  messageId: string | null;
  at: Date;
}

/**
 * Start the first-response clock for a customer's inbound message (or a forwarded new
 * inquiry). A clock already running for the customer keeps its earlier start.
 */
export async function startSlaClock(repos: Repositories, s: InquiryStart, policy: CadencePolicy): Promise<boolean> {
  const c = await repos.slaClocks.slaSubject(s.customerId);
  if (!c) return false;
  const cls = slaClass({ tier: c.tier as CadenceTier, flagged: c.flagged, stage: c.stage });
  const due = new Date(s.at.getTime() + slaMinutes(cls, policy) * 60_000);
  return repos.slaClocks.startClock({
    customerId: s.customerId,
    chatId: s.chatId,
    messageId: s.messageId,
    ownerId: c.ownerId,
    slaClass: cls,
    startedAt: s.at,
    dueAt: due,
  });
}

/** The rep answered: stop the customer's running clock. */
export async function stopSlaClock(repos: Repositories, customerId: string, at: Date, by: string): Promise<void> {
  await repos.slaClocks.stopClock(customerId, at, by);
}

/** Flag clocks that ran out and tell each supervisor once. */
export async function runSlaCheck(deps: Pick<AppDeps, 'repos' | 'logger'>, now: Date, tz: string): Promise<string[]> {
  return deps.repos.transaction(async (tx) => {
    const breached = await tx.slaClocks.flagBreached(now);
    const ids: string[] = [];
    for (const b of breached) {
      const cust = await tx.customers.findCustomerById(b.customerId);
      if (!cust) throw new Error(`customer ${b.customerId} of SLA clock ${b.id} not found`);
      const sup = await supervisorFor(tx, b.ownerId);
      if (!sup) {
        deps.logger.warn({ clock: b.id }, 'SLA breached but nobody supervises the owner');
        continue;
      }
      const chat = await tx.team.findDirectChat(sup.id);
      if (!chat) continue;
      const lang: Lang = sup.language;
      const mins = Math.round((b.dueAt.getTime() - b.startedAt.getTime()) / 60_000);
      const owner = b.ownerId ?? tr(lang, 'cadence.sla.no_owner');
      const text = tr(lang, 'cadence.sla.first_response_sla_missed_wrote', {
        name: cust.name,
        code: cust.code,
        formatLocal: formatLocal(b.startedAt, tz),
        mins,
        classZh: classZh(b.slaClass),
        owner,
        slaClass: b.slaClass,
      });
      ids.push(
        ...(await tx.outbox.enqueue([
          { chatId: chat.id, text, kind: 'escalation', dedupeKey: `cadence:sla:${b.id}`, at: now },
        ])),
      );
    }
    return ids;
  });
}

function classZh(c: string): string {
  return c === 'high' ? '高价值' : c === 'normal' ? '普通' : '一般';
}
