import { describe, expect, it } from 'vitest';
import { validateRows, formatRowError } from '../../../src/services/import/validate.js';
import type { Sheet, Cell } from '../../../src/services/import/sheet.js';
import { guessMapping } from '../../../src/services/import/mapping.js';
import type { ImportContext } from '../../../src/services/import/lookup.js';
import type { Member } from '../../../src/core/team.js';

const members: Member[] = [
  { id: 'wang', name: 'Wang Min 王敏', role: 'supervisor', reportsTo: null, language: 'zh', active: true },
  { id: 'lily', name: 'Lily Chen 陈莉', role: 'rep', reportsTo: 'wang', language: 'zh', active: true },
  { id: 'bob', name: 'Bob Li 李波', role: 'rep', reportsTo: 'wang', language: 'zh', active: true },
];
const ctx = (actor: Member | null = null): ImportContext => ({
  members,
  actor,
  tz: 'Asia/Shanghai',
  customers: [
    { id: 'c1', code: 'HZ-2025-001', name: 'ACME Trading', aliases: ['acme'], ownerId: 'lily' },
    { id: 'c2', code: 'HZ-2025-002', name: 'Nordic Home AB', aliases: [], ownerId: 'bob' },
  ],
});
const sheet = (headers: string[], rows: Cell[][]): Sheet => ({
  headers,
  rows,
  firstRowNumber: 2,
  rowNumbers: rows.map((_r, i) => i + 2),
});

describe('customer rows', () => {
  const headers = ['客户名称', '等级', '负责人', '联系人', '电话', '邮箱'];
  const map = guessMapping('customers', headers);

  it('groups contact rows under one customer and resolves owners by name', () => {
    const v = validateRows(
      'customers',
      sheet(headers, [
        ['华强电子', 'A', '陈莉', '张伟', '13800000000', 'zw@hq.cn'],
        ['华强电子', null, null, '李娜', null, null],
        ['ACME Trading', 'B', 'lily', 'John', null, 'john@acme.com'],
      ]),
      map,
      ctx(),
    );
    expect(v.errors).toEqual([]);
    expect(v.records.kind).toBe('customers');
    const items = v.records.items as {
      name: string;
      tier: string;
      ownerId: string;
      contacts: unknown[];
      existingId: string | null;
    }[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ name: '华强电子', tier: 'A', ownerId: 'lily', existingId: null });
    expect(items[0]!.contacts).toHaveLength(2);
    expect(items[1]).toMatchObject({ name: 'ACME Trading', existingId: 'c1' });
  });

  it('names the row and the problem for every bad row', () => {
    const v = validateRows(
      'customers',
      sheet(headers, [
        ['Good Co', 'A', 'bob', null, null, null],
        ['Bad Tier', 'E', null, null, null, null],
        [null, 'A', null, null, null, null],
        ['Who', 'B', 'nobody', null, null, null],
        ['Mail', 'C', null, 'X', null, 'not-an-email'],
        ['Good Co', 'B', null, null, null, null],
      ]),
      map,
      ctx(),
    );
    expect(v.errors.map(formatRowError)).toEqual([
      "row 3: tier 'E' is not one of A, B, C, D",
      'row 4: customer name is empty',
      "row 5: owner 'nobody' is not a team member (wang, lily, bob)",
      "row 6: email 'not-an-email' is not an email address",
      "row 7: tier 'B' differs from row 2 ('A') for the same customer",
    ]);
  });

  it('makes a rep the owner and refuses other owners', () => {
    const lily = members[1]!;
    const v = validateRows(
      'customers',
      sheet(headers, [
        ['New One', 'C', null, null, null, null],
        ['Other', 'C', 'bob', null, null, null],
      ]),
      map,
      ctx(lily),
    );
    expect(v.errors.map(formatRowError)).toEqual(["row 3: you may only import your own customers (owner 'bob')"]);
    expect(v.records.items[0]).toMatchObject({ ownerId: 'lily' });
  });
});

describe('order and follow-up rows', () => {
  it('resolves customers by code, name or alias, converts currencies and catches duplicates', () => {
    const headers = ['Customer', 'Order No', 'Date', 'Amount', 'Currency'];
    const v = validateRows(
      'orders',
      sheet(headers, [
        ['HZ-2025-001', 'PO-1', '2025-03-04', '1,000', 'USD'],
        ['acme', 'PO-2', '2025-03-05', '¥500', null],
        ['Nordic Home AB', 'PO-1', '2025/4/1', '200', 'EUR'],
        ['ACME Trading', 'PO-1', '2025-05-01', '10', 'USD'],
        ['Unknown Ltd', 'PO-9', 'soon', 'x', 'BTC'],
      ]),
      guessMapping('orders', headers),
      ctx(),
    );
    expect(v.errors.map(formatRowError)).toEqual([
      'row 5: order PO-1 appears twice (also row 2)',
      "row 6: customer 'Unknown Ltd' is not known (import customers first, or use the customer code)",
      "row 6: date 'soon' is not a date (expected YYYY-MM-DD)",
      "row 6: amount 'x' is not a number",
      "row 6: currency 'BTC' is not one of CNY, USD, EUR, GBP, HKD, JPY, AUD, CAD",
    ]);
    expect(v.records.items[0]).toMatchObject({
      customerId: 'c1',
      currency: 'USD',
      amount: 1000,
      amountCny: 7200,
      orderedAt: '2025-03-04',
    });
    expect(v.records.items[1]).toMatchObject({ currency: 'CNY', amountCny: 500 });
  });

  it('keeps reps to their own customers in follow-ups', () => {
    const headers = ['客户', '日期', '方式', '跟进内容'];
    const v = validateRows(
      'followups',
      sheet(headers, [
        ['ACME Trading', '2025-03-04 10:00', '电话', '确认样品'],
        ['Nordic Home AB', '2025-03-04', 'email', 'sent quote'],
        ['ACME Trading', '2025-03-05', 'pigeon', null],
      ]),
      guessMapping('followups', headers),
      ctx(members[1]!),
    );
    expect(v.errors.map(formatRowError)).toEqual([
      "row 3: customer 'Nordic Home AB' belongs to someone else",
      "row 4: channel 'pigeon' is not one of phone, wechat, whatsapp, email, visit, chat, meeting, other",
    ]);
    expect(v.records.items[0]).toMatchObject({
      customerId: 'c1',
      channel: 'phone',
      memberId: 'lily',
      happenedAt: new Date('2025-03-04T02:00:00Z'),
    });
  });
});
