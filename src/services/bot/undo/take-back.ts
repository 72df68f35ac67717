// Take one member action on needs back (issue 15): the change rows one message caused
// (a forward, a correction, a removal, the answer that filed a forward) are marked
// reverted, the needs they put in place leave 'current', the versions they replaced
// are current again, the speakers that chat taught us are forgotten, and every notice
// the action sent gets a short retraction in the same chat (through the outbox).
import type { Repositories } from '../../../deps.js';
import type { Customer } from '../../../core/customer.js';
import { tr } from '../../../core/i18n/index.js';
import { isSensitiveKind } from '../../../core/permissions.js';
import type { StoredChange } from '../../../core/records.js';
import { customerHead, type BotCtx } from '../bot-context.js';
import { changeLine, head } from '../format/lines.js';
import { kindLabel } from '../format/values.js';
import type { ChangeLine } from '../format/views.js';
import { afterNeedsChanged } from '../../orders/hooks.js';

/** How long an action can still be taken back. */
export const UNDO_WINDOW_MS = 24 * 60 * 60_000;

export interface TakenBack {
  customer: Customer;
  /** Each undone change as "what it is now → what it is again". */
  restored: ChangeLine[];
  /** Changes left alone because a later version replaced them since. */
  keptNewer: number;
  retracted: number;
}

/** The undone change, read backwards: now → again. */
function restoredLine(c: StoredChange, at: Date): ChangeLine {
  return {
    kind: c.kind,
    from: c.toValue,
    to: c.fromValue,
    evidence: null,
    saidBy: null,
    saidAt: null,
    recordedBy: null,
    at,
  };
}

/**
 * `retract: false` takes the filing back without telling anyone: the next screenshot of a run
 * (issue 19) refiles the same chat at once, and its notices carry the same dedupe keys.
 */
export async function takeBack(
  tx: Repositories,
  b: BotCtx,
  viaMessageId: string,
  opts: { retract?: boolean } = {},
): Promise<TakenBack | undefined> {
  const { ctx, sender } = b;
  const changes = await tx.undo.changesOfAction(viaMessageId);
  const first = changes[0];
  if (!first) return undefined;
  const customer = await tx.customers.findCustomerById(first.customerId);
  if (!customer) return undefined;
  const restored: ChangeLine[] = [];
  let keptNewer = 0;
  for (const c of [...changes].reverse()) {
    if (c.toNeedId) {
      const put = await tx.undo.needById(c.toNeedId);
      if (put?.status !== 'current') {
        keptNewer++;
        continue;
      }
      await tx.undo.markNeedReverted(put.id, ctx.now);
    }
    if (c.fromNeedId && !(await tx.needs.currentNeed(c.customerId, c.slot))) await tx.undo.reviveNeed(c.fromNeedId);
    await tx.undo.markChangeReverted(c.id, sender.id, ctx.now);
    restored.unshift(restoredLine(c, ctx.now));
  }
  await tx.undo.forgetLearntContacts(viaMessageId);
  const retracted = opts.retract === false ? 0 : await retractNotices(tx, b, customer, viaMessageId, restored);
  if (restored.length > 0) await afterNeedsChanged(tx, ctx, sender, customer); // orders: revise a confirmed sheet
  ctx.setCustomer(customer.id);
  return { customer, restored, keptNewer, retracted };
}

async function retractNotices(
  tx: Repositories,
  b: BotCtx,
  customer: Customer,
  viaMessageId: string,
  restored: ChangeLine[],
): Promise<number> {
  const sent = (await tx.outbox.outboxForSource(viaMessageId)).filter((o) => o.kind === 'notice');
  const f = { ...b.fmt, maskMoney: true };
  const lines = restored.map((l) =>
    isSensitiveKind(l.kind)
      ? tr(f.lang, 'bot.undo.take_back.restored', { kindLabel: kindLabel(l.kind, f.lang) })
      : changeLine(l, f),
  );
  for (const o of sent) {
    b.ctx.notify({
      chatId: o.chatId,
      text: [
        tr(f.lang, 'bot.undo.take_back.retracted_the_last_need_change', {
          head: head(customerHead(b, customer), f),
          name: b.sender.name,
        }),
        ...lines,
      ].join('\n'),
      format: 'markdown',
      kind: 'notice',
      dedupeKey: `notice-retracted:${o.id}`,
    });
  }
  return sent.length;
}
