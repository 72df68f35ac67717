// "今天电话跟进了ACME，下周一再联系" → a follow-up row (and the cadence hears of the contact);
// "ACME 是A类客户" / "set ACME tier A" → the tier, with an audit_log row.
import { t } from '../../../core/language.js';
import type { Customer } from '../../../core/customer.js';
import type { Tier } from '../../../core/types.js';
import { formatDate, type LocalDate } from '../../../extract/dates/calendar.js';
import { fromLocal, toLocal } from '../../../extract/dates/zone.js';
import type { FollowUpChannel } from '../../../core/records.js';
import { recomputeNextFollowUp } from '../../cadence/on-contact.js';
import { onCustomerContact } from '../../cadence/on-contact.js';
import type { BotCtx } from '../bot-context.js';
import { splitFollowUpTimes } from '../intents/when.js';

const CHANNEL: Record<FollowUpChannel, [string, string]> = {
  phone: ['电话', 'phone call'],
  wechat: ['微信', 'WeChat'],
  whatsapp: ['WhatsApp', 'WhatsApp'],
  email: ['邮件', 'email'],
  visit: ['拜访', 'visit'],
  chat: ['聊天', 'chat'],
  meeting: ['会议', 'meeting'],
  other: ['跟进', 'follow-up'],
};

function sameDay(a: LocalDate, b: LocalDate): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

export async function logFollowUp(b: BotCtx, customer: Customer, channel: FollowUpChannel): Promise<void> {
  const { ctx } = b;
  const { lang, tz } = b.fmt;
  const l = toLocal(ctx.now, tz);
  const today = { y: l.y, m: l.m, d: l.d };
  const when = splitFollowUpTimes(ctx.message.text, today);
  // Today's contact happened "now"; an earlier day's at noon local time (the hour is unknown).
  const happenedAt = sameDay(when.happened, today)
    ? ctx.now
    : fromLocal({ ...when.happened, hh: 12, mi: 0, ss: 0 }, tz).date;
  const nextAt = when.next ? fromLocal({ ...when.next, hh: 9, mi: 0, ss: 0 }, tz).date : null;
  await ctx.transaction(async (tx) => {
    await tx.followUps.insertFollowUp(
      {
        customerId: customer.id,
        memberId: b.sender.id,
        channel,
        summary: ctx.message.text,
        happenedAt,
        nextAt,
        sourceMessageId: ctx.message.id,
      },
      ctx.now,
    );
    await onCustomerContact(tx, customer.id, happenedAt);
    ctx.setCustomer(customer.id);
    const ch = CHANNEL[channel];
    const next = when.next
      ? t(lang, `下次联系：${formatDate(when.next)}。`, ` Next contact: ${formatDate(when.next)}.`)
      : '';
    ctx.reply(
      t(
        lang,
        `已记录：${formatDate(when.happened)} ${ch[0]}跟进 ${customer.name}。${next}`,
        `Logged: ${ch[1]} with ${customer.name} on ${formatDate(when.happened)}.${next}`,
      ),
    );
  });
}

export async function applyTier(b: BotCtx, customer: Customer, tier: Tier): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  if (customer.tier === tier) {
    ctx.reply(t(lang, `${customer.name} 已经是${tier}类客户。`, `${customer.name} is already tier ${tier}.`));
    ctx.setCustomer(customer.id);
    return;
  }
  await ctx.transaction(async (tx) => {
    await tx.customerUpdates.setCustomerTier(customer.id, customer.tier, tier, b.sender.id, ctx.now);
    // A new tier means a new cadence: the next follow-up date moves with it.
    await recomputeNextFollowUp(tx, customer.id, ctx.now);
    ctx.setCustomer(customer.id);
    ctx.reply(
      t(
        lang,
        `已把 ${customer.name} 从${customer.tier}类改为${tier}类客户。`,
        `${customer.name} is now tier ${tier} (was ${customer.tier}).`,
      ),
    );
  });
}
