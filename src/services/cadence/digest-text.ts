// The text of one reminder digest: a headline count, then per customer what is
// due, what to talk about, and a suggested opening line in the customer's language.
import { t, type Lang } from '../../core/language.js';
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
  const lines = [
    t(
      lang,
      `📋 跟进提醒（${windowLabel}）今天：${due} 个到期，${overdue} 个逾期`,
      `📋 Follow-ups (${windowLabel}) today: ${due} due, ${overdue} overdue`,
    ),
  ];
  items.forEach((i, n) => {
    const when =
      i.overdueDays > 0
        ? t(
            lang,
            `逾期 ${i.overdueDays} 天（应于 ${formatDay(i.dueAt, tz)}）`,
            `overdue ${i.overdueDays} d (due ${formatDay(i.dueAt, tz)})`,
          )
        : t(lang, '今天到期', 'due today');
    lines.push('', `${n + 1}. ${i.name}（${i.code}，${i.tier}）— ${when}`);
    const p = i.points;
    if (p.needs.length)
      lines.push(
        t(lang, '   需求：', '   Needs: ') +
          p.needs.map((x) => `${kindName(x.kind, lang)} ${clip(x.text, 30)}`).join('; '),
      );
    if (p.last)
      lines.push(
        t(lang, `   上次：${formatDay(p.last.at, tz)} `, `   Last: ${formatDay(p.last.at, tz)} `) +
          `“${clip(p.last.text)}”`,
      );
    else if (i.lastContactAt)
      lines.push(
        t(
          lang,
          `   上次联系：${formatDay(i.lastContactAt, tz)}（未记录内容）`,
          `   Last contact: ${formatDay(i.lastContactAt, tz)} (no notes)`,
        ),
      );
    else lines.push(t(lang, '   上次：暂无记录', '   Last: nothing recorded yet'));
    if (p.unknown.length)
      lines.push(t(lang, '   待确认：', '   Still unknown: ') + p.unknown.map((k) => kindName(k, lang)).join(', '));
    lines.push(t(lang, '   开场白：', '   Opening: ') + i.opening);
  });
  const rest = all.slice(DIGEST_DETAIL_LIMIT);
  if (rest.length) {
    const names =
      rest
        .slice(0, 30)
        .map((i) => i.name)
        .join(', ') + (rest.length > 30 ? ' …' : '');
    lines.push('', t(lang, `另有 ${rest.length} 个：${names}`, `${rest.length} more: ${names}`));
  }
  return lines.join('\n');
}

export function windowLabel(name: string, lang: Lang): string {
  const zh: Record<string, string> = { morning: '上午', afternoon: '下午', evening: '晚上', weekend: '周末' };
  return lang === 'zh' ? (zh[name] ?? name) : name;
}
