import { describe, expect, it } from 'vitest';
import { maskMoney } from '../../src/core/money-mask.js';

describe('maskMoney', () => {
  it('masks prices, amounts, deposits and payment splits in zh and en, and keeps the rest of the quote', () => {
    const cases: [string, string][] = [
      ['我们要3000个，目标价2.5美元一个，圣诞节前到货', '我们要3000个，目标价…，圣诞节前到货'],
      [
        'We need 3000 pcs, target price USD 2.5 each, delivery before Christmas',
        'We need 3000 pcs, target price …, delivery before Christmas',
      ],
      ['price $2.50/pc, 5000 units', 'price …, 5000 units'],
      ['30%定金，70%尾款见提单副本', '…定金，…尾款见提单副本'],
      ['T/T 30/70, 30% deposit and 70% balance before shipment', 'T/T …, … deposit and … balance before shipment'],
      ['预算大概3万元', '预算大概…'],
      ['报价两块五一个', '报价…'],
      ['¥18.5一件，2000件', '…，2000件'],
      ['Deposit of 30% please', 'Deposit of … please'],
      ['order 500 sets at €12 each', 'order 500 sets at …'],
      ['我们的价格在2.5到2.8之间', '我们的价格在…之间'],
      ['we can pay 20k USD in advance', 'we can pay … in advance'],
    ];
    for (const [text, masked] of cases) expect(maskMoney(text), text).toBe(masked);
  });

  it('leaves quantities, dates, sizes and material percentages alone', () => {
    for (const text of [
      '100% cotton, 200gsm, size 40x60cm',
      'deliver by 12/20, 3000 pcs',
      '交期3月20日，logo印在外箱上',
      'meet at 3 pm, 3,000 pcs',
      '数量5000个，纸箱包装',
    ]) {
      expect(maskMoney(text)).toBe(text);
    }
  });
});
