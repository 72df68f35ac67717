import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, toCsvLine } from '../../../src/services/import/csv.js';
import { applyOverrides, guessKind, guessMapping, missingRequired } from '../../../src/services/import/mapping.js';
import { parseAmount, parseWallTime, parseTier, wallTimeToInstant } from '../../../src/services/import/values.js';

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, commas and line breaks in cells, CRLF', () => {
    const text = 'name,notes\r\n"ACME, Inc.","said ""urgent""\r\nsecond line"\r\nBeta,plain\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'notes'],
      ['ACME, Inc.', 'said "urgent"\r\nsecond line'],
      ['Beta', 'plain'],
    ]);
  });
  it('handles LF, CR, a missing last newline, empty cells and blank lines', () => {
    expect(parseCsv('a,b\n1,\n\n,2\r3,4')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
      ['3', '4'],
    ]);
  });
  it('strips a UTF-8 BOM and keeps Chinese text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('客户名称,等级\n华强,A\n')]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('utf-8');
    expect(parseCsv(text)).toEqual([
      ['客户名称', '等级'],
      ['华强', 'A'],
    ]);
  });
  it('falls back to GB18030 for GBK bytes (Excel on Chinese Windows)', () => {
    // "客户,A" in GBK: 客 = BF CD, 户 = BB A7
    const { text, encoding } = decodeText(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x41]));
    expect(encoding).toBe('gb18030');
    expect(text).toBe('客户,A');
  });
  it('detects tab- and semicolon-separated files', () => {
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a;b\n"x;y";2')).toEqual([
      ['a', 'b'],
      ['x;y', '2'],
    ]);
  });
  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/quoted/);
  });
  it('round-trips through toCsvLine', () => {
    const cells = ['a,b', 'say "hi"', 'multi\nline', ''];
    expect(parseCsv(toCsvLine(cells) + '\n')).toEqual([cells]);
  });
});

describe('column mapping guesses', () => {
  it('maps zh customer headings', () => {
    const m = guessMapping('customers', [
      '客户名称',
      '客户编号',
      '等级',
      '负责人',
      '联系人',
      '电话',
      '邮箱',
      '国家',
      '备注',
      '不相关',
    ]);
    expect(m).toEqual(['name', 'code', 'tier', 'owner', 'contact_name', 'phone', 'email', 'country', 'notes', null]);
  });
  it('maps en customer headings regardless of case and punctuation', () => {
    const m = guessMapping('customers', [
      'Customer',
      'Tier',
      'Sales Rep',
      'Contact Person',
      'Tel.',
      'E-mail',
      'WhatsApp',
    ]);
    expect(m).toEqual(['name', 'tier', 'owner', 'contact_name', 'phone', 'email', 'whatsapp']);
  });
  it('maps order headings, amount vs amount in CNY', () => {
    expect(guessMapping('orders', ['客户', '订单号', '日期', '金额', '币种', '金额(人民币)', '状态'])).toEqual([
      'customer',
      'order_no',
      'date',
      'amount',
      'currency',
      'amount_cny',
      'status',
    ]);
    expect(guessMapping('orders', ['Customer Code', 'Order No', 'Date', 'Amount (USD)'])).toEqual([
      'customer',
      'order_no',
      'date',
      'amount',
    ]);
  });
  it('maps follow-up headings and guesses the kind', () => {
    const h = ['客户', '跟进日期', '跟进人', '方式', '跟进内容', '下次跟进'];
    expect(guessMapping('followups', h)).toEqual(['customer', 'date', 'member', 'channel', 'summary', 'next_at']);
    expect(guessKind(h)).toBe('followups');
    expect(guessKind(['Customer', 'Order No', 'Date', 'Amount'])).toBe('orders');
    expect(guessKind(['客户名称', '等级', '负责人'])).toBe('customers');
  });
  it('applies --map overrides by heading, letter or number and reports what is missing', () => {
    const headers = ['Firma', 'Stufe', 'Notiz'];
    const g = guessMapping('customers', headers);
    expect(missingRequired('customers', g)).toEqual(['name']);
    const m = applyOverrides('customers', headers, g, ['Firma=name', 'B=tier', '3=notes']);
    expect(m).toEqual(['name', 'tier', 'notes']);
    expect(() => applyOverrides('customers', headers, g, ['Nope=name'])).toThrow(/no column "Nope"/);
    expect(() => applyOverrides('customers', headers, g, ['Firma=colour'])).toThrow(/not a customers field/);
  });
});

describe('cell values', () => {
  it('reads dates in the forms sheets use and refuses ambiguous ones', () => {
    for (const s of ['2025-03-04', '2025/3/4', '2025.03.04', '2025年3月4日'])
      expect(parseWallTime(s)).toMatchObject({ ok: true, value: { y: 2025, m: 3, d: 4 } });
    expect(parseWallTime(45720)).toMatchObject({ ok: true, value: { y: 2025, m: 3, d: 4 } });
    expect(parseWallTime(new Date(Date.UTC(2025, 2, 4)))).toMatchObject({ ok: true, value: { d: 4 } });
    expect(parseWallTime('03/04/2025')).toMatchObject({ ok: false, error: expect.stringMatching(/ambiguous/) });
    expect(parseWallTime('2025-02-30')).toMatchObject({ ok: false, error: expect.stringMatching(/does not exist/) });
  });
  it('turns a business-time date into the right instant', () => {
    expect(wallTimeToInstant({ y: 2025, m: 3, d: 4, hh: 9, mm: 30 }, 'Asia/Shanghai').toISOString()).toBe(
      '2025-03-04T01:30:00.000Z',
    );
  });
  it('reads amounts with separators, currency signs and 万', () => {
    expect(parseAmount('1,234.50')).toEqual({ ok: true, value: { amount: 1234.5 } });
    expect(parseAmount('$12,000')).toEqual({ ok: true, value: { amount: 12000, currency: 'USD' } });
    expect(parseAmount('¥3.5万')).toEqual({ ok: true, value: { amount: 35000, currency: 'CNY' } });
    expect(parseAmount('8800 元')).toEqual({ ok: true, value: { amount: 8800, currency: 'CNY' } });
    expect(parseAmount('abc')).toMatchObject({ ok: false });
  });
  it('names the allowed tiers', () => {
    expect(parseTier('b')).toEqual({ ok: true, value: 'B' });
    expect(parseTier('A级')).toEqual({ ok: true, value: 'A' });
    expect(parseTier('E')).toEqual({ ok: false, error: "tier 'E' is not one of A, B, C, D" });
  });
});
