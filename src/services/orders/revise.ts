// A need changed after an order was confirmed: production must not keep working
// from the old sheet. The live sheet of each open order is compared with the needs
// as they are now; any difference production cares about (money does not count)
// makes version n+1 with the differences and a fresh acknowledgement request, and
// a still-pending older version is superseded.
import type { Customer } from '../../core/customer.js';
import type { Member } from '../../core/team.js';
import { diffSheets, isMoneyKind } from '../../core/orders/sheet.js';
import { canonicalValue } from '../needs/canonical.js';
import { itemsOf, newSheet, sheetNotices } from './sheets.js';
import type { Notice, OrdersEnv } from './store.js';

const same = (a: unknown, b: unknown) => canonicalValue(a) === canonicalValue(b);

export async function reviseSheets(env: OrdersEnv, by: Member, customer: Customer): Promise<Notice[]> {
  const live = await env.store.liveSheetsOfCustomer(customer.id);
  if (live.length === 0) return [];
  const items = itemsOf(await env.store.currentNeeds(customer.id));
  const members = await env.store.listMembers();
  const notices: Notice[] = [];
  for (const sheet of live) {
    const diff = diffSheets(sheet.items, items, same).filter((d) => !isMoneyKind(d.kind));
    if (diff.length === 0) continue;
    await env.store.supersedeSheet(sheet.id);
    const next = await newSheet(env, {
      orderId: sheet.orderId,
      customer,
      version: sheet.version + 1,
      items,
      diff,
      by,
      members,
    });
    notices.push(...(await sheetNotices(env, next, customer, members)));
  }
  return notices;
}
