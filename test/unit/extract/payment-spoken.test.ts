// Payment terms as buyers say them (issue 14): half as a deposit ("一半定金",
// "先转一半"), "30% now", and credit days after a comma or counted from the invoice.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findPayment } from '../../../src/extract/rules/payment.js';

const pay = (t: string): unknown[] => findPayment(readingText(t)).map((m) => m.value);

describe('spoken payment terms', () => {
  it('reads half as a 50% deposit and keeps the evidence verbatim', () => {
    expect(pay('下单先付一半，其余出货前付清')).toEqual([
      expect.objectContaining({ method: 'T/T', deposit_percent: 50 }),
    ]);
    expect(findPayment('一半订金，其余交货时付')[0]?.evidence).toBe('一半订金，其余交货时付');
  });
  it('reads "N% now" as the deposit', () => {
    expect(pay('40% now and the rest before loading')).toEqual([
      expect.objectContaining({ method: 'T/T', deposit_percent: 40 }),
    ]);
  });
  it('reads credit days after a comma and from the invoice', () => {
    expect(pay('we pay by L/C, 90 days')).toEqual([{ method: 'L/C', days: 90 }]);
    expect(pay('账期票到45天')).toEqual([{ days: 45 }]);
  });
});
