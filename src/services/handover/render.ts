// Chat texts of a handover, in the reader's language. The full package lives on
// the web page; chat gets a summary a receiver can act on without opening it.
import { type Lang } from '../../core/language.js';
import { label, tr } from '../../core/i18n/index.js';
import { kindLabel } from '../../core/handover/completeness.js';
import { describeNeed } from '../../core/handover/describe-need.js';
import type { HandoverPackage } from '../../core/handover/package.js';

export function fmtTime(at: Date | string, tz: string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function fmtDay(at: string): string {
  return at.slice(0, 10);
}

export function fmtMoney(n: number, currency = 'CNY'): string {
  return `${currency === 'CNY' ? '¥' : `${currency} `}${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

export function stageLabel(stage: string, lang: Lang): string {
  return label(lang, 'label.handover_stage', stage);
}

export function timelineLabel(kind: string, lang: Lang): string {
  return label(lang, 'label.handover_timeline', kind);
}

export function customerLine(pkg: HandoverPackage, lang: Lang): string {
  const c = pkg.customer;
  return `${c.name} (${c.code}) · ${tr(lang, 'handover.render.tier', { tier: c.tier })} · ${label(lang, 'label.stage', c.stage)}`;
}

export function missingText(keys: string[], lang: Lang): string {
  return keys.map((k) => kindLabel(k, lang)).join(tr(lang, 'handover.render.text'));
}

/** The compact chat summary of one customer's package (already filtered for the reader). */
export function summariseCustomer(pkg: HandoverPackage, lang: Lang, tz: string): string[] {
  const sep = tr(lang, 'handover.render.text_2');
  const lines = [`${tr(lang, 'handover.render.customer')}: ${customerLine(pkg, lang)}`];
  const primary = pkg.contacts[0];
  if (primary)
    lines.push(
      `${tr(lang, 'handover.render.contact')}: ${[primary.name, primary.title, primary.phone ?? primary.email ?? primary.whatsapp ?? primary.wechat].filter(Boolean).join(', ')}`,
    );
  if (pkg.needs.length)
    lines.push(
      `${tr(lang, 'handover.render.needs')}: ${pkg.needs.map((n) => `${kindLabel(n.kind, lang)} ${describeNeed(n.kind, n.value, lang)}`).join(sep)}`,
    );
  if (pkg.recentChanges.length) {
    const c = pkg.recentChanges[0]!;
    lines.push(
      `${tr(lang, 'handover.render.recently_changed')}: ${kindLabel(c.kind, lang)} ${c.from ? describeNeed(c.kind, c.from, lang) : '—'} → ${c.to ? describeNeed(c.kind, c.to, lang) : '—'} (${fmtTime(c.at, tz)})`,
    );
  }
  const open: string[] = [];
  if (pkg.openItems.missingEssentials.length)
    open.push(`${tr(lang, 'handover.render.unknown')}: ${missingText(pkg.openItems.missingEssentials, lang)}`);
  for (const p of pkg.openItems.promises.slice(0, 2))
    open.push(`${tr(lang, 'handover.render.we_promised')}: "${p.text}"`);
  for (const q of pkg.openItems.unansweredQuestions.slice(0, 2))
    open.push(`${tr(lang, 'handover.render.unanswered')}: "${q.text}"`);
  if (open.length) lines.push(`${tr(lang, 'handover.render.open')}: ${open.join(sep)}`);
  if (pkg.cautions.length)
    lines.push(`⚠️ ${tr(lang, 'handover.render.caution')}: ${pkg.cautions.map((c) => c.text).join(sep)}`);
  if (pkg.money) {
    lines.push(
      `${tr(lang, 'handover.render.orders_outstanding')}: ${pkg.money.orders.length} ${tr(lang, 'handover.render.orders')}, ${tr(lang, 'handover.render.outstanding')} ${fmtMoney(pkg.money.outstandingCny)}`,
    );
  } else if (pkg.orderStatus.length) {
    lines.push(
      `${tr(lang, 'handover.render.orders_2')}: ${pkg.orderStatus.map((o) => `${o.orderNo ?? '?'} ${o.status}`).join(', ')}`,
    );
  }
  const last = pkg.lastConversations[0];
  if (last)
    lines.push(`${tr(lang, 'handover.render.last_talk')}: ${fmtTime(last.at, tz)} ${last.who ?? ''} "${last.text}"`);
  return lines;
}

/** Several customers in one message: tiers and the first few names. */
export function summariseMany(pkgs: HandoverPackage[], lang: Lang, max = 10): string[] {
  const tiers = new Map<string, number>();
  for (const p of pkgs) tiers.set(p.customer.tier, (tiers.get(p.customer.tier) ?? 0) + 1);
  const tierText = [...tiers.entries()]
    .sort()
    .map(([k, n]) => `${k}×${n}`)
    .join(' ');
  const names = pkgs
    .slice(0, max)
    .map((p) => `${p.customer.name} (${p.customer.code})`)
    .join(tr(lang, 'handover.render.text'));
  const more =
    pkgs.length > max ? tr(lang, 'handover.render.and_more', { length: pkgs.length, v: pkgs.length - max }) : '';
  const gaps = pkgs.filter((p) => !p.completeness.complete).length;
  return [
    `${tr(lang, 'handover.render.customers')} (${pkgs.length}, ${tierText}): ${names}${more}`,
    ...(gaps ? [tr(lang, 'handover.render.of_them_have_gaps_see', { gaps })] : []),
  ];
}
