// How a need's kind and value read in a chat, in Chinese or English.
import type { Lang } from '../../../core/language.js';
import type { NeedKind } from '../../../core/needs.js';
import { toLocal } from '../../../extract/dates/zone.js';

const LABELS: Record<NeedKind, [string, string]> = {
  delivery_date: ['交货期', 'Delivery date'],
  lead_time: ['生产周期', 'Lead time'],
  quantity: ['数量', 'Quantity'],
  product: ['产品', 'Product'],
  logo: ['Logo', 'Logo'],
  packaging: ['包装', 'Packaging'],
  payment_terms: ['付款方式', 'Payment terms'],
  incoterm: ['贸易条款', 'Incoterm'],
  destination: ['目的地', 'Destination'],
  spec: ['规格', 'Spec'],
  certification: ['认证', 'Certification'],
  price_target: ['目标价', 'Target price'],
  sample: ['样品', 'Samples'],
  caution: ['注意事项', 'Caution'],
};

const SPEC_ZH: Record<string, string> = {
  voltage: '电压',
  plug: '插头',
  color: '颜色',
  material: '材质',
  size: '尺寸',
  capacity: '容量',
  other: '其他',
};

export function kindLabel(kind: NeedKind | string, lang: Lang): string {
  const l = LABELS[kind as NeedKind];
  return l ? (lang === 'zh' ? l[0] : l[1]) : kind;
}

/** Lower-case label for running text ("Still unknown: delivery date, logo"). */
export function kindWord(kind: NeedKind | string, lang: Lang): string {
  const l = kindLabel(kind, lang);
  return lang === 'zh' || kind === 'logo' ? l : l.toLowerCase();
}

const s = (x: unknown): string => (x == null ? '' : String(x));

export function formatValue(kind: NeedKind | string, value: Record<string, unknown> | null, lang: Lang): string {
  if (!value) return lang === 'zh' ? '（无）' : '(none)';
  const zh = lang === 'zh';
  const details = value.details ? (zh ? `（${s(value.details)}）` : ` (${s(value.details)})`) : '';
  switch (kind) {
    case 'delivery_date': {
      const d = s(value.date);
      if (value.constraint === 'on') return zh ? `${d}当天` : `on ${d}`;
      if (value.constraint === 'after') return zh ? `${d}之后` : `after ${d}`;
      return zh ? `${d}前` : `by ${d}`;
    }
    case 'lead_time':
      return zh ? `${s(value.days)}天` : `${s(value.days)} days`;
    case 'quantity':
      return `${s(value.value)} ${s(value.unit)}${details}`;
    case 'product':
      return s(value.name);
    case 'logo':
      return (value.required ? (zh ? '要印logo' : 'custom logo') : zh ? '不要logo' : 'no logo') + details;
    case 'packaging': {
      const style = s(value.style);
      const zhStyle: Record<string, string> = { neutral: '中性包装', custom: '定制包装', standard: '标准包装' };
      return (zh ? (zhStyle[style] ?? style) : `${style} packaging`) + details;
    }
    case 'payment_terms': {
      const parts = [
        value.method ? s(value.method) : '',
        value.deposit_percent != null
          ? zh
            ? `${s(value.deposit_percent)}%定金`
            : `${s(value.deposit_percent)}% deposit`
          : '',
        value.days != null ? (zh ? `${s(value.days)}天` : `${s(value.days)} days`) : '',
      ].filter(Boolean);
      return (parts.join(zh ? '，' : ', ') || s(value.details)) + (parts.length ? details : '');
    }
    case 'incoterm':
      return [s(value.term), s(value.place)].filter(Boolean).join(' ');
    case 'destination':
      return [s(value.port), s(value.country)].filter(Boolean).join(', ');
    case 'spec': {
      const a = s(value.attribute);
      return `${zh ? (SPEC_ZH[a] ?? a) : a}: ${s(value.value)}`;
    }
    case 'certification':
      return s(value.name);
    case 'price_target':
      return `${s(value.currency)} ${s(value.amount)}${value.unit ? `/${s(value.unit)}` : ''}`;
    case 'sample':
      return value.required ? (zh ? '先要样品' : 'samples first') : zh ? '不需要样品' : 'no samples';
    case 'caution':
      return s(value.text);
    default:
      return JSON.stringify(value);
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-11-18 10:02" in the business time zone. */
export function formatTime(at: Date, tz: string): string {
  const l = toLocal(at, tz);
  return `${l.y}-${pad(l.m)}-${pad(l.d)} ${pad(l.hh)}:${pad(l.mi)}`;
}

export function quote(text: string, lang: Lang): string {
  const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
  return lang === 'zh' ? `「${short}」` : `“${short}”`;
}

export function list(items: string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
