// Order events said in chat: confirmed (an order row, the lifecycle stage, production
// sheet v1), shipped (logistics and after-sales hear; a receipt follow-up is
// scheduled) and delivered (the after-sales cadence starts). Each is an event row
// with who said it and when.
import { t, type Lang } from '../../core/language.js';
import type { Customer } from '../../core/customer.js';
import type { Member } from '../../core/team.js';
import type { OrderEventCommand } from '../../core/orders/parse-event.js';
import { receiptFollowUpAt } from '../../core/orders/receipt.js';
import { localDateKey } from '../../core/handover/deadline.js';
import { itemsOf, newSheet, sheetNotices } from './sheets.js';
import { fmtDay } from './render-sheet.js';
import type { Notice, OrdersEnv, Outcome } from './store.js';

const MODE: Record<string, [string, string]> = {
  sea: ['海运', 'by sea'],
  air: ['空运', 'by air'],
  courier: ['快递', 'by courier'],
};

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
      reply: t(
        lang,
        `${customer.name} 已有一个在制订单（${fmtDay(open.confirmedAt, env.tz)} 确认${last ? `，生产单 ${last.id} v${last.version}` : ''}），没有重复记录。`,
        `${customer.name} already has an order in production (confirmed ${fmtDay(open.confirmedAt, env.tz)}${last ? `, sheet ${last.id} v${last.version}` : ''}); nothing recorded twice.`,
      ),
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
      t(
        lang,
        `✅ 已记录 ${customer.name} 的订单（${stage === 'first_order' ? '首单' : '返单'}），${by.name} ${fmtDay(env.now, env.tz)}。`,
        `✅ Recorded ${customer.name}'s order (${stage === 'first_order' ? 'first order' : 'repeat order'}), by ${by.name} at ${fmtDay(env.now, env.tz)}.`,
      ),
      t(
        lang,
        `生产单 ${sheet.id}（${sheet.items.length} 项要求）已发到生产部${clerk ? `和${clerk.name}，等待确认` : ''}。`,
        `Production sheet ${sheet.id} (${sheet.items.length} requirement(s)) went to production${clerk ? ` and to ${clerk.name} for acknowledgement` : ''}.`,
      ),
      ...(missing.length
        ? [t(lang, `注意：还没有 ${missing.join('、')}。`, `Note: no ${missing.join(', ')} on record yet.`)]
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
      reply: t(
        lang,
        `${customer.name} 没有待发货的订单。先记录下单：“${customer.name} 确认下单了”。`,
        `${customer.name} has no order waiting to ship. Record the order first: “${customer.name} confirmed the order”.`,
      ),
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
      mode ? t(l, MODE[mode]![0], MODE[mode]![1]) : '',
      cmd.tracking ? t(l, `单号 ${cmd.tracking}`, `tracking ${cmd.tracking}`) : '',
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
        t(
          l,
          `📦 ${customer.name}（${customer.code}）已发货${h ? `（${h}）` : ''}，${by.name} ${fmtDay(env.now, env.tz)}。`,
          `📦 ${customer.name} (${customer.code}) shipped${h ? ` (${h})` : ''}, by ${by.name} at ${fmtDay(env.now, env.tz)}.`,
        ),
        t(
          l,
          `售后：${follower?.name ?? followerId} 将在 ${fmtDay(dueAt, env.tz)} 跟进客户收货。`,
          `After-sales: ${follower?.name ?? followerId} follows up on receipt (跟进客户收货) on ${fmtDay(dueAt, env.tz)}.`,
        ),
      ].join('\n'),
    });
  }
  const h = how(lang);
  return {
    notices,
    reply: t(
      lang,
      `📦 已记录 ${customer.name} 发货${h ? `（${h}）` : ''}。物流和售后已通知；${fmtDay(dueAt, env.tz)} 提醒 ${follower?.name ?? followerId} 跟进客户收货。`,
      `📦 Recorded: ${customer.name} shipped${h ? ` (${h})` : ''}. Logistics and after-sales are told; ${follower?.name ?? followerId} is reminded to follow up on receipt on ${fmtDay(dueAt, env.tz)}.`,
    ),
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
      reply: t(lang, `${customer.name} 没有在途的订单。`, `${customer.name} has no order on its way.`),
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
      text: t(
        l,
        `📬 ${customer.name}（${customer.code}）已收货，${by.name} ${fmtDay(env.now, env.tz)}。售后跟进开始${next ? `，下次跟进 ${fmtDay(next, env.tz)}` : ''}。`,
        `📬 ${customer.name} (${customer.code}) received the goods, by ${by.name} at ${fmtDay(env.now, env.tz)}. After-sales follow-up starts${next ? `; next follow-up ${fmtDay(next, env.tz)}` : ''}.`,
      ),
    });
  }
  return {
    notices,
    reply: t(
      lang,
      `📬 已记录 ${customer.name} 收货。${next ? `下次跟进：${fmtDay(next, env.tz)}。` : ''}`,
      `📬 Recorded: ${customer.name} received the goods.${next ? ` Next follow-up: ${fmtDay(next, env.tz)}.` : ''}`,
    ),
  };
}
