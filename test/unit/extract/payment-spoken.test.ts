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

describe('payment against a condition, months and Chinese methods', () => {
  it('reads a one-character paying verb right after a condition', () => {
    expect(pay('收货验完再付，不要预付')).toEqual([expect.objectContaining({ details: expect.any(String) })]);
    expect(pay('安装好付80%，余下的半年后')).toEqual([expect.objectContaining({ details: expect.any(String) })]);
  });
  it('reads a contract signing as the deposit moment', () => {
    expect(pay('签合同付40%，交货后付清')).toEqual([expect.objectContaining({ method: 'T/T', deposit_percent: 40 })]);
  });
  it('counts credit months as 30 days and reads days from the invoice', () => {
    expect(pay('验收后两个月付款')).toEqual([expect.objectContaining({ days: 60 })]);
    expect(pay('付款收到发票后45天')).toEqual([expect.objectContaining({ days: 45 })]);
  });
  it('reads credit days only within their own line', () => {
    const v = pay('交期：下单后15天\n付款：收货后30天内付款');
    expect(v).toEqual([expect.objectContaining({ days: 30 })]);
  });
  it('reads a Chinese method name', () => {
    expect(pay('發貨後45天電匯')).toEqual([expect.objectContaining({ method: 'T/T', days: 45 })]);
  });
});
