// Display formatting: dates in the team's time zone, money, need values, labels.
import type { Lang } from '../../../core/language.js';

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

const STAGE_ZH: Record<string, string> = {
  lead: '线索',
  inquiry: '询盘',
  intent: '意向',
  sample: '样品',
  first_order: '首单',
  repeat: '复购',
  loyal: '忠诚',
  lost: '流失',
  paused: '暂停',
};
export function stageLabel(stage: string, lang: Lang): string {
  return lang === 'zh' ? (STAGE_ZH[stage] ?? stage) : stage.replace('_', ' ');
}

const KIND_ZH: Record<string, string> = {
  delivery_date: '交期',
  lead_time: '生产周期',
  quantity: '数量',
  product: '产品',
  logo: 'Logo',
  packaging: '包装',
  payment_terms: '付款方式',
  incoterm: '贸易条款',
  destination: '目的地',
  spec: '规格',
  certification: '认证',
  price_target: '目标价',
  sample: '样品',
  caution: '注意事项',
};
export function kindLabel(kind: string, lang: Lang): string {
  return lang === 'zh' ? (KIND_ZH[kind] ?? kind) : kind.replace(/_/g, ' ');
}

/** A need value as one line ("by 2026-05-01", "5,000 pcs", "T/T 30% deposit"). */
export function describeValue(kind: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  const v = value as Record<string, unknown>;
  switch (kind) {
    case 'delivery_date':
      return `${String(v.constraint ?? 'by')} ${String(v.date ?? '')}`;
    case 'lead_time':
      return `${String(v.days)} days`;
    case 'quantity':
      return `${Number(v.value).toLocaleString('en-US')} ${String(v.unit ?? '')}${v.details ? ` (${String(v.details)})` : ''}`;
    case 'product':
      return String(v.name ?? '');
    case 'logo':
      return `${v.required ? 'yes' : 'no'}${v.details ? ` — ${String(v.details)}` : ''}`;
    case 'packaging':
      return `${String(v.style ?? '')}${v.details ? ` — ${String(v.details)}` : ''}`;
    case 'payment_terms':
      return [
        v.method,
        v.deposit_percent !== undefined ? `${String(v.deposit_percent)}% deposit` : null,
        v.days !== undefined ? `${String(v.days)} days` : null,
        v.details,
      ]
        .filter(Boolean)
        .map(String)
        .join(', ');
    case 'incoterm':
      return `${String(v.term ?? '')}${v.place ? ` ${String(v.place)}` : ''}`;
    case 'destination':
      return [v.port, v.country].filter(Boolean).map(String).join(', ');
    case 'spec':
      return `${String(v.attribute ?? '')}: ${String(v.value ?? '')}`;
    case 'certification':
      return String(v.name ?? '');
    case 'price_target':
      return `${String(v.currency ?? '')} ${String(v.amount ?? '')}${v.unit ? ` / ${String(v.unit)}` : ''}`;
    case 'sample':
      return v.required ? 'required' : 'not needed';
    case 'caution':
      return String(v.text ?? '');
    default:
      return JSON.stringify(value);
  }
}
