// Called by the needs-changing actions (a forwarded chat, /fix, a removal) inside
// their transaction: a confirmed order's production sheet is revised when a need
// production works from changed.
import type { Repositories } from '../../deps.js';
import type { Customer } from '../../core/customer.js';
import type { Member } from '../../core/team.js';
import type { MessageContext } from '../understand/context.js';
import { reviseSheets } from './revise.js';
import { ordersStore } from './store.js';

export async function afterNeedsChanged(
  tx: Repositories,
  ctx: MessageContext,
  by: Member,
  customer: Customer,
): Promise<void> {
  const env = { store: ordersStore(tx), now: ctx.now, tz: ctx.deps.config.tz, config: ctx.deps.config.orders };
  for (const n of await reviseSheets(env, by, customer)) ctx.notify(n);
}
