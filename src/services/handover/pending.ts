// Which handover a member means when they say "ack" or ask a question without
// an id: their one pending handover, or the one they named.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { Repositories } from '../../deps.js';
import type { PendingRecipient } from '../../core/records.js';

export type { PendingRecipient };

export async function pendingFor(repos: Repositories, memberId: string): Promise<PendingRecipient[]> {
  return repos.handovers.pendingFor(memberId);
}

export type Pick = { ok: true; one: PendingRecipient } | { ok: false; reply: string };

export async function pickPending(
  repos: Repositories,
  memberId: string,
  id: string | undefined,
  lang: Lang,
): Promise<Pick> {
  const all = await pendingFor(repos, memberId);
  if (id) {
    const one = all.find((p) => p.batchId === id);
    if (one) return { ok: true, one };
    const known = await repos.handovers.recipientStatus(id, memberId);
    if (known)
      return {
        ok: false,
        reply: tr(lang, 'handover.pending.handover_is_already', { id, statusZh: statusZh(known), known }),
      };
    return { ok: false, reply: tr(lang, 'handover.pending.there_is_no_handover_for', { id }) };
  }
  if (all.length === 1) return { ok: true, one: all[0]! };
  if (all.length === 0) return { ok: false, reply: tr(lang, 'handover.pending.you_have_no_handover_waiting') };
  const ids = all.map((p) => p.batchId).join(', ');
  return {
    ok: false,
    reply: tr(lang, 'handover.pending.you_have_several_handovers_waiting', { ids, batchId: all[0]!.batchId }),
  };
}

function statusZh(s: string): string {
  return (
    ({ signed: '已签收', refused: '已拒绝', expired: '已过期', pending: '待签收' } as Record<string, string>)[s] ?? s
  );
}
