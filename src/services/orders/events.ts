// Order events said in chat: confirmed (an order row, the lifecycle stage, production
// sheet v1), shipped (logistics and after-sales hear; a receipt follow-up is
// scheduled) and delivered (the after-sales cadence starts). Each is an event row
// with who said it and when.
import { type Lang } from '../../core/language.js';
import { label, tr } from '../../core/i18n/index.js';
import type { Customer } from '../../core/customer.js';
import type { Member } from '../../core/team.js';
import type { OrderEventCommand } from '../../core/orders/parse-event.js';
import { receiptFollowUpAt } from '../../core/orders/receipt.js';
import { localDateKey } from '../../core/handover/deadline.js';
import { itemsOf, newSheet, sheetNotices } from './sheets.js';
import { fmtDay } from './render-sheet.js';
import type { Notice, OrdersEnv, Outcome } from './store.js';

export async function confirmOrder(
  env: OrdersEnv,
  by: Member,
  customer: Customer,
  messageId: string | null,
  lang: Lang,
): Promise<Outcome> {
  const open = await env.store.latestOrderIn(customer.id, ['open']);
  if (open?.confirmedAt) {
    const sheets = await env.store.sheetsOfOrder(open.id);
    const last = sheets[sheets.length - 1];
    return {
      notices: [],
      reply: tr(lang, 'orders.events.already_has_an_order_in', {
        name: customer.name,
        fmtDay: fmtDay(open.confirmedAt, env.tz),
        v: last ? `，生产单 ${last.id} v${last.version}` : '',
        v2: last ? `, sheet ${last.id} v${last.version}` : '',
      }),
    };
  }
  const before = await env.store.countOrders(customer.id);
  const order = await env.store.createChatOrder({
    customerId: customer.id,
    orderedOn: localDateKey(env.now, env.tz),
    at: env.now,
    by: by.id,
    messageId,
  });
  await env.store.insertOrderEvent({
    orderId: order.id,
    customerId: customer.id,
    kind: 'confirmed',
    saidBy: by.id,
    at: env.now,
    messageId,
  });
  const stage = before === 0 ? 'first_order' : 'repeat';
  if (customer.stage !== 'loyal') await env.store.setCustomerStage(customer.id, stage, env.now);
  const members = await env.store.listMembers();
  const sheet = await newSheet(env, {
    orderId: order.id,
    customer,
    version: 1,
    items: itemsOf(await env.store.currentNeeds(customer.id)),
    diff: [],
    by,
    members,
  });
  const notices = await sheetNotices(env, sheet, customer, members);
  const clerk = members.find((m) => m.id === sheet.clerkId);
  const kinds = new Set(sheet.items.map((i) => i.kind));
  const missing = (['quantity', 'delivery_date', 'product'] as const).filter((k) => !kinds.has(k));
  return {
    notices,
    reply: [
      tr(lang, 'orders.events.recorded_s_order_by_at', {
        name: customer.name,
        v: stage === 'first_order' ? '首单' : '返单',
        name2: by.name,
        fmtDay: fmtDay(env.now, env.tz),
        v2: stage === 'first_order' ? 'first order' : 'repeat order',
      }),
      tr(lang, 'orders.events.production_sheet_requirement_s_went', {
        id: sheet.id,
        length: sheet.items.length,
        v: clerk ? `和${clerk.name}，等待确认` : '',
        v2: clerk ? ` and to ${clerk.name} for acknowledgement` : '',
      }),
      ...(missing.length
        ? [tr(lang, 'orders.events.note_no_on_record_yet', { join: missing.join('、'), join2: missing.join(', ') })]
        : []),
    ].join('\n'),
  };
}

