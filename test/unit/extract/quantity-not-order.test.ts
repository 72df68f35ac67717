// Counts that are not the order (issue 14): a count of variants ("三个色",
// "4 designs"), a count sent ahead in a sentence about a sample, and a later
// order on a condition ("if it sells, 2 containers next year").
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { readClauses } from '../../../src/extract/analyze/clauses.js';
import { findQuantities } from '../../../src/extract/rules/quantity.js';

const qty = (t: string): unknown[] => findQuantities(readClauses(readingText(t)).firm, []).map((m) => m.value);

describe('counts that are not the order', () => {
  it('a count of colours, models or designs', () => {
    expect(qty('帆布袋要3000个，分三个色')).toEqual([{ value: 3000, unit: 'pcs' }]);
    expect(qty('we take 4 designs, 4,800 pcs in total')).toEqual([{ value: 4800, unit: 'pcs' }]);
    expect(qty('三个色卡寄给我')).toEqual([{ value: 3, unit: 'pcs' }]);
  });
  it('a count sent first in a sentence about a sample', () => {
    expect(qty('想先看样，先寄三个过来')).toEqual([]);
    expect(qty('please send 5 pcs first, we check the samples with our QC')).toEqual([]);
    expect(qty('先寄三箱到仓库')).toEqual([{ value: 3, unit: 'cartons' }]);
  });
  it('a later order on a condition, but not what is ordered now', () => {
    expect(qty('先订一个20尺柜，如果好卖，后面再加三个柜')).toEqual([{ value: 1, unit: '20ft container' }]);
    expect(qty('we need 800 pcs now, if the market likes it, next year 5000 pcs')).toEqual([
      { value: 800, unit: 'pcs' },
    ]);
  });
});
