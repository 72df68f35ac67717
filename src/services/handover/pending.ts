// Which handover a member means when they say "ack" or ask a question without
// an id: their one pending handover, or the one they named.
import { t, type Lang } from '../../core/language.js';
import type { Db } from '../../db/client.js';

export interface PendingRecipient {
  batchId: string; role: string; token: string; kind: string; fromMemberId: string | null; createdBy: string;
  stage: string | null; dueAt: Date; createdAt: Date;
}

export async function pendingFor(db: Db, memberId: string): Promise<PendingRecipient[]> {
  const rows = await db.selectFrom('handover_recipients as r').innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
    .select(['r.batch_id', 'r.role', 'r.token', 'b.kind', 'b.from_member_id', 'b.created_by', 'b.stage', 'b.due_at', 'b.created_at'])
    .where('r.member_id', '=', memberId).where('r.status', '=', 'pending').orderBy('b.created_at').execute();
  return rows.map((r) => ({
    batchId: r.batch_id, role: r.role, token: r.token, kind: r.kind, fromMemberId: r.from_member_id, createdBy: r.created_by,
    stage: r.stage, dueAt: new Date(r.due_at), createdAt: new Date(r.created_at),
  }));
}

export type Pick = { ok: true; one: PendingRecipient } | { ok: false; reply: string };

export async function pickPending(db: Db, memberId: string, id: string | undefined, lang: Lang): Promise<Pick> {
  const all = await pendingFor(db, memberId);
  if (id) {
    const one = all.find((p) => p.batchId === id);
    if (one) return { ok: true, one };
    const known = await db.selectFrom('handover_recipients').select('status').where('batch_id', '=', id).where('member_id', '=', memberId).executeTakeFirst();
    if (known) return { ok: false, reply: t(lang, `交接 ${id} 已经是“${statusZh(known.status)}”状态。`, `Handover ${id} is already ${known.status}.`) };
    return { ok: false, reply: t(lang, `没有发给你的交接 ${id}。`, `There is no handover ${id} for you.`) };
  }
  if (all.length === 1) return { ok: true, one: all[0]! };
  if (all.length === 0) return { ok: false, reply: t(lang, '你没有待签收的交接。', 'You have no handover waiting for your sign-off.') };
  const ids = all.map((p) => p.batchId).join(', ');
  return { ok: false, reply: t(lang, `你有多个待签收的交接（${ids}），请注明编号，例如 /ack ${all[0]!.batchId}。`, `You have several handovers waiting (${ids}); name one, e.g. /ack ${all[0]!.batchId}.`) };
}

function statusZh(s: string): string {
  return ({ signed: '已签收', refused: '已拒绝', expired: '已过期', pending: '待签收' } as Record<string, string>)[s] ?? s;
}
