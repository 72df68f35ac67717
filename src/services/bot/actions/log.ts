// "今天电话跟进了ACME，下周一再联系" → a follow-up row (and the cadence hears of the contact);
// "ACME 是A类客户" / "set ACME tier A" → the tier, with an audit_log row.
import { tr } from '../../../core/i18n/index.js';
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
    const next = when.next ? tr(lang, 'bot.log.next_contact', { formatDate: formatDate(when.next) }) : '';
    ctx.reply(
      tr(lang, 'bot.log.logged_with_on', {
        formatDate: formatDate(when.happened),
        v: ch[0],
        name: customer.name,
        next,
        v2: ch[1],
      }),
    );
  });
}

export async function applyTier(b: BotCtx, customer: Customer, tier: Tier): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  if (customer.tier === tier) {
    ctx.reply(tr(lang, 'bot.log.is_already_tier', { name: customer.name, tier }));
    ctx.setCustomer(customer.id);
    return;
  }
  await ctx.transaction(async (tx) => {
    await tx.customerUpdates.setCustomerTier(customer.id, customer.tier, tier, b.sender.id, ctx.now);
    // A new tier means a new cadence: the next follow-up date moves with it.
    await recomputeNextFollowUp(tx, customer.id, ctx.now);
    ctx.setCustomer(customer.id);
    ctx.reply(tr(lang, 'bot.log.is_now_tier_was', { name: customer.name, tier: customer.tier, tier2: tier }));
  });
}
