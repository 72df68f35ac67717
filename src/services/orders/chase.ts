// The order clerk is chased, on working days, for production sheets not yet
// acknowledged, and when the deadline passes the clerk's supervisor hears once;
// after-sales is reminded to ask the customer whether the goods arrived. Idempotent:
// dedupe keys per sheet and day, the escalation and the reminder claimed by a row.
import { tr } from '../../core/i18n/index.js';
import { isWorkingDay, localDateKey } from '../../core/handover/deadline.js';
import { fmtDay } from './render-sheet.js';
import type { Notice, OrdersEnv } from './store.js';

export async function chaseSheets(env: OrdersEnv): Promise<Notice[]> {
  const { store, now, tz } = env;
  const pending = await store.pendingSheets(now);
  const out: Notice[] = [];
  if (pending.length === 0) return out;
  const members = await store.listMembers();
  const today = localDateKey(now, tz);
  for (const s of pending) {
    const clerk = members.find((m) => m.id === s.clerkId);
    if (!clerk) continue;
    const customer = await store.findCustomerById(s.customerId);
    const cname = customer?.name ?? '';
    const dm = await store.findDirectChat(clerk.id);
    const lang = dm?.language ?? clerk.language;
    if (dm && isWorkingDay(now, tz) && today !== localDateKey(s.createdAt, tz)) {
      out.push({
        chatId: dm.id,
        kind: 'reminder',
        at: now,
        dedupeKey: `order-remind:${s.id}:${today}`,
        text: tr(lang, 'orders.chase.production_sheet_v_is_still', {
          id: s.id,
          cname,
          version: s.version,
          fmtDay: fmtDay(s.dueAt, tz),
        }),
      });
    }
    if (now.getTime() >= s.dueAt.getTime() && !s.escalatedAt) {
      const boss = members.find((m) => m.id === clerk.reportsTo && m.active);
      const bossDm = boss ? await store.findDirectChat(boss.id) : undefined;
      if (!boss || !bossDm || !(await store.claimSheetEscalation(s.id, now))) continue;
      out.push({
        chatId: bossDm.id,
        kind: 'escalation',
        at: now,
        dedupeKey: `order-escalate:${s.id}`,
        text: tr(bossDm.language ?? boss.language, 'orders.chase.production_sheet_v_sent_is', {
          id: s.id,
          cname,
          version: s.version,
          fmtDay: fmtDay(s.createdAt, tz),
          name: clerk.name,
          fmtDay2: fmtDay(s.dueAt, tz),
        }),
      });
    }
  }
  return out;
}

export async function remindReceipts(env: OrdersEnv): Promise<Notice[]> {
  const { store, now, tz } = env;
  const out: Notice[] = [];
  for (const f of await store.dueReceiptFollowups(now)) {
    const dm = await store.findDirectChat(f.memberId);
    if (!dm || !(await store.claimReceiptReminder(f.id, now))) continue;
    const customer = await store.findCustomerById(f.customerId);
    const cname = customer?.name ?? '';
    out.push({
      chatId: dm.id,
      kind: 'reminder',
      at: now,
      dedupeKey: `order-receipt:${f.id}`,
      text: tr(dm.language ?? 'zh', 'orders.chase.follow_up_on_receipt_s', { cname, fmtDay: fmtDay(f.dueAt, tz) }),
    });
  }
  return out;
}
