// Prices in a negotiation (issue 14): a bare "$" is the chat's own dollar, and
// an amount echoed with assent ("38可以") is the price agreed.
import { describe, expect, it } from 'vitest';
import { findPrices } from '../../../src/extract/rules/price.js';

const ctx = (over: Record<string, unknown> = {}) =>
  ({
    today: { y: 2026, m: 11, d: 20 },
    recentPrices: [],
    fromCustomer: true,
    ...over,
  }) as Parameters<typeof findPrices>[1];
const prices = (t: string, c = ctx()): unknown[] => findPrices(t, c, []).map((m) => m.value);

describe('prices in a negotiation', () => {
  it('reads a bare $ as the dollar last named, or as Hong Kong dollars in a Hong Kong chat', () => {
    expect(prices('$42得不得', ctx({ lastCurrency: 'HKD' }))).toEqual([{ amount: 42, currency: 'HKD' }]);
    expect(prices('$42 ok?', ctx({ localDollar: 'HKD' }))).toEqual([{ amount: 42, currency: 'HKD' }]);
    expect(prices('$42 ok?', ctx({ lastCurrency: 'EUR', localDollar: 'CNY' }))).toEqual([
      { amount: 42, currency: 'USD' },
    ]);
  });
  it('reads an amount echoed with assent as the price', () => {
    expect(prices('38可以，但是要快点发', ctx({ recentPrices: [38], lastCurrency: 'CNY' }))).toEqual([
      { amount: 38, currency: 'CNY' },
    ]);
    expect(prices('38可以吗', ctx({ recentPrices: [], lastCurrency: 'CNY' }))).toEqual([]);
  });
});
