// A production sheet as text for a chat: every line with the customer's words, the
// differences of a revised sheet (before → after), and what the reader should do.
// Money lines only where the audience may see them (core/orders/sheet.ts).
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { Member } from '../../core/team.js';
import type { SheetRecord } from '../../core/orders/records.js';
import { maySeeOnSheet, redactMoney, sortItems } from '../../core/orders/sheet.js';
import { formatValue, kindLabel, quote } from '../bot/format/values.js';
import { toLocal } from '../../extract/dates/zone.js';

export interface SheetAudience {
  member: Member | null;
  group: boolean;
  hasExternal: boolean;
}

export interface SheetHead {
  customerName: string;
  customerCode: string;
  repName: string;
  clerkName: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export function fmtDay(at: Date, tz: string): string {
  const l = toLocal(at, tz);
  return `${l.y}-${pad(l.m)}-${pad(l.d)} ${pad(l.hh)}:${pad(l.mi)}`;
}

export function sheetText(
  sheet: SheetRecord,
  head: SheetHead,
  audience: SheetAudience,
  lang: Lang,
  tz: string,
  ask: boolean,
): string {
  const may = (kind: string) => maySeeOnSheet(kind, audience);
  // Quotes often carry a price or a deposit next to the logo; cut those clauses where money may not be seen.
  const say = (text: string) => (may('payment_terms') ? text : redactMoney(text));
  const revised = sheet.version > 1;
  const lines: string[] = [
    revised
      ? tr(lang, 'orders.render_sheet.production_sheet_revised_v', {
          id: sheet.id,
          version: sheet.version,
          customerName: head.customerName,
          customerCode: head.customerCode,
        })
      : tr(lang, 'orders.render_sheet.production_sheet_v1', {
          id: sheet.id,
          customerName: head.customerName,
          customerCode: head.customerCode,
        }),
    tr(lang, 'orders.render_sheet.rep_order_clerk', {
      repName: head.repName,
      clerkName: head.clerkName,
      fmtDay: fmtDay(sheet.createdAt, tz),
    }),
  ];
  const diff = sheet.diff.filter((d) => may(d.kind));
  if (revised && diff.length > 0) {
    lines.push('', tr(lang, 'orders.render_sheet.changed_before_after'));
    for (const d of diff) {
      lines.push(
        `- ${kindLabel(d.kind, lang)}: ${formatValue(d.kind, d.from, lang)} → ${formatValue(d.kind, d.to, lang)}${d.evidence ? ` ${quote(say(d.evidence), lang)}` : ''}`,
      );
    }
  }
  const items = sortItems(sheet.items);
  const shown = items.filter((i) => may(i.kind));
  lines.push(
    '',
    revised ? tr(lang, 'orders.render_sheet.current_requirements') : tr(lang, 'orders.render_sheet.requirements'),
  );
  if (shown.length === 0) lines.push(tr(lang, 'orders.render_sheet.no_requirements_recorded_yet'));
  for (const i of shown) {
    const who = i.speaker ? `${i.speaker}: ` : '';
    lines.push(
      `- ${kindLabel(i.kind, lang)}: ${formatValue(i.kind, i.value, lang)}${i.evidence ? ` — ${who}${quote(say(i.evidence), lang)}` : ''}`,
    );
  }
  const hidden = items.length - shown.length;
  if (hidden > 0) lines.push(tr(lang, 'orders.render_sheet.money_item_s_not_shown', { hidden }));
  if (ask) {
    lines.push(
      '',
      tr(lang, 'orders.render_sheet.reply_ack_to_confirm_receipt', {
        id: sheet.id,
        repName: head.repName,
        fmtDay: fmtDay(sheet.dueAt, tz),
      }),
    );
  }
  return lines.join('\n');
}
