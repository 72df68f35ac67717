// Display formatting: dates in the team's time zone, money, need values, labels.
import type { Lang } from '../../../core/language.js';
import { label } from '../../../core/i18n/index.js';
import { formatValue, kindLabel as needKindLabel } from '../../../services/bot/format/values.js';

export function fmtDate(d: Date | null, tz: string, withTime = false): string {
  if (!d) return '—';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).format(d);
  return parts.replace(',', '');
}

export function fmtMoney(n: number, currency = 'CNY'): string {
  const sign = currency === 'CNY' ? '¥' : currency === 'USD' ? '$' : currency === 'EUR' ? '€' : `${currency} `;
  return `${n < 0 ? '−' : ''}${sign}${Math.abs(n).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
}

/** Compact CNY for chart axes: ¥1.2M, ¥350k. */
export function fmtCompact(n: number): string {
  const a = Math.abs(n),
    s = n < 0 ? '−' : '';
  if (a >= 1e6) return `${s}¥${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${s}¥${(a / 1e3).toFixed(0)}k`;
  return `${s}¥${a.toFixed(0)}`;
}

export const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

export function stageLabel(stage: string, lang: Lang): string {
  return label(lang, 'label.stage', stage);
}

export function tierLabel(tier: string, lang: Lang): string {
  return label(lang, 'label.tier', tier);
}

export function kindLabel(kind: string, lang: Lang): string {
  return needKindLabel(kind, lang);
}

/** A need value as one line in the reader's language ("2026-05-01前" / "by 2026-05-01", "5000 pcs"). */
export function describeValue(kind: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  return formatValue(kind, value as Record<string, unknown>, lang);
}
