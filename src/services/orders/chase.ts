// The order clerk is chased, on working days, for production sheets not yet
// acknowledged, and when the deadline passes the clerk's supervisor hears once;
// after-sales is reminded to ask the customer whether the goods arrived. Idempotent:
// dedupe keys per sheet and day, the escalation and the reminder claimed by a row.
import { t } from '../../core/language.js';
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
        text: t(
          lang,
          `🔔 生产单 ${s.id}（${cname} v${s.version}）还没有确认，截止 ${fmtDay(s.dueAt, tz)}。回复“确认”签收，或直接提问。`,
          `🔔 Production sheet ${s.id} (${cname} v${s.version}) is still waiting for your acknowledgement, due ${fmtDay(s.dueAt, tz)}. Reply "ack", or ask a question.`,
        ),
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
        text: t(
          bossDm.language ?? boss.language,
          `⏰ 生产单 ${s.id}（${cname} v${s.version}，${fmtDay(s.createdAt, tz)} 发出）${clerk.name} 超过截止 ${fmtDay(s.dueAt, tz)} 仍未确认。请跟进。`,
          `⏰ Production sheet ${s.id} (${cname} v${s.version}, sent ${fmtDay(s.createdAt, tz)}) is past its deadline ${fmtDay(s.dueAt, tz)} without ${clerk.name}'s acknowledgement. Please follow up.`,
        ),
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
      text: t(
        dm.language ?? 'zh',
        `📦 跟进客户收货：${cname} 的货应已到（${fmtDay(f.dueAt, tz)}）。请联系客户确认收货，并记录“今天跟进了${cname}…”；收到后说“${cname} 已收货”。`,
        `📦 Follow up on receipt (跟进客户收货): ${cname}'s goods should have arrived (${fmtDay(f.dueAt, tz)}). Contact the customer, log it ("called ${cname} today…"), and say "${cname} delivered" once they have it.`,
      ),
    });
  }
  return out;
}
