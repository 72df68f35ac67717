// Words people use for each kind of need, in Chinese and English, so "ACME 交货期是哪天?",
// "/fix ACME packaging neutral" and "remove the logo requirement" find their kind.
import { NEED_KINDS, type NeedKind } from '../../../core/needs.js';

const WORDS: [NeedKind, string[]][] = [
  [
    'delivery_date',
    [
      'delivery_date',
      '交货日期',
      '交货时间',
      '交货期',
      '到货日期',
      '到货时间',
      '发货日期',
      '发货时间',
      '交期',
      '货期',
      'delivery date',
      'ship date',
      'shipping date',
      'delivery',
    ],
  ],
  ['lead_time', ['lead_time', '生产周期', '交货周期', 'lead time']],
  ['quantity', ['quantity', '订货量', '数量', '订量', 'qty']],
  ['product', ['product', '产品', '品名']],
  ['logo', ['logo', '商标', '印标', 'LOGO']],
  ['packaging', ['packaging', '包装方式', '包装', 'packing', 'package']],
  ['payment_terms', ['payment_terms', '付款方式', '付款条件', '付款', '账期', 'payment terms', 'payment']],
  ['incoterm', ['incoterm', '贸易条款', '价格条款', '贸易术语', 'incoterms', 'trade terms']],
  ['destination', ['destination', '目的港', '目的地', 'port']],
  ['spec', ['spec', '规格', '参数', 'specs', 'specification']],
  ['certification', ['certification', '认证', '证书', 'certificates', 'certificate']],
  ['price_target', ['price_target', '目标价', '价格', '单价', 'target price', 'price']],
  ['sample', ['sample', '样品', 'samples']],
  ['caution', ['caution', '注意事项', '注意', 'cautions']],
];

/** Every kind word, longest first, as one regex alternation (for building intent patterns). */
export const KIND_ALTERNATION = WORDS.flatMap(([, ws]) => ws)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ _]/g, '[ _]'))
  .join('|');

/** The kind a word names ("交期" → delivery_date), or undefined. */
export function kindOf(word: string): NeedKind | undefined {
  const w = word.trim().toLowerCase().replace(/[ _]+/g, ' ');
  if ((NEED_KINDS as readonly string[]).includes(w.replace(/ /g, '_'))) return w.replace(/ /g, '_') as NeedKind;
  for (const [kind, ws] of WORDS) if (ws.some((x) => x.toLowerCase().replace(/_/g, ' ') === w)) return kind;
  return undefined;
}
