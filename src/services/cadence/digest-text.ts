// The text of one reminder digest: a headline count, then per customer what is
// due, what to talk about, and a suggested opening line in the customer's language.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { TalkingPoints } from './talking-points.js';
import { formatDay } from './format.js';

export interface DigestItem {
  name: string;
  code: string;
  tier: string;
  dueAt: Date;
  overdueDays: number;
  lastContactAt: Date | null;
  points: TalkingPoints;
  opening: string;
  openingLang: Lang;
}

const KIND_ZH: Record<string, string> = {
  delivery_date: '交期',
  quantity: '数量',
  logo: 'Logo',
  packaging: '包装',
  payment_terms: '付款方式',
  product: '产品',
  lead_time: '生产周期',
  incoterm: '贸易术语',
  destination: '目的地',
  spec: '规格',
  certification: '认证',
  price_target: '目标价',
  sample: '样品',
  caution: '注意',
};
const KIND_EN: Record<string, string> = {
  delivery_date: 'delivery date',
  payment_terms: 'payment terms',
  price_target: 'target price',
  lead_time: 'lead time',
};

function kindName(kind: string, lang: Lang): string {
  return lang === 'zh' ? (KIND_ZH[kind] ?? kind) : (KIND_EN[kind] ?? kind);
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** Customers described in full; the rest are named in one line (a rep back from leave may have hundreds). */
export const DIGEST_DETAIL_LIMIT = 15;

export function digestText(lang: Lang, windowLabel: string, all: DigestItem[], tz: string): string {
  const overdue = all.filter((i) => i.overdueDays > 0).length;
  const due = all.length - overdue;
  const items = all.slice(0, DIGEST_DETAIL_LIMIT);
  const lines = [tr(lang, 'cadence.digest_text.follow_ups_today_due_overdue', { windowLabel, due, overdue })];
  items.forEach((i, n) => {
    const when =
      i.overdueDays > 0
        ? tr(lang, 'cadence.digest_text.overdue_d_due', {
            overdueDays: i.overdueDays,
            formatDay: formatDay(i.dueAt, tz),
          })
        : tr(lang, 'cadence.digest_text.due_today');
    lines.push('', `${n + 1}. ${i.name}（${i.code}，${i.tier}）— ${when}`);
    const p = i.points;
    if (p.needs.length)
      lines.push(
        tr(lang, 'cadence.digest_text.needs') +
          p.needs.map((x) => `${kindName(x.kind, lang)} ${clip(x.text, 30)}`).join('; '),
      );
    if (p.last)
      lines.push(
        tr(lang, 'cadence.digest_text.last', { formatDay: formatDay(p.last.at, tz) }) + `“${clip(p.last.text)}”`,
      );
    else if (i.lastContactAt)
      lines.push(tr(lang, 'cadence.digest_text.last_contact_no_notes', { formatDay: formatDay(i.lastContactAt, tz) }));
    else lines.push(tr(lang, 'cadence.digest_text.last_nothing_recorded_yet'));
    if (p.unknown.length)
      lines.push(tr(lang, 'cadence.digest_text.still_unknown') + p.unknown.map((k) => kindName(k, lang)).join(', '));
    lines.push(tr(lang, 'cadence.digest_text.opening') + i.opening);
  });
  const rest = all.slice(DIGEST_DETAIL_LIMIT);
  if (rest.length) {
    const names =
      rest
        .slice(0, 30)
        .map((i) => i.name)
        .join(', ') + (rest.length > 30 ? ' …' : '');
    lines.push('', tr(lang, 'cadence.digest_text.more', { length: rest.length, names }));
  }
  return lines.join('\n');
}

export function windowLabel(name: string, lang: Lang): string {
  const zh: Record<string, string> = { morning: '上午', afternoon: '下午', evening: '晚上', weekend: '周末' };
  return lang === 'zh' ? (zh[name] ?? name) : name;
}
