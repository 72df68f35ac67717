// What the accountability figures are computed from (issue 20): the hand-offs that
// started in a period — production sheets, shipments waiting for after-sales' first
// contact, handovers waiting for a signature — and the revised sheets.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { Handoff } from '../../core/orders/kpi.js';

const d = (x: Date | string | null): Date | null => (x ? new Date(x) : null);

export async function handoffsBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ handoffs: Handoff[]; revisions: { repId: string | null }[] }> {
  const sheets = await db
    .selectFrom('order_sheets')
    .select(['clerk_id', 'rep_id', 'version', 'created_at', 'due_at', 'acknowledged_at', 'questioned', 'status'])
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .execute();
  const shipments = await db
    .selectFrom('order_events as e')
    .innerJoin('order_followups as f', 'f.order_id', 'e.order_id')
    .select([
      'f.member_id',
      'e.at',
      'f.due_at',
      sql<Date | null>`(select min(u.happened_at) from follow_ups u where u.customer_id = e.customer_id and u.happened_at >= e.at)`.as(
        'first_contact',
      ),
    ])
    .where('e.kind', '=', 'shipped')
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .execute();
  const handovers = await db
    .selectFrom('handover_recipients as r')
    .innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
    .select(['r.member_id', 'r.status', 'r.decided_at', 'b.created_at', 'b.due_at'])
    .where('b.created_at', '>=', from)
    .where('b.created_at', '<', to)
    .execute();
  const handoffs: Handoff[] = [
    // A superseded sheet was replaced before anyone had to act on it; its successor counts.
    ...sheets
      .filter((s) => s.status !== 'superseded')
      .map((s): Handoff => ({
        kind: 'sheet',
        member: s.clerk_id,
        startedAt: new Date(s.created_at),
        dueAt: new Date(s.due_at),
        doneAt: d(s.acknowledged_at),
        questioned: s.questioned,
      })),
    // After-sales is on time when the first contact is by the end of the day the follow-up was due.
    ...shipments.map((s): Handoff => ({
      kind: 'shipment',
      member: s.member_id,
      startedAt: new Date(s.at),
      dueAt: new Date(new Date(s.due_at).getTime() + 86_400_000),
      doneAt: d(s.first_contact),
    })),
    ...handovers.map((h): Handoff => ({
      kind: 'handover',
      member: h.member_id,
      startedAt: new Date(h.created_at),
      dueAt: new Date(h.due_at),
      doneAt: h.status === 'signed' ? d(h.decided_at) : null,
    })),
  ];
  return { handoffs, revisions: sheets.filter((s) => s.version > 1).map((s) => ({ repId: s.rep_id })) };
}

export const orderKpiQueries = { handoffsBetween };
