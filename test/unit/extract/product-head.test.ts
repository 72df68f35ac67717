// A product must have a goods-like head: a numeral with its measure word, a colour phrase,
// a standard/spec word or a packing phrase is never the goods, and a compound ending on a
// common goods head noun (…灯, …锅, …valve) reads as goods even when the whole word is unknown.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { plausibleProduct } from '../../../src/extract/rules/product-grammar.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Amy'] };
const products = (lines: string[]): unknown[] =>
  extractTranscript(lines.join('\n'), opts)
    .needs.filter((n) => n.kind === 'product')
    .map((n) => n.value);
const ok = (name: string, text = name): boolean => plausibleProduct(name, text, text.indexOf(name));

describe('no goods head, no product', () => {
  it('a numeral with its measure word is a count', () => {
    expect(ok('一片')).toBe(false);
    expect(ok('三盏')).toBe(false);
    expect(ok('两卷')).toBe(false);
  });
  it('a colour phrase is a colour', () => {
    expect(ok('蓝色底')).toBe(false);
    expect(ok('黑色款')).toBe(false);
  });
  it('a standard or spec word is a spec', () => {
    expect(ok('欧规')).toBe(false);
    expect(ok('国标')).toBe(false);
    expect(ok('英规')).toBe(false);
    expect(ok('standard export')).toBe(false);
  });
});

describe('a compound on a goods head noun is goods', () => {
  it('Chinese compounds', () => {
    expect(ok('不粘炒锅')).toBe(true);
    expect(ok('角磨机')).toBe(true);
    expect(ok('防爆电筒')).toBe(true);
  });
  it('English compounds', () => {
    expect(ok('ceramic capacitors')).toBe(true);
    expect(ok('impact drill')).toBe(true);
  });
});

describe('the goods word wins over a one-off phrase', () => {
  it('a count phrase after the goods is not the pick', () => {
    expect(products(['Lily: 你好，想订一批竹制砧板', 'Amy: 好的，要多少？', 'Lily: 三千块，竹制砧板要加厚的'])).toEqual(
      [{ name: '竹制砧板' }],
    );
  });
  it('a standard word after the goods is not the pick', () => {
    expect(products(['Tom: 我们需要冲击电钻，欧规插头', 'Amy: 好的'])).toEqual([{ name: '冲击电钻' }]);
  });
});