export async function shipOrder(
  env: OrdersEnv,
  by: Member,
  customer: Customer,
  cmd: OrderEventCommand,
  messageId: string | null,
  lang: Lang,
): Promise<Outcome> {
  const order = await env.store.latestOrderIn(customer.id, ['open']);
  if (!order) {
    return {
      notices: [],
      reply: tr(lang, 'orders.events.has_no_order_waiting_to', { name: customer.name }),
    };
  }
  const mode = cmd.mode ?? null;
  await env.store.markShipped(order.id, localDateKey(env.now, env.tz), mode, cmd.tracking ?? null);
  await env.store.insertOrderEvent({
    orderId: order.id,
    customerId: customer.id,
    kind: 'shipped',
    saidBy: by.id,
    at: env.now,
    messageId,
    details: { ...(mode ? { mode } : {}), ...(cmd.tracking ? { tracking: cmd.tracking } : {}) },
  });
  const members = await env.store.listMembers();
  const followerId = (await env.store.responsibleFor(customer.id, 'after_sales')) ?? customer.ownerId ?? by.id;
  const follower = members.find((m) => m.id === followerId);
  const dueAt = receiptFollowUpAt(env.now, mode, env.config.receiptDays);
  await env.store.scheduleReceiptFollowup(
    { orderId: order.id, customerId: customer.id, memberId: followerId, dueAt },
    env.now,
  );
  const how = (l: Lang) =>
    [
      mode ? label(l, 'label.ship_mode', mode) : '',
      cmd.tracking ? tr(l, 'orders.events.tracking', { tracking: cmd.tracking }) : '',
    ]
      .filter(Boolean)
      .join(l === 'zh' ? '，' : ', ');
  const notices: Notice[] = [];
  for (const chatId of [env.config.logisticsChat, env.config.afterSalesChat]) {
    const chat = await env.store.findChat(chatId);
    if (!chat || chat.hasExternal) continue;
    const l = chat.language ?? 'zh';
    const h = how(l);
    notices.push({
      chatId,
      kind: 'notice',
      at: env.now,
      dedupeKey: `order-shipped:${order.id}:${chatId}`,
      text: [
        tr(l, 'orders.events.shipped_by_at', {
          name: customer.name,
          code: customer.code,
          v: h ? `（${h}）` : '',
          name2: by.name,
          fmtDay: fmtDay(env.now, env.tz),
          v2: h ? ` (${h})` : '',
        }),
        tr(l, 'orders.events.after_sales_follows_up_on', {
          v: follower?.name ?? followerId,
          fmtDay: fmtDay(dueAt, env.tz),
        }),
      ].join('\n'),
    });
  }
  const h = how(lang);
  return {
    notices,
    reply: tr(lang, 'orders.events.recorded_shipped_logistics_and_after', {
      name: customer.name,
      v: h ? `（${h}）` : '',
      fmtDay: fmtDay(dueAt, env.tz),
      v2: follower?.name ?? followerId,
      v3: h ? ` (${h})` : '',
    }),
  };
}

export async function deliverOrder(
  env: OrdersEnv,
  by: Member,
  customer: Customer,
  messageId: string | null,
  lang: Lang,
): Promise<Outcome> {
  const order =
    (await env.store.latestOrderIn(customer.id, ['shipped'])) ?? (await env.store.latestOrderIn(customer.id, ['open']));
  if (!order) {
    return {
      notices: [],
      reply: tr(lang, 'orders.events.has_no_order_on_its', { name: customer.name }),
    };
  }
  await env.store.markDelivered(order.id, localDateKey(env.now, env.tz));
  await env.store.insertOrderEvent({
    orderId: order.id,
    customerId: customer.id,
    kind: 'delivered',
    saidBy: by.id,
    at: env.now,
    messageId,
  });
  // The cadence reads the first delivery: the after-delivery check-in is scheduled from it.
  const next = await env.store.recomputeNextFollowUp(customer.id, env.now);
  const notices: Notice[] = [];
  const chat = await env.store.findChat(env.config.afterSalesChat);
  if (chat && !chat.hasExternal) {
    const l = chat.language ?? 'zh';
    notices.push({
      chatId: chat.id,
      kind: 'notice',
      at: env.now,
      dedupeKey: `order-delivered:${order.id}`,
      text: tr(l, 'orders.events.received_the_goods_by_at', {
        name: customer.name,
        code: customer.code,
        name2: by.name,
        fmtDay: fmtDay(env.now, env.tz),
        v: next ? `，下次跟进 ${fmtDay(next, env.tz)}` : '',
        v2: next ? `; next follow-up ${fmtDay(next, env.tz)}` : '',
      }),
    });
  }
  return {
    notices,
    reply: tr(lang, 'orders.events.recorded_received_the_goods', {
      name: customer.name,
      v: next ? `下次跟进：${fmtDay(next, env.tz)}。` : '',
      v2: next ? ` Next follow-up: ${fmtDay(next, env.tz)}.` : '',
    }),
  };
}
