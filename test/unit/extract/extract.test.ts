import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import type { ExtractOptions } from '../../../src/extract/types.js';

const opts = (reps: string[], now = '2026-11-22T10:00:00+08:00'): ExtractOptions => ({
  now: new Date(now),
  tz: 'Asia/Shanghai',
  reps,
});
const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/transcripts/${name}`, import.meta.url), 'utf8');
const pick = (r: ReturnType<typeof extractTranscript>, kind: string) =>
  r.needs.filter((n) => n.kind === kind).map((n) => n.value);

describe('extractTranscript', () => {
  it('zh: a declined rep offer gives no need; an accepted one does', () => {
    const text = [
      '马老板：要1200支后减震器，下周五前发到成都',
      '小杨：我们还有一款经济型的，便宜20%，单价110元，要不要考虑下？',
      '马老板：不要，便宜的售后麻烦',
      '小杨：价格还是按上次的138一支',
      '马老板：行。付款先付50%，剩下的货到付清',
    ].join('\n');
    const r = extractTranscript(text, opts(['小杨']));
    expect(pick(r, 'price_target')).toEqual([{ amount: 138, currency: 'CNY', unit: 'pcs' }]);
    expect(pick(r, 'payment_terms')).toEqual([{ method: 'T/T', deposit_percent: 50 }]);
    expect(pick(r, 'destination')).toEqual([{ country: 'CN', port: '成都' }]);
    expect(pick(r, 'delivery_date')).toEqual([{ date: '2026-11-27', constraint: 'by' }]);
  });

  it('en: a later value replaces the earlier one and is listed as a change', () => {
    const r = extractTranscript(fixture('en-tiles-manzanillo.txt'), opts(['Lisa Chen'], '2027-02-10T10:00:00+08:00'));
    expect(r.format).toBe('whatsapp-export');
    expect(pick(r, 'quantity')).toEqual([{ value: 3, unit: '40HQ container' }]);
    expect(pick(r, 'product')).toEqual([{ name: 'ceramic floor tiles' }]);
    expect(pick(r, 'price_target')).toEqual([{ amount: 4, currency: 'USD' }]);
    expect(pick(r, 'delivery_date')).toEqual([{ date: '2027-04-07', constraint: 'by' }]);
    expect(pick(r, 'destination')).toEqual([{ country: 'MX', port: 'Manzanillo' }]);
    expect(pick(r, 'logo')).toEqual([{ required: false }]);
    expect(pick(r, 'packaging')).toEqual([{ style: 'neutral' }]);
    expect(pick(r, 'incoterm')).toEqual([{ term: 'CIF' }]); // the rep's FOB Xiamen was not taken up
    expect(r.changes.map((c) => [c.kind, c.to])).toEqual([
      ['price_target', { amount: 4, currency: 'USD' }],
      ['delivery_date', { date: '2027-04-07', constraint: 'by' }],
    ]);
  });

  it('zh lines: 块 is money, 下下周三, 月结, logo and custom box', () => {
    const r = extractTranscript(fixture('zh-umbrellas-yiwu.txt'), opts(['小李'], '2027-02-10T10:00:00+08:00'));
    expect(pick(r, 'quantity')).toEqual([{ value: 5000, unit: 'other' }]);
    expect(pick(r, 'price_target')).toEqual([{ amount: 17, currency: 'CNY' }]);
    expect(r.changes).toEqual([
      expect.objectContaining({ kind: 'price_target', from: { amount: 16, currency: 'CNY' } }),
    ]);
    expect(pick(r, 'delivery_date')).toEqual([{ date: '2027-02-24', constraint: 'by' }]);
    expect(pick(r, 'payment_terms')[0]).toMatchObject({ days: 30 });
    expect(pick(r, 'logo')).toEqual([{ required: true }]);
    expect(pick(r, 'packaging')).toEqual([{ style: 'custom' }]);
  });

  it('mixed: 国庆前 then 提前一周, 一个月内 as lead time, quantity change', () => {
    const r = extractTranscript(fixture('mixed-fans-national-day.txt'), opts(['Tina']));
    expect(r.format).toBe('wechat-copy');
    expect(pick(r, 'delivery_date')).toEqual([{ date: '2027-09-24', constraint: 'by' }]);
    expect(pick(r, 'lead_time')).toEqual([{ days: 30 }]);
    expect(pick(r, 'quantity')).toEqual([{ value: 2500, unit: 'other' }]);
    expect(pick(r, 'spec')).toEqual(
      expect.arrayContaining([
        { attribute: 'plug', value: 'UK' },
        { attribute: 'voltage', value: '220V' },
      ]),
    );
    expect(pick(r, 'price_target')).toEqual([{ amount: 11.5, currency: 'USD', unit: 'pcs' }]); // "Price ok"
    expect(r.changes.map((c) => c.kind).sort()).toEqual(['delivery_date', 'quantity']);
  });

  it('DingTalk: 中秋节 via the lunar calendar, domestic delivery, payment split', () => {
    const r = extractTranscript(fixture('dd-cables-midautumn.txt'), opts(['小周'], '2027-08-25T10:00:00+08:00'));
    expect(pick(r, 'delivery_date')).toEqual([{ date: '2027-09-15', constraint: 'by' }]);
    expect(pick(r, 'destination')[0]).toMatchObject({ country: 'CN' });
    expect(pick(r, 'price_target')).toEqual([{ amount: 250, currency: 'CNY' }]);
    expect(pick(r, 'quantity')).toEqual([{ value: 2500, unit: 'cartons' }]);
  });

  it('greetings and holiday talk give no needs', () => {
    const text =
      '2026-11-19 20:15 Tony 王\n上次那批办公椅客户反馈挺好的\n2026-11-19 20:17 Cindy\n谢谢反馈😊\n2026-11-19 20:25 Tony 王\n年底了大家都忙，等明年开春再聊新单\n2026-11-19 20:26 Cindy\n好的王总';
    expect(extractTranscript(text, opts(['Cindy'])).needs).toEqual([]);
    const en =
      '[20/11/2026, 20:02:00] Dave: Happy Thanksgiving!\n[20/11/2026, 20:15:00] Sunny: We close from Jan 30 to Feb 21. Orders before Dec 31 ship before the holiday\n[20/11/2026, 20:17:00] Dave: Got it, I will reach out in January';
    expect(extractTranscript(en, opts(['Sunny'])).needs).toEqual([]);
  });

  it('evidence is a verbatim substring of the message it names', () => {
    for (const [file, reps] of [
      ['en-bracket-lc.txt', ['Mark Sun']],
      ['zh-umbrellas-yiwu.txt', ['小李']],
      ['mixed-fans-national-day.txt', ['Tina']],
    ] as const) {
      const r = extractTranscript(fixture(file), opts([...reps]));
      expect(r.needs.length).toBeGreaterThan(3);
      const text = fixture(file);
      for (const n of r.needs) {
        expect(text).toContain(n.evidence);
        expect(n.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('plain English email: all needs, no speakers', () => {
    const text =
      'Dear Sir,\nWe want to order 2000 pcs stainless steel water bottles 500ml, FDA approved, with our logo printed.\nPlease quote CIF Durban. Payment: L/C at sight. The goods must arrive before 15 March 2027.\nRegards';
    const r = extractTranscript(text, opts([]));
    expect(r.format).toBe('plain');
    expect(pick(r, 'product')[0]).toEqual({ name: 'stainless steel water bottles' });
    expect(pick(r, 'quantity')).toEqual([{ value: 2000, unit: 'pcs' }]);
    expect(pick(r, 'certification')).toEqual([{ name: 'FDA' }]);
    expect(pick(r, 'destination')).toEqual([{ port: 'Durban', country: 'ZA' }]);
    expect(pick(r, 'payment_terms')).toEqual([{ method: 'L/C', days: 0 }]);
    expect(pick(r, 'delivery_date')).toEqual([{ date: '2027-03-15', constraint: 'by' }]);
    expect(pick(r, 'logo')).toEqual([{ required: true }]);
    expect(pick(r, 'spec')).toEqual([{ attribute: 'capacity', value: '500ml' }]);
  });
});
