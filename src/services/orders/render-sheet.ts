// A production sheet as text for a chat: every line with the customer's words, the
// differences of a revised sheet (before → after), and what the reader should do.
// Money lines only where the audience may see them (core/orders/sheet.ts).
import { t, type Lang } from '../../core/language.js';
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
      ? t(
          lang,
          `🏭 **生产单 ${sheet.id}（修订版 v${sheet.version}）** ${head.customerName}（${head.customerCode}）`,
          `🏭 **Production sheet ${sheet.id} (revised, v${sheet.version})** ${head.customerName} (${head.customerCode})`,
        )
      : t(
          lang,
          `🏭 **生产单 ${sheet.id}（v1）** ${head.customerName}（${head.customerCode}）`,
          `🏭 **Production sheet ${sheet.id} (v1)** ${head.customerName} (${head.customerCode})`,
        ),
    t(
      lang,
      `业务：${head.repName} · 跟单：${head.clerkName} · ${fmtDay(sheet.createdAt, tz)}`,
      `Rep: ${head.repName} · Order clerk: ${head.clerkName} · ${fmtDay(sheet.createdAt, tz)}`,
    ),
  ];
  const diff = sheet.diff.filter((d) => may(d.kind));
  if (revised && diff.length > 0) {
    lines.push('', t(lang, '**改动（原 → 新）：**', '**Changed (before → after):**'));
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
    revised ? t(lang, '**当前要求：**', '**Current requirements:**') : t(lang, '**要求：**', '**Requirements:**'),
  );
  if (shown.length === 0) lines.push(t(lang, '（还没有记录的要求）', '(no requirements recorded yet)'));
  for (const i of shown) {
    const who = i.speaker ? `${i.speaker}: ` : '';
    lines.push(
      `- ${kindLabel(i.kind, lang)}: ${formatValue(i.kind, i.value, lang)}${i.evidence ? ` — ${who}${quote(say(i.evidence), lang)}` : ''}`,
    );
  }
  const hidden = items.length - shown.length;
  if (hidden > 0)
    lines.push(t(lang, `（另有 ${hidden} 项金额信息不在此显示）`, `(${hidden} money item(s) not shown here)`));
  if (ask) {
    lines.push(
      '',
      t(
        lang,
        `请回复“确认”签收（${sheet.id}），有疑问直接提问，会转给${head.repName}。截止 ${fmtDay(sheet.dueAt, tz)}。`,
        `Reply "ack" to confirm receipt (${sheet.id}), or ask a question and it goes to ${head.repName}. Due ${fmtDay(sheet.dueAt, tz)}.`,
      ),
    );
  }
  return lines.join('\n');
}
