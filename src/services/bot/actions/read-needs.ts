// "What does ACME need?", "ACME 交货期是哪天?", "what changed for ACME this week?", "我有哪些客户?".
import { tr } from '../../../core/i18n/index.js';
import type { Customer } from '../../../core/customer.js';
import type { NeedKind } from '../../../core/needs.js';
import { addDays, isoWeekday } from '../../../extract/dates/calendar.js';
import { fromLocal, toLocal } from '../../../extract/dates/zone.js';
import { changeLineOf, needLineOf, splitShown, unknownEssentials } from '../../needs/read.js';
import { customerHead, mayShow, replyMd, type BotCtx } from '../bot-context.js';
import { nameOf } from '../customers/visibility.js';
import { myScope } from '../customers/scope.js';
import { changesAnswer, needsAnswer } from '../format/cards.js';
import type { Period } from '../intents/intent.js';

export async function answerNeeds(b: BotCtx, customer: Customer, kind?: NeedKind): Promise<void> {
  const all = await b.ctx.deps.repos.needs.currentNeeds(customer.id);
  const wanted = kind ? all.filter((n) => n.kind === kind) : all;
  const lines = wanted.map((n) => needLineOf(n, (id) => nameOf(b.team, id)));
  const { shown, hidden } = splitShown(lines, (k) => mayShow(b, k));
  const hiddenKinds = kind && !mayShow(b, kind) ? [kind] : hidden;
  replyMd(
    b,
    needsAnswer(
      { customer: customerHead(b, customer), needs: shown, unknown: unknownEssentials(all), hidden: hiddenKinds, kind },
      b.fmt,
    ),
  );
  b.ctx.setCustomer(customer.id);
}

/** Start of the period in the business time zone. */
export function periodStart(period: Period, now: Date, tz: string): Date | null {
  if (period === 'all') return null;
  const l = toLocal(now, tz);
  let day = { y: l.y, m: l.m, d: l.d };
  if (period === 'week') day = addDays(day, 1 - isoWeekday(day));
  if (period === 'month') day = { y: l.y, m: l.m, d: 1 };
  return fromLocal({ ...day, hh: 0, mi: 0, ss: 0 }, tz).date;
}

export async function answerChanges(b: BotCtx, customer: Customer, period: Period): Promise<void> {
  const since = periodStart(period, b.ctx.now, b.fmt.tz);
  const changes = await b.ctx.deps.repos.needs.changesSince(customer.id, since);
  const lines = changes.map((c) => changeLineOf(c, (id) => nameOf(b.team, id)));
  const { shown, hidden } = splitShown(lines, (k) => mayShow(b, k));
  replyMd(b, changesAnswer({ customer: customerHead(b, customer), changes: shown, period, hidden }, b.fmt));
  b.ctx.setCustomer(customer.id);
}

/** Rows per page of "my customers"; the total is always stated. */
export const CUSTOMER_PAGE_SIZE = 30;

export async function listMyCustomers(b: BotCtx, page = 1): Promise<void> {
  const { lang } = b.fmt;
  const rep = b.sender.role === 'rep';
  const offset = (page - 1) * CUSTOMER_PAGE_SIZE;
  const { total, customers } = await b.ctx.deps.repos.customerLists.pageCustomers(myScope(b.sender), {
    limit: CUSTOMER_PAGE_SIZE,
    offset,
  });
  if (total === 0) {
    b.ctx.reply(tr(lang, 'bot.read_needs.you_have_no_customers_yet'));
    return;
  }
  const pages = Math.ceil(total / CUSTOMER_PAGE_SIZE);
  const n = total.toLocaleString('en-US');
  if (customers.length === 0) {
    b.ctx.reply(tr(lang, 'bot.read_needs.there_is_no_page_customers', { page, n, pages }));
    return;
  }
  const range = `${offset + 1}–${offset + customers.length}`;
  const count = pages > 1 ? tr(lang, 'bot.read_needs.showing', { n, range }) : n;
  const title = rep
    ? tr(lang, 'bot.read_needs.your_customers', { count })
    : tr(lang, 'bot.read_needs.customers_you_can_see', { count });
  const rows = customers.map((c) => {
    const owner = rep ? '' : tr(lang, 'bot.read_needs.owner', { v: nameOf(b.team, c.ownerId) ?? '—' });
    return tr(lang, 'bot.read_needs.tier', { name: c.name, code: c.code, tier: c.tier, owner });
  });
  const more = page < pages ? [tr(lang, 'bot.read_needs.more_send_customers_page_pages', { v: page + 1, pages })] : [];
  replyMd(b, [title, ...rows, ...more].join('\n'));
}
