// How a need's kind and value read, in the reader's language: one place for chat cards, the handover
// package, the workspace and exports, so none of them mixes languages ("包装 neutral").
import type { Lang } from '../language.js';
import type { NeedKind } from '../needs.js';
import { label, tr } from './index.js';

export function kindLabel(kind: NeedKind | string, lang: Lang): string {
  return label(lang, 'label.need_kind', kind);
}

/** Lower-case label for running text ("Still unknown: delivery date, logo"). */
export function kindWord(kind: NeedKind | string, lang: Lang): string {
  const l = kindLabel(kind, lang);
  return lang === 'zh' || kind === 'logo' ? l : l.toLowerCase();
}

const s = (x: unknown): string => (x == null ? '' : String(x));

export function formatValue(kind: NeedKind | string, value: Record<string, unknown> | null, lang: Lang): string {
  if (!value) return tr(lang, 'need.value.none');
  const details = value.details ? tr(lang, 'need.value.details', { details: s(value.details) }) : '';
  switch (kind) {
    case 'delivery_date': {
      const date = s(value.date);
      if (value.constraint === 'on') return tr(lang, 'need.value.delivery_on', { date });
      if (value.constraint === 'after') return tr(lang, 'need.value.delivery_after', { date });
      return tr(lang, 'need.value.delivery_by', { date });
    }
    case 'lead_time':
      return tr(lang, 'need.value.days', { days: s(value.days) });
    case 'quantity':
      return `${s(value.value)} ${s(value.unit)}${details}`;
    case 'product':
      return s(value.name);
    case 'logo':
      return tr(lang, value.required ? 'need.value.logo_yes' : 'need.value.logo_no') + details;
    case 'packaging':
      return label(lang, 'label.packaging_style', s(value.style)) + details;
    case 'payment_terms': {
      const parts = [
        value.method ? s(value.method) : '',
        value.deposit_percent != null ? tr(lang, 'need.value.deposit', { percent: s(value.deposit_percent) }) : '',
        value.days != null ? tr(lang, 'need.value.days', { days: s(value.days) }) : '',
      ].filter(Boolean);
      return (parts.join(tr(lang, 'need.value.list_separator')) || s(value.details)) + (parts.length ? details : '');
    }
    case 'incoterm':
      return [s(value.term), s(value.place)].filter(Boolean).join(' ');
    case 'destination':
      return [s(value.port), s(value.country)].filter(Boolean).join(', ');
    case 'spec':
      return tr(lang, 'need.value.spec', {
        attribute: label(lang, 'label.spec_attribute', s(value.attribute)),
        value: s(value.value),
      });
    case 'certification':
      return s(value.name);
    case 'price_target':
      return `${s(value.currency)} ${s(value.amount)}${value.unit ? `/${s(value.unit)}` : ''}`;
    case 'sample':
      return tr(lang, value.required ? 'need.value.samples_yes' : 'need.value.samples_no');
    case 'caution':
      return s(value.text);
    default:
      return JSON.stringify(value);
  }
}
