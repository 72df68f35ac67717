// Prices read amount, currency and unit from the currency lexicon: the unit
// never swallows digits and the longest currency spelling wins.
import { describe, expect, it } from 'vitest';
import { findPrices } from '../../../src/extract/rules/price.js';
import type { RuleContext } from '../../../src/extract/rules/mention.js';

const ctx: RuleContext = { today: { y: 2026, m: 11, d: 16 }, recentPrices: [], fromCustomer: true };
const prices = (t: string): unknown[] => findPrices(t, ctx, []).map((m) => m.value);

describe('price amount, currency and unit', () => {
  it('a Chinese amount-currency-unit price keeps its digits', () => {
    expect(prices('单价最好3.8美元一件')).toEqual([{ amount: 3.8, currency: 'USD', unit: 'pcs' }]);
    expect(prices('希望做到12欧元一套')).toEqual([{ amount: 12, currency: 'EUR', unit: 'sets' }]);
  });
  it('Hong Kong and Taiwan dollars are not US dollars', () => {
    expect(prices('每件HK$35可以')).toEqual([{ amount: 35, currency: 'HKD' }]);
    expect(prices('呢个价，28蚊得唔得')).toEqual([{ amount: 28, currency: 'HKD' }]);
    expect(prices('NT$450 一個可以嗎')).toEqual([{ amount: 450, currency: 'TWD' }]);
  });
  it('"块美金" is dollars, "块" alone is yuan', () => {
    expect(prices('9块美金可以就下单')).toEqual([{ amount: 9, currency: 'USD' }]);
    expect(prices('9块可以就下单')).toEqual([{ amount: 9, currency: 'CNY' }]);
  });
});
