// Which handover a member means when they say "ack" or ask a question without
// an id: their one pending handover, or the one they named.
import { t, type Lang } from '../../core/language.js';
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
        reply: t(lang, `交接 ${id} 已经是“${statusZh(known)}”状态。`, `Handover ${id} is already ${known}.`),
      };
    return { ok: false, reply: t(lang, `没有发给你的交接 ${id}。`, `There is no handover ${id} for you.`) };
  }
  if (all.length === 1) return { ok: true, one: all[0]! };
  if (all.length === 0)
    return { ok: false, reply: t(lang, '你没有待签收的交接。', 'You have no handover waiting for your sign-off.') };
  const ids = all.map((p) => p.batchId).join(', ');
  return {
    ok: false,
    reply: t(
      lang,
      `你有多个待签收的交接（${ids}），请注明编号，例如 /ack ${all[0]!.batchId}。`,
      `You have several handovers waiting (${ids}); name one, e.g. /ack ${all[0]!.batchId}.`,
    ),
  };
}

function statusZh(s: string): string {
  return (
    ({ signed: '已签收', refused: '已拒绝', expired: '已过期', pending: '待签收' } as Record<string, string>)[s] ?? s
  );
}
