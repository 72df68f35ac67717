// The product, round 5 (issue 14, fourth blind set): a pack word given per piece is packing even
// when only its head (袋, 盒) is a pack word; the legacy reader's name cut short inside a noun phrase
// the grammar read whole gives way; a reply that opens with assent names its goods like an answer
// to "which goods?"; scents and flavours are no goods; a compound on a non-goods noun (公司地址)
// is no goods; a word jieba tags as a name qualifies the goods it touches (宝宝 + 餐椅).
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { plausibleProduct } from '../../../src/extract/rules/product-grammar.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Lina'] };
const products = (lines: string[]): string[] =>
  extractTranscript(lines.join('\n'), opts)
    .needs.filter((n) => n.kind === 'product')
    .map((n) => String((n.value as { name?: string }).name));
const ok = (name: string, text = name): boolean => plausibleProduct(name, text, text.indexOf(name));

describe('product round 5', () => {
  it('a bag or box given per piece is packing, not the goods', () => {
    expect(ok('绒布袋', '每只一个绒布袋，外箱印唛头')).toBe(false);
    expect(ok('绒布袋', '我们要订绒布袋')).toBe(true);
  });
  it('keeps the whole noun phrase over a shorter legacy reading inside it', () => {
    expect(products(['Omar: 想问你们的graphite trekking poles', 'Lina: 有的', 'Omar: 500支'])).toEqual([
      'graphite trekking poles',
    ]);
  });
  it('reads the goods of a reply that opens with assent', () => {
    expect(
      products([
        'Lina: Did anything in the price list catch your eye?',
        'Omar: Yes, the bamboo serving trays in natural finish, item BT-30.',
        'Omar: 1200 pcs',
      ]),
    ).toEqual(['bamboo serving trays']);
  });
  it('never names scents, flavours or an address the goods', () => {
    expect(ok('flavours', 'we like 4 flavours')).toBe(false);
    expect(ok('公司地址', '背面印公司地址')).toBe(false);
    expect(ok('充电器欧规', '充电器欧规有吗')).toBe(true);
    expect(ok('收纳箱', '要买收纳箱')).toBe(true);
  });
  it('reads a name-tagged word before goods as their modifier', () => {
    expect(products(['Omar: 要订购宝宝餐椅，800张'])).toEqual(['宝宝餐椅']);
  });
  it('reads a reply that is nothing but a count without failing', () => {
    expect(products(['Lina: Which model do you need?', 'Omar: ok, 3000 pcs'])).toEqual([]);
    expect(products(['Lina: We can offer steel buckets at 1.2 USD.', 'Omar: yes, 800 pcs please'])).toEqual([
      'steel buckets',
    ]);
  });
});
