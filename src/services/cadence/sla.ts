// First-response SLA: a customer's new inquiry starts a clock (5/15/30 minutes by
// class), the rep's reply stops it, and a clock that runs out tells the rep's
// supervisor once. The clock row is the dedupe: only the run that flips
// breached_at from null queues the notice.
import { sql } from 'kysely';
import type { Db } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import type { CadencePolicy, CadenceTier } from '../../core/cadence/policy.js';
import { slaClass, slaMinutes } from '../../core/cadence/rules.js';
import { enqueue } from '../../db/repositories/outbox.js';
import { t, type Lang } from '../../core/language.js';
import { findDirectChat } from '../../db/repositories/team.js';
import { formatLocal } from './format.js';
import { supervisorFor } from './people.js';

export interface InquiryStart { customerId: string; chatId: string | null; messageId: string | null; at: Date }

/**
 * Start the first-response clock for a customer's inbound message (or a forwarded new
 * inquiry). A clock already running for the customer keeps its earlier start.
 */
export async function startSlaClock(db: Db, s: InquiryStart, policy: CadencePolicy): Promise<boolean> {
  const c = await db.selectFrom('customers').select(['tier', 'stage', 'owner_id', sql<boolean>`sla_flagged`.as('flagged')])
    .where('id', '=', s.customerId).executeTakeFirst();
  if (!c) return false;
  const cls = slaClass({ tier: c.tier as CadenceTier, flagged: c.flagged, stage: c.stage });
  const due = new Date(s.at.getTime() + slaMinutes(cls, policy) * 60_000);
  const r = await sql`insert into sla_clocks (customer_id, chat_id, start_message_id, owner_id, sla_class, started_at, due_at)
    values (${s.customerId}, ${s.chatId}, ${s.messageId}, ${c.owner_id}, ${cls}, ${s.at}, ${due})
    on conflict do nothing`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

/** The rep answered: stop the customer's running clock. */
export async function stopSlaClock(db: Db, customerId: string, at: Date, by: string): Promise<void> {
  await db.updateTable('sla_clocks').set({ stopped_at: at, stopped_by: by })
    .where('customer_id', '=', customerId).where('stopped_at', 'is', null).where('started_at', '<=', at).execute();
}

/** Flag clocks that ran out and tell each supervisor once. */
export async function runSlaCheck(deps: Pick<AppDeps, 'db' | 'logger'>, now: Date, tz: string): Promise<string[]> {
  return deps.db.transaction().execute(async (tx) => {
    const breached = await tx.updateTable('sla_clocks').set({ breached_at: now })
      .where('stopped_at', 'is', null).where('breached_at', 'is', null).where('due_at', '<=', now)
      .returning(['id', 'customer_id', 'owner_id', 'sla_class', 'started_at', 'due_at', 'chat_id']).execute();
    const ids: string[] = [];
    for (const b of breached) {
      const cust = await tx.selectFrom('customers').select(['name', 'code']).where('id', '=', b.customer_id).executeTakeFirstOrThrow();
      const sup = await supervisorFor(tx, b.owner_id);
      if (!sup) { deps.logger.warn({ clock: b.id }, 'SLA breached but nobody supervises the owner'); continue; }
      const chat = await findDirectChat(tx, sup.id);
      if (!chat) continue;
      const lang: Lang = sup.language;
      const mins = Math.round((new Date(b.due_at).getTime() - new Date(b.started_at).getTime()) / 60_000);
      const owner = b.owner_id ?? t(lang, '（无负责人）', '(no owner)');
      const text = t(lang,
        `⏱ 首次响应超时：${cust.name}（${cust.code}）${formatLocal(new Date(b.started_at), tz)} 发来询盘，${mins} 分钟内（${classZh(b.sla_class)}）无人回复。负责人：${owner}。`,
        `⏱ First-response SLA missed: ${cust.name} (${cust.code}) wrote at ${formatLocal(new Date(b.started_at), tz)} and nobody answered within ${mins} minutes (${b.sla_class}). Owner: ${owner}.`);
      ids.push(...await enqueue(tx, [{ chatId: chat.id, text, kind: 'escalation', dedupeKey: `cadence:sla:${b.id}`, at: now }]));
    }
    return ids;
  });
}

function classZh(c: string): string {
  return c === 'high' ? '高价值' : c === 'normal' ? '普通' : '一般';
}
