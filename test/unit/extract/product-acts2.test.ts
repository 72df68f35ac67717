// More purchase acts and more words that never name goods: a restock (要补), a repeat order of the
// topic (再来一批), a question about goods (想问), a "what price" or "the need for" after the goods;
// a grade (食品级), a time word (礼拜), a sample act (打样), a relative or a verb after "want" are no
// goods; a goods word that is also a colour heads a compound, a reply may open with assent before
// its goods; a form field's value ends at an aside in brackets, and a line break ends English goods.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { plausibleProduct } from '../../../src/extract/rules/product-grammar.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Amy'] };
const products = (lines: string[]): string[] =>
  extractTranscript(lines.join('\n'), opts)
    .needs.filter((n) => n.kind === 'product')
    .map((n) => String((n.value as { name?: string }).name));
const ok = (name: string, text = name): boolean => plausibleProduct(name, text, text.indexOf(name));

describe('more purchase acts', () => {
  it('a restock names the goods after it', () => {
    expect(products(['老周：月底前我们要补 ceramic mugs 了'])).toEqual(['ceramic mugs']);
  });
  it('a repeat order takes the topic said before it', () => {
    expect(products(['老周：上次那个大号的折叠雨伞，再来一批'])).toEqual(['折叠雨伞']);
  });
  it('a question about goods names them', () => {
    expect(products(['老周：你好，想问保温杯'])).toEqual(['保温杯']);
  });
  it('a price question after the goods', () => {
    expect(products(['老周：你们的蓝牙音箱啥价'])).toEqual(['蓝牙音箱']);
  });
});

describe('words that never name goods', () => {
  it('a grade is a spec', () => {
    expect(ok('食品级', '内层要食品级的')).toBe(false);
    expect(ok('F4', '板材要F4级的')).toBe(false);
  });
  it('a time word, a sample act, a relative, a verb', () => {
    expect(ok('礼拜', '提前一个礼拜')).toBe(false);
    expect(ok('打样', '先打样')).toBe(false);
    expect(ok('wife', 'I came with my wife')).toBe(false);
    expect(ok('start', 'we want start')).toBe(false);
  });
});

describe('a goods word that is also a colour', () => {
  it('heads a compound after a purchase act', () => {
    expect(products(['老周：我们要 bamboo charcoal，装袋的'])).toEqual(['bamboo charcoal']);
  });
  it('alone it stays a colour', () => {
    expect(products(['老周：外壳要 charcoal'])).toEqual([]);
  });
});

describe('a reply that opens with assent', () => {
  it('names the goods in its next clause', () => {
    expect(products(['Amy：您好', '老周：嗯，竹制砧板，大号的'])).toEqual(['竹制砧板']);
  });
});

describe('where the goods end', () => {
  it('a form value stops at an aside in brackets', () => {
    expect(
      products(['Kofi: Please quote.\nItem: folding camping chair (like your catalogue page 4)\nQty: 300']),
    ).toEqual(['folding camping chair']);
  });
  it('a line break ends English goods', () => {
    expect(products(['Kofi: Please quote 40 trolleys\n- Wheels: rubber'])).toEqual(['trolleys']);
  });
});
