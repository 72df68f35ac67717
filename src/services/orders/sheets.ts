// Making a production sheet from the needs as they stand now, and the notices that
// carry it: one to the production group (no money) and one to the order clerk
// (asked to acknowledge). Shared by confirmation and revision.
import { addWorkingDays } from '../../core/handover/deadline.js';
import type { Customer } from '../../core/customer.js';
import type { Member } from '../../core/team.js';
import type { SheetRecord } from '../../core/orders/records.js';
import type { SheetDiffLine, SheetItem } from '../../core/orders/sheet.js';
import { sortItems } from '../../core/orders/sheet.js';
import type { StoredNeed } from '../../core/records.js';
import { sheetText, type SheetHead } from './render-sheet.js';
import type { Notice, OrdersEnv } from './store.js';

export function itemsOf(needs: StoredNeed[]): SheetItem[] {
  return sortItems(
    needs.map((n) => ({
      slot: n.slot,
      kind: n.kind,
      value: n.value,
      evidence: n.evidence,
      speaker: n.speaker,
      saidAt: n.saidAt ? n.saidAt.toISOString() : null,
    })),
  );
}

/** The order clerk for a customer: its fulfilment responsible, else the first active order clerk. */
export async function clerkFor(env: OrdersEnv, customerId: string, members: Member[]): Promise<Member | undefined> {
  const id = await env.store.responsibleFor(customerId, 'fulfilment');
  return members.find((m) => m.id === id && m.active) ?? members.find((m) => m.role === 'ops' && m.active);
}

export async function newSheet(
  env: OrdersEnv,
  input: {
    orderId: string;
    customer: Customer;
    version: number;
    items: SheetItem[];
    diff: SheetDiffLine[];
    by: Member;
    members: Member[];
  },
): Promise<SheetRecord> {
  const clerk = await clerkFor(env, input.customer.id, input.members);
  return env.store.insertSheet({
    orderId: input.orderId,
    customerId: input.customer.id,
    version: input.version,
    items: input.items,
    diff: input.diff,
    at: env.now,
    createdBy: input.by.id,
    clerkId: clerk?.id ?? null,
    repId: input.customer.ownerId ?? input.by.id,
    dueAt: addWorkingDays(env.now, env.config.sheetAckWorkingDays, env.tz),
  });
}

export function headOf(sheet: SheetRecord, customer: Customer, members: Member[]): SheetHead {
  const name = (id: string | null) => members.find((m) => m.id === id)?.name ?? id ?? '—';
  return {
    customerName: customer.name,
    customerCode: customer.code,
    repName: name(sheet.repId),
    clerkName: name(sheet.clerkId),
  };
}

/** The sheet to the production group and to the clerk's direct chat. */
export async function sheetNotices(
  env: OrdersEnv,
  sheet: SheetRecord,
  customer: Customer,
  members: Member[],
): Promise<Notice[]> {
  const head = headOf(sheet, customer, members);
  const out: Notice[] = [];
  const group = await env.store.findChat(env.config.productionChat);
  if (group && !group.hasExternal) {
    out.push({
      chatId: group.id,
      kind: 'notice',
      format: 'markdown',
      at: env.now,
      dedupeKey: `order-sheet-group:${sheet.id}`,
      text: sheetText(
        sheet,
        head,
        { member: null, group: true, hasExternal: false },
        group.language ?? 'zh',
        env.tz,
        false,
      ),
    });
  }
  const clerk = members.find((m) => m.id === sheet.clerkId);
  const dm = clerk ? await env.store.findDirectChat(clerk.id) : undefined;
  if (clerk && dm) {
    out.push({
      chatId: dm.id,
      kind: 'notice',
      format: 'markdown',
      at: env.now,
      dedupeKey: `order-sheet:${sheet.id}`,
      text: sheetText(
        sheet,
        head,
        { member: clerk, group: false, hasExternal: false },
        dm.language ?? clerk.language,
        env.tz,
        true,
      ),
    });
  }
  return out;
}
